package org.gilankg.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gilankg.GilanKgException;

/** The SPARQL of linking, kept in .rq files beside these classes. */
final class Queries {

    private Queries() {}

    static String load(String name) {
        String resource = "org/gilankg/link/" + name;
        try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new GilanKgException(resource + ": missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GilanKgException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }
}
