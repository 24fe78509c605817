package org.gilankg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gilankg.GilanKgException;

/**
 * Which Wikidata classes each of our main classes may be (the data file class-map.tsv beside this
 * class): a candidate is compatible when it is an instance of one of them or of a subclass
 * (wdt:P31/wdt:P279*).
 */
public final class ClassMap {

    private static final String RESOURCE = "org/gilankg/link/class-map.tsv";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final Map<String, Set<String>> byClass;
    private final Map<String, String> labels;

    private ClassMap(Map<String, Set<String>> byClass, Map<String, String> labels) {
        this.byClass = byClass;
        this.labels = labels;
    }

    public static ClassMap load() {
        Map<String, Set<String>> byClass = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = ClassMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new GilanKgException(RESOURCE + ": missing from the program");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("class\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 4 || !QID.matcher(c[1]).matches() || c[3].isBlank()) {
                    throw new GilanKgException(RESOURCE + ":" + n + ": expected class, QID, label and evidence");
                }
                byClass.computeIfAbsent(c[0], k -> new LinkedHashSet<>()).add(c[1]);
                labels.put(c[1], c[2]);
            }
        } catch (IOException e) {
            throw new GilanKgException(RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
        return new ClassMap(byClass, labels);
    }

    /** The Wikidata classes a thing of this gk class may be an instance of. */
    public Set<String> classesOf(String gkClass) {
        return byClass.getOrDefault(gkClass, Set.of());
    }

    /** Every class of the map, asked for in one query. */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        byClass.values().forEach(all::addAll);
        return all;
    }

    public String label(String qid) {
        return labels.getOrDefault(qid, qid);
    }
}
