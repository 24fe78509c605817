package org.gilankg.mentions;

import java.util.List;

/**
 * One thing of the curated name list: names only, never facts.
 *
 * @param names the names and name variants the text uses; the first is the English label
 * @param adjectives adjective forms used attributively ("Soviet", "Anglo"): they find the thing
 *     in the text but are not labels of it
 * @param line the line of the name list it came from, for messages
 */
public record LexiconEntry(String id, EntityType type, List<String> names, List<String> adjectives, int line) {

    public String label() {
        return names.get(0);
    }

    public EntityRef ref() {
        return new EntityRef(id, type, label(), false);
    }
}
