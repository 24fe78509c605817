package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Negated, hedged and conditional sentences (src/test/resources/factuality/sentences.tsv) never
 * yield a plain fact; their asserted twins (the controls) do, so a system that extracts nothing
 * cannot pass. The non-asserted sentences make one article and the controls another; each row's
 * pattern is asked of the graph of its own passage (every statement taken from a passage lives in
 * that passage's graph), so a row is judged on what its own sentence gave. A claim is reified
 * (rdf:subject, rdf:predicate, rdf:object), so it cannot match a plain triple pattern.
 */
class FactualityTest {

    static final Path SENTENCES = Path.of("src/test/resources/factuality/sentences.tsv");
    static final Set<String> KINDS = Set.of("negated", "hedged", "conditional", "control");

    @TempDir
    Path dir;

    @Test
    void negatedHedgedAndConditionalSentencesAreNotAssertedAndTheirControlsAre() {
        List<String[]> rows = SentenceArticle.readTsv(SENTENCES, 3);
        List<String[]> claims = new ArrayList<>();
        List<String[]> controls = new ArrayList<>();
        for (String[] r : rows) {
            assertTrue(KINDS.contains(r[0]), SENTENCES + ": unknown kind " + r[0]);
            (r[0].equals("control") ? controls : claims).add(r);
        }
        SentenceArticle nonAsserted = SentenceArticle.build(claims.stream().map(r -> r[1]).toList(), dir, "non-asserted.txt");
        SentenceArticle asserted = SentenceArticle.build(controls.stream().map(r -> r[1]).toList(), dir, "controls.txt");

        List<String> wrong = new ArrayList<>();
        List<String> notPassages = new ArrayList<>();
        for (String[] r : claims) {
            if (!nonAsserted.isPassage(r[1])) {
                notPassages.add(r[1]);
            }
            if (nonAsserted.askInPassage(r[1], r[2])) {
                wrong.add("[" + r[0] + "] " + r[1]);
            }
        }
        List<String> missed = new ArrayList<>();
        for (String[] r : controls) {
            if (!asserted.isPassage(r[1])) {
                notPassages.add(r[1]);
            }
            if (!asserted.askInPassage(r[1], r[2])) {
                missed.add(r[1]);
            }
        }
        int found = controls.size() - missed.size();
        System.out.println("Statements wrongly asserted from negated/hedged/conditional sentences: " + wrong.size()
                + " (of " + claims.size() + " sentences)");
        wrong.forEach(w -> System.out.println("  asserted " + w));
        System.out.println("Controls found: " + found + "/" + controls.size());
        missed.forEach(m -> System.out.println("  missed control: " + m));
        notPassages.forEach(m -> System.out.println("  not one passage: " + m));

        assertTrue(claims.size() >= 15 && controls.size() >= 15, "the set has at least 15 claims and 15 controls");
        assertTrue(notPassages.isEmpty(), "sentences that are not exactly one passage: " + notPassages);
        assertEquals(List.of(), wrong, "statements wrongly asserted from negated/hedged/conditional sentences");
        assertEquals(List.of(), missed, "controls not found");
    }
}
