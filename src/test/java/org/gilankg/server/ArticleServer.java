package org.gilankg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gilankg.TestStores;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server over a TDB2 store built from the article, on a free port of 127.0.0.1, for the
 * tests of one class: {@code @RegisterExtension static final ArticleServer SERVER = new ArticleServer();}
 */
final class ArticleServer implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private GilanServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("gilan-kg-server");
        server = GilanServer.create().store(TestStores.build(TestStores.ARTICLE, dir)).port(0).build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.stop();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
    String url() {
        return server.url();
    }
}
