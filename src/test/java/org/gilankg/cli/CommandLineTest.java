package org.gilankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.gilankg.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as a user runs them beside a running server: a real {@code serve} in a child JVM
 * holds the store, and the other commands either go through its endpoint or say in one line what
 * to do. Expected failures never print a stack trace.
 */
class CommandLineTest {

    @TempDir
    static Path dir;

    static Path store;
    static Process server;

    @BeforeAll
    static void serve() throws Exception {
        store = TestStores.build(TestStores.ARTICLE, dir);
        // This JVM built it: let go of it, so that the server's process can take it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), GilanKg.class.getName(),
                "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (Servers.runningServer(store).isEmpty()) {
            if (!server.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the server did not start: " + Files.readString(dir.resolve("serve.log")));
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static BuildCommandTest.Run gilanKg(String... args) {
        return BuildCommandTest.gilanKg(args);
    }

    static Path queryFile(String text) throws IOException {
        Path file = Files.createTempFile(dir, "q", ".rq");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static void oneLineError(BuildCommandTest.Run run) {
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line, no stack trace: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void queryGoesThroughTheRunningServerWhenItHoldsTheStore() throws IOException {
        assertTrue(Servers.lockHolder(store).isPresent(), "the child server holds the store's lock");
        Path q = queryFile(TestStores.PREFIXES + "SELECT ?l WHERE { gkr:rasht rdfs:label ?l }");
        BuildCommandTest.Run run = gilanKg("query", "--store", store.toString(), "--format", "csv", q.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Rasht"), run.out());
    }

    @Test
    void exportAndServeOnAHeldStoreSayWhatToDoInOneLine() {
        BuildCommandTest.Run export = gilanKg("export", "quickstatements", "--no-check", "--store", store.toString());
        oneLineError(export);
        assertTrue(export.err().contains("--endpoint") && export.err().contains("http://127.0.0.1:"), export.err());
        BuildCommandTest.Run serve = gilanKg("serve", "--store", store.toString(), "--port", "0");
        oneLineError(serve);
        assertTrue(serve.err().contains("in use by the server at http://127.0.0.1:"), serve.err());
    }

    @Test
    void aBusyPortIsOneLineNamingPort() throws IOException {
        Path free = TestStores.build(TestStores.ARTICLE, dir.resolve("free"));
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            BuildCommandTest.Run run = gilanKg("serve", "--store", free.toString(), "--port", Integer.toString(busy.getLocalPort()));
            oneLineError(run);
            assertTrue(run.err().contains("--port"), run.err());
            // With no store yet, the port is checked before a store is built.
            Path none = dir.resolve("not-built/store");
            BuildCommandTest.Run early = gilanKg("serve", "--store", none.toString(), "--port", Integer.toString(busy.getLocalPort()));
            oneLineError(early);
            assertTrue(early.err().contains("--port"), early.err());
            assertFalse(java.nio.file.Files.exists(none), "nothing was built for a server that cannot start");
        }
    }

    @Test
    void missingFilesAreOneLine() {
        oneLineError(gilanKg("query", "--store", store.toString(), dir.resolve("nothing.rq").toString()));
        oneLineError(gilanKg("build", "--store", dir.resolve("x/store").toString(), "--article", dir.resolve("nothing.txt").toString()));
        oneLineError(gilanKg("build", "--store", dir.resolve("x/store").toString(), "--source", dir.resolve("nothing.properties").toString()));
    }

    @Test
    void constructAsJsonIsJsonLdAndOtherFormatsAreRefusedClearly() throws IOException {
        Path q = queryFile(TestStores.PREFIXES + "CONSTRUCT { gkr:rasht rdfs:label ?l } WHERE { gkr:rasht rdfs:label ?l }");
        BuildCommandTest.Run json = gilanKg("query", "--store", store.toString(), "--format", "json", q.toString());
        assertEquals(0, json.exit(), json.err());
        var graph = RDFParser.fromString(json.out(), Lang.JSONLD).toGraph();
        assertTrue(graph.find().toList().stream().anyMatch(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("Rasht")), json.out());
        BuildCommandTest.Run csv = gilanKg("query", "--store", store.toString(), "--format", "csv", q.toString());
        oneLineError(csv);
        assertEquals("", csv.out());
    }

    @Test
    void aRefusedOrUnreachableServiceIsOneLineAndNoHalfDocument() throws IOException {
        Path q = queryFile("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        BuildCommandTest.Run run = gilanKg("query", "--endpoint", "http://127.0.0.1:9/sparql", "--format", "json", q.toString());
        oneLineError(run);
        assertEquals("", run.out());
        // Against a store (free, so opened directly), a SERVICE the policy refuses is one line too.
        Path free = TestStores.build(TestStores.ARTICLE, dir.resolve("service"));
        BuildCommandTest.Run local = gilanKg("query", "--store", free.toString(), "--format", "json", q.toString());
        oneLineError(local);
        assertEquals("", local.out());
        assertTrue(local.err().contains("http://127.0.0.1:9/sparql"), local.err());
    }

    @Test
    void everyCommandPrintsItsVersionAndTheHelpKeepsWholeDescriptions() {
        for (String command : List.of("serve", "build", "query", "link", "export")) {
            BuildCommandTest.Run run = gilanKg(command, "-V");
            assertEquals(0, run.exit());
            assertTrue(run.out().startsWith("gilan-kg "), command + ": " + run.out());
        }
        BuildCommandTest.Run help = gilanKg("--help");
        String flat = help.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("into a snapshot file."), help.out());
        assertTrue(flat.contains("Builds the store from the article first if there is none."), help.out());
        assertFalse(flat.contains("%n"), help.out());
    }
}
