package org.gilankg.server.reconcile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Name matching that forgives spelling, for names written from Persian in many ways ("Koochak",
 * "Kuchik", "Kūček"): case and diacritics are folded, names are compared token by token, tokens by
 * edit distance after folding the usual transliteration variants of vowels, and by their consonant
 * skeleton. The score is 0 to 100; 100 is the same name once folded.
 */
public final class NameMatcher {

    private NameMatcher() {}

    /** Lower case, no diacritics, letters and digits only, single spaces. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        d = d.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'", "");
        return d.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static List<String> tokens(String s) {
        String f = fold(s);
        return f.isEmpty() ? List.of() : Arrays.asList(f.split(" "));
    }

    /** A token with transliteration variants folded: oo/ou to u, ee to i, doubled letters once. */
    static String phonetic(String token) {
        String t = token.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("aa", "a");
        t = t.replace("gh", "q").replace("kh", "x").replace("ch", "c").replace("sh", "s").replace("zh", "j");
        return t.replaceAll("(.)\\1+", "$1");
    }

    static String skeleton(String token) {
        String s = phonetic(token).replaceAll("[aeiouy]", "");
        return s.isEmpty() ? token : s;
    }

    /** How alike two tokens are, 0 to 1. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        String pa = phonetic(a);
        String pb = phonetic(b);
        if (pa.equals(pb)) {
            return 0.95;
        }
        double edit = 1.0 - (double) distance(pa, pb) / Math.max(pa.length(), pb.length());
        if (skeleton(a).equals(skeleton(b)) && Math.min(a.length(), b.length()) >= 3) {
            edit = Math.max(edit, 0.85);
        }
        return edit >= 0.6 ? edit : 0;
    }

    /** How well a query matches a name, 0 to 100. */
    public static double score(String query, String name) {
        List<String> q = tokens(query);
        List<String> n = tokens(name);
        if (q.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (q.equals(n)) {
            return 100;
        }
        List<String> left = new ArrayList<>(n);
        double sum = 0;
        for (String token : q) {
            String best = null;
            double bestSim = 0;
            for (String candidate : left) {
                double sim = similarity(token, candidate);
                if (sim > bestSim) {
                    bestSim = sim;
                    best = candidate;
                }
            }
            if (best != null) {
                left.remove(best);
                sum += bestSim;
            }
        }
        // Unmatched tokens on either side count against the match, those of the query more.
        double denominator = q.size() + 0.5 * Math.max(0, n.size() - q.size());
        return Math.min(99, 100 * sum / denominator);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
