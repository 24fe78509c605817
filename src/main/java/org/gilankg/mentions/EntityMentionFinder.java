package org.gilankg.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the names and adjective forms of the name list's things in a text: case-sensitive, whole
 * words, longest first ("Soviet Republic of Gilan" wins over "Soviet" and "Gilan").
 */
public final class EntityMentionFinder {

    private final Pattern pattern;
    private final Map<String, Mention.Kind> kinds = new HashMap<>();
    private final Map<String, EntityRef> refs = new HashMap<>();

    public EntityMentionFinder(Lexicon lexicon) {
        this(lexicon, true);
    }

    /** A finder of adjective forms only: what a name says of other things ("Anglo-Soviet"). */
    public static EntityMentionFinder adjectivesOnly(Lexicon lexicon) {
        return new EntityMentionFinder(lexicon, false);
    }

    private EntityMentionFinder(Lexicon lexicon, boolean withNames) {
        List<String> forms = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            for (String name : withNames ? entry.names() : List.<String>of()) {
                forms.add(name);
                kinds.put(name, Mention.Kind.NAME);
                refs.put(name, entry.ref());
            }
            for (String adjective : entry.adjectives()) {
                forms.add(adjective);
                kinds.put(adjective, Mention.Kind.ADJECTIVE);
                refs.put(adjective, entry.ref());
            }
        }
        // Java takes the first alternative that matches, so longer forms go first.
        String alternation = forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** The mentions in {@code text}, whose first character is at article offset {@code offset}. */
    public List<Mention> find(String text, int offset) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String surface = m.group();
            int begin = offset + m.start();
            int end = offset + m.end();
            mentions.add(kinds.get(surface) == Mention.Kind.NAME
                    ? Mention.name(begin, end, surface, refs.get(surface))
                    : Mention.adjective(begin, end, surface, refs.get(surface)));
        }
        return mentions;
    }
}
