package org.gilankg.statements;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.gilankg.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements the article's sentences once gave wrongly, each beside a control sentence that must
 * still give the true statement. Runs the real pipeline (and the real CoreNLP analysis) on small
 * articles; no Wikidata links, so the small graphs need not hold the article's things.
 */
class PrecisionTest {

    @TempDir
    Path dir;

    private List<Statement> build(String name, String... sentences) throws IOException {
        return SmallArticles.statements(dir, name, sentences);
    }

    private static boolean asserted(List<Statement> statements, String passage, Node subject, Node predicate, Node object) {
        return statements.stream().anyMatch(s -> s.asserted() && s.passage().localName().equals(passage)
                && (subject == null || s.subject().equals(subject)) && s.predicate().equals(predicate)
                && (object == null || s.object().equals(object)));
    }

    private static boolean holdsAmbassador(List<Statement> statements, String passage, String person) {
        Node office = Vocabulary.resource("soviet-ambassador");
        return asserted(statements, passage, Vocabulary.resource(person), Vocabulary.HOLDS_OFFICE, office);
    }

    @Test
    void anAppositionDescribesItsGovernorNotTheNextConjunct() throws IOException {
        List<Statement> statements = build("apposition.txt",
                "Correspondence between Theodore Rothstein, the Soviet ambassador in Tehran, and Mirza Koochak Khan clearly supports this view.");
        assertTrue(holdsAmbassador(statements, "cases/1", "theodore-rothstein"), "Rothstein is the ambassador");
        assertFalse(holdsAmbassador(statements, "cases/1", "mirza-kuchik-khan"), "Mirza is not");
    }

    @Test
    void anAppositionAfterTheLastConjunctDescribesTheLastConjunct() throws IOException {
        // The parser hangs the apposition on the first conjunct, the head of the coordination.
        List<Statement> statements = build("apposition-last.txt",
                "This view is clearly supported by the correspondence between Mirza Koochak Khan and Theodore Rothstein, the Soviet ambassador in Tehran.");
        assertTrue(holdsAmbassador(statements, "cases/1", "theodore-rothstein"), "Rothstein is the ambassador");
        assertFalse(holdsAmbassador(statements, "cases/1", "mirza-kuchik-khan"), "Mirza is not");
    }

    @Test
    void aDateDoesNotReachAnEventInAClauseModifyingANoun() throws IOException {
        List<Statement> statements = build("way.txt",
                "On June 9, 1920 Mirza Kuchik Khan left Rasht in protest and opened the way for the Communist (Edalat) party to set a coup d'état.");
        Node june9 = NodeFactory.createLiteralDT("1920-06-09", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        Node coup = statements.stream()
                .filter(s -> s.predicate().equals(Vocabulary.PARTICIPANT)
                        && s.object().equals(Vocabulary.resource("iranian-communist-party")))
                .map(Statement::subject).findFirst().orElse(null);
        assertTrue(coup != null, "the coup is still read: " + statements);
        assertTrue(statements.stream().anyMatch(s -> s.asserted() && s.predicate().equals(Vocabulary.DATE)
                && s.object().equals(june9) && !s.subject().equals(coup)), "the departure keeps its date");
        assertFalse(asserted(statements, "cases/1", coup, Vocabulary.DATE, null), "the coup is not dated by the departure's clause");
    }

    @Test
    void anOfferIsAFactButWhatIsOfferedIsNot() throws IOException {
        List<Statement> statements = build("offer.txt",
                "Mirza offered to pay for the ammunition but the Soviets refused any payments.",
                "Mirza paid for the ammunition.");
        Node mirza = Vocabulary.resource("mirza-kuchik-khan");
        Node payment = Vocabulary.resource("payment-mirza-kuchik-khan");
        assertTrue(asserted(statements, "cases/2", payment, Vocabulary.PARTICIPANT, mirza), "a payment made is a fact");
        assertFalse(asserted(statements, "cases/1", payment, Vocabulary.PARTICIPANT, mirza), "a payment offered is not");
        assertTrue(statements.stream().anyMatch(s -> s.passage().localName().equals("cases/1")
                && s.subject().equals(payment) && s.modality() == Modality.CONDITIONAL), "it is kept as a conditional claim");
        assertTrue(asserted(statements, "cases/1", Vocabulary.resource("offer-mirza-kuchik-khan"), Vocabulary.PARTICIPANT, mirza),
                "the offer itself is a fact");
    }
}
