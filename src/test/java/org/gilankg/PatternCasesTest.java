package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-relation cases (src/test/resources/patterns/cases.tsv): each relation in several
 * constructions, and negated, hedged or conditional variants that must not give a plain fact.
 * The "+" sentences make one article and the "-" sentences another, built by the real pipeline;
 * each row's pattern is asked of the graph of its own passage. Prints pass counts per relation
 * and per variant; every case must pass.
 */
class PatternCasesTest {

    static final Path CASES = Path.of("src/test/resources/patterns/cases.tsv");
    static final Set<String> VARIANTS = Set.of("active", "passive", "relative", "apposition", "copula", "nominal",
            "particle", "fronted", "date-after", "synonym", "negated", "hedged", "conditional",
            "absolute", "anaphora", "participle");

    record Case(String relation, String variant, boolean positive, String sentence, String pattern) {}

    @TempDir
    Path dir;

    @Test
    void everyCasePasses() {
        List<Case> cases = new ArrayList<>();
        for (String[] c : SentenceArticle.readTsv(CASES, 5)) {
            assertTrue(VARIANTS.contains(c[1]), CASES + ": unknown variant " + c[1]);
            assertTrue(c[2].equals("+") || c[2].equals("-"), CASES + ": expect must be + or -, not " + c[2]);
            cases.add(new Case(c[0], c[1], c[2].equals("+"), c[3], c[4]));
        }
        SentenceArticle positives = SentenceArticle.build(
                cases.stream().filter(Case::positive).map(Case::sentence).toList(), dir, "positive-cases.txt");
        SentenceArticle negatives = SentenceArticle.build(
                cases.stream().filter(c -> !c.positive()).map(Case::sentence).toList(), dir, "negative-cases.txt");

        Map<String, int[]> byRelation = new TreeMap<>();
        Map<String, int[]> byVariant = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        List<String> notPassages = new ArrayList<>();
        for (Case c : cases) {
            SentenceArticle article = c.positive() ? positives : negatives;
            if (!article.isPassage(c.sentence())) {
                notPassages.add(c.sentence());
            }
            boolean matched = article.askInPassage(c.sentence(), c.pattern());
            boolean pass = matched == c.positive();
            for (int[] n : List.of(byRelation.computeIfAbsent(c.relation(), k -> new int[2]),
                    byVariant.computeIfAbsent(c.variant(), k -> new int[2]))) {
                n[1]++;
                if (pass) {
                    n[0]++;
                }
            }
            if (!pass) {
                failed.add((c.positive() ? "missed   " : "asserted ") + "[" + c.relation() + "/" + c.variant() + "] " + c.sentence());
            }
        }
        int passed = cases.size() - failed.size();
        System.out.printf("Pattern cases passed: %d/%d (%.1f%%)%n", passed, cases.size(), 100.0 * passed / cases.size());
        System.out.println("  per relation:");
        byRelation.forEach((k, n) -> System.out.printf("    %-22s %d/%d%n", k, n[0], n[1]));
        System.out.println("  per variant:");
        byVariant.forEach((k, n) -> System.out.printf("    %-22s %d/%d%n", k, n[0], n[1]));
        failed.forEach(f -> System.out.println("  " + f));
        notPassages.forEach(s -> System.out.println("  not one passage: " + s));

        assertTrue(cases.size() >= 80, "at least 80 cases");
        assertTrue(notPassages.isEmpty(), "case sentences that are not exactly one passage: " + notPassages);
        KnownGaps.read("pattern-cases.tsv").assertNoNewMisses(failed);
    }
}
