package org.gilankg.link;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Wikidata item that has one of a target's names, with what the endpoint said of it: its English
 * label and description, direct classes (P31), the class-map classes it falls under, its dates
 * (year by property) and its context (items by property).
 */
public final class Candidate {

    private final String qid;
    private String label;
    private String description;
    final Set<String> directClasses = new TreeSet<>();
    final Set<String> mappedClasses = new TreeSet<>();
    final Map<String, Set<Integer>> years = new LinkedHashMap<>();
    final Map<String, Set<String>> context = new LinkedHashMap<>();
    /** Names of ours this item carries as its label, and as an alias. */
    final Set<LinkTarget.Name> byLabel = new LinkedHashSet<>();
    final Set<LinkTarget.Name> byAlias = new LinkedHashSet<>();

    public Candidate(String qid) {
        this.qid = qid;
    }

    public String qid() {
        return qid;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    void label(String l) {
        if (label == null) {
            label = l;
        }
    }

    void description(String d) {
        if (description == null) {
            description = d;
        }
    }

    public Set<String> directClasses() {
        return directClasses;
    }

    public Set<String> mappedClasses() {
        return mappedClasses;
    }

    public Set<Integer> years(String property) {
        return years.getOrDefault(property, Set.of());
    }

    /** Every item this candidate points to by a context property. */
    public Set<String> contextItems() {
        Set<String> all = new LinkedHashSet<>();
        context.values().forEach(all::addAll);
        return all;
    }

    /** The property by which this candidate points to an item, or null. */
    public String contextProperty(String item) {
        return context.entrySet().stream().filter(e -> e.getValue().contains(item)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
