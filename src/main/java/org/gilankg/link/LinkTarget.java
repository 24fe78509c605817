package org.gilankg.link;

import java.util.List;
import java.util.Set;

/**
 * A thing of our graph to be found in Wikidata: its main class (Person, Place, …), its names (with
 * language tags; the main label first), its neighbours in the graph and the years around it.
 */
public record LinkTarget(String id, String type, String label, List<Name> names, Set<String> neighbours,
                         Set<Integer> years) {

    /** A name; main when it is the thing's rdfs:label rather than a skos:altLabel. */
    public record Name(String text, String lang, boolean main) {
        public Name(String text, String lang) {
            this(text, lang, false);
        }

        /** The literal asked for: text and language. */
        public Name key() {
            return new Name(text, lang, false);
        }
    }
}
