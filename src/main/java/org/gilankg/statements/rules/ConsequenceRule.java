package org.gilankg.statements.rules;

import org.gilankg.Vocabulary;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * "EVENT … and opened the way for … EVENT": the event made before the phrase resulted in the one
 * made after it. Runs after the rules that make events. (The other links of cause and effect,
 * "resulting in", "led to", "required them to", "after", "as a result", are cause rows of the
 * trigger lexicon.)
 */
public final class ConsequenceRule extends SentenceRule {

    private static final MentionPattern OPENED_WAY = MentionPattern.compile("(?:opened|paved|cleared) the way (?:for|to)");

    @Override
    public String name() {
        return "consequence";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(OPENED_WAY)) {
            var events = ctx.events();
            var before = events.stream().filter(e -> e.position() < m.start()).reduce((a, b) -> b);
            var after = events.stream().filter(e -> e.position() > m.start()).findFirst();
            if (before.isPresent() && after.isPresent()) {
                ctx.emit(before.get().thing(), Vocabulary.RESULTED_IN, after.get().thing());
            }
        }
    }
}
