package org.gilankg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.gilankg.Vocabulary;

/** Reads from the store the things to link: their names, neighbours and years, and the links it has. */
public final class TargetReader {

    private TargetReader() {}

    public static List<LinkTarget> read(DatasetGraph store) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<LinkTarget.Name>> names = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Set<String>> neighbours = new LinkedHashMap<>();
        Map<String, Set<Integer>> years = new LinkedHashMap<>();
        Txn.executeRead(store, () -> {
            select(store, Queries.load("targets.rq"), row -> {
                String id = id(row.getResource("x").getURI());
                types.put(id, row.getResource("type").getURI().substring(Vocabulary.GK.length()));
                var name = row.getLiteral("name");
                boolean main = row.getLiteral("main").getBoolean();
                List<LinkTarget.Name> list = names.computeIfAbsent(id, k -> new ArrayList<>());
                LinkTarget.Name n = new LinkTarget.Name(name.getString(), name.getLanguage(), main);
                list.add(n);
                if (main && name.getLanguage().equals("en")) {
                    labels.putIfAbsent(id, name.getString());
                }
            });
            select(store, Queries.load("target-context.rq"), row -> {
                String id = id(row.getResource("x").getURI());
                if (row.contains("neighbour")) {
                    neighbours.computeIfAbsent(id, k -> new TreeSet<>()).add(id(row.getResource("neighbour").getURI()));
                }
                if (row.contains("date")) {
                    String lexical = row.getLiteral("date").getLexicalForm();
                    if (lexical.matches("\\d{4}.*")) {
                        years.computeIfAbsent(id, k -> new TreeSet<>()).add(Integer.parseInt(lexical.substring(0, 4)));
                    }
                }
            });
        });
        List<LinkTarget> targets = new ArrayList<>();
        for (Map.Entry<String, String> e : types.entrySet()) {
            String id = e.getKey();
            Set<String> near = neighbours.getOrDefault(id, Set.of());
            Set<Integer> around = new TreeSet<>(years.getOrDefault(id, Set.of()));
            near.forEach(n -> around.addAll(years.getOrDefault(n, Set.of())));
            if (around.isEmpty()) {
                // An undated thing among undated neighbours: the dates one step further out (a
                // minister of a cabinet of a dated republic).
                near.forEach(n -> neighbours.getOrDefault(n, Set.of()).forEach(m -> around.addAll(years.getOrDefault(m, Set.of()))));
            }
            targets.add(new LinkTarget(id, e.getValue(), labels.getOrDefault(id, id), List.copyOf(names.get(id)),
                    near, Set.copyOf(around)));
        }
        return targets;
    }

    /** The links the store already has (from data/wikidata-links.tsv): thing id to QID. */
    public static Map<String, String> links(DatasetGraph store) {
        Map<String, String> links = new LinkedHashMap<>();
        Txn.executeRead(store, () -> select(store, Queries.load("linked.rq"), row -> {
            String item = row.getResource("item").getURI();
            links.put(id(row.getResource("x").getURI()), item.substring(item.lastIndexOf('/') + 1));
        }));
        return links;
    }

    private static void select(DatasetGraph store, String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store)).query(query)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String id(String iri) {
        return iri.startsWith(Vocabulary.GKR) ? iri.substring(Vocabulary.GKR.length()) : iri;
    }
}
