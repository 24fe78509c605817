package org.gilankg.statements.rules;

import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityType;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Where things are: "… in the Iranian province of Gilan" (the subject is located there, and the
 * province is part of the state its adjective names), "Baku-based X", "the X in Anzali".
 */
public final class LocationRule extends SentenceRule {

    private static final MentionPattern IN_REGION = MentionPattern.compile(
            "in the (?:{adj:STATE_ADJ} )?(?:province|region|city|port|town|district) of {place:PLACE}");
    private static final MentionPattern BASED = MentionPattern.compile("{place:PLACE}-based {org:ORG}");
    private static final MentionPattern ORG_IN = MentionPattern.compile("{org:ORG} in {place:PLACE}");

    @Override
    public boolean clausal() {
        return false;
    }

    @Override
    public String name() {
        return "location";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(IN_REGION)) {
            ctx.subject()
                    .filter(s -> s.type() == EntityType.STATE || s.type() == EntityType.ORGANIZATION
                            || s.type() == EntityType.EVENT)
                    .ifPresent(s -> ctx.emit(s, Vocabulary.LOCATION, m.entity("place")));
            if (m.has("adj")) {
                ctx.emit(m.entity("place"), Vocabulary.PART_OF, m.entity("adj"));
            }
        }
        for (PatternMatch m : ctx.match(BASED)) {
            ctx.emit(m.entity("org"), Vocabulary.LOCATION, m.entity("place"));
        }
        for (PatternMatch m : ctx.match(ORG_IN)) {
            ctx.emit(m.entity("org"), Vocabulary.LOCATION, m.entity("place"));
        }
    }
}
