package org.gilankg.statements.rules;

import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityType;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * When a state, organisation or movement began and ended: "lasted from DATE until DATE",
 * "DATE … came into being", "came to an end in DATE", "X that had started in DATE".
 */
public final class LifespanRule extends SentenceRule {

    private static final MentionPattern LASTED = MentionPattern.compile(
            "lasted from {start:DATE} (?:until|to|till) {end:DATE}");
    private static final MentionPattern CAME_INTO_BEING = MentionPattern.compile(
            "(?:came into (?:being|existence)|was (?:proclaimed|declared) (?=[.,])|was founded(?= in))");
    private static final MentionPattern CAME_TO_END = MentionPattern.compile(
            "(?:came to an end|ended|was dissolved|collapsed|fell) in {end:DATE}");
    private static final MentionPattern STARTED = MentionPattern.compile(
            "{thing:ORG|STATE|EVENT}(?: (?:that|which))? (?:had )?(?:started|began|begun|was founded|was formed) in {start:DATE}");

    @Override
    public String name() {
        return "lifespan";
    }

    @Override
    public void apply(PassageContext ctx) {
        var subject = ctx.subject().filter(s -> s.type() == EntityType.STATE || s.type() == EntityType.ORGANIZATION
                || s.type() == EntityType.EVENT);
        for (PatternMatch m : ctx.match(LASTED)) {
            subject.ifPresent(s -> {
                ctx.emit(s, Vocabulary.START_DATE, m.mention("start").date());
                ctx.emit(s, Vocabulary.END_DATE, m.mention("end").date());
            });
        }
        for (PatternMatch m : ctx.match(CAME_INTO_BEING)) {
            subject.ifPresent(s -> ctx.dateBefore(m.start()).ifPresent(d -> ctx.emit(s, Vocabulary.START_DATE, d)));
        }
        for (PatternMatch m : ctx.match(CAME_TO_END)) {
            subject.ifPresent(s -> ctx.emit(s, Vocabulary.END_DATE, m.mention("end").date()));
        }
        for (PatternMatch m : ctx.match(STARTED)) {
            ctx.emit(m.entity("thing"), Vocabulary.START_DATE, m.mention("start").date());
        }
    }
}
