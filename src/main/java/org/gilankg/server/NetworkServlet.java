package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /network} ({@code network.mustache}): people, organisations, states, offices, events,
 * treaties and places, joined by every relation the text states between them, so events connect
 * the people who took part in them. Where those facts leave the network in pieces, the pieces are
 * joined by things one sentence names together (dashed, with the sentence). Drawn with
 * Cytoscape.js from the jar, labels kept apart, filterable by type; the same connections are
 * listed as HTML for reading without JavaScript.
 */
public final class NetworkServlet extends HttpServlet {

    record Node(String iri, String label, String type) {}

    record Edge(String from, String to, String relation, String sentence) {}

    private static final Query FACTS = Sparql.load("network.rq");
    private static final Query TOGETHER = Sparql.load("named-together.rq");

    /** Colours of the types (dark enough for white-on-colour and as dots on paper). */
    private static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put("Person", "#7a1d12");
        COLOURS.put("Organization", "#0b4f8a");
        COLOURS.put("State", "#6b4f0b");
        COLOURS.put("Office", "#2e6b30");
        COLOURS.put("Event", "#6a2c83");
        COLOURS.put("Treaty", "#8a3b5c");
        COLOURS.put("Place", "#3f5d5d");
    }

    private final String page;

    public NetworkServlet(DatasetGraph dataset) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, String> component = new HashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = exec(dataset, FACTS)) {
                qe.execSelect().forEachRemaining(row -> {
                    String a = row.getResource("a").getURI();
                    String b = row.getResource("b").getURI();
                    nodes.putIfAbsent(a, new Node(a, row.getLiteral("aLabel").getString(), row.getLiteral("aType").getString()));
                    nodes.putIfAbsent(b, new Node(b, row.getLiteral("bLabel").getString(), row.getLiteral("bType").getString()));
                    edges.add(new Edge(a, b, row.getLiteral("rel").getString(), null));
                    union(component, a, b);
                });
            }
            // Join the pieces the facts leave apart by what one sentence names together, most often named first.
            try (QueryExecution qe = exec(dataset, TOGETHER)) {
                qe.execSelect().forEachRemaining(row -> {
                    String a = row.getResource("a").getURI();
                    String b = row.getResource("b").getURI();
                    if (nodes.containsKey(a) && nodes.containsKey(b) && !find(component, a).equals(find(component, b))) {
                        edges.add(new Edge(a, b, "named together in", row.getLiteral("sentence").getString()));
                        union(component, a, b);
                    }
                });
            }
        });
        this.page = render(nodes, edges);
    }

    private static QueryExecution exec(DatasetGraph dataset, Query query) {
        return QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build();
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Templates.frame(response, 200, "Network", page, null);
    }

    private static String render(Map<String, Node> nodes, List<Edge> edges) {
        StringBuilder json = new StringBuilder("[");
        for (Node n : nodes.values()) {
            json.append(json.length() > 1 ? "," : "").append("{\"data\":{\"id\":").append(HomeServlet.jsonString(n.iri()))
                    .append(",\"label\":").append(HomeServlet.jsonString(n.label())).append(",\"type\":")
                    .append(HomeServlet.jsonString(n.type())).append(",\"href\":").append(HomeServlet.jsonString(Html.href(n.iri())))
                    .append("}}");
        }
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            json.append(",{\"data\":{\"id\":\"e").append(i).append("\",\"source\":").append(HomeServlet.jsonString(e.from()))
                    .append(",\"target\":").append(HomeServlet.jsonString(e.to())).append(",\"label\":")
                    .append(HomeServlet.jsonString(e.relation())).append("}")
                    .append(e.sentence() != null ? ",\"classes\":\"together\"" : "").append("}");
        }
        json.append(']');
        StringBuilder colours = new StringBuilder("{");
        COLOURS.forEach((type, colour) -> colours.append(colours.length() > 1 ? "," : "").append(HomeServlet.jsonString(type))
                .append(':').append(HomeServlet.jsonString(colour)));
        colours.append('}');

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("elementsJson", json.toString());
        model.put("coloursJson", colours.toString());
        model.put("types", COLOURS.entrySet().stream()
                .map(c -> Map.of("name", c.getKey(), "colour", c.getValue(),
                        "count", nodes.values().stream().filter(n -> n.type().equals(c.getKey())).count()))
                .filter(m -> (long) m.get("count") > 0).toList());
        model.put("edges", edges.stream().map(e -> {
            Node a = nodes.get(e.from());
            Node b = nodes.get(e.to());
            Map<String, Object> row = new HashMap<>();
            row.put("fromHref", Html.href(a.iri()));
            row.put("fromLabel", a.label());
            row.put("relation", e.relation());
            row.put("sentence", e.sentence());
            row.put("toHref", Html.href(b.iri()));
            row.put("toLabel", b.label());
            return row;
        }).toList());
        return Templates.render("network", model);
    }
}
