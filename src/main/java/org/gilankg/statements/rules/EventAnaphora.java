package org.gilankg.statements.rules;

import org.gilankg.statements.DependencyPaths;
import org.gilankg.statements.DataTable;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gilankg.mentions.EntityRef;
import org.gilankg.statements.EventRegistry;
import org.gilankg.statements.PassageContext;

/**
 * Event anaphora: a noun that takes up a happening named before it, not a name. "This mission"
 * after "the fleet entered Anzali" is that entry; "that campaign" after "a force that had made its
 * way towards Qazvin" is that advance. The nouns and the kinds of event each may take up are data
 * (event-nouns.tsv). The noun needs a demonstrative ("this", "that"), "the" or a possessive
 * pronoun ("its", "his", "their": then the event's main participant must be what the pronoun
 * stands for), and no complement of its own ("the campaign against X" introduces a campaign). It
 * stands for the nearest event of a fitting kind made before it, in its sentence or the two
 * before; nothing when none fits.
 */
final class EventAnaphora {

    /** How many sentences before its own an event noun may reach back. */
    static final int REACH = 2;

    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");
    private static final Map<String, Set<String>> KINDS = DataTable.keyedSets("event-nouns.tsv");

    private EventAnaphora() {}

    /** The event the noun {@code w} takes up, or nothing when it is not such a noun or no event fits. */
    static Optional<EventRegistry.Occurrence> resolve(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        String lemma = DependencyPaths.lemma(w);
        Set<String> kinds = KINDS.get(lemma);
        if (kinds == null || !tag.equals("NN") || ctx.mentionAt(w) != null) {
            return Optional.empty();
        }
        boolean determined = demonstrativeBefore(g, w);
        IndexedWord possessive = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (rel.equals("det") && (DEMONSTRATIVES.contains(word) || word.equals("the"))) {
                determined = true;
            } else if (rel.equals("nmod:poss") && POSSESSIVES.contains(word)) {
                possessive = e.getDependent();
            } else if (rel.startsWith("nmod") || rel.startsWith("acl") || rel.equals("compound") || rel.equals("appos")
                    || rel.equals("nummod") || rel.equals("det") || rel.startsWith("det:")) {
                // "the campaign against the Jungle movement", "a campaign", "two campaigns": not a taking up.
                return Optional.empty();
            }
        }
        if (!determined && possessive == null) {
            return Optional.empty();
        }
        int at = ctx.offsetOf(w);
        Optional<EntityRef> owner = possessive == null ? Optional.empty() : owner(ctx, possessive);
        if (possessive != null && owner.isEmpty()) {
            return Optional.empty();
        }
        for (EventRegistry.Occurrence o : ctx.eventsBefore(at, REACH)) {
            if (kinds.contains(o.kind()) && (owner.isEmpty() || owner.get().equals(o.participant()))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * "as a result that campaign was defeated", parsed with "that" as the clause's complementizer:
     * a "that" right before a bare singular noun that it does not govern is still its determiner.
     */
    private static boolean demonstrativeBefore(SemanticGraph g, IndexedWord w) {
        IndexedWord before = w.index() > 1 ? g.getNodeByIndexSafe(w.index() - 1) : null;
        if (before == null || !DEMONSTRATIVES.contains(before.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(before)) {
            if (e.getRelation().toString().equals("mark")) {
                for (SemanticGraphEdge up : g.incomingEdgeIterable(w)) {
                    if (up.getGovernor().equals(e.getGovernor()) && up.getRelation().toString().startsWith("nsubj")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whose event a possessive pronoun says it is: "his" a person, "its" a thing, "their" a group. */
    private static Optional<EntityRef> owner(PassageContext ctx, IndexedWord pronoun) {
        int at = ctx.offsetOf(pronoun);
        return switch (pronoun.word().toLowerCase(Locale.ROOT)) {
            case "his", "her" -> ctx.referent(at);
            case "its" -> ctx.thingReferent(at);
            default -> ctx.groupReferent(at);
        };
    }

    /**
     * Whether a word of the event made at {@code trigger} takes up {@code event} ("the campaign was
     * defeated" takes up the advance): then that event is what the happening is about, never its cause.
     */
    static boolean takesUp(PassageContext ctx, SemanticGraph g, IndexedWord trigger, EntityRef event) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(trigger)) {
            Optional<EventRegistry.Occurrence> o = resolve(ctx, g, e.getDependent());
            if (o.isPresent() && o.get().event().equals(event)) {
                return true;
            }
        }
        return false;
    }

    /** What the event noun names in a role of these types: the event itself where events may fill it, else its main participant. */
    static List<EntityRef> filler(EventRegistry.Occurrence o, Set<org.gilankg.mentions.EntityType> types) {
        if (types.contains(org.gilankg.mentions.EntityType.EVENT)) {
            return List.of(o.event());
        }
        return o.participant() == null ? List.of() : List.of(o.participant());
    }
}
