package org.gilankg.mentions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gilankg.GilanKgException;
import org.gilankg.Resources;

/**
 * Reads the curated name list: a tab-separated file, one thing a line,
 * {@code id TAB Type TAB name | name | … [TAB adjective | …]}; {@code #} starts a comment.
 * Rejects, with the file and line, anything that is not a name list: a bad id, an unknown type,
 * a duplicate id, or a name given to two things.
 */
public final class NameListReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String SEPARATOR = "\\s*\\|\\s*";

    private NameListReader() {}

    public static Lexicon read(Path file) {
        List<String> lines = Resources.lines(file);
        List<LexiconEntry> entries = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> nameLines = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String where = file + ":" + lineNo + ": ";
            String[] columns = line.split("\t", -1);
            if (columns.length < 3 || columns.length > 4) {
                throw new GilanKgException(where + "expected 3 or 4 tab-separated columns (id, type, names, adjectives), found "
                        + columns.length);
            }
            String id = columns[0].strip();
            if (!ID.matcher(id).matches()) {
                throw new GilanKgException(where + "bad id '" + id + "' (lower-case letters, digits and single hyphens)");
            }
            Integer earlier = idLines.putIfAbsent(id, lineNo);
            if (earlier != null) {
                throw new GilanKgException(where + "duplicate id '" + id + "' (first at line " + earlier + ")");
            }
            String typeName = columns[1].strip();
            EntityType type = EntityType.byClassName(typeName).orElseThrow(() -> new GilanKgException(where
                    + "unknown type '" + typeName + "' (expected one of "
                    + Arrays.stream(EntityType.values()).map(EntityType::className).collect(Collectors.joining(", "))
                    + ")"));
            List<String> names = split(columns[2]);
            if (names.isEmpty()) {
                throw new GilanKgException(where + "'" + id + "' has no name");
            }
            List<String> adjectives = columns.length == 4 ? split(columns[3]) : List.of();
            for (String name : concat(names, adjectives)) {
                Integer other = nameLines.putIfAbsent(name, lineNo);
                if (other != null) {
                    throw new GilanKgException(where + "the name '" + name + "' is already given at line " + other
                            + ": one name, one thing");
                }
            }
            entries.add(new LexiconEntry(id, type, names, adjectives, lineNo));
        }
        if (entries.isEmpty()) {
            throw new GilanKgException(file + ":1: the name list has no entries");
        }
        return new Lexicon(entries);
    }

    private static List<String> split(String column) {
        return Arrays.stream(column.strip().split(SEPARATOR)).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
