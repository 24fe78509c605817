package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/** {@code /.well-known/void}: the VoID/DCAT description of the dataset, in the RDF format asked for. */
public final class VoidServlet extends HttpServlet {

    private final Graph description;

    public VoidServlet(Graph description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> format = ContentNegotiation.choose(request.getHeader("Accept"), ContentNegotiation.RDF_OFFERS);
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + ContentNegotiation.RDF_OFFERS);
            return;
        }
        ResourceServlet.writeRdf(response, description, format.get());
    }
}
