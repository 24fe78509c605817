package org.gilankg.text;

import java.util.List;

/**
 * The article as read and divided: its full text, its sections and its passages in order.
 *
 * @param source where the text came from, for messages and provenance
 */
public record Article(String source, String text, List<Section> sections, List<Passage> passages) {

    /** The passages of one kind, in article order. */
    public List<Passage> passages(PassageKind kind) {
        return passages.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The article's text between two UTF-16 offsets. */
    public String slice(int begin, int end) {
        return text.substring(begin, end);
    }

    /** Converts a UTF-16 offset into a code point offset. */
    public int codePointOffset(int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }
}
