package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /search?q=…}: finds things by any of their names or spellings ("Kuchik", "Koochak"),
 * as a SPARQL label search over the store, best matches first. Works without JavaScript.
 */
public final class SearchServlet extends HttpServlet {

    /** One hit: the thing, its label and type, and the name that matched. */
    record Hit(String iri, String label, String type, String matched) {}

    private static final int MAX_QUERY_CHARS = 100;

    private static final Query SEARCH = QueryFactory.create(GraphReader.PREFIXES + """
            SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (MIN(?rank) AS ?best) (SAMPLE(?name) AS ?matched) WHERE {
              { ?x rdfs:label ?name } UNION { ?x skos:altLabel ?name }
              BIND(lcase(str(?name)) AS ?n)
              FILTER(contains(?n, ?q))
              BIND(IF(?n = ?q, 0, IF(strstarts(?n, ?q), 1, 2)) AS ?rank)
              ?x rdfs:label ?l . FILTER(lang(?l) = "en")
              ?x a ?class . FILTER(strstarts(str(?class), str(gk:)))
              OPTIONAL { GRAPH gkg:ontology { ?class rdfs:label ?t } }
            } GROUP BY ?x ORDER BY ?best ?label LIMIT 50""");

    private final DatasetGraph dataset;

    public SearchServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    List<Hit> search(String text) {
        String q = text.strip().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        if (q.isEmpty()) {
            return hits;
        }
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(SEARCH)
                    .substitution("q", ResourceFactory.createPlainLiteral(q)).build()) {
                qe.execSelect().forEachRemaining(row -> hits.add(new Hit(row.getResource("x").getURI(),
                        row.getLiteral("label").getString(), row.contains("type") ? row.getLiteral("type").getString() : "",
                        row.getLiteral("matched").getString())));
            }
        });
        return hits;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q");
        if (q.length() > MAX_QUERY_CHARS) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Search text too long: at most " + MAX_QUERY_CHARS + " characters");
            return;
        }
        List<Hit> hits = search(q);
        StringBuilder body = new StringBuilder("<h1>Search</h1>");
        body.append("<form role=\"search\" action=\"/search\" method=\"get\"><label for=\"q\">Name or spelling</label> ")
                .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").append(Html.escape(q)).append("\"> ")
                .append("<button type=\"submit\">Search</button></form>");
        if (!q.isBlank()) {
            body.append("<p id=\"result-count\">").append(hits.size()).append(hits.size() == 1 ? " match" : " matches")
                    .append(" for “").append(Html.escape(q)).append("”.</p><ul class=\"results\">");
            for (Hit h : hits) {
                body.append("<li><a href=\"").append(Html.escape(Html.href(h.iri()))).append("\">").append(Html.escape(h.label()))
                        .append("</a> <span class=\"type\">").append(Html.escape(h.type())).append("</span>");
                if (!h.matched().equals(h.label())) {
                    body.append(" <span class=\"source-where\">(as “").append(Html.escape(h.matched())).append("”)</span>");
                }
                body.append("</li>");
            }
            body.append("</ul>");
        }
        Html.page(response, 200, q.isBlank() ? "Search" : "Search: " + q, body.toString(), null);
    }

    static org.apache.jena.graph.Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
