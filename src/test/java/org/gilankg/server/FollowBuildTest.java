package org.gilankg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.gilankg.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running server follows a finished build: new store, new dumps, no stale cached answer. */
class FollowBuildTest {

    @TempDir
    Path dir;

    static final HttpClient http = HttpClient.newHttpClient();

    static final String ASK_NEW_DATE = TestStores.PREFIXES
            + "ASK { ?e gk:location gkr:rasht ; gk:participant gkr:mirza-kuchik-khan ; gk:date \"1920-07-14\"^^xsd:date }";

    @Test
    void theServerAnswersFromTheNewStoreAndServesTheNewDumps() throws Exception {
        Path store = TestStores.build(TestStores.ARTICLE, dir);
        GilanServer server = GilanServer.create().store(store).port(0).build().start();
        try {
            String base = server.url();
            String versionBefore = server.storeVersion();
            HttpResponse<String> first = ask(base, null);
            assertTrue(first.body().contains("false"), first.body());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"), "answers say how long to keep them");
            assertEquals(304, ask(base, etag).statusCode(), "If-None-Match with the current ETag");
            HttpResponse<byte[]> oldTurtle = bytes(base + "/dumps/gilan-kg.ttl");

            TestStores.buildAltered(t -> t.replace("On June 9, 1920 Mirza Kuchik Khan left Rasht",
                    "On July 14, 1920 Mirza Kuchik Khan left Rasht"), dir);
            long deadline = System.currentTimeMillis() + 30_000;
            while (server.storeVersion().equals(versionBefore) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertNotEquals(versionBefore, server.storeVersion(), "the server switched to the new build");

            HttpResponse<String> after = ask(base, etag);
            assertEquals(200, after.statusCode(), "the old ETag no longer matches");
            assertTrue(after.body().contains("true"), "answered from the new store: " + after.body());

            HttpResponse<byte[]> turtle = bytes(base + "/dumps/gilan-kg.ttl");
            assertEquals(200, turtle.statusCode());
            assertEquals(Long.parseLong(turtle.headers().firstValue("Content-Length").orElseThrow()), turtle.body().length);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(turtle.body()));
            assertEquals("\"" + sha + "\"", turtle.headers().firstValue("ETag").orElseThrow(), "the ETag is the new file's");
            assertTrue(Files.readString(store.resolveSibling("dumps").resolve("SHA256SUMS")).contains(sha + "  gilan-kg.ttl"));
            assertNotEquals(oldTurtle.headers().firstValue("ETag"), turtle.headers().firstValue("ETag"));
            assertTrue(new String(turtle.body(), StandardCharsets.UTF_8).contains("1920-07-14"));
        } finally {
            server.stop();
        }
    }

    static HttpResponse<String> ask(String base, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/gilan/sparql?query="
                        + URLEncoder.encode(ASK_NEW_DATE, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> bytes(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
