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
}
