package org.gilankg.text;

/**
 * One sentence, list line or reference line, with its place in the article.
 *
 * <p>{@code begin} and {@code end} are offsets into {@link Article#text()} in UTF-16 units (Java's
 * own indexing); {@code codePointBegin} and {@code codePointEnd} count Unicode characters, which is
 * what NIF's offsets mean. They coincide while the article stays within the Basic Multilingual
 * Plane, but the published offsets are always code points.
 *
 * @param ordinal 1-based position of the passage within its section
 */
public record Passage(Section section, int ordinal, PassageKind kind, int begin, int end,
                      int codePointBegin, int codePointEnd, String text) {

    /** The local name of the passage's graph: {@code section-slug/ordinal}. */
    public String localName() {
        return section.slug() + "/" + ordinal;
    }
}
