package org.gilankg.mentions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gilankg.text.Article;

/** The article with the mentions of every passage: the output of the mentions stage. */
public record MentionedArticle(Article article, Lexicon lexicon, List<MentionedPassage> passages) {

    public Optional<MentionedPassage> previous(MentionedPassage passage) {
        int i = indexAt(passage.passage().begin());
        return i > 0 && passages.get(i).passage().begin() == passage.passage().begin()
                ? Optional.of(passages.get(i - 1)) : Optional.empty();
    }

    /** The index of the last passage that begins at or before {@code offset} (passages are in text order); -1 if none. */
    private int indexAt(int offset) {
        int lo = 0;
        int hi = passages.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (passages.get(mid).passage().begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The nearest name of a thing of {@code type} that ends before {@code offset}, searching back through the article. */
    public Optional<Mention> lastNameBefore(int offset, EntityType type) {
        // Back from the passage that holds the offset: the cost is the distance searched, not the article's length.
        for (int i = indexAt(offset); i >= 0; i--) {
            List<Mention> mentions = passages.get(i).mentions();
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (m.kind() == Mention.Kind.NAME && m.entity().type() == type && m.end() <= offset) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
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
