package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilankg.dataset.ArticleSource;

/**
 * The home page ({@code home.mustache}): what the graph is, how many things of each class it
 * has, where the dumps and the ontology are, a SPARQL editor (YASGUI, served from the jar) with
 * the example queries, and each example as a table of its answers ({@link ExamplesServlet}).
 * Rendered once: the store does not change while the server runs.
 */
public final class HomeServlet extends HttpServlet {

    private final String page;
    private final String title;

    public HomeServlet(Map<String, Integer> counts, List<ExampleQuery> examples, ArticleSource source) {
        this.title = source != null ? "The " + source.title() : "gilan-kg";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("sourceUrl", source != null ? source.url() : "/.well-known/void");
        model.put("counts", counts.entrySet().stream().map(e -> Map.of("label", e.getKey(), "n", e.getValue())).toList());
        model.put("examples", examples);
        model.put("examplesJson", examplesJson(examples));
        this.page = Templates.render("home", model);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath() + request.getPathInfo();
        if (!path.equals("/") && !path.isEmpty()) {
            Templates.page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "not-found", Map.of());
            return;
        }
        Templates.frame(response, 200, title, page, "<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">");
    }

    private static String examplesJson(List<ExampleQuery> examples) {
        StringBuilder json = new StringBuilder("[");
        for (ExampleQuery q : examples) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"name\":").append(jsonString(q.name())).append(",\"title\":").append(jsonString(q.title()))
                    .append(",\"text\":").append(jsonString(q.text())).append('}');
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
