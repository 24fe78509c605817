package org.gilankg.statements.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.statements.DataTable;
import org.gilankg.statements.Modality;
import org.gilankg.statements.PassageContext;

/**
 * A clause that says it is the result of the clause before it (markers in result-markers.tsv):
 * "…, and as a result that campaign was defeated", "…; that campaign was defeated as a
 * consequence", "…; consequently X left". The effect is the event of the clause the marker stands
 * in (fronted: the first event made after the marker; trailing: the event of the clause whose verb
 * the marker hangs on). The cause is the event of the sentence's main clause before the effect's
 * clause: the one whose word stands highest in the dependency tree, so an event told in a relative
 * clause ("a force that had made its way towards Qazvin") is not taken for the cause. "As a result
 * of X" names its cause itself and is left to the cause rows of the lexicon. The link is a claim
 * when either clause is (a reported cause, a negated or hedged effect). Runs after the rules that
 * make events.
 */
public final class ResultRule extends GraphRule {

    private static final List<String[]> MARKERS = DataTable.rows("result-markers.tsv", 1).stream()
            .map(c -> c[0].toLowerCase(Locale.ROOT).split(" +")).toList();

    @Override
    public String name() {
        return "result";
    }

    @Override
    void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g) {
        List<IndexedWord> words = g.vertexListSorted();
        for (int i = 0; i < words.size(); i++) {
            for (String[] marker : MARKERS) {
                int n = marker.length;
                if (matches(words, i, marker) && (i + n >= words.size() || !lemma(words.get(i + n)).equals("of"))) {
                    link(ctx, analysis, g, words.get(i), words.get(i + n - 1));
                }
            }
        }
    }

    private static boolean matches(List<IndexedWord> words, int i, String[] marker) {
        if (i + marker.length > words.size()) {
            return false;
        }
        for (int k = 0; k < marker.length; k++) {
            IndexedWord w = words.get(i + k);
            if (!lemma(w).equals(marker[k]) || w.index() != words.get(i).index() + k) {
                return false;
            }
        }
        return true;
    }

    private static void link(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g, IndexedWord first, IndexedWord last) {
        IndexedWord verb = clauseVerb(g, last);
        int at = ctx.offsetOf(first);
        int after = ctx.offsetOf(last);
        // Trailing ("that campaign was defeated as a consequence"): the effect's clause begins before the marker.
        boolean trailing = verb != null && verb.index() < first.index() && verb.tag() != null && verb.tag().startsWith("VB");
        int clauseStart = trailing ? ctx.offsetOf(clauseStart(g, verb)) : at;
        PassageContext.Made cause = null;
        int causeDepth = Integer.MAX_VALUE;
        PassageContext.Made effect = null;
        for (PassageContext.Made m : ctx.events()) {
            int offset = m.offset();
            if (offset < clauseStart) {
                IndexedWord w = wordAt(analysis, g, offset);
                int depth = w == null ? Integer.MAX_VALUE - 1 : g.getPathToRoot(w).size();
                if (depth < causeDepth) {
                    cause = m;
                    causeDepth = depth;
                }
            } else if (trailing ? offset < at && (effect == null || offset == ctx.offsetOf(verb)) : offset > after && effect == null) {
                effect = m;
            }
        }
        IndexedWord effectWord = effect == null ? null : wordAt(analysis, g, effect.offset());
        if (cause == null || effect == null || cause.thing().equals(effect.thing())
                || effectWord != null && EventAnaphora.takesUp(ctx, g, effectWord, cause.thing())) {
            return;
        }
        ctx.atOffset(cause.offset());
        boolean causeAsserted = ctx.modality() == Modality.ASSERTED;
        ctx.atOffset(effect.offset());
        if (ctx.modality() == Modality.ASSERTED && !causeAsserted) {
            // "It is said that X sent a message; as a result …": the link is no more certain than its cause.
            ctx.atOffset(cause.offset());
        }
        ctx.emit(cause.thing(), Vocabulary.RESULTED_IN, effect.thing());
    }

    /** The verb or predicate the marker's last word hangs on ("defeated" for "was defeated as a consequence"). */
    private static IndexedWord clauseVerb(SemanticGraph g, IndexedWord word) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(word)) {
            String rel = e.getRelation().toString();
            if (!e.isExtra() && (rel.startsWith("obl") || rel.startsWith("advmod") || rel.startsWith("nmod"))) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** The first word of the clause headed by {@code verb}: its own dependents, not its conjuncts or asides. */
    private static IndexedWord clauseStart(SemanticGraph g, IndexedWord verb) {
        IndexedWord first = verb;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (e.isExtra() || rel.startsWith("conj") || rel.equals("parataxis") || rel.equals("punct")
                    || rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("dep")) {
                continue;
            }
            IndexedWord w = e.getDependent();
            for (IndexedWord d : g.descendants(w)) {
                if (d.index() < first.index()) {
                    first = d;
                }
            }
        }
        return first;
    }

    private static IndexedWord wordAt(AnalysedPassage analysis, SemanticGraph g, int offset) {
        CoreLabel token = analysis.tokenAt(offset);
        return token == null ? null : g.getNodeByIndexSafe(token.index());
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
