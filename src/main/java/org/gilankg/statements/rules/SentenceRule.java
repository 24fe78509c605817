package org.gilankg.statements.rules;

import java.util.Set;
import org.gilankg.statements.Rule;
import org.gilankg.text.PassageKind;

/** A rule that reads sentences of prose. */
abstract class SentenceRule implements Rule {
    @Override
    public Set<PassageKind> reads() {
        return Set.of(PassageKind.SENTENCE);
    }
}
