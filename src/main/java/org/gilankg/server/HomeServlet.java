package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The home page: what the graph is, how many things of each class it has, where the dumps and
 * the ontology are, and a SPARQL editor (YASGUI, served from the jar) with the example queries.
 * The page is rendered once: the store does not change while the server runs.
 */
public final class HomeServlet extends HttpServlet {

    private final String page;

    public HomeServlet(Map<String, Integer> counts, List<ExampleQuery> examples) {
        this.page = render(counts, examples);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath() + request.getPathInfo();
        if (!path.equals("/") && !path.isEmpty()) {
            Html.page(response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                    "<h1>Not found</h1><p>Nothing is here. Start from <a href=\"/\">the home page</a>.</p>", null);
            return;
        }
        Html.page(response, 200, "The Persian Socialist Soviet Republic", page,
                "<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">");
    }

    private static String render(Map<String, Integer> counts, List<ExampleQuery> examples) {
        StringBuilder body = new StringBuilder("""
                <h1>The Persian Socialist Soviet Republic, as a knowledge graph</h1>
                <p class="summary">The Soviet Republic of Gilan (June 1920 – September 1921), its people, offices, places,
                events, treaties and sources, read statement by statement from its Wikipedia article. Every fact keeps the
                sentence it came from.</p>
                <p><a href="/resource/persian-socialist-soviet-republic">Start with the republic</a> ·
                <a href="/dumps/">Download the dumps</a> · <a href="/ontology">Ontology</a> ·
                <a href="/.well-known/void">VoID description</a></p>
                <h2>What the graph holds</h2><ul class="counts">
                """);
        counts.forEach((label, n) -> body.append("<li>").append(Html.escape(label)).append(": <strong>").append(n)
                .append("</strong></li>"));
        body.append("</ul><h2 id=\"sparql\">Query it</h2>")
                .append("<p>SPARQL endpoint: <code>/gilan/sparql</code> (GET or POST; JSON, XML, CSV, TSV; Turtle, JSON-LD, "
                        + "N-Triples or RDF/XML for CONSTRUCT and DESCRIBE). The default graph is the union of all graphs; "
                        + "<code>GRAPH ?g</code> shows which passage each statement came from.</p>")
                .append("<div id=\"yasgui\"></div>");
        body.append("<h2>Example queries</h2><ul>");
        for (ExampleQuery q : examples) {
            body.append("<li><a href=\"/gilan/sparql?query=").append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8))
                    .append("\">").append(Html.escape(q.title())).append("</a>");
            if (!q.description().isEmpty()) {
                body.append(" <span class=\"source-where\">").append(Html.escape(q.description())).append("</span>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        body.append("<script src=\"/assets/yasgui/yasgui.min.js\"></script><script>\n")
                .append("const examples = ").append(examplesJson(examples)).append(";\n")
                .append("""
                        const yasgui = new Yasgui(document.getElementById("yasgui"), {
                          requestConfig: { endpoint: "/gilan/sparql", method: "POST" },
                          copyEndpointOnNewTab: false,
                          persistenceId: null,
                          endpointCatalogueOptions: { getData: () => [] }
                        });
                        for (const q of examples) {
                          yasgui.addTab(false, { name: q.title, yasqe: { value: q.text } });
                        }
                        const tabs = yasgui.persistentConfig.getTabs();
                        if (examples.length > 0 && tabs.length > examples.length) {
                          yasgui.getTab(tabs[0]).close();
                          yasgui.selectTabId(yasgui.persistentConfig.getTabs()[0]);
                        }
                        </script>
                        """);
        return body.toString();
    }

    private static String examplesJson(List<ExampleQuery> examples) {
        StringBuilder json = new StringBuilder("[");
        for (ExampleQuery q : examples) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"title\":").append(jsonString(q.title())).append(",\"text\":").append(jsonString(q.text())).append('}');
        }
        return json.append(']').toString();
    }

    /** A JSON string literal that is also safe inside a script element. */
    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
