package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** Checks of the provenance contract that every store, built from any article, must pass. */
final class ProvenanceChecks {

    private ProvenanceChecks() {}

    /** Every passage's nif:anchorOf is exactly the article's text between its code point offsets. */
    static int assertAnchorsExact(Dataset ds, String article) {
        String query = TestStores.PREFIXES + """
                SELECT ?p ?b ?e ?a WHERE { GRAPH gkg:provenance {
                  ?p nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a ; nif:referenceContext ?c .
                  FILTER(?p != ?c) } }""";
        int[] checked = {0};
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution row) -> {
                    int b = row.getLiteral("b").getInt();
                    int e = row.getLiteral("e").getInt();
                    String expected = article.substring(article.offsetByCodePoints(0, b), article.offsetByCodePoints(0, e));
                    assertEquals(expected, row.getLiteral("a").getString(), "anchor of " + row.getResource("p"));
                    assertTrue(row.getResource("p").getURI().endsWith("#char=" + b + "," + e), "RFC 5147 IRI of the passage");
                    checked[0]++;
                });
            }
        });
        assertTrue(checked[0] > 0, "passages were checked");
        return checked[0];
    }

    /** Every statement of a passage graph can be traced: the graph is derived from a passage and a rule. */
    static void assertEveryPassageGraphTraced(Dataset ds) {
        assertFalse(TestStores.ask(ds, """
                GRAPH ?g { ?s ?p ?o }
                FILTER(strstarts(str(?g), "https://w3id.org/gilan-kg/graph/passage/"))
                FILTER NOT EXISTS { GRAPH gkg:provenance { ?g prov:wasDerivedFrom ?passage ; prov:wasGeneratedBy ?rule .
                                                            ?passage nif:anchorOf ?text } }"""),
                "a passage graph without provenance");
    }

    /** The name list gives names and types only: the lexicon graph holds nothing else. */
    static void assertLexiconHoldsOnlyNamesAndTypes(Dataset ds) {
        assertFalse(TestStores.ask(ds, """
                GRAPH gkg:lexicon { ?s ?p ?o } FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel))"""),
                "the lexicon holds a fact");
    }
}
