package org.gilankg.server;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gilankg.Bundled;
import org.gilankg.dataset.ArticleSource;

/**
 * The pages' templates: Mustache files under {@code gilan-kg/templates/} (JMustache), where
 * {@code {{value}}} is always HTML-escaped; only markup the server made itself goes in
 * {@code {{{triple}}}} braces. Every page is framed by {@code layout.mustache}, whose footer
 * credits the article's source as the build recorded it.
 */
public final class Templates {

    // An empty string is false, so "{{#aliases}}Also: …{{/aliases}}" shows nothing for a thing without aliases.
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .defaultValue("")
            .emptyStringIsFalse(true)
            .withLoader(name -> reader(name));
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();
    private static volatile ArticleSource source = bundledSource();

    private Templates() {}

    /** The article's source the footer credits: the served dataset's, as recorded in its provenance. */
    public static void source(ArticleSource recorded) {
        if (recorded != null) {
            source = recorded;
        }
    }

    static String render(String name, Object model) {
        return CACHE.computeIfAbsent(name, n -> COMPILER.compile(reader(n))).execute(model);
    }

    /** Renders template {@code name} with {@code model} inside the site's frame and writes it. */
    static void page(HttpServletResponse response, int status, String title, String name, Map<String, ?> model) throws IOException {
        frame(response, status, title, render(name, model), (String) model.get("head"));
    }

    /** Writes {@code body} (HTML made by a template) inside the site's frame. */
    static void frame(HttpServletResponse response, int status, String title, String body, String head) throws IOException {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("title", title);
        frame.put("body", body);
        frame.put("head", head == null ? "" : head);
        frame.put("source", source);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.getWriter().write(render("layout", frame));
    }

    private static InputStreamReader reader(String name) {
        InputStream in = Templates.class.getClassLoader().getResourceAsStream("gilan-kg/templates/" + name + ".mustache");
        if (in == null) {
            throw new IllegalStateException("gilan-kg/templates/" + name + ".mustache: missing from the build");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static ArticleSource bundledSource() {
        try {
            return ArticleSource.read(Bundled.file("data/persian-socialist-soviet-republic.source.properties"));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
