package org.gilankg.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilankg.mentions.DateValue;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.text.Slugs;

/**
 * Which happening an event is, across the article: an event is its kind, its main participant,
 * its place and its date. The same kind, participant and place with a compatible date (equal, or
 * one of them undated, or one within the other: 1920 and 1920-06-09) is the same event, even
 * when two passages name it; a different date is another event, with its own IRI.
 *
 * <p>IRIs are minted from kind, participant and place ({@code departure-mirza-kuchik-khan-rasht}),
 * with the date appended only when that is needed to tell two events apart. Never from a label.
 */
public final class EventRegistry {

    private record Known(EntityRef event, DateValue date) {}

    private final Map<String, List<Known>> byKey = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    /**
     * The event of this kind, participant, place and date: one already made if compatible, else a new one.
     *
     * @param label the label a new event takes
     */
    public synchronized EntityRef event(String kind, EntityRef participant, EntityRef place, DateValue date, String label,
                                        Set<String> reserved) {
        String key = kind + "|" + participant.id() + "|" + (place == null ? "" : place.id());
        List<Known> known = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (int i = 0; i < known.size(); i++) {
            Known k = known.get(i);
            if (compatible(k.date(), date)) {
                if (k.date() == null && date != null) {
                    known.set(i, new Known(k.event(), date));
                }
                return k.event();
            }
        }
        String base = Slugs.of(kind + " " + participant.id() + (place == null ? "" : " " + place.id()));
        String id = base;
        if (!known.isEmpty() || ids.contains(id) || reserved.contains(id)) {
            id = base + (date == null ? "" : "-" + date.lexical());
            for (int n = 2; ids.contains(id) || reserved.contains(id); n++) {
                id = base + "-" + n;
            }
        }
        ids.add(id);
        EntityRef event = new EntityRef(id, EntityType.EVENT, label, true);
        known.add(new Known(event, date));
        return event;
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
