package org.gilankg.server;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Chooses a representation from a request's Accept header, with Jena's own Accept parsing. */
public final class ContentNegotiation {

    public static final String HTML = "text/html";

    /** What a linked-data page offers, in order of preference for a client that accepts anything. */
    public static final List<String> PAGE_OFFERS = List.of("text/turtle", HTML, "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/json");

    /** What a data-only document offers. */
    public static final List<String> RDF_OFFERS = List.of("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "application/json");

    private ContentNegotiation() {}

    /** The best offer for {@code accept} (a missing header accepts anything), or empty: 406. */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.get(0));
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(offers.toArray(String[]::new)));
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }

    /** The RDF language of a media type, or null for HTML. */
    public static Lang lang(String mediaType) {
        if (mediaType.equals("application/json")) {
            return Lang.JSONLD; // a client that asks for plain JSON gets JSON-LD, which is JSON
        }
        return mediaType.equals(HTML) ? null : RDFLanguages.contentTypeToLang(mediaType);
    }

    /** A file extension naming a format, for links that do not negotiate ("…/rasht.ttl"). */
    public static Optional<String> byExtension(String extension) {
        return switch (extension) {
            case "ttl" -> Optional.of("text/turtle");
            case "jsonld", "json" -> Optional.of("application/ld+json");
            case "nt" -> Optional.of("application/n-triples");
            case "rdf" -> Optional.of("application/rdf+xml");
            case "html" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }

    /**
     * A linked-data request: the path without a format extension ("rasht.ttl" is "rasht" as Turtle),
     * and the format its extension names or else the best offer for {@code accept} (empty: 406).
     */
    public record Request(String path, Optional<String> format) {}

    public static Request forPath(String path, String accept, List<String> offers) {
        int dot = path.lastIndexOf('.');
        if (dot > 0) {
            Optional<String> byName = byExtension(path.substring(dot + 1));
            if (byName.isPresent()) {
                return new Request(path.substring(0, dot), byName);
            }
        }
        return new Request(path, choose(accept, offers));
    }

    /** Answers 406, naming what {@code what} is available as. */
    public static void notAcceptable(jakarta.servlet.http.HttpServletResponse response, String what, List<String> offers)
            throws java.io.IOException {
        response.setHeader("Vary", "Accept");
        response.sendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_ACCEPTABLE,
                "Not acceptable: " + what + " is available as " + String.join(", ", offers));
    }
}
