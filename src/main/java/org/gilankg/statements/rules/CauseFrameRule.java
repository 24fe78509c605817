package org.gilankg.statements.rules;

import org.gilankg.statements.DataTable;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.EventRegistry;
import org.gilankg.statements.Factuality;
import org.gilankg.statements.Modality;
import org.gilankg.statements.PassageContext;

/**
 * Causes named by a noun for a cause (cause-frames.tsv): "the change of policy on the Soviet side
 * was the main reason for them to withdraw support" (copula: the other side of "was" is the cause,
 * the reason's complement the effect); "studies suggest a role for both extremist actions taken by
 * the Communist Party and Mirza's conservative views as possible factors" (a list: every phrase of
 * the sentence headed by a deed noun that names whose it is). A cause phrase becomes an event
 * ("Actions of Iranian Communist Party", its owner as participant) that resulted in the effect: the
 * event made from the cause noun's complement, else, for "factors" with none, the nearest asserted
 * event of an outcome kind in the sentence or the two before ("the factors that contributed to the
 * demise of X. … as possible factors"). Nothing without an effect.
 *
 * <p>Such frames are mostly said under a hedge ("it has been suggested", "studies suggest"): every
 * statement of the frame takes the modality of the most guarded cause noun of the sentence, so a
 * parse that loses the path from one cause noun to "suggest" does not make the frame a fact.
 */
public final class CauseFrameRule extends GraphRule {

    private static final Map<String, Set<String>> WORDS = DataTable.keyedSets("cause-frames.tsv");
    private static final List<String> OWNERS = List.of("nmod:poss", "nmod:of", "nmod:by", "acl>obl:by", "acl>obl:agent",
            "nmod:of>amod", "nmod:on>amod", "nmod:on>nmod:poss");
    private static final List<String> EFFECTS = List.of("acl:to", "acl", "nmod:for", "nmod:in", "nmod:behind", "nmod:of", "nmod:to");

    @Override
    public String name() {
        return "cause-frame";
    }

    @Override
    void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g) {
        changedDeeds(ctx, g);
        List<IndexedWord> causeNouns = g.vertexListSorted().stream()
                .filter(w -> w.tag() != null && w.tag().startsWith("NN") && WORDS.get("cause").contains(lemma(w))).toList();
        if (causeNouns.isEmpty()) {
            return;
        }
        for (IndexedWord noun : causeNouns) {
            // Copula: "X was the main reason for Y", "the main reason for Y was X".
            IndexedWord other = copularPartner(g, noun);
            IndexedWord clause = other == null ? contactClause(g, noun) : null;
            if (clause != null) {
                other = predicateAbove(g, clause);
            }
            if (other != null) {
                List<EntityRef> effects = clause != null ? madeAt(ctx, clause) : effects(ctx, g, noun);
                IndexedWord own = clause == null && effects.isEmpty() ? contactClause(g, noun) : null;
                if (own != null) {
                    // "the main reason the Red Army left Rasht was …", parsed with the clause hung on the noun.
                    effects = madeAt(ctx, own);
                }
                guard(ctx, g, causeNouns);
                if (!effects.isEmpty()) {
                    cause(ctx, g, other, effects);
                }
                return;
            }
        }
        // A list: "a role for X and Y as possible factors", "two possible factors are suggested: X, and Y".
        List<EntityRef> effects = new ArrayList<>();
        for (IndexedWord noun : causeNouns) {
            effects.addAll(effects(ctx, g, noun));
        }
        if (effects.isEmpty()) {
            int at = ctx.offsetOf(causeNouns.get(0));
            for (EventRegistry.Occurrence o : ctx.eventsBefore(at, EventAnaphora.REACH)) {
                if (WORDS.get("outcome").contains(o.kind())) {
                    effects.add(o.event());
                    break;
                }
            }
        }
        if (effects.isEmpty()) {
            return;
        }
        guard(ctx, g, causeNouns);
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.tag() != null && w.tag().startsWith("NN") && WORDS.get("deed").contains(lemma(w))) {
                cause(ctx, g, w, effects);
            }
        }
    }

    /**
     * "The Soviets withdrew their support because their policy changed": a clause of reason whose verb
     * says a deed changed (`changing` in cause-frames.tsv) and whose subject is a deed noun naming whose
     * it is. The change ("Change of policy of Soviet Russia") resulted in the events made from the verb
     * the clause hangs on; the clause's own modality ("it has been suggested that …") judges it.
     */
    private static void changedDeeds(PassageContext ctx, SemanticGraph g) {
        for (SemanticGraphEdge reason : g.edgeIterable()) {
            IndexedWord verb = reason.getDependent();
            if (!reason.getRelation().toString().equals("advcl:because") || reason.isExtra()
                    || !WORDS.get("changing").contains(lemma(verb))) {
                continue;
            }
            List<EntityRef> effects = madeAt(ctx, reason.getGovernor());
            if (effects.isEmpty()) {
                continue;
            }
            for (SemanticGraphEdge subject : g.outgoingEdgeIterable(verb)) {
                IndexedWord deed = subject.getDependent();
                if (!subject.getRelation().toString().equals("nsubj") || deed.tag() == null || !deed.tag().startsWith("NN")
                        || !WORDS.get("deed").contains(lemma(deed))) {
                    continue;
                }
                List<EntityRef> owners = owners(ctx, g, deed);
                if (owners.isEmpty()) {
                    continue;
                }
                // The most guarded of the two clauses: "did not leave because …" does not assert the link.
                if (ctx.at(reason.getGovernor()).modality() == Modality.ASSERTED) {
                    ctx.at(verb);
                }
                String kind = "Change";
                EntityRef event = ctx.event(kind, kind + " of " + deed.word().toLowerCase(Locale.ROOT) + " of " + owners.get(0).label(),
                        owners.get(0), null, null, ctx.offsetOf(verb));
                owners.forEach(o -> ctx.emit(event, Vocabulary.PARTICIPANT, o));
                effects.stream().filter(e -> !e.equals(event)).forEach(e -> ctx.emit(event, Vocabulary.RESULTED_IN, e));
            }
        }
    }

    /** Puts the context at the most guarded of the cause nouns: negated, hedged or conditional before asserted. */
    private static void guard(PassageContext ctx, SemanticGraph g, List<IndexedWord> causeNouns) {
        IndexedWord chosen = causeNouns.get(0);
        for (IndexedWord noun : causeNouns) {
            if (ctx.at(noun).modality() != Modality.ASSERTED) {
                chosen = noun;
                break;
            }
        }
        ctx.at(chosen);
        if (ctx.modality() == Modality.ASSERTED) {
            // "studies point to two possible factors": a guess, said by whoever points.
            for (IndexedWord noun : causeNouns) {
                IndexedWord pointing = pointingVerb(g, noun);
                if (pointing != null || hedged(g, noun)) {
                    ctx.hedgedBy(pointing != null ? pointing : Factuality.clauseHead(g, noun));
                    return;
                }
            }
        }
    }

    /** Whether a cause noun is modified by a word of guessing ("possible factors", "a likely reason"). */
    private static boolean hedged(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().toString().equals("amod") && WORDS.get("hedge").contains(lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    /** The verb of pointing a cause noun hangs on within its clause ("point to factors", "identify factors"), or null. */
    private static IndexedWord pointingVerb(SemanticGraph g, IndexedWord noun) {
        IndexedWord node = noun;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                    up = e;
                    break;
                }
            }
            if (up == null || up.getRelation().toString().startsWith("acl") || up.getRelation().toString().equals("appos")) {
                return null;
            }
            node = up.getGovernor();
            if (WORDS.get("pointing").contains(lemma(node))) {
                return node;
            }
        }
        return null;
    }

    /** The phrase across "was" from a cause noun: its subject when it is the predicate, the predicate when it is the subject. */
    private static IndexedWord copularPartner(SemanticGraph g, IndexedWord noun) {
        if (has(g, noun, "cop")) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
                if (e.getRelation().toString().equals("nsubj")) {
                    return e.getDependent();
                }
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
            if (e.getRelation().toString().equals("nsubj") && has(g, e.getGovernor(), "cop")) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /**
     * "The main reason the Soviets withdrew their support was a change of policy": a cause noun with a
     * clause of its own and no relative word, which the parser may read as a second subject of that
     * clause's verb. That verb, or null.
     */
    private static IndexedWord contactClause(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            if (!rel.equals("nsubj") && !rel.equals("obl:tmod") && !rel.equals("obl:npmod")) {
                // The parser reads "the main reason" as a second subject or as a bare adverbial of the clause.
                continue;
            }
            IndexedWord verb = e.getGovernor();
            for (SemanticGraphEdge other : g.outgoingEdgeIterable(verb)) {
                if (other.getRelation().toString().equals("nsubj") && !other.getDependent().equals(noun)
                        && other.getDependent().index() > noun.index() && other.getDependent().index() < verb.index()) {
                    return verb;
                }
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            // Read as it is meant: the clause a relative without a gap of its own ("the reason X withdrew").
            if (e.getRelation().toString().equals("acl:relcl") && !g.getAllEdges(e.getDependent(), noun).stream()
                    .anyMatch(r -> !r.getRelation().toString().equals("acl:relcl"))) {
                return e.getDependent();
            }
            // Or hung on it loosely, a verb with a subject of its own ("the main reason the Red Army left …").
            if (e.getRelation().toString().equals("dep") && e.getDependent().tag() != null && e.getDependent().tag().startsWith("VB")
                    && has(g, e.getDependent(), "nsubj")) {
                return e.getDependent();
            }
        }
        return null;
    }

    /** The predicate of "was" above a clause (or the clause's own predicate), after it in the text: "… was a change". */
    private static IndexedWord predicateAbove(SemanticGraph g, IndexedWord clause) {
        IndexedWord node = clause;
        for (int i = 0; i < 4 && node != null; i++) {
            if (node.index() > clause.index() && has(g, node, "cop")) {
                return node;
            }
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                    up = e;
                    break;
                }
            }
            node = up == null ? null : up.getGovernor();
        }
        return null;
    }

    /** The events a rule made from this word. */
    private static List<EntityRef> madeAt(PassageContext ctx, IndexedWord word) {
        int at = ctx.offsetOf(word);
        return ctx.events().stream().filter(m -> m.offset() == at && m.thing().type() == EntityType.EVENT)
                .map(PassageContext.Made::thing).distinct().toList();
    }

    /** The events made from a cause noun's complement ("the reason for them to withdraw support": that withdrawal). */
    private static List<EntityRef> effects(PassageContext ctx, SemanticGraph g, IndexedWord noun) {
        List<EntityRef> found = new ArrayList<>();
        for (String rel : EFFECTS) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
                if (e.getRelation().toString().equals(rel)) {
                    int at = ctx.offsetOf(e.getDependent());
                    for (PassageContext.Made m : ctx.events()) {
                        if (m.offset() == at && m.thing().type() == EntityType.EVENT
                                && !found.contains(m.thing())) {
                            found.add(m.thing());
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        return found;
    }

    /** A cause phrase headed by a deed noun, with whose it is: an event that resulted in the effects. */
    private static void cause(PassageContext ctx, SemanticGraph g, IndexedWord head, List<EntityRef> effects) {
        if (!WORDS.get("deed").contains(lemma(head))) {
            return;
        }
        List<EntityRef> owners = owners(ctx, g, head);
        if (owners.isEmpty()) {
            return;
        }
        String complement = "";
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
            if (e.getRelation().toString().equals("nmod:of") && ctx.mentionAt(e.getDependent()) == null
                    && e.getDependent().tag().startsWith("NN") && !e.getDependent().tag().startsWith("NNP")) {
                complement = " of " + e.getDependent().word().toLowerCase(Locale.ROOT);
            }
        }
        String noun = head.word().toLowerCase(Locale.ROOT);
        String kind = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        EntityRef event = ctx.event(kind, kind + complement + " of " + owners.get(0).label(), owners.get(0), null, null,
                ctx.offsetOf(head));
        owners.forEach(o -> ctx.emit(event, Vocabulary.PARTICIPANT, o));
        for (EntityRef effect : effects) {
            ctx.emit(event, Vocabulary.RESULTED_IN, effect);
        }
    }

    /**
     * Whose a deed is: "X's views", "actions of X", "actions taken by X", "a change of Soviet
     * policy", "the change on the Soviet side"; and "Mirza Kuchik Khan's religious … views" where the
     * parser hangs the noun on the possessor.
     */
    private static List<EntityRef> owners(PassageContext ctx, SemanticGraph g, IndexedWord head) {
        List<EntityRef> found = new ArrayList<>();
        for (String path : OWNERS) {
            List<IndexedWord> words = List.of(head);
            for (String step : path.split(">")) {
                List<IndexedWord> next = new ArrayList<>();
                for (IndexedWord w : words) {
                    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                        if (e.getRelation().toString().equals(step)) {
                            next.add(e.getDependent());
                        }
                    }
                }
                words = next;
            }
            for (IndexedWord w : words) {
                Mention m = ctx.mentionAt(w);
                if (path.endsWith("amod")) {
                    if (m != null && m.kind() == Mention.Kind.ADJECTIVE) {
                        add(found, m.entity());
                    }
                } else if ("PRP$".equals(w.tag()) && w.word().equalsIgnoreCase("their")) {
                    // "a change of policy on their side": whose side the plural pronoun says.
                    ctx.groupReferent(ctx.offsetOf(w)).ifPresent(x -> add(found, x));
                } else {
                    DependencyRule.named(ctx, g, w, 0).forEach(x -> add(found, x));
                }
            }
        }
        // "the views that X held", "the actions X took": a clause on the noun whose verb says X has it (owning in
        // cause-frames.tsv); the parser may read "that X held" as the noun's complement clause.
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("acl:relcl") || rel.equals("ccomp") || rel.equals("acl")) && WORDS.get("owning").contains(lemma(e.getDependent()))) {
                for (SemanticGraphEdge s : g.outgoingEdgeIterable(e.getDependent())) {
                    if (s.getRelation().toString().equals("nsubj") && !s.getDependent().equals(head)) {
                        DependencyRule.named(ctx, g, s.getDependent(), 0).forEach(x -> add(found, x));
                    }
                }
            }
        }
        // "actions taken by X" where the parser hangs "taken" elsewhere: the participle right after the noun.
        IndexedWord next = g.getNodeByIndexSafe(head.index() + 1);
        if (next != null && "VBN".equals(next.tag())) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(next)) {
                String rel = e.getRelation().toString();
                if (rel.equals("obl:by") || rel.equals("obl:agent")) {
                    DependencyRule.named(ctx, g, e.getDependent(), 0).forEach(x -> add(found, x));
                }
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(head)) {
            IndexedWord possessor = e.getGovernor();
            if (e.getRelation().toString().equals("amod") && possessor.index() < head.index() && hasWord(g, possessor, "case", "'s")) {
                DependencyRule.named(ctx, g, possessor, 0).forEach(x -> add(found, x));
            }
        }
        return found;
    }

    private static void add(List<EntityRef> found, EntityRef x) {
        if ((x.type() == EntityType.PERSON || x.type() == EntityType.ORGANIZATION || x.type() == EntityType.STATE)
                && !found.contains(x)) {
            found.add(x);
        }
    }

    private static boolean has(SemanticGraph g, IndexedWord w, String relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(SemanticGraph g, IndexedWord w, String relation, String word) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(relation) && e.getDependent().word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
