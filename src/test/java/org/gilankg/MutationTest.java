package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph follows the text: each test builds a store from an altered copy of the article and
 * checks that the graph changed accordingly, and that every passage's offsets are still exact.
 */
class MutationTest {

    @TempDir
    Path dir;

    private Dataset altered(java.util.function.UnaryOperator<String> change) throws IOException {
        Path store = TestStores.buildAltered(change, dir);
        Dataset ds = TestStores.open(store);
        ProvenanceChecks.assertAnchorsExact(ds, Files.readString(dir.resolve("altered.txt"), StandardCharsets.UTF_8));
        ProvenanceChecks.assertEveryPassageGraphTraced(ds);
        return ds;
    }

    @Test
    void aChangedDateChangesTheEvent() throws IOException {
        Dataset ds = altered(t -> t.replace("On June 9, 1920 Mirza Kuchik Khan left Rasht", "On July 14, 1920 Mirza Kuchik Khan left Rasht"));
        assertTrue(TestStores.ask(ds, "?e gk:location gkr:rasht ; gk:participant gkr:mirza-kuchik-khan ; gk:date \"1920-07-14\"^^xsd:date"));
        assertFalse(TestStores.ask(ds, "?e gk:date \"1920-06-09\"^^xsd:date"));
    }

    @Test
    void aDateAtAnotherPrecisionKeepsThatPrecision() throws IOException {
        Dataset ds = altered(t -> t.replace("lasted from June 1920 until September 1921", "lasted from 12 July 1920 until 1922"));
        assertTrue(TestStores.ask(ds, "gkr:persian-socialist-soviet-republic gk:startDate \"1920-07-12\"^^xsd:date"));
        assertTrue(TestStores.ask(ds, "gkr:persian-socialist-soviet-republic gk:endDate \"1922\"^^xsd:gYear"));
        assertFalse(TestStores.ask(ds, "gkr:persian-socialist-soviet-republic gk:startDate \"1920-06\"^^xsd:gYearMonth"));
    }

    @Test
    void aRelativeDateFollowsItsAnchor() throws IOException {
        Dataset ds = altered(t -> t.replace("In May 1920 the Soviet Caspian Fleet", "In May 1918 the Soviet Caspian Fleet"));
        assertTrue(TestStores.ask(ds, "?e gk:location gkr:lankaran ; gk:date \"1917\"^^xsd:gYear"));
        assertFalse(TestStores.ask(ds, "?e gk:location gkr:lankaran ; gk:date \"1919\"^^xsd:gYear"));
    }

    @Test
    void aChangedOfficeChangesTheCabinet() throws IOException {
        Dataset ds = altered(t -> t.replace("Mohammad taghi Pir bazari – Finance commissioner",
                "Mohammad taghi Pir bazari – Education commissioner"));
        assertTrue(TestStores.ask(ds, "?p rdfs:label \"Mohammad taghi Pir bazari\"@en ; gk:holdsOffice ?o . ?o rdfs:label \"Education commissioner\"@en"));
        assertFalse(TestStores.ask(ds, "?o rdfs:label \"Finance commissioner\"@en"));
    }

    @Test
    void aNewCabinetLineWithANameInNoListGivesANewPerson() throws IOException {
        Dataset ds = altered(t -> t.replace("Amir taka – Head of war commission\n",
                "Amir taka – Head of war commission\nKarim Nazari (Nazar) – Education commissioner\n"));
        assertTrue(TestStores.ask(ds, """
                ?p a gk:Person ; rdfs:label "Karim Nazari"@en ; skos:altLabel "Nazar"@en ; gk:holdsOffice ?o ; gk:memberOf ?c .
                ?o rdfs:label "Education commissioner"@en ; gk:officeOf ?c . ?c rdfs:label "First Cabinet"@en"""));
        assertTrue(TestStores.ask(ds, "{ SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p gk:memberOf ?c . ?c rdfs:label \"First Cabinet\"@en } } FILTER(?n = 12)"));
    }

    @Test
    void aChangedLeaderChangesTheFleet() throws IOException {
        Dataset ds = altered(t -> t.replace("led by Fedor Raskolnikov and accompanied by Sergo Orzhonikidze",
                "led by Sergo Orzhonikidze and accompanied by Fedor Raskolnikov"));
        assertTrue(TestStores.ask(ds, "gkr:soviet-caspian-fleet gk:leader gkr:sergo-orzhonikidze"));
        assertFalse(TestStores.ask(ds, "gkr:soviet-caspian-fleet gk:leader gkr:fedor-raskolnikov"));
    }

    @Test
    void aMovedSentenceKeepsItsFactsAndExactOffsets() throws IOException {
        String sentence = "The Soviet Republic of Gilan officially came to an end in September 1921. ";
        Dataset ds = altered(t -> {
            String without = t.replace(sentence, "");
            return without.replace("Red Army.\n", "Red Army. " + sentence.strip() + "\n");
        });
        assertTrue(TestStores.ask(ds, """
                GRAPH ?g { gkr:persian-socialist-soviet-republic gk:endDate "1921-09"^^xsd:gYearMonth }
                GRAPH gkg:provenance { ?g prov:wasDerivedFrom ?p . ?p nif:anchorOf ?a ; gk:section "Lead" }
                FILTER(strstarts(?a, "The Soviet Republic of Gilan officially came to an end"))"""));
        assertFalse(TestStores.ask(ds, """
                GRAPH gkg:provenance { ?p nif:anchorOf ?a ; gk:section "Coup d'état" }
                FILTER(strstarts(?a, "The Soviet Republic of Gilan officially came to an end"))"""));
    }

    @Test
    void aNewSentenceInAKnownPatternGivesNewFacts() throws IOException {
        Dataset ds = altered(t -> t.replace("and died of frostbite.", "and died of frostbite. On March 3, 1922 Ehsanollah Khan left Baku."));
        assertTrue(TestStores.ask(ds, "?e a gk:Event ; gk:participant gkr:ehsanollah-khan-dustdar ; gk:location gkr:baku ; gk:date \"1922-03-03\"^^xsd:date"));
    }

    @Test
    void aRemovedSentenceRemovesItsFacts() throws IOException {
        Dataset ds = altered(t -> t.replace("Mirza and his German friend Gauook (Hooshang) fled alone into the Alborz Mountains, and died of frostbite. ", ""));
        assertFalse(TestStores.ask(ds, "gkr:mirza-kuchik-khan gk:deathPlace ?place"));
        assertFalse(TestStores.ask(ds, "gkr:gauook ?p ?o"), "a thing no longer mentioned is no longer in the graph");
    }
}
