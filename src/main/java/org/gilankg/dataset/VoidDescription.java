package org.gilankg.dataset;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityType;

/**
 * A VoID and DCAT description of the dataset: counts of triples, entities and entities per class,
 * licence, source and the downloadable distributions. Nothing time-dependent, so that the same
 * data gives the same description.
 */
public final class VoidDescription {

    public static final String DATASET = "https://w3id.org/gilan-kg/dataset";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";

    private VoidDescription() {}

    /** @param dumpsBase the IRI the dump files are published under, ending in "/" */
    public static Graph of(DatasetGraph data, String dumpsBase) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = Vocabulary.uri(DATASET);
        add(g, dataset, RDF.type.asNode(), Vocabulary.uri(VOID + "Dataset"));
        add(g, dataset, RDF.type.asNode(), Vocabulary.uri(DCAT + "Dataset"));
        ArticleSource source = ArticleSource.of(data);
        String about = source == null ? "a text" : source.title();
        add(g, dataset, uri(DCT + "title"), NodeFactory.createLiteralLang("gilan-kg: " + about, "en"));
        add(g, dataset, uri(DCT + "description"), NodeFactory.createLiteralLang(
                "A knowledge graph derived statement by statement from the text of \"" + about
                        + "\", with the passage of every statement.", "en"));
        if (source != null) {
            add(g, dataset, uri(DCT + "source"), uri(source.url()));
            if (!source.licence().isEmpty()) {
                add(g, dataset, uri(DCT + "license"), uri(source.licence()));
                add(g, dataset, uri(DCT + "rights"), NodeFactory.createLiteralLang("Derived from the text of \"" + source.title()
                        + "\"" + (source.creator().isEmpty() ? "" : " by " + source.creator()) + ", available under "
                        + source.licenceName() + "; shared under the same licence.", "en"));
            }
            if (!source.retrieved().isEmpty()) {
                add(g, dataset, uri("http://www.w3.org/ns/prov#wasDerivedFrom"), uri(source.url()));
                add(g, uri(source.url()), uri(DCT + "title"), NodeFactory.createLiteralLang(source.title(), source.language()));
                add(g, uri(source.url()), uri("http://www.w3.org/ns/prov#generatedAtTime"),
                        NodeFactory.createLiteralDT(source.retrieved(), XSDDatatype.XSDdate));
            }
        }
        add(g, dataset, uri(VOID + "vocabulary"), uri(Vocabulary.GK));
        add(g, dataset, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Vocabulary.GKR));
        add(g, dataset, uri(VOID + "sparqlEndpoint"), uri("https://w3id.org/gilan-kg/sparql"));

        Graph union = data.getUnionGraph();
        add(g, dataset, uri(VOID + "triples"), integer(union.size()));
        Map<Node, Set<Node>> byClass = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            byClass.put(Vocabulary.gk(type.className()), new LinkedHashSet<>());
        }
        union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Set<Node> members = byClass.get(t.getObject());
            if (members != null) {
                members.add(t.getSubject());
            }
        });
        Set<Node> entities = new LinkedHashSet<>();
        byClass.values().forEach(entities::addAll);
        add(g, dataset, uri(VOID + "entities"), integer(entities.size()));
        for (Map.Entry<Node, Set<Node>> e : byClass.entrySet()) {
            String local = e.getKey().getURI().substring(Vocabulary.GK.length());
            Node partition = uri(DATASET + "/class/" + local);
            add(g, dataset, uri(VOID + "classPartition"), partition);
            add(g, partition, uri(VOID + "class"), e.getKey());
            add(g, partition, uri(VOID + "entities"), integer(e.getValue().size()));
        }
        String licence = source == null || source.licence().isEmpty() ? null : source.licence();
        distribution(g, dataset, dumpsBase, "gilan-kg.ttl", "text/turtle", "The default graph (union of all graphs)", licence);
        distribution(g, dataset, dumpsBase, "gilan-kg.trig", "application/trig", "Every named graph, provenance included", licence);
        distribution(g, dataset, dumpsBase, "gilan-kg.nq.gz", "application/n-quads", "Every named graph as gzipped N-Quads", licence);
        distribution(g, dataset, dumpsBase, "ontology.ttl", "text/turtle", "The ontology", licence);
        return g;
    }

    private static void distribution(Graph g, Node dataset, String base, String file, String mediaType, String title, String licence) {
        Node d = uri(DATASET + "/distribution/" + file);
        add(g, dataset, uri(DCAT + "distribution"), d);
        add(g, dataset, uri(VOID + "dataDump"), uri(base + file));
        add(g, d, RDF.type.asNode(), uri(DCAT + "Distribution"));
        add(g, d, uri(DCT + "title"), NodeFactory.createLiteralLang(title, "en"));
        add(g, d, uri(DCAT + "downloadURL"), uri(base + file));
        add(g, d, uri(DCAT + "mediaType"), NodeFactory.createLiteralString(mediaType));
        if (licence != null) {
            add(g, d, uri(DCT + "license"), uri(licence));
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return Vocabulary.uri(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
