package org.gilankg.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.gilankg.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event that one passage asserts and another only reports (hedged, negated, conditional) is an
 * asserted event: it carries no gk:modality. One only reported, in different ways by different
 * passages, carries each passage's modality in that passage's graph, and the build still passes
 * its shapes (the real pipeline validates them, so a failure here is a thrown build error).
 */
class EventModalityTest {

    private static final Node MODALITY = Vocabulary.gk("modality");

    @TempDir
    Path dir;

    private static Set<Node> departures(List<Statement> statements) {
        return statements.stream()
                .filter(s -> s.predicate().equals(Vocabulary.LOCATION) && s.object().equals(Vocabulary.resource("rasht")))
                .map(Statement::subject).collect(Collectors.toSet());
    }

    private static Set<Node> modalities(List<Statement> statements, Set<Node> events) {
        return statements.stream()
                .filter(s -> events.contains(s.subject()) && s.predicate().equals(MODALITY))
                .map(Statement::object).collect(Collectors.toSet());
    }

    @Test
    void anEventAssertedOnceIsAssertedThoughAnotherPassageHedgesIt() throws IOException {
        List<Statement> statements = SmallArticles.statements(dir, "asserted-and-hedged.txt",
                "It is said that Mirza Kuchik Khan left Rasht in 1921.",
                "Mirza Kuchik Khan left Rasht in 1921.");
        Set<Node> events = departures(statements);
        assertEquals(1, events.size(), "one departure: " + events);
        assertTrue(modalities(statements, events).isEmpty(),
                "asserted by the second sentence, so no modality: " + modalities(statements, events));
    }

    @Test
    void anEventOnlyReportedInTwoWaysKeepsBothAndPassesTheShapes() throws IOException {
        List<Statement> statements = SmallArticles.statements(dir, "hedged-and-negated.txt",
                "It is said that Mirza Kuchik Khan left Rasht in 1921.",
                "Some historians doubt this, and write that Mirza Kuchik Khan never left Rasht in 1921.");
        Set<Node> events = departures(statements);
        assertEquals(1, events.size(), "one departure: " + events);
        assertEquals(Set.of(Modality.HEDGED.node(), Modality.NEGATED.node()), modalities(statements, events));
        assertTrue(statements.stream().filter(s -> events.contains(s.subject()) && s.predicate().equals(MODALITY))
                .map(s -> s.passage().localName()).distinct().count() == 2, "each modality in its own passage");
    }
}
