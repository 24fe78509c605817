package org.gilankg.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.gilankg.text.Passage;

/**
 * One passage as CoreNLP read it, as a single sentence: its tokens (with lemma, part of speech,
 * named-entity tag and SUTime's normalised value) and its enhanced++ dependency graph.
 *
 * <p>Token offsets in CoreNLP are relative to the passage's text; {@link #begin(CoreLabel)} and
 * {@link #end(CoreLabel)} give article offsets.
 */
public record AnalysedPassage(Passage passage, CoreMap sentence) {

    public List<CoreLabel> tokens() {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The enhanced++ dependency graph. */
    public SemanticGraph graph() {
        return sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    /** The article offset where a token begins. */
    public int begin(CoreLabel token) {
        return passage.begin() + token.beginPosition();
    }

    /** The article offset where a token ends (exclusive). */
    public int end(CoreLabel token) {
        return passage.begin() + token.endPosition();
    }

    /** The token covering article offset {@code offset}, or the first token after it; null past the end. */
    public CoreLabel tokenAt(int offset) {
        for (CoreLabel t : tokens()) {
            if (end(t) > offset) {
                return t;
            }
        }
        return null;
    }
}
