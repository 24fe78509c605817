package org.gilankg.statements;

import org.apache.jena.graph.Node;
import org.gilankg.text.Passage;

/**
 * One statement derived from the text: a triple, the passage it came from, and the rule that
 * derived it. A statement whose modality is not {@link Modality#ASSERTED} is a claim: the dataset
 * stage reifies it as a gk:Claim and never writes it as a plain triple.
 *
 * @param attributedTo who the text says holds a hedged claim, or null
 */
public record Statement(Node subject, Node predicate, Node object, Passage passage, String rule,
                        Modality modality, Node attributedTo) {

    public Statement(Node subject, Node predicate, Node object, Passage passage, String rule) {
        this(subject, predicate, object, passage, rule, Modality.ASSERTED, null);
    }

    public boolean asserted() {
        return modality == Modality.ASSERTED;
    }
}
