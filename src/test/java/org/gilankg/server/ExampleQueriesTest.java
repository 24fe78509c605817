package org.gilankg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.gilankg.TestStores;
import org.gilankg.WikidataFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example query in queries/ against the real server and checks its answer. The
 * federated example runs against a local Wikidata-shaped endpoint, the only one the server allows.
 */
class ExampleQueriesTest {

    @TempDir
    static Path dir;

    static WikidataFixture wikidata;
    static GilanServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        wikidata = WikidataFixture.start();
        server = GilanServer.create().store(TestStores.build(TestStores.ARTICLE, dir)).port(0)
                .serviceAllowlist(List.of(wikidata.endpoint())).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        wikidata.close();
    }

    /** What each example must answer. */
    static final Map<String, Consumer<List<QuerySolution>>> EXPECTED = Map.ofEntries(
            Map.entry("01-people", rows -> {
                assertTrue(rows.size() >= 30, "people: " + rows.size());
                assertTrue(column(rows, "alsoCalled").stream().anyMatch(s -> s.contains("Kuchik Khan")));
            }),
            Map.entry("02-first-cabinet", rows -> {
                assertEquals(11, rows.size());
                assertEquals("Mohammad taghi Pir bazari", rows.get(0).getLiteral("person").getString());
                assertEquals("Head of war commission", rows.get(10).getLiteral("office").getString());
            }),
            Map.entry("03-timeline", rows -> {
                List<String> dates = column(rows, "date");
                assertEquals(dates.stream().sorted().toList(), dates, "in date order");
                assertEquals("1914", dates.get(0));
                assertTrue(rows.stream().anyMatch(r -> r.getLiteral("date").getLexicalForm().equals("1920-06-09")
                        && r.getLiteral("what").getString().startsWith("Departure of Mirza Kuchik Khan from Rasht")));
            }),
            Map.entry("04-which-sentence", rows -> {
                assertTrue(rows.size() >= 4);
                rows.forEach(r -> assertTrue(r.getLiteral("sentence").getString().startsWith("On June 9, 1920 Mirza Kuchik Khan left Rasht")));
            }),
            Map.entry("05-conflicting-claims", rows -> assertEquals(List.of("1920-05", "1920-06"), column(rows, "value"))),
            Map.entry("06-places", rows -> assertTrue(rows.stream().anyMatch(r -> r.getLiteral("name").getString().equals("Rasht")
                    && r.getLiteral("there").getString().contains("Departure of Mirza Kuchik Khan from Rasht")))),
            Map.entry("07-states-and-treaties", rows -> assertEquals(List.of("Anglo-Soviet Trade Agreement", "Russo-Persian Treaty of Friendship"),
                    rows.stream().filter(r -> r.getLiteral("state").getString().equals("Soviet Russia"))
                            .map(r -> r.getLiteral("treaty").getString()).toList())),
            Map.entry("08-organizations", rows -> {
                assertEquals("First Cabinet", rows.get(0).getLiteral("organization").getString());
                assertEquals(11, rows.get(0).getLiteral("members").getInt());
            }),
            Map.entry("09-publications", rows -> {
                assertEquals(7, rows.size());
                assertEquals("1952", rows.get(0).getLiteral("year").getLexicalForm());
            }),
            Map.entry("10-names-and-spellings", rows -> assertEquals(
                    List.of("Kuchik Khan", "Mirza", "Mirza Koochak Khan", "Mirza Kuchik Khan"), column(rows, "name"))),
            Map.entry("11-consequences", rows -> {
                assertEquals(5, rows.size());
                // "sent a message …, and as a result that campaign was defeated"
                assertTrue(rows.stream().anyMatch(r -> r.getLiteral("cause").getString().equals("Message of Theodore Rothstein")
                        && r.getLiteral("effect").getString().equals("Defeat of Ehsanollah Khan Dustdar")));
                // "… to set a coup d'état. The new administration, …"
                assertTrue(rows.stream().anyMatch(r -> r.getLiteral("effect").getString().equals("Establishment of New administration")));
            }),
            Map.entry("12-wikidata-federated", rows -> {
                assertEquals(List.of("Baku", "London", "Moscow", "Persia", "Tehran", "United Kingdom"), column(rows, "name"));
                assertEquals("capital and largest city of Iran", rows.get(4).getLiteral("description").getString());
            }),
            Map.entry("13-mentions", rows -> {
                assertEquals(1, rows.size());
                assertEquals("Vladimir Lenin", rows.get(0).getLiteral("name").getString());
            }),
            Map.entry("14-events", rows -> assertTrue(rows.size() >= 14, "events: " + rows.size())),
            Map.entry("16-claims", rows -> {
                // The republic under Mirza's leadership was a condition of the agreement, not a fact.
                assertTrue(rows.stream().anyMatch(r -> r.getLiteral("modality").getString().equals("conditional")
                        && r.getLiteral("subject").getString().equals("Persian Socialist Soviet Republic")
                        && r.getResource("property").getLocalName().equals("leader")
                        && r.getLiteral("object").getString().equals("Mirza Kuchik Khan")), rows.toString());
                assertTrue(rows.stream().anyMatch(r -> r.getLiteral("modality").getString().equals("negated")
                        && r.getLiteral("sentence").getString().startsWith("The Republic did not redistribute land")), rows.toString());
                assertTrue(rows.stream().anyMatch(r -> r.getLiteral("modality").getString().equals("hedged")
                        && r.getLiteral("sentence").getString().startsWith("It is said")), rows.toString());
            }));

    @TestFactory
    List<DynamicTest> everyExampleQueryAnswers() {
        List<ExampleQuery> examples = ExampleQuery.load(Path.of("queries"));
        assertTrue(examples.size() >= 12, "at least 12 examples");
        List<DynamicTest> tests = new ArrayList<>();
        for (ExampleQuery example : examples) {
            tests.add(DynamicTest.dynamicTest(example.name(), () -> {
                assertTrue(!example.description().isEmpty(), example.name() + " has a plain-words header comment");
                String text = example.text().replace(ServicePolicy.WIKIDATA, wikidata.endpoint());
                if (text.contains("CONSTRUCT")) {
                    Graph g = RDFParser.fromString(send(text, "text/turtle"), Lang.TURTLE).toGraph();
                    assertTrue(g.size() > 10, example.name());
                    return;
                }
                Consumer<List<QuerySolution>> check = EXPECTED.get(example.name());
                assertTrue(check != null, "an expected answer is written for " + example.name());
                ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                        send(text, "application/sparql-results+json").getBytes(StandardCharsets.UTF_8)));
                List<QuerySolution> rows = new ArrayList<>();
                rs.forEachRemaining(rows::add);
                check.accept(rows);
            }));
        }
        return tests;
    }

    @Test
    void theFederatedExampleIsRefusedWhereItsEndpointIsNotAllowed() throws Exception {
        ExampleQuery federated = ExampleQuery.load(Path.of("queries")).stream()
                .filter(q -> q.name().equals("12-wikidata-federated")).findFirst().orElseThrow();
        var response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/gilan/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(federated.text()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode(), "this server allows only the local fixture: refused SERVICE is 403");
    }

    static String send(String query, String accept) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/gilan/sparql"))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    static List<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var) == null ? "" : r.get(var).isLiteral()
                ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()).collect(Collectors.toList());
    }
}
