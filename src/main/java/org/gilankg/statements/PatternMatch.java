package org.gilankg.statements;

import java.util.Map;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.Mention;

/** One match of a {@link MentionPattern}: its mentions and raw groups by name. */
public final class PatternMatch {

    private final MaskedText text;
    private final int start;
    private final int end;
    /** Group name to [start, end) in the masked text; [-1, -1] where the group did not take part. */
    private final Map<String, int[]> groups;

    PatternMatch(MaskedText text, int start, int end, Map<String, int[]> groups) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.groups = groups;
    }

    /** The mention captured under {@code group}, or null where that part of the pattern did not take part. */
    public Mention mention(String group) {
        String index = raw(group);
        return index == null ? null : text.mentions().get(Integer.parseInt(index));
    }

    public EntityRef entity(String group) {
        Mention m = mention(group);
        return m == null ? null : m.entity();
    }

    public boolean has(String group) {
        return start(group) >= 0;
    }

    /** The article's own text of a raw (non-mention) group, or null. */
    public String text(String group) {
        return has(group) ? text.original(start(group), end(group)) : null;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int start(String group) {
        int[] span = groups.get(group);
        if (span == null) {
            throw new IllegalArgumentException("no group " + group);
        }
        return span[0];
    }

    public int end(String group) {
        return groups.get(group)[1];
    }

    private String raw(String group) {
        return has(group) ? text.text().substring(start(group), end(group)) : null;
    }
}
