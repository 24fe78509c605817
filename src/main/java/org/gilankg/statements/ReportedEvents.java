package org.gilankg.statements;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;

/**
 * Settles, over the whole article, which made events are only reported. A passage that makes an
 * event under a hedge, negation or condition marks it with its {@code gk:modality}
 * ({@link PassageContext#declare}); but when any passage asserts something of that event, it is an
 * asserted event, and a modality on it would tell a reader it was not. Such marks are dropped.
 * An event only reported, in different ways by different passages, keeps each passage's mark.
 */
final class ReportedEvents {

    private static final Node MODALITY = Vocabulary.gk("modality");
    /** What declaring a thing says of it; these do not assert that the event happened. */
    private static final Set<Node> DECLARATION = Set.of(RDF.type.asNode(), RDFS.label.asNode(),
            Vocabulary.uri(Vocabulary.SKOS + "altLabel"), MODALITY);

    private ReportedEvents() {}

    static List<Statement> settle(List<Statement> statements) {
        Set<Node> asserted = statements.stream()
                .filter(s -> s.asserted() && !DECLARATION.contains(s.predicate()))
                .map(Statement::subject)
                .collect(Collectors.toSet());
        return statements.stream()
                .filter(s -> !(s.predicate().equals(MODALITY) && asserted.contains(s.subject())))
                .toList();
    }
}
