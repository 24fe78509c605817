package org.gilankg;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;

/**
 * The one prefix map of the program: RDF answers and pages write with it, the SPARQL that pages
 * and commands run (the {@code .rq} resource files) is read with it. The terms are those of the
 * data model (docs/data-model.md).
 */
public final class Prefixes {

    private static final Map<String, String> NAMESPACES = namespaces();

    /** The prefixes as a locked Jena prefix mapping. */
    public static final PrefixMapping MAP = PrefixMapping.Factory.create().setNsPrefixes(NAMESPACES).lock();

    /** The same prefixes as SPARQL {@code PREFIX} lines, to put before a query. */
    public static final String SPARQL = NAMESPACES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">").collect(Collectors.joining("\n", "", "\n"));

    private Prefixes() {}

    private static Map<String, String> namespaces() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("gk", Vocabulary.GK);
        m.put("gkr", Vocabulary.GKR);
        m.put("gkg", Vocabulary.GKG);
        m.put("wd", Vocabulary.WD);
        m.put("nif", Vocabulary.NIF);
        m.put("prov", Vocabulary.PROV);
        m.put("skos", Vocabulary.SKOS);
        m.put("schema", Vocabulary.SCHEMA);
        m.put("itsrdf", Vocabulary.ITSRDF);
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("text", "http://jena.apache.org/text#");
        return m;
    }
}
