package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /network}: people, organisations, states and offices and how they connect (offices held,
 * membership, leadership, founding, offices' bodies), drawn with Cytoscape.js from the jar; every
 * node opens its page. The same connections are listed as HTML for reading without JavaScript.
 */
public final class NetworkServlet extends HttpServlet {

    record Node(String iri, String label, String type) {}

    record Edge(String from, String to, String relation) {}

    private static final String QUERY = GraphReader.PREFIXES + """
            SELECT DISTINCT ?a ?aLabel ?aType ?rel ?b ?bLabel ?bType WHERE {
              VALUES ?p { gk:holdsOffice gk:memberOf gk:leader gk:founder gk:officeOf }
              ?a ?p ?b .
              ?a a ?aClass ; rdfs:label ?aLabel . FILTER(lang(?aLabel) = "en")
              ?b a ?bClass ; rdfs:label ?bLabel . FILTER(lang(?bLabel) = "en")
              FILTER(?aClass IN (gk:Person, gk:Organization, gk:Office, gk:State))
              FILTER(?bClass IN (gk:Person, gk:Organization, gk:Office, gk:State))
              GRAPH gkg:ontology { ?p rdfs:label ?rel . ?aClass rdfs:label ?aType . ?bClass rdfs:label ?bType }
            } ORDER BY ?aLabel ?rel ?bLabel""";

    private final String page;

    public NetworkServlet(DatasetGraph dataset) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(QUERY).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String a = row.getResource("a").getURI();
                    String b = row.getResource("b").getURI();
                    nodes.putIfAbsent(a, new Node(a, row.getLiteral("aLabel").getString(), row.getLiteral("aType").getString()));
                    nodes.putIfAbsent(b, new Node(b, row.getLiteral("bLabel").getString(), row.getLiteral("bType").getString()));
                    edges.add(new Edge(a, b, row.getLiteral("rel").getString()));
                });
            }
        });
        this.page = render(nodes, edges);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Html.page(response, 200, "Network", page, null);
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
                    .append(HomeServlet.jsonString(e.relation())).append("}}");
        }
        json.append(']');
        StringBuilder body = new StringBuilder("""
                <h1>Network</h1>
                <p class="summary">People, organisations, states and offices, and how the article connects them.
                Select a node to open its page; the connections are also listed below.</p>
                <p class="legend"><span><i style="background:#7a1d12"></i>Person</span><span><i style="background:#0b4f8a"></i>Organization</span>
                <span><i style="background:#2e6b30"></i>Office</span><span><i style="background:#6b4f0b"></i>State</span></p>
                <div id="cy" role="img" aria-label="Graph of people, organisations, states and offices; the same connections are listed below."></div>
                <script src="/assets/cytoscape/cytoscape.min.js"></script>
                <script>
                """);
        body.append("const elements = ").append(json).append(";\n").append("""
                const colours = { Person: "#7a1d12", Organization: "#0b4f8a", Office: "#2e6b30", State: "#6b4f0b" };
                const cy = cytoscape({
                  container: document.getElementById("cy"),
                  elements,
                  layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 60000, idealEdgeLength: 70,
                            nodeOverlap: 40, componentSpacing: 80, gravity: 0.3 },
                  style: [
                    { selector: "node", style: { "label": "data(label)", "font-size": 12, "color": "#1d1d1f",
                      "background-color": (n) => colours[n.data("type")] || "#555", "width": 14, "height": 14,
                      "text-valign": "bottom", "text-margin-y": 3 } },
                    { selector: "edge", style: { "width": 1, "line-color": "#b9b3a6", "curve-style": "bezier",
                      "target-arrow-shape": "triangle", "target-arrow-color": "#b9b3a6", "arrow-scale": 0.6 } }
                  ]
                });
                cy.on("tap", "node", (e) => { window.location.href = e.target.data("href"); });
                window.gilanNetwork = cy;
                </script>
                <h2>Connections</h2><table><thead><tr><th scope="col">From</th><th scope="col">Relation</th><th scope="col">To</th></tr></thead><tbody>
                """);
        for (Edge e : edges) {
            Node a = nodes.get(e.from());
            Node b = nodes.get(e.to());
            body.append("<tr><td><a href=\"").append(Html.escape(Html.href(a.iri()))).append("\">").append(Html.escape(a.label()))
                    .append("</a></td><td>").append(Html.escape(e.relation())).append("</td><td><a href=\"")
                    .append(Html.escape(Html.href(b.iri()))).append("\">").append(Html.escape(b.label())).append("</a></td></tr>\n");
        }
        return body.append("</tbody></table>").toString();
    }
}
