package org.gilankg.mentions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a relative date against its anchor, the nearest date the prose gave before it.
 *
 * <p>Years shift by whole years ("a year before" May 1920 is 1919). Days, weeks and months keep
 * the anchor's year and no finer precision ("several days beforehand" a 1921 event is 1921): the
 * text never says by how much, so no day or month is invented.
 */
public final class RelativeDateResolver {

    private static final Pattern PARTS = Pattern.compile(
            "(a|an|one|two|three|four|five|several|a few) (year|month|week|day)s? (\\w+)");

    private RelativeDateResolver() {}

    public static DateValue resolve(String phrase, DateValue anchor) {
        Matcher m = PARTS.matcher(phrase.toLowerCase(java.util.Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        boolean before = switch (m.group(3)) {
            case "before", "beforehand", "earlier" -> true;
            default -> false;
        };
        if (m.group(2).equals("year")) {
            int count = switch (m.group(1)) {
                case "a", "an", "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                case "four" -> 4;
                case "five" -> 5;
                default -> 0; // "several years": no year can be given
            };
            if (count == 0) {
                return null;
            }
            return DateValue.year(anchor.year() + (before ? -count : count));
        }
        return DateValue.year(anchor.year());
    }
}
