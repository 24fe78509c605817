package org.gilankg.text;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into IRI-safe, readable local names: "Coup d'état" becomes "coup-d-etat". */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
