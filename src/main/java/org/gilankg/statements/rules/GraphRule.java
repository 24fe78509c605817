package org.gilankg.statements.rules;

import edu.stanford.nlp.semgraph.SemanticGraph;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.statements.PassageContext;

/** A rule that reads a sentence's dependency graph: a sentence that was not analysed gives it nothing. */
abstract class GraphRule extends SentenceRule {

    @Override
    public final void apply(PassageContext ctx) {
        AnalysedPassage analysis = ctx.analysis().orElse(null);
        if (analysis != null && analysis.graph() != null) {
            apply(ctx, analysis, analysis.graph());
        }
    }

    /** Reads the sentence of {@code ctx}, its analysis and its enhanced++ dependency graph {@code g}. */
    abstract void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g);
}
