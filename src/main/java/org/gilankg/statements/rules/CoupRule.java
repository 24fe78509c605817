package org.gilankg.statements.rules;

import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Coups as events, with who made them: "opened the way for ORG to set a coup d'état",
 * "PERSON, who had initiated a successful coup d'état with PERSON DATE".
 */
public final class CoupRule extends SentenceRule {

    private static final String COUP = "coup(?: d'état| d’état)?";
    private static final MentionPattern FOR_AGENT = MentionPattern.compile(
            "for (?:the )?{agent:AGENT} to (?:set|stage|launch|carry out|mount) an? " + COUP);
    private static final MentionPattern INITIATED = MentionPattern.compile(
            "{agent:PERSON|ORG}, who had (?:initiated|staged|led|launched|mounted) an? (?:[\\p{L}]+ )?" + COUP
                    + "(?: with {partner:PERSON|ORG})?(?: {when:DATE|RELDATE})?");

    @Override
    public String name() {
        return "coup";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(FOR_AGENT)) {
            coup(ctx, m);
        }
        for (PatternMatch m : ctx.match(INITIATED)) {
            EntityRef coup = coup(ctx, m);
            if (m.has("partner")) {
                ctx.emit(coup, Vocabulary.PARTICIPANT, m.entity("partner"));
            }
            if (m.has("when")) {
                ctx.emit(coup, Vocabulary.DATE, m.mention("when").date());
            }
        }
    }

    private static EntityRef coup(PassageContext ctx, PatternMatch m) {
        EntityRef agent = m.entity("agent");
        EntityRef coup = ctx.makeEvent("Coup d'état of " + agent.label(), m.start("agent"));
        ctx.emit(coup, Vocabulary.PARTICIPANT, agent);
        return coup;
    }
}
