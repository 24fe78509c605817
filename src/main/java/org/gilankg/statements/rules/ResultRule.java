package org.gilankg.statements.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.statements.PassageContext;

/**
 * "…, and as a result that campaign was defeated": the event of the sentence's main clause before
 * "as a result" resulted in the first event made after it. The main clause's event is the one
 * whose word stands highest in the dependency tree, so an event told in a relative clause ("a force
 * that had made its way towards Qazvin") is not taken for the cause. "As a result of X" names its
 * cause itself and is left to the cause rows of the lexicon, as is a parse that hangs "as a
 * result" on the effect's own verb. Runs after the rules that make events.
 */
public final class ResultRule extends GraphRule {

    @Override
    public String name() {
        return "result";
    }

    @Override
    void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g) {
        List<IndexedWord> words = g.vertexListSorted();
        for (int i = 0; i + 3 < words.size(); i++) {
            if (!lemma(words.get(i)).equals("as") || !lemma(words.get(i + 1)).equals("a")
                    || !lemma(words.get(i + 2)).equals("result") || lemma(words.get(i + 3)).equals("of")
                    || words.get(i + 1).index() != words.get(i).index() + 1 || words.get(i + 2).index() != words.get(i).index() + 2) {
                continue;
            }
            int at = ctx.offsetOf(words.get(i));
            int after = ctx.offsetOf(words.get(i + 2));
            PassageContext.Made cause = null;
            int causeDepth = Integer.MAX_VALUE;
            PassageContext.Made effect = null;
            for (PassageContext.Made m : ctx.events()) {
                int offset = m.offset();
                if (offset < at) {
                    IndexedWord w = wordAt(analysis, g, offset);
                    int depth = w == null ? Integer.MAX_VALUE - 1 : g.getPathToRoot(w).size();
                    if (depth < causeDepth) {
                        cause = m;
                        causeDepth = depth;
                    }
                } else if (offset > after && effect == null) {
                    effect = m;
                }
            }
            IndexedWord effectWord = effect == null ? null : wordAt(analysis, g, effect.offset());
            if (cause != null && effect != null && !cause.thing().equals(effect.thing())
                    && (effectWord == null || !EventAnaphora.takesUp(ctx, g, effectWord, cause.thing()))) {
                ctx.atOffset(effect.offset());
                ctx.emit(cause.thing(), Vocabulary.RESULTED_IN, effect.thing());
            }
        }
    }

    private static IndexedWord wordAt(AnalysedPassage analysis, SemanticGraph g, int offset) {
        CoreLabel token = analysis.tokenAt(offset);
        return token == null ? null : g.getNodeByIndexSafe(token.index());
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
