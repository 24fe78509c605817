package org.gilankg.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gilankg.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events are identified by kind, participants, place and date, not by their label; and the same
 * fact read from different constructions is the same statement. Runs the real pipeline (and, for
 * text not analysed before, the real CoreNLP analysis) on small articles.
 */
class EventIdentityTest {

    @TempDir
    Path dir;

    private List<Statement> build(String name, String... sentences) throws IOException {
        return SmallArticles.statements(dir, name, sentences);
    }

    private static Set<String> departuresFromRasht(List<Statement> statements) {
        return statements.stream()
                .filter(s -> s.asserted() && s.predicate().equals(Vocabulary.LOCATION)
                        && s.object().equals(Vocabulary.resource("rasht")))
                .map(s -> s.subject().getURI())
                .collect(Collectors.toSet());
    }

    @Test
    void theSameDepartureInTwoPassagesIsOneEventAndTwoDatesAreTwo() throws IOException {
        List<Statement> same = build("same.txt",
                "On 9 June 1920 Mirza Kuchik Khan left Rasht.",
                "Mirza Kuchik Khan departed from Rasht in June 1920.");
        assertEquals(1, departuresFromRasht(same).size(), "one happening named twice is one event: " + departuresFromRasht(same));

        List<Statement> two = build("two.txt",
                "On 9 June 1920 Mirza Kuchik Khan left Rasht.",
                "On 3 March 1921 Mirza Kuchik Khan left Rasht.");
        assertEquals(2, departuresFromRasht(two).size(), "two departures on two dates are two events");
    }

    @Test
    void leftDepartedAndARelativeClauseGiveTheSameFact() throws IOException {
        List<Statement> statements = build("constructions.txt",
                "Mirza Kuchik Khan left Rasht.",
                "Rasht, which Mirza Kuchik Khan had left, was quiet.",
                "Mirza Kuchik Khan departed from Rasht.");
        Set<String> events = departuresFromRasht(statements);
        assertEquals(1, events.size(), "one departure: " + events);
        long passages = statements.stream()
                .filter(s -> s.asserted() && s.predicate().equals(Vocabulary.PARTICIPANT)
                        && s.object().equals(Vocabulary.resource("mirza-kuchik-khan"))
                        && events.contains(s.subject().getURI()))
                .map(s -> s.passage().localName()).distinct().count();
        assertEquals(3, passages, "each of the three sentences says it");
    }

    @Test
    void aNegatedDepartureIsAClaimNotAFact() throws IOException {
        List<Statement> statements = build("negated.txt", "Mirza Kuchik Khan never left Rasht in 1921.");
        assertTrue(departuresFromRasht(statements).isEmpty(), "no departure is asserted");
        assertTrue(statements.stream().anyMatch(s -> s.modality() == Modality.NEGATED
                && s.predicate().equals(Vocabulary.LOCATION) && s.object().equals(Vocabulary.resource("rasht"))),
                "the departure is kept as a negated claim");
    }
}
