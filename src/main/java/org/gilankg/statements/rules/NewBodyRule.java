package org.gilankg.statements.rules;

import org.gilankg.statements.DependencyPaths;
import org.gilankg.statements.DataTable;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.EventRegistry;
import org.gilankg.statements.PassageContext;

/**
 * A new body of government introduced right after the event that installs it: "… opened the way for
 * the Communist (Edalat) party to set a coup d'état. The new administration, …, started …". A
 * definite "the new X" (X a noun for a governing body, new-bodies.tsv) that names an organisation
 * or state presupposes that X has just come into being; the nearest event before it, in its
 * sentence or the one before, of a kind that installs a government (a coup, a revolution, an
 * election; data, new-bodies.tsv) resulted in its establishment: an event "Establishment of X"
 * with X as participant. Nothing without such an event, or when the phrase names nothing (an
 * unnamed "new government" is not invented), or for "a new X" (which introduces one, and says
 * nothing of where it came from).
 */
public final class NewBodyRule extends GraphRule {

    private static final Map<String, Set<String>> WORDS = DataTable.keyedSets("new-bodies.tsv");

    @Override
    public String name() {
        return "new-body";
    }

    @Override
    void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            String lemma = DependencyPaths.lemma(w);
            if (WORDS.get("noun").contains(lemma)) {
                installed(ctx, g, w);
            }
            if (!WORDS.get("noun").contains(lemma) || !definiteAndNew(g, w)) {
                continue;
            }
            Mention m = ctx.mentionAt(w);
            if (m == null || m.kind() != Mention.Kind.NAME
                    || !(m.entity().type() == EntityType.ORGANIZATION || m.entity().type() == EntityType.STATE)) {
                continue;
            }
            EntityRef body = m.entity();
            for (EventRegistry.Occurrence o : ctx.eventsBefore(ctx.offsetOf(w), 1)) {
                String first = o.kind().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")[0];
                if (!WORDS.get("event").contains(first)) {
                    continue;
                }
                ctx.at(w);
                EntityRef established = ctx.event("Establishment", "Establishment of " + body.label(), body, null, null,
                        ctx.offsetOf(w));
                ctx.emit(established, Vocabulary.PARTICIPANT, body);
                ctx.emit(o.event(), Vocabulary.RESULTED_IN, established);
                break;
            }
        }
    }

    /**
     * "The coup brought in a new administration", "the revolt installed a new government": the body
     * named as the object of a verb that installs one (new-bodies.tsv, "verb": a lemma and its particle)
     * came into being, and the happening the verb's subject names (an event made from its words, or one
     * taken up by "the coup") resulted in that establishment. A subject that names no event gives nothing.
     */
    private static void installed(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        Mention m = ctx.mentionAt(w);
        if (m == null || m.kind() != Mention.Kind.NAME
                || !(m.entity().type() == EntityType.ORGANIZATION || m.entity().type() == EntityType.STATE)) {
            return;
        }
        for (SemanticGraphEdge up : g.incomingEdgeIterable(w)) {
            IndexedWord v = up.getGovernor();
            if (!up.getRelation().toString().equals("obj") || !WORDS.get("verb").contains(phrase(g, v))) {
                continue;
            }
            for (SemanticGraphEdge s : g.outgoingEdgeIterable(v)) {
                if (!s.getRelation().toString().equals("nsubj")) {
                    continue;
                }
                IndexedWord subject = s.getDependent();
                Optional<EntityRef> cause = ctx.madeAt(subject).filter(e -> e.type() == EntityType.EVENT)
                        .or(() -> takenUp(ctx, g, subject))
                        .or(() -> EventAnaphora.resolve(ctx, g, subject).map(EventRegistry.Occurrence::event));
                if (cause.isEmpty()) {
                    continue;
                }
                EntityRef body = m.entity();
                ctx.at(v);
                EntityRef established = ctx.event("Establishment", "Establishment of " + body.label(), body, null, null,
                        ctx.offsetOf(w));
                ctx.emit(established, Vocabulary.PARTICIPANT, body);
                ctx.emit(cause.get(), Vocabulary.RESULTED_IN, established);
            }
        }
    }

    /**
     * "The coup" (a bare definite noun of an installing kind, new-bodies.tsv "event"): the nearest event
     * of that kind ("Coup d'état" for "coup") in its sentence or the one before.
     */
    private static Optional<EntityRef> takenUp(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        String lemma = DependencyPaths.lemma(w);
        if (!WORDS.get("event").contains(lemma) || ctx.mentionAt(w) != null) {
            return Optional.empty();
        }
        boolean definite = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (rel.equals("det") && Set.of("the", "this", "that").contains(word)) {
                definite = true;
            } else if (!rel.equals("punct")) {
                // "the coup of 1921", "the army's coup": a complement makes it another one.
                return Optional.empty();
            }
        }
        if (!definite) {
            return Optional.empty();
        }
        for (EventRegistry.Occurrence o : ctx.eventsBefore(ctx.offsetOf(w), 1)) {
            if (o.kind().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")[0].equals(lemma)) {
                return Optional.of(o.event());
            }
        }
        return Optional.empty();
    }

    /** A verb's lemma, with its particle if it has one ("bring in"). */
    private static String phrase(SemanticGraph g, IndexedWord v) {
        String lemma = DependencyPaths.lemma(v);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            if (e.getRelation().toString().equals("compound:prt")) {
                return lemma + " " + e.getDependent().word().toLowerCase(Locale.ROOT);
            }
        }
        return lemma;
    }

    /** "the new administration": the determiner "the" and the adjective "new" on the noun. */
    private static boolean definiteAndNew(SemanticGraph g, IndexedWord w) {
        boolean the = false;
        boolean fresh = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            the |= rel.equals("det") && word.equals("the");
            fresh |= rel.equals("amod") && word.equals("new");
        }
        return the && fresh;
    }
}
