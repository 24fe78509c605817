package org.gilankg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gilankg.GilanKgException;
import org.gilankg.Pipeline;
import org.gilankg.TestStores;
import org.gilankg.WikidataFixture;
import org.gilankg.cli.GilanKg;
import org.gilankg.dataset.WikidataLinks;
import org.gilankg.store.Publisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking to Wikidata, offline: a local Wikidata-shaped endpoint, and small servers that misbehave. */
class LinkTest {

    @TempDir
    static Path dir;

    static Path store;
    static WikidataFixture wikidata;

    @BeforeAll
    static void start() {
        store = TestStores.build(TestStores.ARTICLE, dir);
        wikidata = WikidataFixture.start();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    record Run(int exit, String err) {}

    static Run gilanKg(String... args) {
        StringWriter err = new StringWriter();
        int exit = GilanKg.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new Run(exit, err.toString());
    }

    /** id to [qid, confidence], from a links file. */
    static Map<String, String[]> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.startsWith("id\t"))
                .map(l -> l.split("\t")).collect(Collectors.toMap(c -> c[0], c -> new String[] {c[1], c[4]}));
    }

    @Test
    void reconciliationProposesTheRightItemsAndRejectsWrongTypes() throws IOException {
        Path out = dir.resolve("candidates.tsv");
        assertEquals(0, gilanKg("link", "--store", store.toString(), "--endpoint", wikidata.endpoint(), "--out", out.toString()).exit());
        Map<String, String[]> links = read(out);
        assertEquals("Q3616", links.get("tehran")[0]);
        assertEquals("high", links.get("tehran")[1], "name, type and context agree, and the distractor trails");
        assertEquals("Q84", links.get("london")[0], "a person called London is not the city");
        assertEquals("Q9000000003", links.get("mirza-kuchik-khan")[0], "the human, not the street of the same name");
        assertEquals("high", links.get("mirza-kuchik-khan")[1]);
        assertEquals("Q794", links.get("iran")[0], "found by its alias Persia");
        assertEquals("none", links.get("rasht")[0], "no candidate, no link");
        assertTrue(links.size() > 80, "every thing is listed: " + links.size());
    }

    @Test
    void enrichmentIsFetchedIntoItsOwnGraphAndShownApartFromTheArticle() throws IOException {
        Path snapshot = dir.resolve("enrichment.ttl");
        assertEquals(0, gilanKg("link", "--store", store.toString(), "--endpoint", wikidata.endpoint(),
                "--out", dir.resolve("c.tsv").toString(), "--enrich", "--enrich-out", snapshot.toString()).exit());
        String text = Files.readString(snapshot);
        assertTrue(text.contains("51.507351"), "London's coordinates");
        assertTrue(text.contains("prov:wasDerivedFrom"), "provenance to the endpoint");

        Path built = dir.resolve("enriched/store");
        Publisher.at(built).publish(Pipeline.create().enrichment(snapshot).run().dataset());
        Dataset ds = TestStores.open(built);
        assertTrue(TestStores.ask(ds, "GRAPH <https://w3id.org/gilan-kg/graph/wikidata-enrichment> { <http://www.wikidata.org/entity/Q84> ?p ?o }"));
        assertFalse(TestStores.ask(ds, """
                GRAPH ?g { ?s <http://www.wikidata.org/prop/direct/P625> ?o }
                FILTER(?g != <https://w3id.org/gilan-kg/graph/wikidata-enrichment>)"""), "never mixed with the article's facts");
        TDBInternal.expel(ds.asDatasetGraph());
    }

    @Test
    void quickStatementsCiteTheArticleAndSkipWhatWikidataHas() {
        List<QuickStatementsExporter.Command> checked = QuickStatementsExporter.export(
                TestStores.open(store).asDatasetGraph(), new WikidataEndpoint(wikidata.endpoint()));
        List<String> lines = checked.stream().map(QuickStatementsExporter.Command::line).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Q764038\tP571\t+1914-00-00T00:00:00Z/9\tS854\t"
                + "\"https://en.wikipedia.org/wiki/Persian_Socialist_Soviet_Republic\"\tS1683\ten:\"The Jungle movement that had started in 1914")),
                String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Q1131857\tP585")), "the coup's date is in Wikidata already");
        List<QuickStatementsExporter.Command> unchecked = QuickStatementsExporter.export(TestStores.open(store).asDatasetGraph(), null);
        assertTrue(unchecked.stream().anyMatch(c -> c.item().equals("Q1131857") && c.property().equals("P585")
                && c.value().equals("+1921-00-00T00:00:00Z/9")));
    }

    @Test
    void anUnreachableEndpointGetsAClearMessageAndWritesNothing() throws IOException {
        Path out = dir.resolve("unreachable.tsv");
        Files.writeString(out, "previous\n");
        Run run = gilanKg("link", "--store", store.toString(), "--endpoint", "http://127.0.0.1:9/sparql",
                "--out", out.toString(), "--attempts", "1");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("gilan-kg: error: http://127.0.0.1:9/sparql: "), run.err());
        assertEquals("previous\n", Files.readString(out), "the file is replaced only when a run completes");
    }

    @Test
    void tooManyRequestsAreRetriedABoundedNumberOfTimes() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = serve((exchange) -> {
            calls.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        try {
            WikidataEndpoint endpoint = new WikidataEndpoint(url(server), 3, Duration.ofMillis(50), Duration.ofSeconds(5));
            GilanKgException e = assertThrows(GilanKgException.class, () -> endpoint.select("SELECT * { ?s ?p ?o }"));
            assertTrue(e.getMessage().contains("429") && e.getMessage().contains("after 3 attempts"), e.getMessage());
            assertEquals(3, calls.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBusyEndpointIsWaitedFor() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = serve((exchange) -> {
            if (calls.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                answer(exchange, "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"ok\"}}]}}");
            }
            exchange.close();
        });
        try {
            WikidataEndpoint endpoint = new WikidataEndpoint(url(server), 3, Duration.ofMillis(50), Duration.ofSeconds(5));
            assertEquals(1, endpoint.select("SELECT ?x { }").size());
            assertEquals(2, calls.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMalformedAnswerIsReportedNotRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = serve((exchange) -> {
            calls.incrementAndGet();
            answer(exchange, "<html>not SPARQL results</html>");
            exchange.close();
        });
        try {
            WikidataEndpoint endpoint = new WikidataEndpoint(url(server), 3, Duration.ofMillis(50), Duration.ofSeconds(5));
            GilanKgException e = assertThrows(GilanKgException.class, () -> endpoint.select("SELECT * { ?s ?p ?o }"));
            assertTrue(e.getMessage().contains("malformed answer"), e.getMessage());
            assertEquals(1, calls.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aLinksFileWithABadItemIdIsRefused() throws IOException {
        Path file = dir.resolve("links.tsv");
        Files.writeString(file, "id\tqid\tlabel\tmethod\tconfidence\tevidence\nrasht\tP131\tRasht\tname\thigh\tx\n");
        GilanKgException e = assertThrows(GilanKgException.class, () -> WikidataLinks.read(file));
        assertEquals(file + ":2: 'P131' is not a Wikidata item id (Q followed by digits) or 'none'", e.getMessage());
    }

    @Test
    void everyShippedLinkIsReviewedAndSourced() {
        WikidataLinks links = WikidataLinks.read(Path.of("data/wikidata-links.tsv"));
        List<WikidataLinks.Link> published = links.links().stream().filter(l -> l.qid() != null).toList();
        assertFalse(published.isEmpty());
        for (WikidataLinks.Link l : published) {
            assertTrue(Arrays.asList("high", "medium").contains(l.confidence()), l.id());
            assertTrue(l.evidence().length() > 20, "evidence for " + l.id());
            assertFalse(l.method().isBlank(), "method for " + l.id());
        }
    }

    private interface Handler {
        void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException;
    }

    /** A 200 answer that claims to be SPARQL JSON results, whatever the body is. */
    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static HttpServer serve(Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sparql", handler::handle);
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }
}
