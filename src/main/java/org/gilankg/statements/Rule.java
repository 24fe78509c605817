package org.gilankg.statements;

import java.util.Set;
import org.gilankg.text.PassageKind;

/** A general pattern over recognised mentions that derives statements from one passage. */
public interface Rule {

    /** A short, stable name, recorded in the provenance of every statement the rule derives. */
    String name();

    /** The kinds of passage the rule reads. */
    Set<PassageKind> reads();

    void apply(PassageContext passage);

    /**
     * Whether what the rule reads is said by a clause, so that a negation, hedge or condition of
     * that clause makes it a claim. A rule that reads inside a noun phrase ("the White Russian
     * General Denikin", "Baku-based", "X (Persian: …)") reads what the text takes for granted,
     * which a negated or hedged verb does not deny.
     */
    default boolean clausal() {
        return true;
    }
}
