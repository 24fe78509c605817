package org.gilankg.link;

import java.util.Set;

/** A Wikidata item that has one of a target's names, with what the endpoint said of it. */
public record Candidate(String qid, String label, String description, Set<String> types, String matchedName,
                        boolean matchedLabel) {

    public static final String HUMAN = "Q5";

    public boolean isHuman() {
        return types.contains(HUMAN);
    }
}
