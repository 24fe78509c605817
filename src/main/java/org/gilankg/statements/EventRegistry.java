package org.gilankg.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.gilankg.mentions.DateValue;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.text.Slugs;

/**
 * Which happening an event is, across the article: an event is its kind, its main participant,
 * its place (or second participant) and its date. An event of the same kind is the same event
 * when
 * <ul>
 *   <li>its main participant is the same, or one is part of the other as the text says ("Soviet
 *       forces", part of Soviet Russia, and "the Soviets");</li>
 *   <li>its place is the same, or one of the two names none;</li>
 *   <li>its date is compatible: equal, one undated, or one within the other (1920 and 1920-06-09).</li>
 * </ul>
 * So the same happening named in two passages is one event; a departure on another date is another.
 *
 * <p>IRIs are minted from kind, participant and place ({@code departure-mirza-kuchik-khan-rasht}),
 * with the date appended only when that is needed to tell two events apart. Never from a label.
 */
public final class EventRegistry {

    private static final class Known {
        final EntityRef event;
        final EntityRef participant;
        EntityRef place;
        DateValue date;

        Known(EntityRef event, EntityRef participant, EntityRef place, DateValue date) {
            this.event = event;
            this.participant = participant;
            this.place = place;
            this.date = date;
        }
    }

    /**
     * One place in the text where an event was made: its kind ("Entry", "Advance"), its main
     * participant and the article offset of the words it was made from. Event anaphora ("this
     * mission", "that campaign") takes up the nearest earlier one of a compatible kind; {@code asserted}:
     * whether the clause it was made in asserts it (not negated, hedged or conditional).
     */
    public record Occurrence(EntityRef event, String kind, EntityRef participant, int offset, boolean asserted) {}

    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<String, List<Known>> byKind = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final BiPredicate<EntityRef, EntityRef> partOf;

    /** @param partOf whether the text has said that the first thing is part of the second */
    public EventRegistry(BiPredicate<EntityRef, EntityRef> partOf) {
        this.partOf = partOf;
    }

    public EventRegistry() {
        this((a, b) -> false);
    }

    /**
     * The event of this kind, participant, place and date: one already made if compatible, else a new one.
     *
     * @param label the label a new event takes
     * @param reserved ids a new event must not take (the name list's)
     */
    public synchronized EntityRef event(String kind, EntityRef participant, EntityRef place, DateValue date, String label,
                                        Set<String> reserved) {
        List<Known> known = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        for (Known k : known) {
            boolean sameSide = k.participant.equals(participant) || partOf.test(k.participant, participant)
                    || partOf.test(participant, k.participant);
            boolean samePlace = k.place == null || place == null || k.place.equals(place);
            if (sameSide && samePlace && compatible(k.date, date)) {
                if (k.date == null) {
                    k.date = date;
                }
                if (k.place == null) {
                    k.place = place;
                }
                return k.event;
            }
        }
        String base = Slugs.of(kind + " " + participant.id() + (place == null ? "" : " " + place.id()));
        String id = base;
        if (ids.contains(id) || reserved.contains(id)) {
            id = base + (date == null ? "" : "-" + date.lexical());
            for (int n = 2; ids.contains(id) || reserved.contains(id); n++) {
                id = base + "-" + n;
            }
        }
        ids.add(id);
        EntityRef event = new EntityRef(id, EntityType.EVENT, label, true);
        known.add(new Known(event, participant, place, date));
        return event;
    }

    /** Records that an event was made from the words at article offset {@code offset}. */
    public synchronized void occurred(EntityRef event, String kind, EntityRef participant, int offset, boolean asserted) {
        occurrences.add(new Occurrence(event, kind, participant, offset, asserted));
    }

    /** The events made from words in [{@code from}, {@code to}) of the article, the nearest to {@code to} first. */
    public synchronized List<Occurrence> occurrences(int from, int to) {
        List<Occurrence> found = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.offset() >= from && o.offset() < to) {
                found.add(o);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Occurrence::offset).reversed());
        return found;
    }

    static boolean compatible(DateValue a, DateValue b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.lexical();
        String y = b.lexical();
        return x.startsWith(y) || y.startsWith(x);
    }
}
