package org.gilankg.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What GET on the SPARQL endpoint without a query answers: a browser is sent to the home page's
 * editor; anything else gets a SPARQL 1.1 Service Description in Turtle (endpoint, language,
 * result formats, the dataset's VoID), as the Service Description recommendation suggests.
 */
final class ServiceDescription {

    private ServiceDescription() {}

    static void write(Request request, Response response, Callback callback) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (accept != null && accept.contains("text/html")) {
            response.setStatus(303);
            response.getHeaders().put(HttpHeader.LOCATION, "/#editor");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
            callback.succeeded();
            return;
        }
        String endpoint = Request.newHttpURIFrom(request, GilanServer.DATASET + "/sparql").asString();
        String body = """
                # SPARQL 1.1 endpoint of gilan-kg. Send a query with ?query=... (GET) or POST.
                @prefix sd:   <http://www.w3.org/ns/sparql-service-description#> .
                @prefix void: <http://rdfs.org/ns/void#> .
                [] a sd:Service ;
                   sd:endpoint <%s> ;
                   sd:supportedLanguage sd:SPARQL11Query ;
                   sd:feature sd:UnionDefaultGraph ;
                   sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
                       <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
                       <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/JSON-LD>, <http://www.w3.org/ns/formats/N-Triples> ;
                   sd:defaultDataset [ a sd:Dataset ; void:sparqlEndpoint <%s> ; sd:defaultGraph [ a sd:Graph ] ] .
                """.formatted(endpoint, endpoint);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/turtle;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        if ("HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return;
        }
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
