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
        assertEquals("high", links.get("tehran")[1], "name, type and context agree; the ship and the disambiguation page are ruled out");
        assertEquals("Q84", links.get("london")[0], "a person called London is not the city");
        assertEquals("Q9000000003", links.get("mirza-kuchik-khan")[0], "the revolutionary, not the street or the footballer");
        assertEquals("high", links.get("mirza-kuchik-khan")[1]);
        assertEquals("Q794", links.get("iran")[0], "found by its label Iran, one of our names");
        assertTrue(links.size() > 80, "every thing is listed: " + links.size());
        String text = Files.readString(out);
        String mirza = text.lines().filter(l -> l.startsWith("mirza-kuchik-khan\t")).findFirst().orElseThrow();
        for (String part : List.of("name: ", "type: ", "dates: ", "context: ", "born 1880", "ruled out: Q9000000005 (dates: born 1990")) {
            assertTrue(mirza.contains(part), "the reviewer sees the evidence per component (" + part + "): " + mirza);
        }
    }

    /**
     * The namesake fixture: cities against provinces, ships, villages, films, albums, footballers,
     * same-named people with other dates, disambiguation pages. No wrong link may be high; recall
     * (right items found at high confidence) is printed.
     */
    @Test
    void namesakesAreNeverLinkedWithHighConfidence() throws IOException {
        Path out = dir.resolve("namesakes.tsv");
        assertEquals(0, gilanKg("link", "--store", store.toString(), "--endpoint", wikidata.endpoint(), "--out", out.toString()).exit());
        Map<String, String[]> links = read(out);
        Map<String, String> expected = Files.readAllLines(Path.of("src/test/resources/wikidata/expected.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .collect(Collectors.toMap(c -> c[0], c -> c[1]));
        List<String> wrongHigh = new java.util.ArrayList<>();
        int right = 0;
        int found = 0;
        for (Map.Entry<String, String[]> e : links.entrySet()) {
            String want = expected.get(e.getKey());
            boolean high = e.getValue()[1].equals("high");
            if (high && (want == null || !want.equals(e.getValue()[0]))) {
                wrongHigh.add(e.getKey() + " -> " + e.getValue()[0] + " (right: " + want + ")");
            }
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertTrue(links.containsKey(e.getKey()), "the fixture's thing " + e.getKey() + " is one of ours");
            if (!e.getValue().equals("none")) {
                right++;
                String[] got = links.get(e.getKey());
                if (got[0].equals(e.getValue()) && got[1].equals("high")) {
                    found++;
                }
            }
        }
        System.out.printf("link namesake fixture: %d of %d right items found at high confidence (recall %.0f%%), %d wrong at high%n",
                found, right, 100.0 * found / right, wrongHigh.size());
        assertEquals(List.of(), wrongHigh, "no wrong link at high confidence");
        for (String[] pair : new String[][] {{"mahmud-reza", "a footballer born in 1990 held no office in 1920"},
                {"javidan", "the publisher, not the village"}, {"jungle-party", "an album is not a party"},
                {"sardar-e-jangal", "the 1983 book, not the 1986 film"}, {"baku", "the city, not the destroyer"},
                {"gilan", "the province, not the city of another province or the village"}}) {
            String[] got = links.get(pair[0]);
            String want = expected.get(pair[0]);
            assertTrue(got[0].equals(want) || (want.equals("none") && !got[1].equals("high")) || !got[1].equals("high"),
                    pair[0] + ": " + pair[1] + "; got " + String.join(" ", got));
        }
        assertEquals("Q9000000067", links.get("sardar-e-jangal")[0], "the book");
        assertEquals("none", links.get("jungle-party")[0], "the album is ruled out, and nothing else is called so");
        assertTrue(!links.get("mahmud-reza")[0].equals("Q9000000043"), "the footballer is ruled out by his dates");
        assertEquals("high", links.get("cosroe-chaqueri")[1], "linked as the author of a linked book (context from a certain link)");
        assertTrue(found >= right / 2, "recall " + found + "/" + right);
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
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Q764038\tP571")), "the movement's inception is in Wikidata already");
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Q1131857\tP585")), "the coup's date is in Wikidata already");
        List<QuickStatementsExporter.Command> unchecked = QuickStatementsExporter.export(TestStores.open(store).asDatasetGraph(), null);
        assertFalse(unchecked.isEmpty());
        List<String> uncheckedLines = unchecked.stream().map(QuickStatementsExporter.Command::line).toList();
        assertTrue(uncheckedLines.stream().anyMatch(l -> l.startsWith("Q764038\tP571\t+1914-00-00T00:00:00Z/9\tS854\t"
                + "\"https://en.wikipedia.org/wiki/Persian_Socialist_Soviet_Republic\"\tS813\t+" + retrievedDay() + "T00:00:00Z/11"
                + "\tS1683\ten:\"The Jungle movement that had started in 1914")), String.join("\n", uncheckedLines));
        assertTrue(uncheckedLines.stream().anyMatch(l -> l.startsWith("Q928828\tP131\tQ794\t")), "a province lies in its country (P131): "
                + String.join("\n", uncheckedLines));
        assertFalse(uncheckedLines.stream().anyMatch(l -> l.startsWith("Q928828\tP361\t")), "not 'part of' (P361)");
        for (QuickStatementsExporter.Command c : unchecked) {
            String shown = c.value().startsWith("+") ? c.value().substring(1, 5) : null;
            if (shown != null) {
                assertTrue(c.passage().contains(shown), "the quoted passage contains the exported year: " + c.line());
            }
        }
        // The coup's year comes from a passage that does not say 1921 (it is resolved from the
        // context): no passage can be quoted for it, so it is not exported.
        assertTrue(unchecked.stream().noneMatch(c -> c.item().equals("Q1131857") && c.property().equals("P585")
                && !c.passage().contains("1921")), "Q1131857's date is quoted only from a passage that gives it");
    }

    /** The retrieval day the shipped article's source file records. */
    private static String retrievedDay() {
        try {
            java.util.Properties p = new java.util.Properties();
            p.load(Files.newBufferedReader(Path.of("data/persian-socialist-soviet-republic.source.properties")));
            return p.getProperty("retrieved").strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUnreachableEndpointGetsAClearMessageAndWritesNothing() throws IOException {
        Path out = dir.resolve("unreachable.tsv");
        Files.writeString(out, "previous\n");
        Run run = gilanKg("link", "--store", store.toString(), "--endpoint", "http://127.0.0.1:9/sparql",
                "--out", out.toString(), "--attempts", "1");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("gilan-kg: error: http://127.0.0.1:9/sparql: cannot reach 127.0.0.1:9 (connection refused)"), run.err());
        assertTrue(run.err().strip().endsWith("after 1 attempt; check --endpoint and the network"), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(run.err().contains("HTTP -1"), run.err());
        assertEquals("previous\n", Files.readString(out), "the file is replaced only when a run completes");
    }

    @Test
    void aRefusedConnectionIsRetriedWithBackoff() throws IOException {
        // A port that was free a moment ago: connections to it are refused.
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        WikidataEndpoint endpoint = new WikidataEndpoint("http://127.0.0.1:" + port + "/sparql", 3, Duration.ofMillis(20), Duration.ofSeconds(5));
        GilanKgException e = assertThrows(EndpointUnavailable.class, () -> endpoint.select("SELECT * { ?s ?p ?o }"));
        assertTrue(e.getMessage().contains("cannot reach 127.0.0.1:" + port) && e.getMessage().contains("after 3 attempts"), e.getMessage());
    }

    @Test
    void exportWithoutNetworkSaysItCannotCheckAndHowToSkipTheCheck() {
        Run run = gilanKg("export", "quickstatements", "--store", store.toString(), "--endpoint", "http://127.0.0.1:9/sparql",
                "--attempts", "1", "--out", dir.resolve("qs.txt").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("gilan-kg: error: export quickstatements: cannot check what Wikidata already has: "
                + "http://127.0.0.1:9/sparql: cannot reach 127.0.0.1:9"), run.err());
        assertTrue(run.err().strip().endsWith("to export without the check, add --no-check"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void onlyItemsLinkedAtHighConfidenceAreExported() throws IOException {
        Path out = dir.resolve("qs-default.txt");
        Run run = gilanKg("export", "quickstatements", "--no-check", "--store", store.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertFalse(lines.isEmpty(), "something is exported");
        // Persia (Q794) is linked at medium confidence: neither subject nor value of an edit.
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Q794\t") || l.split("\t")[2].equals("Q794")), String.join("\n", lines));
        Path raised = dir.resolve("links-high.tsv");
        Files.writeString(raised, Files.readString(Path.of("data/wikidata-links.tsv"))
                .replaceAll("(?m)^(iran\tQ794\t[^\t]*\t[^\t]*\t)medium\t", "$1high\t"));
        Path outHigh = dir.resolve("qs-high.txt");
        Run high = gilanKg("export", "quickstatements", "--no-check", "--store", store.toString(), "--links", raised.toString(),
                "--out", outHigh.toString());
        assertEquals(0, high.exit(), high.err());
        assertTrue(Files.readAllLines(outHigh).stream().anyMatch(l -> l.startsWith("Q928828\tP131\tQ794\t")),
                "with Q794 reviewed high: " + Files.readString(outHigh));
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
    void aRefusingEndpointIsNamedWithAHint() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = serve((exchange) -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        try {
            WikidataEndpoint endpoint = new WikidataEndpoint(url(server), 3, Duration.ofMillis(50), Duration.ofSeconds(5));
            GilanKgException e = assertThrows(EndpointUnavailable.class, () -> endpoint.select("SELECT * { ?s ?p ?o }"));
            assertTrue(e.getMessage().contains("127.0.0.1:" + server.getAddress().getPort() + " refused the query with HTTP 403")
                    && e.getMessage().endsWith("; check --endpoint"), e.getMessage());
            assertEquals(1, calls.get(), "a refusal is not retried");
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

    static final String GOOD = "rasht\tQ178373\tRasht\tname\thigh\twhosonfirst-data-admin-ir data/421/193/179/421193179.geojson wd:id Q178373\n";

    static String badLinks(String content) throws IOException {
        Path file = dir.resolve("links-" + Math.abs(content.hashCode()) + ".tsv");
        Files.writeString(file, "# comment\n" + content);
        GilanKgException e = assertThrows(GilanKgException.class, () -> WikidataLinks.read(file, java.util.Set.of("rasht", "gilan")));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        return e.getMessage().substring(file.toString().length());
    }

    @Test
    void aLinksFileWithAnUnknownThingADuplicateOrAnUnsourcedHighLinkIsRefused() throws IOException {
        assertEquals(":2: unknown thing 'rasht-city' (the graph has no thing of that id)",
                badLinks(GOOD.replace("rasht\t", "rasht-city\t")));
        assertEquals(":2: 'Q17837x' is not a Wikidata item id (Q followed by digits) or 'none'",
                badLinks(GOOD.replace("\tQ178373\t", "\tQ17837x\t")));
        assertEquals(":3: duplicate id 'rasht' (first at line 2)", badLinks(GOOD + GOOD));
        assertEquals(":2: a high link to Q178373 needs evidence: the public material that pairs the item with the thing",
                badLinks("rasht\tQ178373\tRasht\tname\thigh\t\n"));
        assertEquals(1, WikidataLinks.read(writeLinks(GOOD), java.util.Set.of("rasht")).links().size(), "a good line passes");
    }

    @Test
    void aBuildWithALinkToAnUnknownThingStopsWithOneLine() throws IOException {
        Path links = writeLinks(GOOD.replace("rasht\t", "rasht-city\t"));
        GilanKgException e = assertThrows(GilanKgException.class, () -> Pipeline.create().links(links).run());
        assertEquals(links + ":1: unknown thing 'rasht-city' (the graph has no thing of that id)", e.getMessage());
    }

    static Path writeLinks(String content) throws IOException {
        Path file = Files.createTempFile(dir, "links", ".tsv");
        Files.writeString(file, content);
        return file;
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
