package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Static assets from the jar: our own ({@code assets/}) and web libraries bundled from webjars
 * ({@code /assets/yasgui/…}). Nothing is fetched from the internet at run time.
 */
public final class AssetsServlet extends HttpServlet {

    /** Public paths of bundled web libraries, mapped to where their webjar keeps them. */
    private static final Map<String, String> WEBJARS = Map.of(
            "yasgui/", "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/",
            "cytoscape/", "META-INF/resources/webjars/cytoscape/3.33.1/dist/");

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "json", "application/json", "map", "application/json");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("..") || path.contains("//")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = "assets/" + path;
        for (Map.Entry<String, String> webjar : WEBJARS.entrySet()) {
            if (path.startsWith(webjar.getKey())) {
                resource = webjar.getValue() + path.substring(webjar.getKey().length());
            }
        }
        try (InputStream in = AssetsServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }
}
