package org.gilankg.mentions;

import java.util.List;
import java.util.Map;

/**
 * One line of the References, read into its parts. Any part but the title may be missing.
 *
 * @param authors the author names in "Given Surname" order
 * @param altTitle a title given in brackets after the title (usually a translation)
 * @param identifiers scheme (ISBN, LCCN, OCLC, ASIN, OL) to value, in the line's order
 */
public record BibliographicRecord(List<String> authors, String title, String altTitle, DateValue year,
                                  String publisher, String place, List<String> editors,
                                  Map<String, String> identifiers) {}
