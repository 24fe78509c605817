package org.gilankg.mentions;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates at the precision the text gives them ("June 9, 1920" a day, "May 1920" a month,
 * "1914" a year) and dates given relative to another ("a year before", "several days
 * beforehand"), which {@link RelativeDateResolver} anchors later.
 */
public final class DateFinder {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DAY_MONTH_FIRST = Pattern.compile(MONTH + " (\\d{1,2}),? (\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2}) " + MONTH + " (\\d{4})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + " (\\d{4})(?!\\d)");
    /** A year standing alone: not part of a number, an ISBN or a range such as 1920-21. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d-])(1[5-9]\\d{2}|20\\d{2})(?![\\d-])");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:a|an|one|two|three|four|five|several|a few) (?:year|month|week|day)s? "
                    + "(?:before|beforehand|earlier|later|after|afterwards)\\b", Pattern.CASE_INSENSITIVE);

    private DateFinder() {}

    public static List<Mention> find(String text, int offset) {
        List<Mention> found = new ArrayList<>();
        Matcher m = DAY_MONTH_FIRST.matcher(text);
        while (m.find()) {
            add(found, offset, m, DateValue.day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            add(found, offset, m, DateValue.day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, offset, m, DateValue.month(year(m.group(2)), month(m.group(1))));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            add(found, offset, m, DateValue.year(year(m.group(1))));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            Mention relative = new Mention(Mention.Kind.RELATIVE_DATE, offset + m.start(), offset + m.end(),
                    m.group(), null, null);
            if (found.stream().noneMatch(relative::overlaps)) {
                found.add(relative);
            }
        }
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return found;
    }

    /** Adds a date unless a more precise one (found earlier) already covers it. */
    private static void add(List<Mention> found, int offset, Matcher m, DateValue value) {
        Mention mention = Mention.date(offset + m.start(), offset + m.end(), m.group(), value);
        if (found.stream().noneMatch(mention::overlaps)) {
            found.add(mention);
        }
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }
}
