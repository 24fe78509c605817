package org.gilankg.statements.rules;

import org.gilankg.Vocabulary;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Belonging: "the White Russian counter-revolutionary General PERSON" (a member of the
 * organisation the adjective names), "STATE's ORG" (part of that state), and
 * "ORG (evolved from the … ORG)" (one organisation grew out of another).
 */
public final class AffiliationRule extends SentenceRule {

    private static final MentionPattern ATTRIBUTIVE = MentionPattern.compile(
            "{org:ORG_ADJ}(?: [\\p{Ll}-]+){0,3} (?:(?:General|Colonel|Admiral|Commander|Comrade) )?{person:PERSON}");
    private static final MentionPattern POSSESSIVE = MentionPattern.compile("{state:STATE}'s {org:ORG}");
    private static final MentionPattern EVOLVED = MentionPattern.compile(
            "{org:ORG},? \\(?(?:which )?(?:evolved|emerged|grew|was formed) (?:out )?(?:of|from) (?:the )?(?:{PLACE}-based )?{from:ORG}");

    @Override
    public boolean clausal() {
        return false;
    }

    @Override
    public String name() {
        return "affiliation";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(ATTRIBUTIVE)) {
            ctx.emit(m.entity("person"), Vocabulary.MEMBER_OF, m.entity("org"));
        }
        for (PatternMatch m : ctx.match(POSSESSIVE)) {
            ctx.emit(m.entity("org"), Vocabulary.PART_OF, m.entity("state"));
        }
        for (PatternMatch m : ctx.match(EVOLVED)) {
            ctx.emit(m.entity("org"), Vocabulary.EVOLVED_FROM, m.entity("from"));
        }
    }
}
