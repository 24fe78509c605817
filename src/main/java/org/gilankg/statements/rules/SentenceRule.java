package org.gilankg.statements.rules;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Set;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.Rule;
import org.gilankg.text.PassageKind;

/** A rule that reads sentences of prose. */
abstract class SentenceRule implements Rule {
    @Override
    public Set<PassageKind> reads() {
        return Set.of(PassageKind.SENTENCE);
    }

    /** The sentence's enhanced++ dependency graph, or null when it was not analysed (a rule then reads nothing). */
    static SemanticGraph dependencies(PassageContext ctx) {
        return ctx.analysis().map(AnalysedPassage::graph).orElse(null);
    }
}
