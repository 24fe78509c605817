package org.gilankg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityType;

/** Reads from the store the things to link: their names and what surrounds them. */
public final class TargetReader {

    /** Words of the article's setting that a right description is likely to use. */
    private static final Set<String> SETTING = Set.of("Iran", "Persia", "Persian", "Gilan", "Soviet", "Jangal", "Jungle");

    private static final String NAMES = """
            PREFIX gk: <https://w3id.org/gilan-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?x ?type ?name WHERE {
              ?x a ?type . FILTER(?type IN (gk:Person, gk:Place, gk:Organization, gk:State, gk:Treaty, gk:Event, gk:Publication))
              { ?x rdfs:label ?name } UNION { ?x skos:altLabel ?name }
            } ORDER BY ?x ?name""";

    private static final String CONTEXT = """
            PREFIX gk: <https://w3id.org/gilan-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?x ?word ?date WHERE {
              ?x a ?type . FILTER(strstarts(str(?type), str(gk:)))
              { ?x ?p ?n . ?n rdfs:label ?word . FILTER(strstarts(str(?p), str(gk:))) FILTER(lang(?word) = "en") }
              UNION { ?n ?p ?x . ?n rdfs:label ?word . FILTER(strstarts(str(?p), str(gk:))) FILTER(lang(?word) = "en") }
              UNION { ?x ?p ?date . FILTER(datatype(?date) IN (<http://www.w3.org/2001/XMLSchema#date>,
                        <http://www.w3.org/2001/XMLSchema#gYearMonth>, <http://www.w3.org/2001/XMLSchema#gYear>)) }
              UNION { ?x gk:participant|^gk:participant ?e . ?e gk:date ?date }
            }""";

    private TargetReader() {}

    public static List<LinkTarget> read(DatasetGraph store) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, List<LinkTarget.Name>> names = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Set<String>> words = new LinkedHashMap<>();
        Map<String, Set<String>> years = new LinkedHashMap<>();
        Txn.executeRead(store, () -> {
            select(store, NAMES, row -> {
                String id = id(row);
                String typeName = row.getResource("type").getURI().substring(Vocabulary.GK.length());
                types.put(id, EntityType.byClassName(typeName).orElseThrow());
                var name = row.getLiteral("name");
                names.computeIfAbsent(id, k -> new ArrayList<>()).add(new LinkTarget.Name(name.getString(), name.getLanguage()));
                if (name.getLanguage().equals("en") && row.getResource("x").hasProperty(
                        org.apache.jena.vocabulary.RDFS.label, name)) {
                    labels.putIfAbsent(id, name.getString());
                }
            });
            select(store, CONTEXT, row -> {
                String id = id(row);
                if (row.contains("word")) {
                    words.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(row.getLiteral("word").getString());
                }
                if (row.contains("date")) {
                    years.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(row.getLiteral("date").getLexicalForm().substring(0, 4));
                }
            });
        });
        List<LinkTarget> targets = new ArrayList<>();
        for (Map.Entry<String, EntityType> e : types.entrySet()) {
            String id = e.getKey();
            Set<String> context = new LinkedHashSet<>(SETTING);
            context.addAll(words.getOrDefault(id, Set.of()));
            targets.add(new LinkTarget(id, e.getValue(), labels.getOrDefault(id, id), List.copyOf(names.get(id)),
                    context, years.getOrDefault(id, Set.of())));
        }
        return targets;
    }

    private static void select(DatasetGraph store, String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store)).query(query)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String id(QuerySolution row) {
        return row.getResource("x").getURI().substring(Vocabulary.GKR.length());
    }
}
