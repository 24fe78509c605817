package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provenance and data contract on the store built from the article. */
class ProvenanceTest {

    @TempDir
    static Path dir;

    static Dataset ds;

    @BeforeAll
    static void build() {
        ds = TestStores.open(TestStores.build(TestStores.ARTICLE, dir));
    }

    @Test
    void everyAnchorIsTheArticleTextAtItsOffsets() throws IOException {
        int passages = ProvenanceChecks.assertAnchorsExact(ds, TestStores.article());
        assertTrue(passages > 50, "all passages and mentions are described: " + passages);
    }

    @Test
    void everyPassageGraphIsTracedToItsPassageAndRule() {
        ProvenanceChecks.assertEveryPassageGraphTraced(ds);
    }

    @Test
    void theNameListContributesOnlyNamesAndTypes() {
        ProvenanceChecks.assertLexiconHoldsOnlyNamesAndTypes(ds);
    }

    @Test
    void everyThingHasExactlyOneMainType() {
        assertFalse(TestStores.ask(ds, """
                ?x a ?c1 , ?c2 . FILTER(?c1 != ?c2)
                FILTER(strstarts(str(?c1), str(gk:)) && strstarts(str(?c2), str(gk:)))"""), "a thing with two main types");
        assertFalse(TestStores.ask(ds, """
                ?x ?p ?o . FILTER(strstarts(str(?x), "https://w3id.org/gilan-kg/resource/")
                                  && !strstarts(str(?x), "https://w3id.org/gilan-kg/resource/rule/")
                                  && !strstarts(str(?x), "https://w3id.org/gilan-kg/resource/article"))
                FILTER NOT EXISTS { ?x a ?c . FILTER(strstarts(str(?c), str(gk:))) }"""), "a thing without a main type");
    }

    @Test
    void passagesAreSentencesOrPhrasesOfTheArticle() {
        assertTrue(TestStores.ask(ds, """
                GRAPH gkg:provenance { ?p a nif:Sentence ; nif:referenceContext ?c . ?c a nif:Context }"""));
        assertTrue(TestStores.ask(ds, """
                GRAPH gkg:provenance { ?p a nif:Phrase ; gk:section "First Cabinet" }"""));
    }
}
