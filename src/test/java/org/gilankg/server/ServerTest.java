package org.gilankg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.gilankg.TestStores;
import org.gilankg.store.DumpWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free loopback port, spoken to over HTTP. */
class ServerTest {

    @TempDir
    static Path dir;

    static GilanServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Slow enough to outlast the timeout on any machine: a three-way cross product of the whole graph. */
    static final String SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @BeforeAll
    static void start() {
        Path store = TestStores.build(TestStores.ARTICLE, dir);
        server = GilanServer.create().store(store).port(0).timeout(Duration.ofSeconds(1)).build().start();
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return get("/gilan/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    static HttpResponse<String> post(String path, String contentType, String body, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    static long quadCount() {
        DatasetGraph dsg = server.dataset();
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private static final String COUNT_PEOPLE = "PREFIX gk: <https://w3id.org/gilan-kg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gk:Person }";

    @Test
    void selectResultsInEveryFormatByAccept() throws Exception {
        var json = query(COUNT_PEOPLE, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(contentType(json).startsWith("application/sparql-results+json"));
        assertTrue(json.body().contains("\"n\""));

        var xml = query(COUNT_PEOPLE, "application/sparql-results+xml");
        assertTrue(contentType(xml).startsWith("application/sparql-results+xml"), contentType(xml));
        assertTrue(xml.body().contains("<sparql"));

        var csv = query(COUNT_PEOPLE, "text/csv");
        assertTrue(contentType(csv).startsWith("text/csv"));
        int people = Integer.parseInt(csv.body().lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(people > 30, "people counted: " + people);

        var tsv = query(COUNT_PEOPLE, "text/tab-separated-values");
        assertTrue(contentType(tsv).startsWith("text/tab-separated-values"));

        var posted = post("/gilan/sparql", "application/sparql-query", COUNT_PEOPLE, "text/csv");
        assertEquals(csv.body(), posted.body(), "GET and POST give the same answer");
        var form = post("/gilan/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(COUNT_PEOPLE, StandardCharsets.UTF_8), "text/csv");
        assertEquals(csv.body(), form.body());
    }

    @Test
    void constructAndDescribeInEveryRdfFormatByAccept() throws Exception {
        String construct = "PREFIX gkr: <https://w3id.org/gilan-kg/resource/> CONSTRUCT { gkr:rasht ?p ?o } WHERE { gkr:rasht ?p ?o }";
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML}) {
            var response = query(construct, lang.getHeaderString());
            assertEquals(200, response.statusCode(), lang.getName());
            assertTrue(contentType(response).startsWith(lang.getContentType().getContentTypeStr()), contentType(response));
            Graph g = RDFParser.fromString(response.body(), lang).toGraph();
            assertTrue(g.size() >= 2, lang.getName() + " has the place's type and label");
        }
        var describe = query("DESCRIBE <https://w3id.org/gilan-kg/resource/vladimir-lenin>", "text/turtle");
        assertEquals(200, describe.statusCode());
        assertTrue(RDFParser.fromString(describe.body(), Lang.TURTLE).toGraph().size() > 0);
    }

    @Test
    void graphStoreReadsTheUnionDefaultGraphAndEachNamedGraph() throws Exception {
        var whole = get("/gilan/get?default", "application/n-triples");
        assertEquals(200, whole.statusCode());
        Graph union = RDFParser.fromString(whole.body(), Lang.NTRIPLES).toGraph();
        long unionSize = Txn.calculateRead(server.dataset(), () -> server.dataset().getUnionGraph().size());
        assertEquals(unionSize, union.size(), "the default graph is the union of all graphs");

        var lexicon = get("/gilan/get?graph=" + URLEncoder.encode("https://w3id.org/gilan-kg/graph/lexicon", StandardCharsets.UTF_8),
                "text/turtle");
        assertEquals(200, lexicon.statusCode());
        assertTrue(RDFParser.fromString(lexicon.body(), Lang.TURTLE).toGraph().size() > 50);
        var passage = get("/gilan/get?graph=" + URLEncoder.encode("https://w3id.org/gilan-kg/graph/passage/first-cabinet/1",
                StandardCharsets.UTF_8), "text/turtle");
        assertTrue(passage.body().contains("Finance commissioner"), passage.body());
    }

    @Test
    void resourcesNegotiateDataOrAPage() throws Exception {
        var turtle = get("/resource/rasht", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        Graph g = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/gilan-kg/resource/rasht"),
                org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.NodeFactory.createLiteralLang("Rasht", "en")));
        assertTrue(turtle.body().contains("departure-mirza-kuchik-khan-rasht"), "statements both ways");

        var jsonld = get("/resource/rasht", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().size() > 0);
        var ntriples = get("/resource/rasht.nt", null);
        assertTrue(contentType(ntriples).startsWith("application/n-triples"));

        var page = get("/resource/mirza-kuchik-khan", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"));
        assertTrue(page.body().contains("<h1>Mirza Kuchik Khan</h1>"));
        assertTrue(page.body().contains("Kuchik Khan · Mirza · Mirza Koochak Khan"), "aliases");
        assertTrue(page.body().contains("On June 9, 1920 Mirza Kuchik Khan left Rasht"), "a fact's source sentence");
        assertTrue(page.body().contains("href=\"/resource/alborz-mountains\""), "facts link to other pages");

        var ontology = get("/ontology", "text/turtle");
        assertTrue(RDFParser.fromString(ontology.body(), Lang.TURTLE).toGraph().size() > 100);
        assertTrue(get("/ontology", "text/html").body().contains("id=\"holdsOffice\""), "ontology terms have anchors");
    }

    @Test
    void unknownResourcesAndUnsupportedFormatsGetClearAnswers() throws Exception {
        var missing = get("/resource/no-such-thing", "text/html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no-such-thing"));
        assertEquals(404, get("/resource/no-such-thing", "text/turtle").statusCode());
        assertEquals(406, get("/resource/rasht", "image/png").statusCode());
        var json = get("/resource/rasht", "application/json");
        assertEquals(200, json.statusCode(), "plain JSON is answered with JSON-LD");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"), json.headers().toString());
        assertTrue(json.body().contains("Rasht"), json.body());
        assertEquals(404, get("/dumps/../store/Data-0001", null).statusCode());
    }

    @Test
    void dumpsAreListedAndDownloadWithChecksums() throws Exception {
        var listing = get("/dumps/", "text/html");
        assertEquals(200, listing.statusCode());
        String sums = get("/dumps/SHA256SUMS", null).body();
        for (String line : sums.lines().toList()) {
            String[] parts = line.split("  ");
            assertTrue(listing.body().contains(parts[0]), "the listing shows the SHA-256 of " + parts[1]);
            HttpResponse<byte[]> file = getBytes("/dumps/" + parts[1]);
            assertEquals(200, file.statusCode());
            Path local = dir.resolve("download-" + parts[1]);
            Files.write(local, file.body());
            assertEquals(parts[0], DumpWriter.sha256(local), parts[1]);
        }
        assertTrue(contentType(getBytes("/dumps/gilan-kg.ttl")).startsWith("text/turtle"));
        HttpResponse<byte[]> nq = getBytes("/dumps/gilan-kg.nq.gz");
        assertEquals("application/gzip", contentType(nq));
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(nq.body()))).lang(Lang.NQUADS).parse(quads);
        assertEquals(quadCount(), quads.stream().count(), "the N-Quads dump holds the store");
        Graph trig = RDFParser.fromString(new String(getBytes("/dumps/gilan-kg.trig").body(), StandardCharsets.UTF_8), Lang.TRIG)
                .toDatasetGraph().getUnionGraph();
        assertTrue(trig.size() > 1000);

        var voidDescription = get("/.well-known/void", "text/turtle");
        assertEquals(200, voidDescription.statusCode());
        assertTrue(voidDescription.body().contains("void:triples"));
    }

    @Test
    void writesAreRefusedAndTheDataIsUnchanged() throws Exception {
        long before = quadCount();
        String insert = "INSERT DATA { <https://example.org/a> <https://example.org/b> \"c\" }";
        assertTrue(post("/gilan/sparql", "application/sparql-update", insert, null).statusCode() >= 400);
        assertTrue(post("/gilan/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8), null).statusCode() >= 400);
        assertEquals(404, post("/gilan/update", "application/sparql-update", insert, null).statusCode());
        assertTrue(post("/gilan/get?default", "text/turtle", "<https://example.org/a> <https://example.org/b> \"c\" .", null)
                .statusCode() >= 400);
        var put = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/get?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/a> <https://example.org/b> \"c\" .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        var delete = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/get?graph=https://w3id.org/gilan-kg/graph/lexicon"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertEquals(before, quadCount(), "the data is unchanged");
    }

    @Test
    void aSlowQueryTimesOutWhileOthersAreServed() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/gilan/sparql?query=" + URLEncoder.encode(SLOW_QUERY, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        var meanwhile = query(COUNT_PEOPLE, "text/csv");
        assertEquals(200, meanwhile.statusCode(), "another client is served while the slow query runs");
        HttpResponse<String> answer = slow.get();
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.body().toLowerCase().contains("timed out") || answer.body().toLowerCase().contains("timeout"), answer.body());
        assertEquals(200, get("/$/ping", null).statusCode());
    }

    @Test
    void federatedQueriesReachOnlyTheAllowlist() throws Exception {
        var fixed = query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "text/csv");
        assertEquals(403, fixed.statusCode());
        assertTrue(fixed.body().contains("not allowed"), fixed.body());
        var variable = query("SELECT * WHERE { BIND(<http://127.0.0.1:9/sparql> AS ?x) SERVICE ?x { ?s ?p ?o } }", "text/csv");
        assertTrue(variable.statusCode() >= 400, "a SERVICE target from a variable is checked when it is called");
        assertTrue(variable.body().contains("not allowed"), variable.body());
        assertTrue(query("SELECT * WHERE { SERVICE SILENT <file:///etc/passwd> { ?s ?p ?o } }", null).statusCode() >= 400);
    }

    @Test
    void datasetDescriptionsCannotReadFilesOrUrls() throws Exception {
        assertEquals(400, query("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", null).statusCode());
        assertEquals(400, query("SELECT * FROM NAMED <http://127.0.0.1:9/x> WHERE { GRAPH ?g { ?s ?p ?o } }", null).statusCode());
        var param = get("/gilan/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)
                + "&default-graph-uri=" + URLEncoder.encode("file:///etc/passwd", StandardCharsets.UTF_8), null);
        assertEquals(400, param.statusCode());
    }

    @Test
    void badRequestsGetClearAnswersAndTheServerKeepsServing() throws Exception {
        var malformed = query("SELECT * WHERE { ?s ?p }", null);
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("Parse error"), malformed.body());

        var huge = post("/gilan/sparql", "application/sparql-query", "#".repeat(2 * 1024 * 1024), null);
        assertEquals(413, huge.statusCode());
        var longUrl = get("/gilan/sparql?query=" + "a".repeat(1024 * 1024), null);
        assertTrue(longUrl.statusCode() >= 400 && longUrl.statusCode() < 500, "oversized query string: " + longUrl.statusCode());

        assertEquals(200, query(COUNT_PEOPLE, "text/csv").statusCode(), "still serving");
    }

    @Test
    void homePagePingMetricsAndCors() throws Exception {
        var home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("/assets/yasgui/yasgui.min.js"), "the editor comes from the server");
        assertFalse(home.body().matches("(?s).*(src|href)=\"https?://(?!creativecommons|en\\.wikipedia).*"), "no asset from the internet");
        assertTrue(home.body().contains("Person: <strong>"), "counts per class");
        assertTrue(home.body().contains("The first cabinet"), "example queries are offered");
        assertEquals(200, getBytes("/assets/yasgui/yasgui.min.js").statusCode());
        assertEquals(200, getBytes("/assets/gilan.css").statusCode());
        assertEquals(200, get("/$/ping", null).statusCode());
        var metrics = get("/$/metrics", null);
        assertEquals(200, metrics.statusCode());
        var cors = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql?query=ASK%7B%7D"))
                .header("Origin", "https://example.org").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("*", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "any origin, never echoed");
        assertTrue(cors.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "no credentials");
    }

    @Test
    void theEndpointNamedByVoidAnswersAndGetWithoutAQueryDescribesTheService() throws Exception {
        var alias = query(COUNT_PEOPLE, "text/csv");
        var viaAlias = get("/sparql?query=" + URLEncoder.encode(COUNT_PEOPLE, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, viaAlias.statusCode());
        assertEquals(alias.body(), viaAlias.body(), "/sparql is the same endpoint as /gilan/sparql");
        var description = get("/gilan/sparql", "text/turtle");
        assertEquals(200, description.statusCode());
        assertTrue(description.body().contains("sd:endpoint <" + base + "/gilan/sparql>"), description.body());
        Graph parsed = RDFParser.fromString(description.body(), Lang.TURTLE).toGraph();
        assertTrue(parsed.size() > 3);
        var browser = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, browser.statusCode(), "a browser is sent to the editor");
        var preflight = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void answersAndPagesAreCachedWithETags() throws Exception {
        var first = query(COUNT_PEOPLE + " # cache", "application/sparql-results+json");
        var second = query(COUNT_PEOPLE + " # cache", "application/sparql-results+json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        assertEquals(first.body(), second.body());
        assertTrue(server.cachedAnswers() > 0);
        var notModified = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql?query="
                        + URLEncoder.encode(COUNT_PEOPLE + " # cache", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, notModified.statusCode());
        assertTrue(second.headers().firstValue("Vary").orElse("").contains("Accept"), "a cached answer still varies by Accept");
        var otherFormat = query(COUNT_PEOPLE + " # cache", "text/csv");
        assertTrue(contentType(otherFormat).startsWith("text/csv"), "the format is part of the key");
        assertFalse(etag.equals(otherFormat.headers().firstValue("ETag").orElse("")));

        var page = get("/resource/rasht", "text/html");
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("max-age"), "pages say how long to keep them");
        assertTrue(page.headers().firstValue("ETag").isPresent());
        var dump = getBytes("/dumps/gilan-kg.ttl");
        assertTrue(dump.headers().firstValue("Cache-Control").isPresent());
        var dumpAgain = http.send(HttpRequest.newBuilder(URI.create(base + "/dumps/gilan-kg.ttl"))
                .header("If-None-Match", dump.headers().firstValue("ETag").orElseThrow()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, dumpAgain.statusCode());
    }

    @Test
    void aQueryStoppedByTheTimeoutWhileStreamingIsAnErrorNotA200() throws Exception {
        // Rows come one by one, each after a scan: the timeout fires while results are being written.
        var response = query("SELECT ?a ?c WHERE { ?a ?b ?c FILTER EXISTS { ?d ?e ?f FILTER(STR(?f) = STR(?c) && ?d != ?a) } }",
                "application/sparql-results+json");
        assertEquals(503, response.statusCode(), response.body().length() > 200 ? response.body().substring(0, 200) : response.body());
        assertFalse(response.body().contains("\"bindings\""), "no partial results");
    }

    /** Every kind of expensive query ends at the timeout (1 s here) and frees its thread; the client waits at most a minute. */
    @Test
    void everyQueryShapeStopsAtTheTimeout() throws Exception {
        java.util.List<String> shapes = java.util.List.of(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(STR(?c)) STR(?f) LIMIT 1",
                "SELECT (GROUP_CONCAT(STR(?c)) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:x>)* ?b . ?b (!<urn:x>)* ?c }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(REGEX(CONCAT(STR(?c), STR(?f)), \"(.*a){12}x\")) }",
                "ASK { ?a ?b ?c . ?d ?e ?f . FILTER NOT EXISTS { ?g ?h ?i . FILTER(?i = ?c && ?g = ?f) } FILTER(false) }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . { SELECT DISTINCT ?d WHERE { ?d ?e ?f . ?g ?h ?i } } }");
        java.util.List<CompletableFuture<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (String shape : shapes) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql?query="
                    + URLEncoder.encode(shape, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < shapes.size(); i++) {
            HttpResponse<String> answer = answers.get(i).get();
            int status = answer.statusCode();
            assertTrue(status == 503 || status == 200 || status == 422, shapes.get(i) + ": " + status);
        }
        assertEquals(200, get("/$/ping", null).statusCode());
        assertEquals(200, query(COUNT_PEOPLE, "text/csv").statusCode(), "the server still answers");
    }

    @Test
    void theServerListensOnLoopbackOnlyByDefault() {
        assertTrue(base.startsWith("http://127.0.0.1:"), base);
    }

    /** Guards the fix for apache/jena#4084: Fuseki 5.6.0's 5 MiB output buffer, reallocated on every response. */
    @Test
    void responsesUseSmallPooledOutputBuffers() {
        assertFalse(server.outputBufferSizes().isEmpty());
        server.outputBufferSizes().forEach(size -> assertEquals(GilanServer.OUTPUT_BUFFER_BYTES, size));
    }
}
