package org.gilankg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilankg.Prefixes;

/**
 * How pages name properties, both ways, from {@code gilan-kg/pages/properties.tsv}: "Founder" on
 * the republic's page, "Founded" on Mirza's, and "founded" in his summary line.
 */
final class PropertyLabels {

    record Label(String heading, String inverse, String verb) {}

    private static final Map<String, Label> LABELS = read();

    private PropertyLabels() {}

    /** The heading of a fact: its property's, or read backwards for a fact pointing at the page's thing. */
    static String heading(GraphReader.Fact f) {
        Label l = LABELS.get(f.property());
        if (l != null) {
            return f.incoming() ? l.inverse() : l.heading();
        }
        String label = f.propertyLabel() == null || f.propertyLabel().isEmpty() ? GraphReader.localName(f.property()) : f.propertyLabel();
        label = label.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return f.incoming() ? label + " (of)" : label;
    }

    /** The verb for a fact pointing at the thing, e.g. gk:founder reads "founded"; null if none. */
    static String summaryVerb(String property) {
        Label l = LABELS.get(property);
        return l == null || l.verb().isEmpty() ? null : l.verb();
    }

    /** Every summary verb, in the file's order. */
    static List<String> summaryVerbs() {
        return LABELS.values().stream().map(Label::verb).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Facts grouped by heading, in the order they first appear. */
    static Map<String, List<GraphReader.Fact>> byProperty(List<GraphReader.Fact> facts) {
        Map<String, List<GraphReader.Fact>> groups = new LinkedHashMap<>();
        for (GraphReader.Fact f : facts) {
            groups.computeIfAbsent(heading(f), k -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    private static Map<String, Label> read() {
        Map<String, Label> labels = new LinkedHashMap<>();
        try (InputStream in = PropertyLabels.class.getClassLoader().getResourceAsStream("gilan-kg/pages/properties.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gilan-kg/pages/properties.tsv: missing from the build");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                labels.put(Prefixes.MAP.expandPrefix(c[0]), new Label(c[1], c[2], c.length > 3 ? c[3].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
