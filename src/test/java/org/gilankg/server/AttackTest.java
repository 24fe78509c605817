package org.gilankg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.gilankg.TestStores;
import org.gilankg.store.DumpWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 11, replayed against the real server on loopback over real sockets. Throughout
 * every attack {@code /$/ping} must keep answering (within 2 s: a bound about liveness, not speed),
 * no answer may be a 5xx, nothing may reach a local listener the server was not allowed to call,
 * and the store and dumps must be byte for byte what they were.
 */
class AttackTest {

    @TempDir
    static Path dir;

    static GilanServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An allowlisted endpoint that answers every request with a redirect to {@link #forbidden}. */
    static HttpServer redirecting;
    /** A listener nobody may reach through the server. */
    static HttpServer forbidden;
    static final AtomicInteger forbiddenHits = new AtomicInteger();
    static Map<String, String> before;
    static final List<String> logLines = new CopyOnWriteArrayList<>();
    static AbstractAppender appender;

    PingMonitor ping;

    @BeforeAll
    static void start() throws Exception {
        forbidden = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        forbidden.createContext("/", exchange -> {
            forbiddenHits.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"literal\",\"value\":\"LEAKED\"}}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        forbidden.start();
        redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + forbidden.getAddress().getPort() + "/sparql");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();

        Path store = TestStores.build(TestStores.ARTICLE, dir);
        server = GilanServer.create().store(store).port(0).timeout(Duration.ofSeconds(2))
                .maxResponseBytes(1024 * 1024)
                .serviceAllowlist(List.of(allowedEndpoint()))
                .build().start();
        base = server.url();
        before = snapshot();

        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        appender = new AbstractAppender("attack-test", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logLines.add(event.getMessage().getFormattedMessage() + (event.getThrown() != null ? " [stack trace]" : ""));
            }
        };
        appender.start();
        context.getConfiguration().getRootLogger().addAppender(appender, null, null);
        context.getConfiguration().getLoggerConfig("org.gilankg").addAppender(appender, null, null);
        context.updateLoggers();
    }

    static String allowedEndpoint() {
        return "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/sparql";
    }

    @AfterAll
    static void stop() throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender("attack-test");
        context.getConfiguration().getLoggerConfig("org.gilankg").removeAppender("attack-test");
        context.updateLoggers();
        try {
            assertEquals(0, forbiddenHits.get(), "nothing reached the forbidden listener");
            assertEquals(before, snapshot(), "the store and dumps are unchanged");
        } finally {
            server.stop();
            redirecting.stop(0);
            forbidden.stop(0);
        }
    }

    @BeforeEach
    void watchPing() {
        ping = new PingMonitor(base);
        ping.start();
    }

    @AfterEach
    void pingAnsweredThroughout() throws Exception {
        ping.finish();
        assertTrue(ping.checks.get() > 0, "ping was checked");
        assertEquals(List.of(), ping.failures, "/$/ping answered within 2 s throughout");
    }

    /** Every file of the served store and dumps, with its SHA-256 (the TDB2 lock file aside). */
    static Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path root : List.of(dir.resolve("store").toRealPath(), dir.resolve("dumps").toRealPath())) {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).toList()) {
                    files.put(root.relativize(p).toString(), DumpWriter.sha256(p));
                }
            }
        }
        return files;
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String sparql) throws Exception {
        return get("/gilan/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    static void assertNot5xx(HttpResponse<?> response) {
        assertTrue(response.statusCode() < 500, "not a server error: " + response.statusCode() + " " + response.body());
    }

    /** Item 1: slow and stalled uploads cost no worker thread; the server cuts them off. */
    @Test
    void slowAndStalledUploadsDoNotTakeTheServerOffline() throws Exception {
        List<Socket> dripping = new ArrayList<>();
        List<Socket> stalled = new ArrayList<>();
        URI uri = URI.create(base);
        String headers = "POST /gilan/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 100000\r\n\r\n";
        for (int i = 0; i < 40; i++) {
            Socket s = new Socket(uri.getHost(), uri.getPort());
            s.setSoTimeout(30_000);
            s.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            (i % 2 == 0 ? dripping : stalled).add(s);
        }
        long end = System.currentTimeMillis() + 6_000;
        while (System.currentTimeMillis() < end) {
            for (Socket s : dripping) {
                try {
                    s.getOutputStream().write('A');
                    s.getOutputStream().flush();
                } catch (IOException closedByServer) {
                    // expected once the rate limit cuts it off
                }
            }
            var answer = query("ASK { ?s ?p ?o }");
            assertEquals(200, answer.statusCode(), "queries are answered while uploads drip");
            Thread.sleep(1_000);
        }
        for (Socket s : dripping) {
            String status = readStatusOrEof(s);
            assertTrue(status.isEmpty() || status.contains(" 408 "), "a dripping upload is refused: " + status);
        }
        for (Socket s : stalled) {
            String status = readStatusOrEof(s);
            assertTrue(status.isEmpty() || status.contains(" 408 "), "a stalled upload is refused: " + status);
        }
    }

    /** The first line the server sent before closing, or "" if it just closed; fails if it kept the socket open. */
    private static String readStatusOrEof(Socket s) throws IOException {
        try (s) {
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[64];
            int n = in.read(buffer);
            String first = n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            return first;
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a slow upload open for 30 s");
        } catch (IOException reset) {
            return "";
        }
    }

    /**
     * Item 1: bodies over the limit are refused by Jetty's handler, declared or chunked. Sent over raw
     * sockets: the server answers 413 as soon as it knows the body is too large, and a client that is still
     * writing may then see the connection reset before it reads that answer (a race of HTTP/1.1 early
     * responses, not a fault of the server; java.net.http reports it as "header parser received no bytes").
     */
    @Test
    void oversizedBodiesAre413DeclaredOrChunked() throws Exception {
        URI uri = URI.create(base);
        int limit = 1024 * 1024;
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(("POST /gilan/sparql HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: " + (2 * limit) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // Nothing of the body is sent: the declared length alone must be refused.
            String status = readStatusOrEof(s);
            assertTrue(status.contains(" 413 "), "a declared oversized body is refused before it is sent: " + status);
        }
        for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded")) {
            Socket s = new Socket(uri.getHost(), uri.getPort());
            s.setSoTimeout(30_000);
            try {
                OutputStream out = s.getOutputStream();
                out.write(("POST /gilan/sparql HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: " + type
                        + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = ("query=" + "#".repeat(64 * 1024 - 6)).getBytes(StandardCharsets.US_ASCII);
                for (int sent = 0; sent <= limit; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException refusedWhileSending) {
                // The server answered and closed while the body was still coming: what it said is read below.
            }
            String status = readStatusOrEof(s);
            assertTrue(status.isEmpty() || status.contains(" 413 ") || status.contains(" 400 "),
                    "a chunked oversized " + type + " body is refused (413, or closed while still sending): " + status);
        }
    }

    /** Item 2: a catastrophic-backtracking REGEX answers at once (linear-time engine), eighteen at a time. */
    @Test
    void catastrophicRegexesFinishAndFreeTheirThreads() throws Exception {
        String sparql = "ASK { FILTER regex(\"" + "a".repeat(60) + "!\", \"(.*a){12}x\") }";
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql?query="
                                    + URLEncoder.encode(sparql + " #" + i, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("false"), response.body());
        }
        // The same in REPLACE and in fn:matches, and the engine still matches what it should.
        assertEquals(200, query("SELECT (REPLACE(\"" + "a".repeat(60) + "!\", \"(.*a){12}x\", \"\") AS ?r) {}").statusCode());
        var sane = query("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT ?r ?m ?x { BIND(REPLACE(\"Rasht, Gilan\", \"(\\\\w+), (\\\\w+)\", \"$2: $1\") AS ?r) "
                + "BIND(fn:matches(\"Anzali\", \"^an\", \"i\") AS ?m) BIND(regex(\"Enzeli\", \"z.l\") AS ?x) }");
        assertTrue(sane.body().contains("Gilan: Rasht"), sane.body());
        assertFalse(sane.body().contains("\"false\""), sane.body());
    }

    /** Standard XSD block escapes work; a constant pattern the linear engine cannot run is a 400, not silently no rows. */
    @Test
    void blockEscapesMatchAndUnsupportedPatternsAreRefusedWithAReason() throws Exception {
        var persian = query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?l { ?x rdfs:label ?l FILTER(regex(?l, \"\\\\p{IsArabic}\")) } LIMIT 1");
        assertEquals(200, persian.statusCode(), persian.body());
        assertTrue(persian.body().contains("xml:lang=\"fa\""),
                "a Persian label is found by \\p{IsArabic}: " + persian.body());
        var latin = query("ASK { FILTER(regex(\"Rasht\", \"^[\\\\p{IsLatin}]+$\") && !regex(\"Rasht\", \"\\\\p{IsGreek}\")"
                + " && regex(\"Rasht\", \"^\\\\P{IsArabic}+$\")) }");
        assertTrue(latin.body().contains("true"), "block inside a class and negated: " + latin.body());
        var backreference = query("ASK { FILTER(regex(\"aa\", \"(a)\\\\1\")) }");
        assertEquals(400, backreference.statusCode(), backreference.body());
        assertTrue(backreference.body().contains("backreferences"), backreference.body());
    }

    /** Item 4: stylesheet= cannot carry a URL or markup into the XML results. */
    @Test
    void stylesheetParameterIsLimitedToLocalPaths() throws Exception {
        String evil = "data:text/xsl,<x/>\"?><script>alert(1)</script>";
        var response = get("/gilan/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)
                + "&output=xml&stylesheet=" + URLEncoder.encode(evil, StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("<script>"), response.body());
        for (String other : List.of("http://127.0.0.1:9/x.xsl", "//evil.example/x.xsl", "/../x.xsl", "javascript:alert(1)")) {
            assertEquals(400, get("/gilan/sparql?query=ASK%7B%7D&output=xml&stylesheet="
                    + URLEncoder.encode(other, StandardCharsets.UTF_8)).statusCode(), other);
        }
        var local = get("/gilan/sparql?query=ASK%7B%7D&output=xml&stylesheet=/assets/results.xsl");
        assertEquals(200, local.statusCode());
        assertTrue(local.body().contains("href=\"/assets/results.xsl\""), local.body());
    }

    /** Item 5: an allowed endpoint's redirect is not followed. */
    @Test
    void serviceDoesNotFollowRedirects() throws Exception {
        for (int i = 0; i < 5; i++) {
            var response = query("SELECT * WHERE { SERVICE <" + allowedEndpoint() + "> { ?s ?p ?o } } LIMIT " + (i + 1));
            assertEquals(403, response.statusCode(), response.body());
            assertFalse(response.body().contains("LEAKED"));
        }
        assertEquals(0, forbiddenHits.get());
    }

    /** Item 6: a refused SERVICE inside FILTER EXISTS is refused once, logged once, with no stack trace. */
    @Test
    void refusedServiceIsLoggedOncePerQuery() throws Exception {
        String target = "http://127.0.0.1:" + forbidden.getAddress().getPort() + "/sparql";
        logLines.clear();
        var response = query("SELECT ?s WHERE { ?s ?p ?o BIND(<" + target + "> AS ?t) FILTER EXISTS { SERVICE ?t { ?s ?p ?o } } }");
        assertEquals(403, response.statusCode(), response.body());
        // One line per refused SERVICE per query, whether it names the IRI or the variable it came from.
        long mentions = logLines.stream().filter(l -> l.contains("refused: not on the allowlist")).count();
        assertEquals(1, mentions, "one log line for the refused SERVICE: " + logLines);
        assertTrue(logLines.stream().noneMatch(l -> l.contains("[stack trace]")), "no stack trace logged: " + logLines);
        // A fixed refused IRI inside FILTER EXISTS is refused before the query runs.
        var fixed = query("SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }");
        assertEquals(403, fixed.statusCode(), fixed.body());
    }

    /** Item 9: an answer cut short is an error status, never a 200 with a broken body. */
    @Test
    void aResultTooLargeIsAnErrorNotATruncated200() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql?query="
                        + URLEncoder.encode("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, response.statusCode());
        assertTrue(response.body().length() < 1000, "a short message, not partial results");
        assertFalse(response.body().contains("Incomplete results"));
        assertTrue(response.body().contains("LIMIT"), response.body());
    }

    /** Item 10: malformed input is 400, refused SERVICE 403, TRACE and non-GET metrics 405; never 500. */
    @Test
    void malformedInputIsAClientError() throws Exception {
        for (String raw : List.of("/gilan/sparql?query=ASK%7B%22%FF%22%7D", "/gilan/sparql?query=ASK%7B%22%C0%AF%22%7D",
                "/gilan/sparql?query=%zz", "/gilan/sparql?query=ASK%7B%7D&x=%E0%80")) {
            String status = rawStatusLine("GET " + raw + " HTTP/1.1");
            assertTrue(status.startsWith("HTTP/1.1 400"), raw + ": " + status);
        }
        var bogus = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=x-bogus")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bogus.statusCode(), bogus.body());
        var bogusBody = http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql"))
                .header("Content-Type", "application/sparql-query; charset=x-bogus")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bogusBody.statusCode(), bogusBody.body());

        StringBuilder unions = new StringBuilder("SELECT * WHERE { { ?s ?p ?o }");
        for (int i = 0; i < 5000; i++) {
            unions.append(" UNION { ?s ?p ").append(i).append(" }");
        }
        var manyUnions = post(unions.append(" }").toString());
        assertNot5xx(manyUnions);
        assertTrue(manyUnions.statusCode() == 400 || manyUnions.statusCode() == 200, "5,000 UNIONs: " + manyUnions.statusCode());

        StringBuilder ors = new StringBuilder("ASK { BIND(1 AS ?x) FILTER(?x = 0");
        for (int i = 1; i < 60_000; i++) {
            ors.append(" || ?x = ").append(i);
        }
        var orChain = post(ors.append(") }").toString());
        assertNot5xx(orChain);
        assertTrue(orChain.statusCode() == 400 || orChain.statusCode() == 200, "60,000-term || chain: " + orChain.statusCode());

        String target = "<http://127.0.0.1:" + forbidden.getAddress().getPort() + "/sparql>";
        for (String q : List.of("SELECT * WHERE { BIND(" + target + " AS ?x) SERVICE ?x { ?s ?p ?o } }",
                "SELECT * WHERE { VALUES ?x { " + target + " } SERVICE ?x { ?s ?p ?o } }",
                "SELECT * WHERE { { SELECT ?x WHERE { BIND(" + target + " AS ?x) } } SERVICE ?x { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <file:///etc/passwd> { ?s ?p ?o } }")) {
            var refused = query(q);
            assertEquals(403, refused.statusCode(), q + ": " + refused.body());
        }

        for (String method : List.of("TRACE")) {
            var trace = http.send(HttpRequest.newBuilder(URI.create(base + "/")).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, trace.statusCode(), method);
        }
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            var metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/$/metrics"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, metrics.statusCode(), method + " /$/metrics");
        }
        assertEquals(200, get("/$/metrics").statusCode());
    }

    /** Sends a request line as is (no client-side URI checks) and returns the status line. */
    static String rawStatusLine(String requestLine) throws IOException {
        URI uri = URI.create(base);
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] buffer = new byte[64];
            int n = s.getInputStream().read(buffer);
            return n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        }
    }

    static HttpResponse<String> post(String sparql) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/gilan/sparql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(sparql)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks /$/ping every 200 ms on a fresh connection; records any answer that is not 200 within 2 s. */
    static final class PingMonitor extends Thread {
        final String base;
        final List<String> failures = new CopyOnWriteArrayList<>();
        final AtomicInteger checks = new AtomicInteger();
        volatile boolean running = true;

        PingMonitor(String base) {
            super("ping-monitor");
            this.base = base;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                URI uri = URI.create(base);
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
                    s.setSoTimeout(2_000);
                    OutputStream out = s.getOutputStream();
                    out.write("GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    byte[] buffer = new byte[32];
                    int n = s.getInputStream().read(buffer);
                    String line = n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.US_ASCII);
                    if (!line.startsWith("HTTP/1.1 200")) {
                        failures.add("ping answered: " + line.lines().findFirst().orElse("(nothing)"));
                    }
                } catch (IOException e) {
                    failures.add("ping failed: " + e);
                }
                checks.incrementAndGet();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join(5_000);
        }
    }
}
