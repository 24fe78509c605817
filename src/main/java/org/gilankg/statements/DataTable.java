package org.gilankg.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules read (trigger words, nouns, cue words) are tab-separated resources
 * beside this class: one row a line, '#' starts a comment line, blank lines are skipped. A row
 * with the wrong number of columns stops the program with the resource and line named.
 */
public final class DataTable {

    private DataTable() {}

    /** One row and where it stands ("name:line"), for messages that point at it. */
    public record Line(String where, String[] cells) {}

    /** The rows of {@code resource} (relative to this package, or absolute), each of {@code columns} cells. */
    public static List<String[]> rows(String resource, int columns) {
        try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return lines(in, resource, columns).stream().map(Line::cells).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows read from {@code in} (named {@code name} in messages), each of {@code columns} cells. */
    public static List<Line> lines(InputStream in, String name, int columns) throws IOException {
        List<Line> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != columns) {
                throw new IllegalArgumentException(name + ":" + n + ": expected " + columns
                        + " tab-separated columns, found " + c.length);
            }
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i].strip();
            }
            rows.add(new Line(name + ":" + n, c));
        }
        return List.copyOf(rows);
    }

    /** Rows of "key TAB value". */
    public static Map<String, String> keyed(String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        rows(resource, 2).forEach(c -> map.put(c[0], c[1]));
        return Map.copyOf(map);
    }

    /** Rows of "key TAB word|word|...". */
    public static Map<String, Set<String>> keyedSets(String resource) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        rows(resource, 2).forEach(c -> map.put(c[0], Set.of(c[1].split("\\|"))));
        return Map.copyOf(map);
    }

    /** A one-column list. */
    public static Set<String> words(String resource) {
        return Set.copyOf(rows(resource, 1).stream().map(c -> c[0]).toList());
    }
}
