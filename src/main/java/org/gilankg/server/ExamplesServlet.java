package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gilankg.Prefixes;

/**
 * {@code /examples/{name}}: an example query's answers as an HTML table, our IRIs linked to their
 * pages ({@code example.mustache}); {@code /examples/{name}.rq} is the query itself. A federated
 * example whose remote service does not answer says so in one line.
 */
public final class ExamplesServlet extends HttpServlet {

    private final DatasetGraph dataset;
    private final Map<String, ExampleQuery> examples = new LinkedHashMap<>();

    public ExamplesServlet(DatasetGraph dataset, List<ExampleQuery> examples) {
        this.dataset = dataset;
        examples.forEach(e -> this.examples.put(e.name(), e));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        boolean text = name.endsWith(".rq");
        ExampleQuery example = examples.get(text ? name.substring(0, name.length() - 3) : name);
        if (example == null) {
            Templates.page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "not-found", Map.of("what", name));
            return;
        }
        if (text) {
            response.setContentType("application/sparql-query;charset=utf-8");
            response.getWriter().write(example.text());
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", example.name());
        model.put("title", example.title());
        model.put("description", example.description());
        model.put("text", example.text());
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        int status = 200;
        try {
            answer(QueryFactory.create(example.text()), columns, rows);
            model.put("count", rows.size() == 1 ? "1 answer." : rows.size() + " answers.");
        } catch (RuntimeException e) {
            status = HttpServletResponse.SC_BAD_GATEWAY;
            String why = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""))
                    .replaceAll("(GET|POST) (\\S+?)\\?\\S*", "$1 $2");
            model.put("error", "The query could not be answered"
                    + (example.text().contains("SERVICE") ? " (it asks a remote service, which did not answer)" : "") + ": " + why);
        }
        model.put("columns", columns);
        model.put("rows", rows);
        Templates.page(response, status, example.title(), "example", model);
    }

    private void answer(Query query, List<String> columns, List<Map<String, Object>> rows) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    columns.addAll(rs.getResultVars());
                    rs.forEachRemaining(row -> rows.add(Map.of("cells", columns.stream().map(v -> cell(row.get(v))).toList())));
                } else if (query.isAskType()) {
                    columns.add("answer");
                    rows.add(Map.of("cells", List.of(Map.of("text", qe.execAsk() ? "yes" : "no"))));
                } else {
                    columns.addAll(List.of("subject", "predicate", "object"));
                    var graph = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    graph.listStatements().forEachRemaining(s -> rows.add(Map.of("cells",
                            List.of(cell(s.getSubject()), cell(s.getPredicate()), cell(s.getObject())))));
                }
            }
        });
    }

    /** A value as a cell: our IRIs link to their pages, others to themselves; literals as people read them. */
    static Map<String, Object> cell(RDFNode node) {
        if (node == null) {
            return Map.of("text", "");
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return Map.of("text", Prefixes.MAP.shortForm(iri), "href", Html.href(iri));
        }
        if (node.isLiteral()) {
            return Map.of("text", Html.text(node.asLiteral()));
        }
        Node n = node.asNode();
        return Map.of("text", n.toString());
    }
}
