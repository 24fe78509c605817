package org.gilankg.mentions;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date at the precision the text gives it.
 *
 * @param lexical the XSD lexical form: 1920-06-09, 1920-06 or 1920
 */
public record DateValue(String lexical, DatePrecision precision) implements Comparable<DateValue> {

    public static DateValue day(int year, int month, int day) {
        return new DateValue(LocalDate.of(year, month, day).toString(), DatePrecision.DAY);
    }

    public static DateValue month(int year, int month) {
        return new DateValue(YearMonth.of(year, month).toString(), DatePrecision.MONTH);
    }

    public static DateValue year(int year) {
        return new DateValue(String.format("%04d", year), DatePrecision.YEAR);
    }

    public int year() {
        return Integer.parseInt(lexical.substring(0, 4));
    }

    @Override
    public int compareTo(DateValue other) {
        return lexical.compareTo(other.lexical);
    }
}
