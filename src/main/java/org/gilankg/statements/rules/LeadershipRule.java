package org.gilankg.statements.rules;

import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityType;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Who founded and who led: "established by PERSON", "X led by PERSON", "PERSON, a leader of X",
 * "X under his leadership", "X, formally under PERSON".
 */
public final class LeadershipRule extends SentenceRule {

    private static final MentionPattern FOUNDED_BY = MentionPattern.compile(
            "(?:established|founded|created|set up) by {founder:PERSON}");
    private static final MentionPattern LED_BY = MentionPattern.compile(
            "{org:ORG|STATE|EVENT} (?:led|headed|commanded) by {leader:PERSON}");
    private static final MentionPattern APPOSITION = MentionPattern.compile(
            "{person:PERSON}, (?:an?|the) (?<role>leader|head|chairman|founder|member) of (?:the )?{org:ORG|STATE}");
    private static final MentionPattern UNDER_LEADERSHIP = MentionPattern.compile(
            "{org:ORG|STATE|EVENT} under (?<pronoun>his|her) (?:leadership|command)");
    private static final MentionPattern UNDER = MentionPattern.compile(
            "{org:ORG|STATE}, (?:formally |nominally |officially )?under {leader:PERSON}");

    @Override
    public String name() {
        return "leadership";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(FOUNDED_BY)) {
            ctx.subject()
                    .filter(s -> s.type() == EntityType.STATE || s.type() == EntityType.ORGANIZATION)
                    .ifPresent(s -> ctx.emit(s, Vocabulary.FOUNDER, m.entity("founder")));
        }
        for (PatternMatch m : ctx.match(LED_BY)) {
            ctx.emit(m.entity("org"), Vocabulary.LEADER, m.entity("leader"));
        }
        for (PatternMatch m : ctx.match(APPOSITION)) {
            var person = m.entity("person");
            var org = m.entity("org");
            switch (m.text("role")) {
                case "founder" -> ctx.emit(org, Vocabulary.FOUNDER, person);
                case "member" -> { }
                default -> ctx.emit(org, Vocabulary.LEADER, person);
            }
            if (org.type() == EntityType.ORGANIZATION) {
                ctx.emit(person, Vocabulary.MEMBER_OF, org);
            }
        }
        for (PatternMatch m : ctx.match(UNDER_LEADERSHIP)) {
            ctx.personBefore(m.start("pronoun")).ifPresent(p -> ctx.emit(m.entity("org"), Vocabulary.LEADER, p));
        }
        for (PatternMatch m : ctx.match(UNDER)) {
            ctx.emit(m.entity("org"), Vocabulary.LEADER, m.entity("leader"));
        }
    }
}
