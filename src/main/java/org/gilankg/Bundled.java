package org.gilankg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project's own files (the article, its source metadata, the name list, the ontology, the
 * shapes, the example queries) as they travel inside the jar, under {@code gilan-kg/}: the
 * defaults every command starts from, so the jar works from any directory. Each is a
 * {@link Path}: a file in {@code target/classes} when run from the build, a path in the jar's
 * own file system when run with {@code java -jar}. Options override them with ordinary files.
 */
public final class Bundled {

    private static final String ROOT = "gilan-kg/";

    private Bundled() {}

    /** The bundled copy of {@code relative} (e.g. {@code data/names.tsv}); fails if the build did not bundle it. */
    public static Path file(String relative) {
        URL url = Bundled.class.getClassLoader().getResource(ROOT + relative);
        if (url == null) {
            throw new GilanKgException(relative + ": not bundled in this build (give the file as an option)");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return Path.of(uri);
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.provider().getPath(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + ": not a URI", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
