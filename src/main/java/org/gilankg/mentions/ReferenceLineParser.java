package org.gilankg.mentions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference line in the citation styles Wikipedia articles mix:
 * <ul>
 *   <li>{@code Author (Year). Title. Publisher. ISBN …}</li>
 *   <li>{@code Author (Year), Title, Publisher, OCLC …}</li>
 *   <li>{@code Author, Title (Translation), [Editor: Name,] Place: Publisher, Year.}</li>
 *   <li>{@code Author, Title (Place Year).}</li>
 *   <li>{@code Surname, Given, "Title. Publisher, Year.}</li>
 * </ul>
 * Parts are recognised by their form (identifier schemes, a year in brackets, "Place: Publisher",
 * "Editor:"), not by position alone.
 */
public final class ReferenceLineParser {

    private static final Pattern IDENTIFIER = Pattern.compile("[.,]? ?\\b(ISBN|LCCN|OCLC|ASIN|OL) ([0-9A-Z][0-9A-Z-]*[0-9A-Z])");
    private static final Pattern INVERTED_AUTHOR = Pattern.compile("^(\\p{Lu}[\\p{L}'-]+), (\\p{Lu}[\\p{L}'-]+), ");
    private static final Pattern AUTHOR_YEAR = Pattern.compile("^([^(),]+?) \\((\\d{4})\\)[.,] ");
    private static final Pattern AUTHOR_COMMA = Pattern.compile("^([^(),:]+?), ");
    private static final Pattern EDITOR = Pattern.compile(", Editor: ([^,]+)");
    private static final Pattern PLACE_YEAR_END = Pattern.compile(" \\((\\p{Lu}\\p{L}+),? (\\d{4})\\)$");
    private static final Pattern YEAR_END = Pattern.compile(",? (\\d{4})$");
    private static final Pattern PLACE_PUBLISHER_END = Pattern.compile(", (\\p{Lu}\\p{L}+): ([^,]+)$");
    /** A full stop that ends a part: not one after a single initial such as "F.". */
    private static final Pattern PART_STOP = Pattern.compile("(?<!\\b\\p{Lu})\\. ");
    /** A publisher looks like a proper name: capitalised words, "of"/"and"/"&" allowed, initials allowed. */
    private static final Pattern PUBLISHER_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}.'-]*(?: (?:of|and|&|\\p{Lu}[\\p{L}.'-]*)){0,5}");
    private static final Pattern BRACKETED_TITLE = Pattern.compile("^(.+?) \\(([^()]+)\\)$");

    private ReferenceLineParser() {}

    public static Optional<BibliographicRecord> parse(String line) {
        String rest = line.strip();
        Map<String, String> identifiers = new LinkedHashMap<>();
        Matcher id = IDENTIFIER.matcher(rest);
        StringBuilder withoutIds = new StringBuilder();
        while (id.find()) {
            // An Open Library ID is "OL" and a number: the prefix is part of the identifier.
            identifiers.put(id.group(1), id.group(1).equals("OL") ? "OL" + id.group(2) : id.group(2));
            id.appendReplacement(withoutIds, "");
        }
        id.appendTail(withoutIds);
        rest = stripEnd(withoutIds.toString());

        List<String> authors = new ArrayList<>();
        DateValue year = null;
        Matcher m;
        if ((m = INVERTED_AUTHOR.matcher(rest)).find()) {
            authors.add(m.group(2) + " " + m.group(1));
            rest = rest.substring(m.end());
        } else if ((m = AUTHOR_YEAR.matcher(rest)).find()) {
            authors.add(m.group(1));
            year = DateValue.year(Integer.parseInt(m.group(2)));
            rest = rest.substring(m.end());
        } else if ((m = AUTHOR_COMMA.matcher(rest)).find()) {
            authors.add(m.group(1));
            rest = rest.substring(m.end());
        } else {
            return Optional.empty();
        }
        rest = rest.replaceFirst("^[\"“]", "");

        List<String> editors = new ArrayList<>();
        m = EDITOR.matcher(rest);
        if (m.find()) {
            editors.add(m.group(1).strip());
            rest = rest.substring(0, m.start()) + rest.substring(m.end());
        }

        String place = null;
        if ((m = PLACE_YEAR_END.matcher(rest)).find()) {
            place = m.group(1);
            year = DateValue.year(Integer.parseInt(m.group(2)));
            rest = rest.substring(0, m.start());
        } else if ((m = YEAR_END.matcher(rest)).find()) {
            year = DateValue.year(Integer.parseInt(m.group(1)));
            rest = rest.substring(0, m.start());
        }

        String publisher = null;
        if ((m = PLACE_PUBLISHER_END.matcher(rest)).find()) {
            place = m.group(1);
            publisher = m.group(2).strip();
            rest = rest.substring(0, m.start());
        } else {
            int cut = lastPartBoundary(rest);
            if (cut > 0) {
                String candidate = rest.substring(cut).replaceFirst("^[.,] ", "").strip();
                if (PUBLISHER_NAME.matcher(candidate).matches()) {
                    publisher = candidate;
                    rest = rest.substring(0, cut);
                }
            }
        }

        String title = stripEnd(rest);
        String altTitle = null;
        if ((m = BRACKETED_TITLE.matcher(title)).matches()) {
            title = m.group(1);
            altTitle = m.group(2);
        }
        if (title.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new BibliographicRecord(List.copyOf(authors), title, altTitle, year, publisher, place,
                List.copyOf(editors), java.util.Collections.unmodifiableMap(identifiers)));
    }

    /** Where the last part starts: after the last full stop that ends a part, or else the last comma. */
    private static int lastPartBoundary(String text) {
        int cut = -1;
        Matcher stop = PART_STOP.matcher(text);
        while (stop.find()) {
            cut = stop.start();
        }
        if (cut < 0) {
            cut = text.lastIndexOf(", ");
        }
        return cut;
    }

    private static String stripEnd(String text) {
        return text.strip().replaceFirst("[.,;]+$", "").strip();
    }
}
