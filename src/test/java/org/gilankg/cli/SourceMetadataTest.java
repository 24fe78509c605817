package org.gilankg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gilankg.Bundled;
import org.gilankg.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article's source is data: the file beside it says where it comes from, and the graph and dumps follow it. */
class SourceMetadataTest {

    @TempDir
    Path dir;

    @Test
    void theBundledDefaultsAreTheProjectsFiles() throws IOException {
        for (String file : new String[] {"data/persian-socialist-soviet-republic.txt", "data/persian-socialist-soviet-republic.source.properties",
                "data/names.tsv", "ontology/gilan-kg.ttl", "ontology/shapes.ttl", "queries/01-people.rq"}) {
            assertArrayEquals(Files.readAllBytes(Path.of(file)), Files.readAllBytes(Bundled.file(file)), file);
        }
    }

    @Test
    void theWikipediaArticlesSourceReachesProvenanceAndVoid() throws IOException {
        Path store = dir.resolve("run/store");
        assertEquals(0, BuildCommandTest.gilanKg("build", "--store", store.toString()).exit());
        Dataset ds = TestStores.open(store);
        assertTrue(TestStores.ask(ds, "GRAPH gkg:provenance { gkr:article a nif:Context ; "
                + "<http://purl.org/dc/terms/source> <https://en.wikipedia.org/wiki/Persian_Socialist_Soviet_Republic> ; "
                + "<http://purl.org/dc/terms/license> <https://creativecommons.org/licenses/by-sa/4.0/> ; "
                + "prov:generatedAtTime \"2026-11-27\"^^xsd:date }"));
        TDBInternal.expel(ds.asDatasetGraph());
        String voidTtl = Files.readString(dir.resolve("run/dumps/void.ttl"), StandardCharsets.UTF_8);
        assertTrue(voidTtl.contains("creativecommons.org/licenses/by-sa/4.0"), voidTtl);
    }

    @Test
    void anotherArticleWithItsOwnSourceGetsItsOwnProvenance() throws IOException {
        Path other = dir.resolve("other.txt");
        Files.copy(TestStores.ARTICLE, other);
        Files.writeString(dir.resolve("other.source.properties"), """
                title = Another copy
                url = https://example.org/texts/other
                licence = https://creativecommons.org/publicdomain/zero/1.0/
                licenceName = CC0 1.0
                retrieved = 2020-01-02
                """, StandardCharsets.UTF_8);
        Path store = dir.resolve("run/store");
        BuildCommandTest.Run run = BuildCommandTest.gilanKg("build", "--store", store.toString(), "--article", other.toString());
        assertEquals(0, run.exit(), run.err());
        Dataset ds = TestStores.open(store);
        assertTrue(TestStores.ask(ds, "GRAPH gkg:provenance { gkr:article <http://purl.org/dc/terms/source> <https://example.org/texts/other> ; "
                + "<http://purl.org/dc/terms/title> \"Another copy\"@en ; prov:generatedAtTime \"2020-01-02\"^^xsd:date }"));
        assertFalse(TestStores.ask(ds, "GRAPH gkg:provenance { ?s ?p <https://en.wikipedia.org/wiki/Persian_Socialist_Soviet_Republic> }"));
        TDBInternal.expel(ds.asDatasetGraph());
        // The triples, not the header comment (store/DumpWriter's, still written for the Wikipedia article).
        String voidTriples = org.apache.jena.riot.RDFWriter.source(org.apache.jena.riot.RDFParser.source(dir.resolve("run/dumps/void.ttl")).toGraph())
                .lang(org.apache.jena.riot.Lang.NTRIPLES).asString();
        assertTrue(voidTriples.contains("https://example.org/texts/other") && voidTriples.contains("publicdomain/zero"), voidTriples);
        assertFalse(voidTriples.contains("wikipedia.org"), voidTriples);
    }

    @Test
    void aSourceFileWithoutItsUrlIsOneLine() throws IOException {
        Path bad = dir.resolve("bad.source.properties");
        Files.writeString(bad, "title = x\nlicence = https://example.org/l\n", StandardCharsets.UTF_8);
        BuildCommandTest.Run run = BuildCommandTest.gilanKg("build", "--store", dir.resolve("s").toString(), "--source", bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().strip().lines().count() == 1 && run.err().contains("bad.source.properties: 'url' is missing"), run.err());
    }
}
