package org.gilankg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Text the program carries as a class-path resource: SPARQL in {@code .rq} files, templates, data lists. */
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
}
