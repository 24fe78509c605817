package org.gilankg.mentions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a relative date against its anchor, the nearest date the prose gave before it.
 *
 * <p>The result has the precision the text supports and no more. A count the text gives exactly
 * ("two days after" 9 June 1920, "a month later" than May 1920) shifts the anchor by that much at the
 * anchor's precision (11 June 1920; June 1920). A vague count ("several days", "a few weeks") spans
 * a window of days; the result is the anchor's month when the whole window stays in that month (a day
 * anchor), else the anchor's year when the whole window stays in that year, else nothing. "Several
 * years" gives nothing: no year can be given.
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
        int sign = before ? -1 : 1;
        int count = switch (m.group(1)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            default -> 0; // "several", "a few": the text does not say how many
        };
        String unit = m.group(2);
        if (unit.equals("year")) {
            return count == 0 ? null : DateValue.year(anchor.year() + sign * count);
        }
        if (unit.equals("month") && count > 0 && anchor.precision() != DatePrecision.YEAR) {
            YearMonth ym = YearMonth.parse(anchor.lexical().substring(0, 7)).plusMonths(sign * count);
            return DateValue.month(ym.getYear(), ym.getMonthValue());
        }
        if (unit.equals("day") && count > 0 && anchor.precision() == DatePrecision.DAY) {
            LocalDate d = LocalDate.parse(anchor.lexical()).plusDays(sign * count);
            return DateValue.day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        // The window of days the phrase may mean, nearest and farthest.
        int[] window = switch (unit) {
            case "day" -> count > 0 ? new int[] {count, count} : new int[] {2, 10};
            case "week" -> count > 0 ? new int[] {7 * count - 3, 7 * count + 3} : new int[] {14, 42};
            default -> count > 0 ? new int[] {28 * count, 31 * count} : new int[] {60, 200}; // months
        };
        LocalDate first;
        LocalDate last;
        switch (anchor.precision()) {
            case DAY -> {
                first = LocalDate.parse(anchor.lexical());
                last = first;
            }
            case MONTH -> {
                YearMonth ym = YearMonth.parse(anchor.lexical());
                first = ym.atDay(1);
                last = ym.atEndOfMonth();
            }
            default -> {
                // A bare year: the event may be anywhere in it; its year is the most the text supports.
                return DateValue.year(anchor.year());
            }
        }
        LocalDate from = before ? first.minusDays(window[1]) : first.plusDays(window[0]);
        LocalDate to = before ? last.minusDays(window[0]) : last.plusDays(window[1]);
        if (anchor.precision() == DatePrecision.DAY && YearMonth.from(from).equals(YearMonth.from(to))) {
            return DateValue.month(from.getYear(), from.getMonthValue());
        }
        if (from.getYear() == to.getYear()) {
            return DateValue.year(from.getYear());
        }
        return null;
    }
}
