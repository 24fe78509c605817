package org.gilankg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The page about one thing ({@code entity.mustache}): names, type, Wikidata link, a summary line
 * read from its facts both ways, and its facts grouped by property, each value once with the
 * passages that give it.
 */
final class EntityPage {

    private EntityPage() {}

    /** Outgoing properties whose first value makes up the summary line, in order. */
    private static final List<String> SUMMARY = List.of("date", "start date", "end date", "location", "holds office",
            "place of death", "member of", "leader", "founder", "participant", "signatory", "author", "publisher", "part of", "office of");

    /** {@code claimTitle}: for a claim, which has no label, what it claims (see {@link GraphReader#claimTitle}). */
    static void write(HttpServletResponse response, GraphReader.Entity e, String id, String article,
                      Optional<String> claimTitle) throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", e.typeLabel() != null ? e.typeLabel() : "Thing");
        String title = claimTitle.orElse(e.label());
        model.put("label", title);
        model.put("persian", e.persianLabel());
        model.put("summary", summary(e));
        model.put("aliases", String.join(" · ", e.altLabels()));
        model.put("iri", e.iri());
        model.put("id", id);
        model.put("sameAs", e.sameAs().stream().map(s -> Map.of("href", s, "id", GraphReader.localName(s))).toList());

        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, List<GraphReader.Fact>> group : PropertyLabels.byProperty(e.facts()).entrySet()) {
            // One row per value, with every passage that gives it (a value from eleven lines is shown once).
            Map<String, List<GraphReader.Fact>> byValue = new LinkedHashMap<>();
            for (GraphReader.Fact f : group.getValue()) {
                byValue.computeIfAbsent(f.value().toString(), k -> new ArrayList<>()).add(f);
            }
            List<Map<String, Object>> values = new ArrayList<>();
            for (List<GraphReader.Fact> same : byValue.values()) {
                GraphReader.Fact first = same.get(0);
                List<Map<String, Object>> sources = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (GraphReader.Fact f : same) {
                    if (f.passage() != null && seen.add(f.begin() + "-" + f.end())) {
                        String context = Html.inContext(article, f.begin(), f.end());
                        sources.add(Map.of("context", context.isEmpty() ? Html.escape(f.passage()) : context,
                                "section", Objects.toString(f.section(), ""), "begin", f.begin(), "end", f.end()));
                    }
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("value", Html.value(first.value(), first.valueLabel()));
                row.put("sources", sources.isEmpty() ? List.of() : List.of(sources.get(0)));
                row.put("more", sources.size() > 1 ? sources.subList(1, sources.size()) : List.of());
                row.put("moreCount", sources.size() - 1);
                values.add(row);
            }
            groups.add(Map.of("heading", group.getKey(), "rows", values.size(), "values", values));
        }
        model.put("groups", groups);
        model.put("hasFacts", !groups.isEmpty());

        // What the text says without asserting it: "conditional: Persian Socialist Soviet Republic · leader · Mirza Kuchik Khan".
        List<Map<String, Object>> claims = new ArrayList<>();
        for (GraphReader.Claim c : e.claims()) {
            String context = c.passage() == null ? "" : Html.inContext(article, c.begin(), c.end());
            claims.add(Map.of("modality", c.modality(),
                    "statement", Html.value(c.subject().value(), c.subject().valueLabel()) + " · " + Html.escape(c.propertyLabel())
                            + " · " + Html.value(c.object().value(), c.object().valueLabel()),
                    "context", context.isEmpty() ? Html.escape(Objects.toString(c.passage(), "")) : context,
                    "section", Objects.toString(c.section(), ""), "begin", Objects.toString(c.begin(), ""),
                    "end", Objects.toString(c.end(), "")));
        }
        model.put("claims", claims);
        model.put("hasClaims", !claims.isEmpty());

        List<Map<String, Object>> wikidata = new ArrayList<>();
        for (GraphReader.WikidataFact f : e.wikidata()) {
            wikidata.add(Map.of("name", org.gilankg.link.Enricher.PROPERTIES.getOrDefault(f.property(), f.property()),
                    "value", Html.value(f.value(), f.valueLabel()), "item", f.item(), "itemId", GraphReader.localName(f.item()),
                    "property", f.property()));
        }
        model.put("wikidata", wikidata);
        model.put("hasWikidata", !wikidata.isEmpty());

        Set<String> seen = new LinkedHashSet<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (GraphReader.Fact m : e.mentions()) {
            if (seen.add(m.passage())) {
                mentions.add(Map.of("text", m.passage(), "section", Objects.toString(m.section(), "")));
            }
        }
        model.put("mentions", mentions);
        model.put("hasMentions", !mentions.isEmpty());
        model.put("head", "<link rel=\"alternate\" type=\"text/turtle\" href=\"/resource/" + Html.escape(id) + ".ttl\">");
        Templates.page(response, HttpServletResponse.SC_OK, title, "entity", model);
    }

    /**
     * "Person · founded and led the Persian Socialist Soviet Republic · member of …": what the
     * thing did, read from facts that point at it ("X founder Mirza" reads "founded X"), then the
     * first value of its most telling properties. Plain text: the template escapes it.
     */
    static String summary(GraphReader.Entity e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.typeLabel() != null ? e.typeLabel() : "Thing");
        // Incoming: verbs by the thing they point from, in the order of the verbs file.
        Map<String, List<String>> verbsByThing = new LinkedHashMap<>();
        for (String verb : PropertyLabels.summaryVerbs()) {
            for (GraphReader.Fact f : e.facts()) {
                if (f.incoming() && f.value().isURIResource() && verb.equals(PropertyLabels.summaryVerb(f.property()))) {
                    String thing = f.valueLabel() != null ? f.valueLabel() : GraphReader.localName(f.value().asResource().getURI());
                    List<String> verbs = verbsByThing.computeIfAbsent(thing, k -> new ArrayList<>());
                    if (!verbs.contains(verb)) {
                        verbs.add(verb);
                    }
                }
            }
        }
        verbsByThing.entrySet().stream().limit(2).forEach(v -> parts.add(joinVerbs(v.getValue()) + " " + article(v.getKey())));
        for (String property : SUMMARY) {
            if (parts.size() >= 5) {
                break;
            }
            e.facts().stream().filter(f -> !f.incoming() && property.equals(f.propertyLabel())).findFirst().ifPresent(f -> {
                String value = f.value().isLiteral() ? Html.text(f.value().asLiteral())
                        : f.valueLabel() != null ? f.valueLabel() : GraphReader.localName(f.value().asResource().getURI());
                String text = switch (property) {
                    case "start date" -> "from " + value;
                    case "end date" -> "until " + value;
                    case "date", "location", "participant", "signatory" -> value;
                    case "place of death" -> "died in " + value;
                    default -> property + " " + value;
                };
                if (!parts.contains(text)) {
                    parts.add(text);
                }
            });
        }
        return parts.size() > 1 ? String.join(" · ", parts) : "";
    }

    private static String joinVerbs(List<String> verbs) {
        if (verbs.size() == 1) {
            return verbs.get(0);
        }
        return String.join(", ", verbs.subList(0, verbs.size() - 1)) + " and " + verbs.get(verbs.size() - 1);
    }

    /** "the Persian Socialist Soviet Republic", "Mirza Kuchik Khan": names that read with "the" get it. */
    private static String article(String name) {
        return name.matches("(?i)(the |a ).*") || !name.matches(".*\\b(Republic|Movement|movement|Party|Army|Cabinet|Union|Committee|Government|Treaty|Revolution|Fleet)\\b.*")
                ? name : "the " + name;
    }
}
