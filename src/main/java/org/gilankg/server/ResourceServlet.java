package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.gilankg.Vocabulary;

/**
 * Linked data: every {@code https://w3id.org/gilan-kg/resource/{id}} is answered at
 * {@code /resource/{id}} directly (200, {@code Vary: Accept}): Turtle, JSON-LD, N-Triples or
 * RDF/XML for data clients, a readable page for browsers; {@code /resource/{id}.ttl} (and
 * .jsonld, .nt, .rdf) for links that cannot negotiate. Unknown things get 404, unsupported
 * Accept headers 406.
 */
public final class ResourceServlet extends HttpServlet {

    /** The prefixes RDF answers are written with, made once. */
    private static final org.apache.jena.shared.PrefixMapping PREFIXES = org.gilankg.Prefixes.MAP;

    private final GraphReader reader;

    public ResourceServlet(GraphReader reader) {
        this.reader = reader;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentNegotiation.Request asked = ContentNegotiation.forPath(
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1),
                request.getHeader("Accept"), ContentNegotiation.PAGE_OFFERS);
        String path = asked.path();
        Optional<String> format = asked.format();
        if (format.isEmpty()) {
            ContentNegotiation.notAcceptable(response, "this resource", ContentNegotiation.PAGE_OFFERS);
            return;
        }
        if (path.isEmpty() || path.contains("..")) {
            notFound(response, format.get(), path);
            return;
        }
        Node thing = Vocabulary.resource(path);
        if (format.get().equals(ContentNegotiation.HTML)) {
            Optional<GraphReader.Entity> entity = reader.entity(thing);
            if (entity.isEmpty()) {
                notFound(response, format.get(), path);
                return;
            }
            EntityPage.write(response, entity.get(), path, reader.articleText(), reader.claimTitle(thing));
            return;
        }
        Graph description = reader.description(thing);
        if (description.isEmpty()) {
            notFound(response, format.get(), path);
            return;
        }
        writeRdf(response, description, format.get());
    }

    static void writeRdf(HttpServletResponse response, Graph graph, String mediaType) throws IOException {
        Lang lang = ContentNegotiation.lang(mediaType);
        graph.getPrefixMapping().setNsPrefixes(PREFIXES);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Vary", "Accept");
        response.setContentType(lang.getContentType().getContentTypeStr() + (lang.getContentType().getCharset() == null
                && !mediaType.equals("application/rdf+xml") ? ";charset=utf-8" : ""));
        RDFWriter.source(graph).lang(lang).output(response.getOutputStream());
    }

    private static void notFound(HttpServletResponse response, String format, String path) throws IOException {
        if (format.equals(ContentNegotiation.HTML)) {
            Templates.page(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "not-found", java.util.Map.of("what", path));
        } else {
            response.setHeader("Vary", "Accept");
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such resource: " + path);
        }
    }
}
