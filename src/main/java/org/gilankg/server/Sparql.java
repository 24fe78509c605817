package org.gilankg.server;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.gilankg.Prefixes;

/** The SPARQL the pages run, from {@code .rq} resource files under {@code gilan-kg/sparql/}, with the program's prefixes. */
final class Sparql {

    private Sparql() {}

    static Query load(String name) {
        return QueryFactory.create(Prefixes.SPARQL + org.gilankg.Resources.text("gilan-kg/sparql/" + name));
    }
}
