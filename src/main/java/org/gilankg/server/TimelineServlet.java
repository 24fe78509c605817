package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /timeline}: every dated event and treaty and the spans of states and movements, in order.
 * A date keeps its precision ("1921", "May 1920"); where passages give different dates for one
 * thing, the entry shows each with the section that gives it. Rendered once, server-side.
 */
public final class TimelineServlet extends HttpServlet {

    /** One entry: a thing, what happened to it, and each date the article gives with where. */
    record Entry(String iri, String label, String what, List<Dated> dates) {
        String sortKey() {
            return dates.stream().map(d -> d.date().getLexicalForm()).sorted().findFirst().orElse("");
        }
    }

    record Dated(Literal date, String section) {}

    private static final Query QUERY = Sparql.load("timeline.rq");

    private final String page;
    private final List<Entry> entries;

    public TimelineServlet(DatasetGraph dataset) {
        this.entries = read(dataset);
        this.page = render(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Templates.frame(response, 200, "Timeline", page, null);
    }

    private static List<Entry> read(DatasetGraph dataset) {
        Map<String, Entry> byThingAndWhat = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(QUERY).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String p = row.getResource("p").getLocalName();
                    String what = switch (p) {
                        case "startDate" -> "begins";
                        case "endDate" -> "ends";
                        default -> "";
                    };
                    String iri = row.getResource("x").getURI();
                    Entry e = byThingAndWhat.computeIfAbsent(iri + "|" + what,
                            k -> new Entry(iri, row.getLiteral("label").getString(), what, new ArrayList<>()));
                    Dated d = new Dated(row.getLiteral("date"), row.contains("section") ? row.getLiteral("section").getString() : "");
                    if (e.dates().stream().noneMatch(x -> x.date().equals(d.date()))) {
                        e.dates().add(d);
                    }
                });
            }
        });
        List<Entry> sorted = new ArrayList<>(byThingAndWhat.values());
        sorted.sort(Comparator.comparing(Entry::sortKey).thenComparing(Entry::label));
        return sorted;
    }

    private static String render(List<Entry> entries) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entry e : entries) {
            Dated first = e.dates().stream().min(Comparator.comparing(d -> d.date().getLexicalForm())).orElseThrow();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("datetime", first.date().getLexicalForm());
            row.put("date", Html.date(first.date()));
            row.put("href", Html.href(e.iri()));
            row.put("label", e.label());
            row.put("what", e.what());
            row.put("differ", e.dates().size() > 1);
            row.put("dates", e.dates().stream().map(d -> Map.of("date", Html.date(d.date()), "section", d.section())).toList());
            row.put("yearOnly", e.dates().size() == 1 && first.date().getDatatypeURI().endsWith("#gYear"));
            rows.add(row);
        }
        return Templates.render("timeline", Map.of("entries", rows));
    }
}
