package org.gilankg.statements;

import org.apache.jena.graph.Node;
import org.gilankg.Vocabulary;

/** How the text holds what a clause says: asserted, or reported as negated, hedged or conditional. */
public enum Modality {
    ASSERTED, NEGATED, HEDGED, CONDITIONAL;

    /** The gk:Modality individual (gk:Negated, gk:Hedged, gk:Conditional); none for an assertion. */
    public Node node() {
        return switch (this) {
            case ASSERTED -> null;
            case NEGATED -> Vocabulary.gk("Negated");
            case HEDGED -> Vocabulary.gk("Hedged");
            case CONDITIONAL -> Vocabulary.gk("Conditional");
        };
    }

    public static Modality of(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
