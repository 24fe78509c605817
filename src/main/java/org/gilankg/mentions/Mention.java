package org.gilankg.mentions;

/**
 * A recognised span of the article: a name of a thing, an adjective form of one ("Soviet",
 * "British"), a date, or a date given relative to another ("a year before").
 *
 * <p>Offsets are UTF-16 offsets into the whole article, end exclusive.
 *
 * @param entity the thing named, for {@link Kind#NAME} and {@link Kind#ADJECTIVE}; otherwise null
 * @param date the date meant, for {@link Kind#DATE} and resolved {@link Kind#RELATIVE_DATE}; otherwise null
 */
public record Mention(Kind kind, int begin, int end, String surface, EntityRef entity, DateValue date) {

    public enum Kind { NAME, ADJECTIVE, DATE, RELATIVE_DATE }

    public static Mention name(int begin, int end, String surface, EntityRef entity) {
        return new Mention(Kind.NAME, begin, end, surface, entity, null);
    }

    public static Mention adjective(int begin, int end, String surface, EntityRef entity) {
        return new Mention(Kind.ADJECTIVE, begin, end, surface, entity, null);
    }

    public static Mention date(int begin, int end, String surface, DateValue date) {
        return new Mention(Kind.DATE, begin, end, surface, null, date);
    }

    public Mention withDate(DateValue resolved) {
        return new Mention(kind, begin, end, surface, entity, resolved);
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }

    public boolean isEntity() {
        return kind == Kind.NAME || kind == Kind.ADJECTIVE;
    }

    public boolean isDate() {
        return (kind == Kind.DATE || kind == Kind.RELATIVE_DATE) && date != null;
    }
}
