package org.gilankg.server.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.gilankg.GilanKgException;
import org.gilankg.Vocabulary;

/**
 * What the reconciliation service matches against, read once from the (read-only) store: every
 * thing with its names, main class and Wikidata links, what the graph says of it, and the
 * ontology's properties.
 */
public final class ReconcileIndex {

    /** The types a query may ask for: our main classes. */
    public static final List<String> TYPES = List.of("Person", "Place", "State", "Organization", "Event", "Treaty",
            "Publication", "Office");

    /** A thing of the graph. */
    public record Entity(String id, String type, String label, List<String> names, Set<String> sameAs) {
        public String iri() {
            return Vocabulary.GKR + id;
        }
    }

    /** A value of a property: a thing (id and name) or a literal (its lexical form). */
    public record Value(String id, String text) {}

    /** A property: its id (the gk: local name), name, and the Wikidata counterpart if any. */
    public record Property(String id, String name) {}

    /** The pseudo-property for the Wikidata items a thing is the same as. */
    public static final Property WIKIDATA = new Property("wikidata", "Wikidata item (owl:sameAs)");

    private final Map<String, Entity> entities;
    private final Map<String, Map<String, List<Value>>> values;
    private final Map<String, Property> properties;

    private ReconcileIndex(Map<String, Entity> entities, Map<String, Map<String, List<Value>>> values,
                           Map<String, Property> properties) {
        this.entities = entities;
        this.values = values;
        this.properties = properties;
    }

    public static ReconcileIndex load(DatasetGraph store) {
        Map<String, String> types = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, Set<String>> sameAs = new LinkedHashMap<>();
        Map<String, Map<String, List<Value>>> values = new LinkedHashMap<>();
        Map<String, Property> properties = new TreeMap<>();
        Txn.executeRead(store, () -> {
            select(store, "entities.rq", row -> {
                String id = local(row.getResource("x").getURI());
                types.merge(id, local(row.getResource("type").getURI()), (a, b) -> a.equals("Place") ? b : a);
                if (row.contains("name")) {
                    String name = row.getLiteral("name").getString();
                    names.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
                    if (row.getLiteral("main").getBoolean() && "en".equals(row.getLiteral("name").getLanguage())) {
                        labels.put(id, name);
                    }
                }
                if (row.contains("item")) {
                    sameAs.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(row.getResource("item").getURI());
                }
            });
            select(store, "properties.rq", row -> {
                String id = local(row.getResource("p").getURI());
                properties.putIfAbsent(id, new Property(id, row.getLiteral("label").getString()));
            });
            select(store, "statements.rq", row -> {
                String id = local(row.getResource("x").getURI());
                String p = local(row.getResource("p").getURI());
                RDFNode o = row.get("o");
                Value v;
                if (o.isURIResource() && o.asResource().getURI().startsWith(Vocabulary.GKR)) {
                    v = new Value(local(o.asResource().getURI()), row.contains("oLabel") ? row.getLiteral("oLabel").getString()
                            : local(o.asResource().getURI()));
                } else if (o.isLiteral()) {
                    v = new Value(null, o.asLiteral().getLexicalForm());
                } else {
                    return;
                }
                List<Value> list = values.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new ArrayList<>());
                if (!list.contains(v)) {
                    list.add(v);
                }
            });
        });
        Map<String, Entity> entities = new LinkedHashMap<>();
        types.forEach((id, type) -> {
            List<String> all = new ArrayList<>(names.getOrDefault(id, Set.of()));
            String label = labels.getOrDefault(id, all.isEmpty() ? id : all.get(0));
            all.remove(label);
            all.add(0, label);
            entities.put(id, new Entity(id, type, label, List.copyOf(all), Set.copyOf(sameAs.getOrDefault(id, Set.of()))));
        });
        // Only properties the graph uses, and the Wikidata link.
        Set<String> used = new LinkedHashSet<>();
        values.values().forEach(m -> used.addAll(m.keySet()));
        Map<String, Property> usedProperties = new TreeMap<>();
        for (String p : used) {
            usedProperties.put(p, properties.getOrDefault(p, new Property(p, p)));
        }
        usedProperties.put(WIKIDATA.id(), WIKIDATA);
        return new ReconcileIndex(entities, values, usedProperties);
    }

    public Entity entity(String id) {
        return entities.get(id);
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Property property(String id) {
        return properties.get(id);
    }

    public List<Property> properties() {
        return List.copyOf(properties.values());
    }

    /** The values of a property for a thing; for "wikidata", its items' QIDs. */
    public List<Value> values(String id, String property) {
        if (property.equals(WIKIDATA.id())) {
            Entity e = entities.get(id);
            return e == null ? List.of() : e.sameAs().stream().sorted()
                    .map(iri -> new Value(null, iri.substring(iri.lastIndexOf('/') + 1))).toList();
        }
        return values.getOrDefault(id, Map.of()).getOrDefault(property, List.of());
    }

    /** Is a thing of this type, where Place includes the states (gk:State is a gk:Place)? */
    public static boolean isA(Entity e, String type) {
        return e.type().equals(type) || (type.equals("Place") && e.type().equals("State"));
    }

    /** The best name score of a thing for a query, 0 to 100. */
    public static double nameScore(Entity e, String query) {
        double best = 0;
        for (String n : e.names()) {
            best = Math.max(best, NameMatcher.score(query, n));
        }
        return best;
    }

    static Comparator<Entity> byLabel() {
        return Comparator.comparing(Entity::label);
    }

    private static void select(DatasetGraph store, String name, Consumer<QuerySolution> each) {
        String resource = "org/gilankg/server/reconcile/" + name;
        String query;
        try (InputStream in = ReconcileIndex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new GilanKgException(resource + ": missing from the program");
            }
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GilanKgException(resource + ": cannot read: " + e.getMessage(), e);
        }
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store)).query(query)
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
