package org.gilankg.link;

/** The SPARQL of linking, kept in .rq files beside these classes. */
final class Queries {

    private Queries() {}

    static String load(String name) {
        return org.gilankg.Resources.text("org/gilankg/link/" + name);
    }
}
