package org.gilankg.mentions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gilankg.text.Article;

/** The article with the mentions of every passage: the output of the mentions stage. */
public record MentionedArticle(Article article, Lexicon lexicon, List<MentionedPassage> passages) {

    public Optional<MentionedPassage> previous(MentionedPassage passage) {
        int i = passages.indexOf(passage);
        return i > 0 ? Optional.of(passages.get(i - 1)) : Optional.empty();
    }

    /** The nearest name of a thing of {@code type} that ends before {@code offset}, searching back through the article. */
    public Optional<Mention> lastNameBefore(int offset, EntityType type) {
        Mention best = null;
        for (MentionedPassage p : passages) {
            if (p.passage().begin() >= offset) {
                break;
            }
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.NAME && m.entity().type() == type && m.end() <= offset) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every thing mentioned anywhere, in order of first mention. */
    public Map<String, EntityRef> mentionedThings() {
        Map<String, EntityRef> things = new LinkedHashMap<>();
        for (MentionedPassage p : passages) {
            for (Mention m : p.mentions()) {
                if (m.isEntity()) {
                    things.putIfAbsent(m.entity().id(), m.entity());
                }
            }
        }
        return things;
    }
}
