package org.gilankg.statements.rules;

import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.OfficePhrases;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Offices named in prose, around the person who holds them:
 * "X's second-in-command, PERSON", "PERSON (the Soviet Commissar)", "Soviet premier PERSON",
 * "PERSON, the Soviet ambassador in PLACE", "PERSON (Minister of Culture in … STATE)".
 * A state or organisation adjective before the title, or named after it, is what the office is of.
 */
public final class OfficeRule extends SentenceRule {

    private static final String TITLE = "(?<title>" + OfficePhrases.OFFICE_TITLE + ")";
    private static final String SHORT_TITLE = "(?<title>(?:[\\p{Ll}-]+ )?" + OfficePhrases.ROLE_NOUN + ")";

    private static final MentionPattern POSSESSIVE = MentionPattern.compile(
            "{of:PERSON|ORG|STATE}'s " + SHORT_TITLE + ", {holder:PERSON}");
    private static final MentionPattern BRACKETED = MentionPattern.compile(
            "{holder:PERSON} \\(the (?:{of:STATE_ADJ|ORG_ADJ} )?" + SHORT_TITLE + "\\)");
    private static final MentionPattern BEFORE_NAME = MentionPattern.compile(
            "{of:STATE_ADJ|ORG_ADJ} " + SHORT_TITLE + " {holder:PERSON}");
    private static final MentionPattern APPOSITION = MentionPattern.compile(
            "{holder:PERSON}, the (?:{of:STATE_ADJ|ORG_ADJ} )?" + SHORT_TITLE + "(?: (?:in|to|of) {place:PLACE})?,");
    private static final MentionPattern BRACKETED_IN = MentionPattern.compile(
            "{holder:PERSON} \\(" + TITLE + " in [^()§]*(?:§[^()]*?)?{of:STATE|ORG}\\)");

    @Override
    public boolean clausal() {
        return false;
    }

    @Override
    public String name() {
        return "office";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (MentionPattern pattern : new MentionPattern[] {POSSESSIVE, BRACKETED, BEFORE_NAME, APPOSITION, BRACKETED_IN}) {
            for (PatternMatch m : ctx.match(pattern)) {
                String title = m.text("title");
                boolean adjective = m.has("of") && m.mention("of").kind() == org.gilankg.mentions.Mention.Kind.ADJECTIVE;
                // "Soviet premier": the adjective belongs to the title as the text gives it.
                String label = adjective ? m.mention("of").surface() + " " + title : capitalise(title);
                EntityRef office = ctx.make(EntityType.OFFICE, label);
                ctx.emit(m.entity("holder"), Vocabulary.HOLDS_OFFICE, office);
                EntityRef of = m.entity("of");
                if (of != null && of.type() != EntityType.PERSON) {
                    ctx.emit(office, Vocabulary.OFFICE_OF, of);
                }
            }
        }
    }

    private static String capitalise(String title) {
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
