package org.gilankg.statements.rules;

import org.gilankg.statements.DataTable;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Map;
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
            String lemma = w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
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
