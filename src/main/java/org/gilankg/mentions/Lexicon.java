package org.gilankg.mentions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The curated name list, indexed by id and by name. */
public final class Lexicon {
    private final Map<String, LexiconEntry> byId = new LinkedHashMap<>();
    private final Map<String, LexiconEntry> byName = new LinkedHashMap<>();

    public Lexicon(List<LexiconEntry> entries) {
        for (LexiconEntry entry : entries) {
            byId.put(entry.id(), entry);
            entry.names().forEach(name -> byName.put(name, entry));
        }
    }

    public List<LexiconEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** The ids of all things of the list. */
    public java.util.Set<String> ids() {
        return java.util.Collections.unmodifiableSet(byId.keySet());
    }

    public Optional<LexiconEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry that has exactly this name (not an adjective form). */
    public Optional<LexiconEntry> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
