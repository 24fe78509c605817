package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.gilankg.Prefixes;
import org.gilankg.Vocabulary;

/**
 * Linked data for the named graphs: every {@code https://w3id.org/gilan-kg/graph/{name}} (a
 * passage's graph, {@code provenance}, {@code wikidata} …) is answered at {@code /graph/{name}}:
 * its statements and, from the provenance graph, the passage they were read from with its words
 * and character offsets (Turtle, JSON-LD, N-Triples, RDF/XML, or a page for people). A graph the
 * dataset lacks is a 404. The whole graph can also be read with the Graph Store Protocol.
 */
public final class GraphServlet extends HttpServlet {

    private static final Query DESCRIBE = Sparql.load("graph.rq");
    private static final Query STATEMENTS = Sparql.load("graph-statements.rq");
    private static final Query SOURCE = Sparql.load("graph-source.rq");

    private final DatasetGraph dataset;

    public GraphServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentNegotiation.Request asked = ContentNegotiation.forPath(
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1),
                request.getHeader("Accept"), ContentNegotiation.PAGE_OFFERS);
        String name = asked.path();
        Optional<String> format = asked.format();
        if (format.isEmpty()) {
            ContentNegotiation.notAcceptable(response, "this graph", ContentNegotiation.PAGE_OFFERS);
            return;
        }
        Node graph = Vocabulary.uri(Vocabulary.GKG + name);
        boolean known = !name.isEmpty() && !name.contains("..")
                && Txn.calculateRead(dataset, () -> dataset.containsGraph(graph));
        if (!known) {
            response.setHeader("Vary", "Accept");
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such graph: " + name);
            return;
        }
        if (format.get().equals(ContentNegotiation.HTML)) {
            Templates.page(response, 200, "Graph " + name, "graph", page(graph, name));
        } else {
            Graph description = Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(DESCRIBE)
                    .substitution("g", graph).construct());
            ResourceServlet.writeRdf(response, description, format.get());
        }
    }

    private Map<String, Object> page(Node graph, String name) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("iri", graph.getURI());
        List<Map<String, String>> statements = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            select(STATEMENTS, graph, row -> statements.add(Map.of(
                    "subject", Html.value(row.get("s"), label(row, "sl")),
                    "property", Prefixes.MAP.shortForm(row.getResource("p").getURI()),
                    "value", Html.value(row.get("o"), label(row, "ol")))));
            select(SOURCE, graph, row -> {
                Map<String, Object> from = new LinkedHashMap<>();
                from.put("words", row.getLiteral("words").getString());
                from.put("section", row.contains("section") ? row.getLiteral("section").getString() : "");
                from.put("begin", row.getLiteral("begin").getLexicalForm());
                from.put("end", row.getLiteral("end").getLexicalForm());
                model.put("source", from);
            });
        });
        model.put("statements", statements);
        model.put("empty", statements.isEmpty());
        return model;
    }

    private void select(Query query, Node graph, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .substitution("g", ResourceFactory.createResource(graph.getURI())).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String label(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getString() : null;
    }
}
