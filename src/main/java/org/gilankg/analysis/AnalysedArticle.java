package org.gilankg.analysis;

import java.util.Map;
import java.util.Optional;
import org.gilankg.text.Article;
import org.gilankg.text.Passage;

/**
 * The article with the analysis of each of its sentences (list lines and reference lines are
 * read by their line format, not parsed).
 *
 * @param fresh how many passages were analysed afresh (0 when the whole analysis came from the cache)
 */
public record AnalysedArticle(Article article, Map<Passage, AnalysedPassage> passages, int fresh) {

    public Optional<AnalysedPassage> of(Passage passage) {
        return Optional.ofNullable(passages.get(passage));
    }
}
