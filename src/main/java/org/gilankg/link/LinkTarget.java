package org.gilankg.link;

import java.util.List;
import java.util.Set;
import org.gilankg.mentions.EntityType;

/**
 * A thing of our graph to be found in Wikidata: its names (with language tags) and the words and
 * years around it in the graph, which tell one candidate from another.
 */
public record LinkTarget(String id, EntityType type, String label, List<Name> names, Set<String> contextWords,
                         Set<String> years) {

    public record Name(String text, String lang) {}
}
