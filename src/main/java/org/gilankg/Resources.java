package org.gilankg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Text the program reads: resources it carries on the class path (SPARQL in {@code .rq} files,
 * templates, data lists) and the UTF-8 data files a user names.
 */
public final class Resources {

    private Resources() {}

    /** The UTF-8 text of {@code path} on the class path; a missing one is a broken build, said in one line. */
    public static String text(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new GilanKgException(path + ": missing from the program (a broken build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GilanKgException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The lines of a UTF-8 file a user gave; a missing or unreadable one is said in one line naming it. */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GilanKgException(file + ": no such file");
        } catch (IOException e) {
            throw new GilanKgException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
