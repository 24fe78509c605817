package org.gilankg.text;

/** What kind of unit of the article a passage is; it decides which rules read it. */
public enum PassageKind {
    /** A sentence of running prose. */
    SENTENCE,
    /** A line of a list such as the cabinet, See also or External links. */
    LIST_LINE,
    /** A line of the References section: one bibliographic record. */
    REFERENCE_LINE
}
