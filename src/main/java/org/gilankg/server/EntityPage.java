package org.gilankg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The page about one thing: names, type, Wikidata link, facts with their source sentences. */
final class EntityPage {

    private EntityPage() {}

    /** Properties whose first value makes up the summary line, in order. */
    private static final List<String> SUMMARY = List.of("date", "start date", "end date", "location", "holds office", "member of",
            "leader", "founder", "participant", "signatory", "author", "publisher", "place of death", "part of", "office of");

    static void write(HttpServletResponse response, GraphReader.Entity e, String id, String article) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"type\">").append(Html.escape(e.typeLabel() != null ? e.typeLabel() : "Thing")).append("</p>");
        body.append("<h1>").append(Html.escape(e.label())).append("</h1>");
        if (e.persianLabel() != null) {
            body.append("<p class=\"fa\" lang=\"fa\" dir=\"rtl\">").append(Html.escape(e.persianLabel())).append("</p>");
        }
        String summary = summary(e);
        if (!summary.isEmpty()) {
            body.append("<p class=\"summary\">").append(summary).append("</p>");
        }
        if (!e.altLabels().isEmpty()) {
            body.append("<p class=\"aliases\">Also: ").append(Html.escape(String.join(" · ", e.altLabels()))).append("</p>");
        }
        body.append("<p><code>").append(Html.escape(e.iri())).append("</code>");
        for (String same : e.sameAs()) {
            body.append(" · <a href=\"").append(Html.escape(same)).append("\">Wikidata ")
                    .append(Html.escape(GraphReader.localName(same))).append("</a>");
        }
        body.append(" · <a href=\"/resource/").append(Html.escape(id)).append(".ttl\">Turtle</a>")
                .append(" · <a href=\"/resource/").append(Html.escape(id)).append(".jsonld\">JSON-LD</a></p>");

        Map<String, List<GraphReader.Fact>> groups = ResourceServlet.byProperty(e.facts());
        if (!groups.isEmpty()) {
            body.append("<h2>Facts</h2><table><caption class=\"aliases\">Each fact with the passage of the article it was read from.</caption>");
            body.append("<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Value and source</th></tr></thead><tbody>");
            for (Map.Entry<String, List<GraphReader.Fact>> group : groups.entrySet()) {
                boolean first = true;
                for (GraphReader.Fact f : group.getValue()) {
                    body.append("<tr>");
                    body.append(first ? "<th scope=\"row\">" + Html.escape(label(group.getKey())) + "</th>" : "<th scope=\"row\"></th>");
                    first = false;
                    body.append("<td>").append(Html.value(f.value(), f.valueLabel()));
                    if (f.passage() != null) {
                        String context = Html.inContext(article, f.begin(), f.end());
                        body.append("<blockquote class=\"source\">").append(context.isEmpty() ? Html.escape(f.passage()) : context)
                                .append(" <span class=\"source-where\">(").append(Html.escape(f.section()))
                                .append(", characters ").append(f.begin()).append("–").append(f.end()).append(")</span></blockquote>");
                    }
                    body.append("</td></tr>");
                }
            }
            body.append("</tbody></table>");
        }
        if (!e.wikidata().isEmpty()) {
            body.append("<h2>From Wikidata</h2><p class=\"aliases\">Facts Wikidata gives about the linked item, not read from the article.</p><table><tbody>");
            for (GraphReader.WikidataFact f : e.wikidata()) {
                String name = org.gilankg.link.Enricher.PROPERTIES.getOrDefault(f.property(), f.property());
                body.append("<tr><th scope=\"row\">").append(Html.escape(name)).append("</th><td>")
                        .append(Html.value(f.value(), f.valueLabel()))
                        .append(" <span class=\"source-where\">(<a href=\"").append(Html.escape(f.item())).append("\">Wikidata ")
                        .append(Html.escape(GraphReader.localName(f.item()))).append("</a>, ").append(Html.escape(f.property()))
                        .append(")</span></td></tr>");
            }
            body.append("</tbody></table>");
        }
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder mentions = new StringBuilder();
        for (GraphReader.Fact m : e.mentions()) {
            if (seen.add(m.passage())) {
                mentions.append("<li>").append(Html.escape(m.passage())).append(" <span class=\"source-where\">(")
                        .append(Html.escape(m.section())).append(")</span></li>");
            }
        }
        if (!seen.isEmpty()) {
            body.append("<h2>Mentioned in</h2><ul>").append(mentions).append("</ul>");
        }
        String alternate = "<link rel=\"alternate\" type=\"text/turtle\" href=\"/resource/" + Html.escape(id) + ".ttl\">";
        Html.page(response, HttpServletResponse.SC_OK, e.label(), body.toString(), alternate);
    }

    /** "Event · 9 June 1920 · Rasht · Mirza Kuchik Khan": the first value of the most telling properties. */
    static String summary(GraphReader.Entity e) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(Html.escape(e.typeLabel() != null ? e.typeLabel() : "Thing"));
        for (String property : SUMMARY) {
            e.facts().stream().filter(f -> !f.incoming() && property.equals(f.propertyLabel())).findFirst().ifPresent(f -> {
                String value = f.value().isLiteral() ? Html.value(f.value(), null).replaceAll("<[^>]+>", "")
                        : Html.escape(f.valueLabel() != null ? f.valueLabel() : GraphReader.localName(f.value().asResource().getURI()));
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
            if (parts.size() >= 5) {
                break;
            }
        }
        return parts.size() > 1 ? String.join(" · ", parts) : "";
    }

    private static String label(String propertyLabel) {
        return propertyLabel.isEmpty() ? propertyLabel : Character.toUpperCase(propertyLabel.charAt(0)) + propertyLabel.substring(1);
    }
}
