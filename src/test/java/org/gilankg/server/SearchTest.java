package org.gilankg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /search over HTTP: spellings the text never uses still find the right thing, first. */
class SearchTest {

    @RegisterExtension
    static final ArticleServer SERVER = new ArticleServer();

    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The result links of /search?q=…, in order. */
    static List<String> results(String q) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(SERVER.url() + "/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String list = response.body().replaceAll("(?s).*<ol class=\"results\">(.*?)</ol>.*", "$1");
        List<String> hrefs = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"/resource/([^\"]+)\"").matcher(list);
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        return hrefs;
    }

    @ParameterizedTest
    @CsvSource({
            "Kuchek, mirza-kuchik-khan",
            "Kochak, mirza-kuchik-khan",
            "kuchik khan, mirza-kuchik-khan",
            "MIRZA KOOCHAK, mirza-kuchik-khan",
            "Ehsanullah, ehsanollah-khan-dustdar",
            "میرزا, mirza-kuchik-khan",
            "Anzali, anzali",
            "Enzeli, anzali",
            "Rašt, rasht",
            "جمهوري شوروي گيلان, persian-socialist-soviet-republic"})
    void spellingsFindTheRightThingFirst(String typed, String expected) throws Exception {
        List<String> hits = results(typed);
        assertTrue(!hits.isEmpty() && hits.get(0).equals(expected), typed + " gave " + hits);
    }

    @ParameterizedTest
    @CsvSource({"zzzzqqq", "'<script>'"})
    void nonsenseFindsNothingAndIsEscaped(String typed) throws Exception {
        assertEquals(List.of(), results(typed));
    }
}
