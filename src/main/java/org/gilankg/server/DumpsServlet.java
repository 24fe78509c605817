package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dump files: {@code /dumps/} lists them with sizes and SHA-256 sums, {@code /dumps/NAME}
 * sends one with its media type. Only the files present when the server started are served:
 * the name is looked up, never resolved as a path.
 */
public final class DumpsServlet extends HttpServlet {

    private record DumpFile(Path path, long size, String sha256, String mediaType) {}

    private final Map<String, DumpFile> files = new LinkedHashMap<>();

    public DumpsServlet(Path dumpsDir) {
        Map<String, String> sums = new LinkedHashMap<>();
        try {
            Path sumsFile = dumpsDir.resolve("SHA256SUMS");
            if (Files.exists(sumsFile)) {
                for (String line : Files.readAllLines(sumsFile)) {
                    String[] parts = line.split("  ", 2);
                    if (parts.length == 2) {
                        sums.put(parts[1], parts[0]);
                    }
                }
            }
            try (var listing = Files.list(dumpsDir)) {
                listing.filter(Files::isRegularFile).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    try {
                        files.put(name, new DumpFile(p, Files.size(p), sums.get(name), mediaType(name)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mediaType(String name) {
        if (name.endsWith(".ttl")) {
            return "text/turtle;charset=utf-8";
        } else if (name.endsWith(".trig")) {
            return "application/trig;charset=utf-8";
        } else if (name.endsWith(".gz")) {
            return "application/gzip";
        }
        return "text/plain;charset=utf-8";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            list(response);
            return;
        }
        DumpFile file = files.get(name);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such dump: " + name);
            return;
        }
        // A published version's files never change (a build writes a new version), so size and ETag hold.
        response.setHeader("Cache-Control", "public, no-cache");
        if (file.sha256() != null) {
            response.setHeader("ETag", "\"" + file.sha256() + "\"");
            if (AnswerCache.matches(request.getHeader("If-None-Match"), "\"" + file.sha256() + "\"")) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Files.copy(file.path(), response.getOutputStream());
    }

    private void list(HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder("<h1>Dumps</h1><p>The whole graph for download. The same article always gives the same bytes."
                + " Licence: <a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA 4.0</a>, like the article.</p>"
                + "<table><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Size</th><th scope=\"col\">Type</th>"
                + "<th scope=\"col\">SHA-256</th></tr></thead><tbody>");
        files.forEach((name, f) -> body.append("<tr><td><a href=\"/dumps/").append(Html.escape(name)).append("\">")
                .append(Html.escape(name)).append("</a></td><td>").append(String.format("%,d bytes", f.size()))
                .append("</td><td>").append(Html.escape(f.mediaType().replace(";charset=utf-8", "")))
                .append("</td><td><code>").append(f.sha256() == null ? "" : f.sha256()).append("</code></td></tr>"));
        body.append("</tbody></table><p>The dataset's VoID description: <a href=\"/.well-known/void\">/.well-known/void</a>.</p>");
        Html.page(response, 200, "Dumps", body.toString(), null);
    }
}
