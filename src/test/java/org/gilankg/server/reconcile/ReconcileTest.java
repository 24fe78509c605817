package org.gilankg.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.gilankg.TestStores;
import org.gilankg.server.GilanServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation service of the real server on a free loopback port, spoken to over HTTP with
 * the requests OpenRefine sends: the manifest, batches of queries as a form body, suggest,
 * preview and data extension.
 */
class ReconcileTest {

    @TempDir
    static Path dir;

    static GilanServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        Path store = TestStores.build(TestStores.ARTICLE, dir);
        server = GilanServer.create().store(store).port(0).build().start();
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with a form body, as OpenRefine sends its batches. */
    static HttpResponse<String> post(String name, String json) throws IOException, InterruptedException {
        String body = name + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/reconcile"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.parse(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theManifestDescribesTheService() throws Exception {
        HttpResponse<String> r = get("/reconcile");
        assertEquals(200, r.statusCode());
        JsonObject m = json(r);
        assertTrue(m.get("versions").getAsArray().stream().anyMatch(v -> v.getAsString().value().equals("0.2")));
        assertEquals("https://w3id.org/gilan-kg/resource/", m.getString("identifierSpace"));
        assertTrue(m.get("defaultTypes").getAsArray().stream().anyMatch(t -> t.getAsObject().getString("id").equals("Person")));
        assertEquals(base + "/reconcile/preview?id={{id}}", m.getObj("preview").getString("url"));
        assertEquals("/suggest/entity", m.getObj("suggest").getObj("entity").getString("service_path"));
        assertEquals("/extend/propose", m.getObj("extend").getObj("propose_properties").getString("service_path"));

        HttpResponse<String> jsonp = get("/reconcile?callback=jsonp123");
        assertEquals(200, jsonp.statusCode());
        assertTrue(jsonp.body().startsWith("jsonp123({") && jsonp.body().endsWith("});"), jsonp.body());
    }

    @Test
    void behindAProxyTheManifestLinksUseTheForwardedSchemeAndHost() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/reconcile"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "kg.example.org").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("https://kg.example.org:443/reconcile/preview?id={{id}}", json(r).getObj("preview").getString("url"));
    }

    @Test
    void koochakKhanIsMirzaKuchikKhan() throws Exception {
        JsonObject answer = json(post("queries", """
                {"q0":{"query":"Koochak Khan","type":"Person","limit":3,"type_strict":"should"},
                 "q1":{"query":"mirza kuchik khan"},
                 "q2":{"query":"Rasht","type":"Place"},
                 "q3":{"query":"Lenin","type":"Place"}}"""));
        JsonObject first = answer.getObj("q0").get("result").getAsArray().get(0).getAsObject();
        assertEquals("mirza-kuchik-khan", first.getString("id"));
        assertEquals("Mirza Kuchik Khan", first.getString("name"));
        assertEquals("https://w3id.org/gilan-kg/resource/mirza-kuchik-khan", first.getString("iri"));
        assertTrue(first.get("sameAs").isArray());
        assertEquals("Person", first.get("type").getAsArray().get(0).getAsObject().getString("id"));
        JsonObject exact = answer.getObj("q1").get("result").getAsArray().get(0).getAsObject();
        assertEquals("mirza-kuchik-khan", exact.getString("id"));
        assertTrue(exact.getBoolean("match"), "a folded exact name that stands out is a match");
        assertEquals("rasht", answer.getObj("q2").get("result").getAsArray().get(0).getAsObject().getString("id"));
        assertTrue(answer.getObj("q3").get("result").getAsArray().isEmpty(), "Lenin is no place");
    }

    @Test
    void resultsCarryTheWikidataItemsOfLinkedThings() throws Exception {
        JsonObject answer = json(post("queries", "{\"q0\":{\"query\":\"Tehran\"}}"));
        JsonObject tehran = answer.getObj("q0").get("result").getAsArray().get(0).getAsObject();
        assertEquals("tehran", tehran.getString("id"));
        assertTrue(tehran.get("sameAs").getAsArray().stream().anyMatch(v -> v.getAsString().value().equals("http://www.wikidata.org/entity/Q3616")),
                tehran.toString());
    }

    @Test
    void aPropertyConstraintDecidesBetweenNamesakes() throws Exception {
        // A book is confirmed by its author (a property constraint as OpenRefine sends it).
        JsonObject answer = json(post("queries", """
                {"q0":{"query":"Fakhrayi","properties":[{"pid":"author","v":"Sardar-e Jangal"}]},
                 "q1":{"query":"Sardar-e Jangal","type":"Publication","properties":[{"pid":"author","v":"Ebrahim Fakhrayi"}]}}"""));
        JsonArray book = answer.getObj("q1").get("result").getAsArray();
        assertEquals("sardar-e-jangal", book.get(0).getAsObject().getString("id"));
        assertTrue(book.get(0).getAsObject().getBoolean("match"), book.toString());
    }

    @Test
    void queriesMayComeAsAQueryParameterToo() throws Exception {
        HttpResponse<String> r = get("/reconcile?queries=" + enc("{\"q0\":{\"query\":\"Gilan\"}}"));
        assertEquals(200, r.statusCode());
        assertEquals("gilan", json(r).getObj("q0").get("result").getAsArray().get(0).getAsObject().getString("id"));
    }

    @Test
    void suggestCompletesEntitiesTypesAndProperties() throws Exception {
        JsonArray entities = json(get("/reconcile/suggest/entity?prefix=Kuch")).get("result").getAsArray();
        assertTrue(entities.stream().anyMatch(e -> e.getAsObject().getString("id").equals("mirza-kuchik-khan")), entities.toString());
        JsonArray fuzzy = json(get("/reconcile/suggest/entity?prefix=" + enc("Koochak Khan"))).get("result").getAsArray();
        assertEquals("mirza-kuchik-khan", fuzzy.get(0).getAsObject().getString("id"));
        JsonArray types = json(get("/reconcile/suggest/type?prefix=Pers")).get("result").getAsArray();
        assertEquals("Person", types.get(0).getAsObject().getString("id"));
        JsonArray properties = json(get("/reconcile/suggest/property?prefix=memb")).get("result").getAsArray();
        assertTrue(properties.stream().anyMatch(p -> p.getAsObject().getString("id").equals("memberOf")), properties.toString());
    }

    @Test
    void previewShowsAThing() throws Exception {
        HttpResponse<String> r = get("/reconcile/preview?id=mirza-kuchik-khan");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("Mirza Kuchik Khan") && r.body().contains("Person"), r.body());
        assertEquals(404, get("/reconcile/preview?id=nobody").statusCode());
    }

    @Test
    void dataExtensionGivesOurPropertiesAndTheWikidataItem() throws Exception {
        JsonObject proposed = json(get("/reconcile/extend/propose?type=Person"));
        assertTrue(proposed.get("properties").getAsArray().stream().anyMatch(p -> p.getAsObject().getString("id").equals("wikidata")));
        JsonObject answer = json(post("extend", """
                {"ids":["sardar-e-jangal","tehran"],"properties":[{"id":"author"},{"id":"wikidata"}]}"""));
        assertEquals(List.of("author", "wikidata"), answer.get("meta").getAsArray().stream()
                .map(m -> m.getAsObject().getString("id")).toList());
        JsonObject book = answer.getObj("rows").getObj("sardar-e-jangal");
        assertEquals("ebrahim-fakhrayi", book.get("author").getAsArray().get(0).getAsObject().getString("id"));
        assertEquals("Q3616", answer.getObj("rows").getObj("tehran").get("wikidata").getAsArray().get(0).getAsObject().getString("str"));
    }

    @Test
    void badRequestsAreRefusedWithAReasonNeverA500() throws Exception {
        HttpResponse<String> badJson = post("queries", "{\"q0\":{\"query\":");
        assertEquals(400, badJson.statusCode());
        assertTrue(json(badJson).getString("message").startsWith("'queries' is not JSON"), badJson.body());

        HttpResponse<String> unknownType = post("queries", "{\"q0\":{\"query\":\"Rasht\",\"type\":\"Spaceship\"}}");
        assertEquals(400, unknownType.statusCode());
        assertTrue(json(unknownType).getString("message").contains("unknown type 'Spaceship'"), unknownType.body());

        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"Rasht\"}");
        }
        HttpResponse<String> tooMany = post("queries", many.append('}').toString());
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertFalse(json(tooMany).getString("message").isBlank());

        StringBuilder some = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            some.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"R\"}");
        }
        HttpResponse<String> overLimit = post("queries", some.append('}').toString());
        assertEquals(400, overLimit.statusCode(), overLimit.body());
        assertEquals("600 queries in one request; at most 500", json(overLimit).getString("message"));

        assertEquals(400, post("queries", "[1,2]").statusCode());
        assertEquals(400, post("queries", "{\"q0\":{\"query\":\"Rasht\",\"properties\":[{\"pid\":\"nonsense\",\"v\":\"x\"}]}}").statusCode());
        assertEquals(400, post("extend", "{\"ids\":\"tehran\"}").statusCode());
        assertEquals(400, get("/reconcile/suggest/entity").statusCode());
        assertEquals(400, get("/reconcile?callback=" + enc("alert(1)")).statusCode());
    }
}
