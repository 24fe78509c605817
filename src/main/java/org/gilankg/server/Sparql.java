package org.gilankg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.gilankg.Prefixes;

/** The SPARQL the pages run, from {@code .rq} resource files under {@code gilan-kg/sparql/}, with the program's prefixes. */
final class Sparql {

    private Sparql() {}

    static Query load(String name) {
        String resource = "gilan-kg/sparql/" + name;
        try (InputStream in = Sparql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": missing from the build");
            }
            return QueryFactory.create(Prefixes.SPARQL + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
