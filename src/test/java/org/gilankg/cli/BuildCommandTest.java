package org.gilankg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gilankg.TestStores;
import org.gilankg.store.DumpWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build command as a user runs it: its store, its dumps, and what it does with bad input. */
class BuildCommandTest {

    @TempDir
    Path dir;

    Path store;
    Path dumps;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void paths() {
        store = dir.resolve("run/store");
        dumps = dir.resolve("run/dumps");
    }

    static Run gilanKg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GilanKg.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--store", store.toString()));
        args.addAll(List.of(extra));
        return gilanKg(args.toArray(String[]::new));
    }

    @Test
    void buildMakesAStoreAndEveryDump() throws IOException {
        assertEquals(0, build().exit());
        Dataset ds = TestStores.open(store);
        assertTrue(TestStores.ask(ds, "gkr:persian-socialist-soviet-republic a gk:State"));
        TDBInternal.expel(ds.asDatasetGraph());

        for (String file : DumpWriter.FILES) {
            assertTrue(Files.size(dumps.resolve(file)) > 0, file);
        }
        DatasetGraph trig = RDFDataMgr.loadDatasetGraph(dumps.resolve("gilan-kg.trig").toString());
        DatasetGraph nq = RDFDataMgr.loadDatasetGraph(dumps.resolve("gilan-kg.nq.gz").toString());
        assertEquals(trig.stream().count(), nq.stream().count(), "TriG and N-Quads hold the same quads");
        assertTrue(trig.listGraphNodes().hasNext());
        long defaultTriples = RDFDataMgr.loadGraph(dumps.resolve("gilan-kg.ttl").toString()).size();
        assertEquals(trig.getUnionGraph().size(), defaultTriples, "the Turtle dump is the union of all graphs");

        String voidTtl = Files.readString(dumps.resolve("void.ttl"));
        assertTrue(voidTtl.contains("creativecommons.org/licenses/by-sa/4.0"), "licence in the metadata");
        assertTrue(voidTtl.contains("en.wikipedia.org/wiki/Persian_Socialist_Soviet_Republic"), "source in the metadata");
        for (String line : Files.readAllLines(dumps.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ");
            assertEquals(parts[0], DumpWriter.sha256(dumps.resolve(parts[1])), "checksum of " + parts[1]);
        }
    }

    @Test
    void theSameInputGivesByteIdenticalDumps() throws IOException {
        assertEquals(0, build().exit());
        byte[][] first = readDumps();
        assertEquals(0, build().exit());
        byte[][] second = readDumps();
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i], DumpWriter.FILES.get(i) + " differs between two builds");
        }
    }

    private byte[][] readDumps() throws IOException {
        byte[][] bytes = new byte[DumpWriter.FILES.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = Files.readAllBytes(dumps.resolve(DumpWriter.FILES.get(i)));
        }
        return bytes;
    }

    @Test
    void aNonUtf8ArticleIsRefusedAndTheStoreAndDumpsAreKept() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, "The first line.\nA second line with a bad byte: \u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedKeepingPrevious(bad + ":2: not UTF-8", "--article", bad.toString());
    }

    @Test
    void anEmptyArticleIsRefused() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertRefusedKeepingPrevious(empty + ":1: the article is empty", "--article", empty.toString());
    }

    @Test
    void anArticleWithoutSectionsIsRefused() throws IOException {
        Path flat = dir.resolve("flat.txt");
        Files.writeString(flat, "Mirza Kuchik Khan left Rasht in June 1920.\nHe went to the forest.\n");
        assertRefusedKeepingPrevious(flat + ":1: no section heading ('== Title =='): not an article as the plain-text export gives it",
                "--article", flat.toString());
    }

    @Test
    void aMissingArticleIsRefused() throws IOException {
        Path missing = dir.resolve("missing.txt");
        assertRefusedKeepingPrevious(missing + ": no such file", "--article", missing.toString());
    }

    @Test
    void aNameListWithADuplicateIsRefused() throws IOException {
        Path names = dir.resolve("names.tsv");
        Files.writeString(names, "# a comment\nrasht\tPlace\tRasht\nrasht\tPlace\tRasht city\n");
        assertRefusedKeepingPrevious(names + ":3: duplicate id 'rasht' (first at line 2)", "--names", names.toString());
    }

    @Test
    void aNameListWithAnUnknownTypeIsRefused() throws IOException {
        Path names = dir.resolve("names.tsv");
        Files.writeString(names, "rasht\tCity\tRasht\n");
        assertRefusedKeepingPrevious(names + ":1: unknown type 'City'", "--names", names.toString());
    }

    @Test
    void aShapesViolationIsRefusedWithTheReport() throws IOException {
        Path shapes = dir.resolve("shapes.ttl");
        Files.writeString(shapes, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix gk: <https://w3id.org/gilan-kg/ontology#> .
                <https://example.org/shapes#EveryPersonDied> a sh:NodeShape ; sh:targetClass gk:Person ;
                    sh:property [ sh:path gk:deathPlace ; sh:minCount 1 ; sh:message "needs a place of death" ] .
                """);
        Run run = assertRefusedKeepingPrevious(shapes + ": ", "--shapes", shapes.toString());
        assertTrue(run.err().contains("needs a place of death"), run.err());
    }

    /**
     * Builds successfully, then runs a build with {@code badArgs}: it must exit 1 with one line naming
     * the file and place, and leave the previous store and dumps exactly as they were.
     */
    private Run assertRefusedKeepingPrevious(String expectedMessageStart, String... badArgs) throws IOException {
        assertEquals(0, build().exit());
        String sums = Files.readString(dumps.resolve("SHA256SUMS"));
        Dataset before = TestStores.open(store);
        long quads = org.apache.jena.system.Txn.calculateRead(before, () -> before.asDatasetGraph().stream().count());
        TDBInternal.expel(before.asDatasetGraph());

        Run run = build(badArgs);

        assertEquals(1, run.exit(), run.err());
        String[] lines = run.err().strip().split("\n");
        assertEquals(1, lines.length, "one line of error: " + run.err());
        assertTrue(lines[0].startsWith("gilan-kg: error: " + expectedMessageStart), lines[0]);
        assertEquals(sums, Files.readString(dumps.resolve("SHA256SUMS")), "the dumps are untouched");
        for (String line : sums.split("\n")) {
            String[] parts = line.split("  ");
            assertEquals(parts[0], DumpWriter.sha256(dumps.resolve(parts[1])), parts[1] + " is untouched");
        }
        Dataset after = TestStores.open(store);
        assertEquals(quads, (long) org.apache.jena.system.Txn.calculateRead(after, () -> after.asDatasetGraph().stream().count()),
                "the store is untouched");
        TDBInternal.expel(after.asDatasetGraph());
        assertFalse(Files.exists(dir.resolve("run/store.new")), "no half-built store is left");
        assertFalse(Files.exists(dir.resolve("run/dumps.new")), "no half-written dumps are left");
        return run;
    }
}
