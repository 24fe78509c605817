package org.gilankg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages over HTTP: summaries, headings, grouped values, example tables, escaping. */
class PagesTest {

    @RegisterExtension
    static final ArticleServer SERVER = new ArticleServer();

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SERVER.url() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static List<String> all(String regex, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theSummaryReadsFactsThatPointAtTheThing() throws Exception {
        String mirza = page("/resource/mirza-kuchik-khan");
        String summary = all("<p class=\"summary\">(.*?)</p>", mirza).get(0);
        // "founded" reads gk:founder backwards. That Mirza was to lead the republic is a condition of the
        // agreement (a gk:Claim), not a fact, so the summary does not say "led" it.
        assertTrue(summary.contains("founded the Persian Socialist Soviet Republic"), summary);
        assertTrue(summary.contains(" · led the "), summary);
        assertFalse(summary.contains("led the Persian Socialist Soviet Republic"), summary);
    }

    @Test
    void whatTheTextOnlyHedgesOrMakesAConditionIsShownApartFromTheFacts() throws Exception {
        String mirza = page("/resource/mirza-kuchik-khan");
        String facts = mirza.replaceAll("(?s).*<table class=\"facts\">(.*?)</table>.*", "$1");
        assertFalse(facts.contains("/resource/claim/"), "a claim is not listed as a fact");
        assertFalse(all("<th scope=\"row\"[^>]*>(.*?)</th>", facts).contains("Object (of)"), "no raw claim parts");
        String claims = mirza.replaceAll("(?s).*<table class=\"claims\">(.*?)</table>.*", "$1");
        List<String> rows = all("(?s)<tr>(.*?)</tr>", claims);
        assertTrue(rows.stream().anyMatch(r -> r.contains(">conditional<") && r.contains("Persian Socialist Soviet Republic")
                && r.contains("leader") && r.contains("under his leadership")), claims);
        assertTrue(rows.stream().anyMatch(r -> r.contains(">hedged<") && r.contains("It is said")), claims);
    }

    @Test
    void headingsAreReadableAndEachValueIsShownOnce() throws Exception {
        String republic = page("/resource/persian-socialist-soviet-republic");
        List<String> headings = all("<th scope=\"row\"[^>]*>(.*?)</th>", republic);
        assertTrue(headings.contains("See also"), headings.toString());
        assertTrue(headings.stream().noneMatch(h -> h.matches(".*[a-z][A-Z].*")), "no raw property names: " + headings);
        String facts = republic.replaceAll("(?s).*<table class=\"facts\">(.*?)</table>.*", "$1");
        // Each property once among the facts; the claims table has a row per claim, headed by its modality,
        // and two claims may share one ("negated": no land redistribution, no intervention in the republic).
        List<String> factHeadings = all("<th scope=\"row\"[^>]*>(.*?)</th>", facts);
        assertEquals(factHeadings.stream().distinct().toList(), factHeadings, "each property once");
        List<String> values = all("<td><a href=\"(/resource/[^\"]+)\">", facts);
        assertEquals(1, values.stream().filter(v -> v.equals("/resource/first-cabinet")).count(), "First Cabinet once: " + values);
        assertTrue(facts.contains("more passages say so"), "the other passages that give a value are kept");
    }

    @Test
    void examplesOpenAsTablesThatLinkOurThings() throws Exception {
        String home = page("/");
        List<String> links = all("<a href=\"(/examples/[^\"]+)\">", home);
        assertTrue(links.size() >= 12, links.toString());
        assertFalse(home.contains("href=\"/gilan/sparql?query="), "no link opens raw SPARQL results");
        boolean linked = false;
        for (String link : links) {
            HttpResponse<String> r = get(link);
            if (link.contains("federated")) {
                // Offline the remote service does not answer: one line says so, no half table.
                assertTrue(r.statusCode() == 200 || (r.statusCode() == 502 && r.body().contains("id=\"example-error\"")), link);
                continue;
            }
            assertEquals(200, r.statusCode(), link);
            assertTrue(r.body().contains("<table class=\"results\">"), link);
            linked |= r.body().matches("(?s).*<td><a href=\"/resource/[a-z0-9-]+\">gkr:.*");
        }
        assertTrue(linked, "some example's table links a thing of ours to its page");
        assertEquals(200, get("/examples/01-people.rq").statusCode());
        assertEquals(404, get("/examples/nothing").statusCode());
    }

    @Test
    void aThingWithoutAliasesShowsNoEmptyAliasLine() throws Exception {
        assertFalse(page("/resource/manjil").contains("<p class=\"aliases\">"), "Manjil has one name: no 'Also:' line");
        assertTrue(page("/resource/gauook").contains("<p class=\"aliases\">Also: Hooshang</p>"), "Gauook is also Hooshang");
        assertFalse(page("/search?q=Manjil").contains("(also )"), "no empty '(also …)' in search hits");
    }

    @Test
    void aNamedGraphIriLeadsToItsStatementsAndThePassageTheyWereReadFrom() throws Exception {
        HttpResponse<String> turtle = HTTP.send(HttpRequest.newBuilder(URI.create(SERVER.url() + "/graph/passage/lead/1"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, turtle.statusCode(), turtle.body());
        org.apache.jena.graph.Graph g = org.apache.jena.riot.RDFParser.fromString(turtle.body(), org.apache.jena.riot.Lang.TURTLE).toGraph();
        String words = g.find(null, org.apache.jena.graph.NodeFactory.createURI(org.gilankg.Vocabulary.NIF + "anchorOf"), null)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).next();
        int begin = Integer.parseInt(g.find(null, org.apache.jena.graph.NodeFactory.createURI(org.gilankg.Vocabulary.NIF + "beginIndex"), null)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).next());
        String article = java.nio.file.Files.readString(java.nio.file.Path.of("data/persian-socialist-soviet-republic.txt"));
        assertEquals(article.substring(begin, begin + words.length()), words, "the offsets cut the words out of the article");
        assertTrue(g.contains(org.gilankg.Vocabulary.resource("persian-socialist-soviet-republic"), null, null), "the graph's statements come too");

        String html = page("/graph/passage/lead/1");
        assertTrue(html.contains(Html.escape(words.substring(0, 40))) && html.contains("/resource/persian-socialist-soviet-republic"), html);
        assertEquals(200, get("/graph/passage/lead/1.ttl").statusCode());
        assertEquals(404, get("/graph/passage/nowhere/9").statusCode());
        // A claim's page says what it claims, not its hash.
        String claim = all("href=\"(/resource/claim/[0-9a-f]+)\"", page("/graph/passage/coup-d-etat/7")).get(0);
        String heading = all("<h1>(.*?)</h1>", page(claim)).get(0);
        assertTrue(heading.startsWith("Hedged claim: ") && heading.contains(" · Mirza Kuchik Khan"), heading);
        assertEquals(404, get("/graph/").statusCode());
    }

    @Test
    void textIsEscapedEverywhere() throws Exception {
        String evil = "<script>alert(1)</script>\"'&";
        String search = page("/search?q=" + URLEncoder.encode(evil, StandardCharsets.UTF_8));
        assertFalse(search.contains("<script>alert(1)"), search);
        assertTrue(search.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), search);
        HttpResponse<String> missing = get("/resource/" + URLEncoder.encode("<b>x\"y", StandardCharsets.UTF_8));
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("<b>x"), missing.body());
        assertTrue(missing.body().contains("&lt;b&gt;x&quot;y"), missing.body());
    }

    @Test
    void theFooterCreditsTheRecordedSource() throws Exception {
        String footer = page("/timeline").replaceAll("(?s).*<footer>(.*?)</footer>.*", "$1");
        assertTrue(footer.contains("https://en.wikipedia.org/wiki/Persian_Socialist_Soviet_Republic") && footer.contains("CC BY-SA 4.0"), footer);
    }
}
