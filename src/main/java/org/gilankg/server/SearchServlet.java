package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code /search?q=…}: finds things by any of their names or spellings, forgiving case,
 * diacritics, Persian letter variants and a letter or two ({@link NameIndex}), best matches
 * first. Works without JavaScript.
 */
public final class SearchServlet extends HttpServlet {

    private static final int MAX_QUERY_CHARS = 100;

    private final NameIndex index;

    public SearchServlet(DatasetGraph dataset) {
        this.index = new NameIndex(dataset);
    }

    List<NameIndex.Hit> search(String text) {
        return index.search(text);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q");
        if (q.length() > MAX_QUERY_CHARS) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Search text too long: at most " + MAX_QUERY_CHARS + " characters");
            return;
        }
        List<NameIndex.Hit> hits = q.isBlank() ? List.of() : search(q);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("q", q);
        model.put("asked", !q.isBlank());
        model.put("count", hits.size() == 1 ? "1 match" : hits.size() + " matches");
        model.put("hits", hits.stream().map(h -> Map.of(
                "href", Html.href(h.iri()), "label", h.label(), "type", h.type(),
                "also", String.join(" · ", h.names().stream().filter(n -> !n.equals(h.label())).toList()))).toList());
        Templates.page(response, 200, q.isBlank() ? "Search" : "Search: " + q, "search", model);
    }
}
