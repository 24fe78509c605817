package org.gilankg.link;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.GilanKgException;
import org.gilankg.Vocabulary;

/**
 * Fetches a few facts about linked items from Wikidata (birth and death dates and places,
 * coordinates, an image) into a snapshot file. The facts stay Wikidata's: they are statements
 * about wd: items with wdt: properties, in a graph of their own, never mixed with the article's.
 */
public final class Enricher {

    public static final String WDT = "http://www.wikidata.org/prop/direct/";

    /** The properties fetched, with how a page names them. */
    public static final Map<String, String> PROPERTIES = Map.of(
            "P569", "date of birth", "P570", "date of death", "P19", "place of birth", "P20", "place of death",
            "P625", "coordinates", "P18", "image");

    private Enricher() {}

    public static Graph fetch(WikidataEndpoint endpoint, Collection<String> qids) {
        Graph g = GraphFactory.createDefaultGraph();
        if (qids.isEmpty()) {
            return g;
        }
        String items = qids.stream().sorted().map(q -> "wd:" + q).collect(Collectors.joining(" "));
        String properties = PROPERTIES.keySet().stream().sorted().map(p -> "wdt:" + p).collect(Collectors.joining(" "));
        String query = """
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?item ?p ?value ?valueLabel WHERE {
                  VALUES ?item { %s } VALUES ?p { %s }
                  ?item ?p ?value .
                  OPTIONAL { ?value rdfs:label ?valueLabel FILTER(lang(?valueLabel) = "en") }
                }""".formatted(items, properties);
        for (Binding row : endpoint.select(query)) {
            Node item = row.get(Var.alloc("item"));
            Node value = row.get(Var.alloc("value"));
            g.add(Triple.create(item, row.get(Var.alloc("p")), value));
            Node label = row.get(Var.alloc("valueLabel"));
            if (label != null) {
                g.add(Triple.create(value, RDFS.label.asNode(), label));
            }
        }
        Node snapshot = Vocabulary.uri(Vocabulary.GKG + "wikidata-enrichment");
        g.add(Triple.create(snapshot, Vocabulary.uri(Vocabulary.PROV + "wasDerivedFrom"), Vocabulary.uri(endpoint.url())));
        return g;
    }

    /** Writes the snapshot as Turtle, replacing the file only when complete. */
    public static void write(Graph snapshot, Path out) {
        snapshot.getPrefixMapping().setNsPrefix("wd", Vocabulary.WD).setNsPrefix("wdt", WDT)
                .setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("prov", Vocabulary.PROV).setNsPrefix("gkg", Vocabulary.GKG);
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".enrichment", ".ttl");
            try (OutputStream o = Files.newOutputStream(temporary)) {
                o.write("# Facts from Wikidata about items gilan-kg links to, fetched by `gilan-kg link --enrich`.\n# Wikidata's data is CC0. Loaded into the graph gkg:wikidata-enrichment, apart from the article's facts.\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                RDFWriter.source(snapshot).format(RDFFormat.TURTLE_PRETTY).output(o);
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GilanKgException(out + ": cannot write: " + e.getMessage(), e);
        }
    }

    public static List<String> propertyOrder() {
        return List.of("P569", "P19", "P570", "P20", "P625", "P18");
    }
}
