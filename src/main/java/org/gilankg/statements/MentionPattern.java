package org.gilankg.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression over a {@link MaskedText} in which {@code {name:TYPE|TYPE}} stands for one
 * mention of those types, captured under {@code name} ({@code {TYPE}} alone captures nothing).
 *
 * <p>Types: PERSON, OFFICE, EVENT, PLACE, TREATY, ORG, STATE, PUBLICATION, DATE, RELDATE; an
 * adjective form is STATE_ADJ, ORG_ADJ, PLACE_ADJ; THING is a name of any type, AGENT a person,
 * organisation or state. Example: {@code "{org:ORG|STATE} led by {leader:PERSON}"}.
 */
public final class MentionPattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{(?:(\\w+):)?([A-Z_|]+)}");
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("PERSON", "P"), Map.entry("OFFICE", "F"), Map.entry("EVENT", "E"),
            Map.entry("PLACE", "L"), Map.entry("TREATY", "T"), Map.entry("ORG", "O"),
            Map.entry("STATE", "S"), Map.entry("PUBLICATION", "B"), Map.entry("DATE", "D"),
            Map.entry("RELDATE", "R"), Map.entry("STATE_ADJ", "s"), Map.entry("ORG_ADJ", "o"),
            Map.entry("PLACE_ADJ", "l"), Map.entry("PERSON_ADJ", "p"),
            Map.entry("THING", "PFELTOSB"), Map.entry("AGENT", "POS"));

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Pattern pattern;
    private final String source;
    private final List<String> groupNames = new ArrayList<>();

    private MentionPattern(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
        Matcher names = GROUP_NAME.matcher(pattern.pattern());
        while (names.find()) {
            groupNames.add(names.group(1));
        }
    }

    public static MentionPattern compile(String source) {
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            StringBuilder codes = new StringBuilder();
            for (String type : m.group(2).split("\\|")) {
                String code = CODES.get(type);
                if (code == null) {
                    throw new IllegalArgumentException("unknown mention type " + type + " in pattern " + source);
                }
                codes.append(code);
            }
            String digits = m.group(1) == null ? "\\d+" : "(?<" + m.group(1) + ">\\d+)";
            m.appendReplacement(regex, Matcher.quoteReplacement("§[" + codes + "]" + digits + "§"));
        }
        m.appendTail(regex);
        return new MentionPattern(source, Pattern.compile(regex.toString()));
    }

    /** Every non-overlapping match in the passage, in order. */
    public List<PatternMatch> matches(MaskedText text) {
        List<PatternMatch> result = new ArrayList<>();
        Matcher m = pattern.matcher(text.text());
        while (m.find()) {
            Map<String, int[]> groups = new java.util.HashMap<>();
            for (String name : groupNames) {
                groups.put(name, new int[] {m.start(name), m.end(name)});
            }
            result.add(new PatternMatch(text, m.start(), m.end(), groups));
        }
        return result;
    }

    @Override
    public String toString() {
        return source;
    }
}
