package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gold set asked of stores built from rewritten versions of the article
 * (src/test/resources/rewrites/*.txt: same facts, other wording). Prints the recall per version
 * with the facts it missed; each version must keep at least 90% of the gold set.
 */
class RewriteRecallTest {

    static final Path REWRITES = Path.of("src/test/resources/rewrites");
    static final double TARGET = 0.90;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> goldRecallOnEachRewrite() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(REWRITES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "at least two rewritten versions of the article");
        List<GoldSetTest.Fact> facts = GoldSetTest.readFacts();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> recall(file, facts)));
    }

    private void recall(Path file, List<GoldSetTest.Fact> facts) throws IOException {
        Path work = Files.createDirectories(dir.resolve(file.getFileName().toString().replace(".txt", "")));
        Dataset ds = TestStores.open(TestStores.build(file, work));
        List<GoldSetTest.Fact> missed = new ArrayList<>();
        for (GoldSetTest.Fact fact : facts) {
            if (!TestStores.ask(ds, fact.pattern())) {
                missed.add(fact);
            }
        }
        int found = facts.size() - missed.size();
        double recall = (double) found / facts.size();
        System.out.printf("Gold recall on rewrites/%s: %d/%d (%.1f%%)%n", file.getFileName(), found, facts.size(), 100 * recall);
        missed.forEach(f -> System.out.println("  missed [" + f.section() + "] " + f.says()));
        System.out.printf("  target %.0f%%: %s%n", 100 * TARGET, recall >= TARGET ? "met" : "not met yet");
        KnownGaps.read("gold-" + file.getFileName().toString().replace(".txt", ".tsv"))
                .assertNoNewMisses(missed.stream().map(GoldSetTest.Fact::says).toList());
    }
}
