package org.gilankg.statements.rules;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.MentionedPassage;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Treaties and agreements, their parties, dates and places:
 * <ul>
 *   <li>"A entered into an agreement with B": an agreement between A and B;</li>
 *   <li>"the agreement achieved between A and B": the treaty the article names whose name gives
 *       those parties, or else a new agreement;</li>
 *   <li>"A signed the TREATY with the B in PLACE (YEAR)";</li>
 *   <li>"TREATY (YEAR)": its date;</li>
 *   <li>a treaty's name names its parties: "Russo-Persian", "Anglo-Soviet".</li>
 * </ul>
 */
public final class AgreementRule extends SentenceRule {

    private static final String KIND = "(?<kind>agreement|alliance|treaty|pact|accord)";
    private static final MentionPattern ENTERED = MentionPattern.compile(
            "{a:AGENT} (?:entered into|concluded|reached|made|formed) an? " + KIND + " with (?:the )?{b:AGENT}");
    private static final MentionPattern BETWEEN = MentionPattern.compile(
            "the " + KIND + "(?: [\\p{Ll}]+)? between (?:the )?{a:AGENT} and (?:the )?{b:AGENT}");
    private static final MentionPattern SIGNED = MentionPattern.compile(
            "{a:AGENT} signed the {treaty:TREATY}(?: with (?:the )?{b:AGENT|STATE_ADJ})?(?: in {place:PLACE})?"
                    + "(?: \\({date:DATE}\\))?");
    private static final MentionPattern DATED = MentionPattern.compile("{treaty:TREATY} \\({date:DATE}\\)");

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (Mention m : ctx.passage().mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.TREATY) {
                parties(ctx, m.entity()).forEach(party -> ctx.emit(m.entity(), Vocabulary.SIGNATORY, party));
            }
        }
        for (PatternMatch m : ctx.match(ENTERED)) {
            EntityRef a = m.entity("a");
            EntityRef b = m.entity("b");
            EntityRef agreement = ctx.make(EntityType.TREATY,
                    capitalise(m.text("kind")) + " between " + a.label() + " and " + b.label());
            ctx.emit(agreement, Vocabulary.SIGNATORY, a);
            ctx.emit(agreement, Vocabulary.SIGNATORY, b);
        }
        for (PatternMatch m : ctx.match(BETWEEN)) {
            EntityRef a = m.entity("a");
            EntityRef b = m.entity("b");
            EntityRef treaty = namedTreatyOf(ctx, Set.of(a, b)).orElseGet(() -> ctx.make(EntityType.TREATY,
                    capitalise(m.text("kind")) + " between " + a.label() + " and " + b.label()));
            ctx.emit(treaty, Vocabulary.SIGNATORY, a);
            ctx.emit(treaty, Vocabulary.SIGNATORY, b);
        }
        for (PatternMatch m : ctx.match(SIGNED)) {
            EntityRef treaty = m.entity("treaty");
            ctx.emit(treaty, Vocabulary.SIGNATORY, m.entity("a"));
            ctx.emit(treaty, Vocabulary.SIGNATORY, m.entity("b"));
            ctx.emit(treaty, Vocabulary.LOCATION, m.entity("place"));
            if (m.has("date")) {
                ctx.emit(treaty, Vocabulary.DATE, m.mention("date").date());
            }
        }
        for (PatternMatch m : ctx.match(DATED)) {
            ctx.emit(m.entity("treaty"), Vocabulary.DATE, m.mention("date").date());
        }
    }

    /** The states or organisations whose adjective forms make up a treaty's name. */
    private static Set<EntityRef> parties(PassageContext ctx, EntityRef treaty) {
        Set<EntityRef> parties = new LinkedHashSet<>();
        for (Mention adjective : ctx.adjectivesIn(treaty.label())) {
            EntityType type = adjective.entity().type();
            if (type == EntityType.STATE || type == EntityType.ORGANIZATION) {
                parties.add(adjective.entity());
            }
        }
        return parties.size() >= 2 ? parties : Set.of();
    }

    /** A treaty the article names whose name gives exactly these parties. */
    private static Optional<EntityRef> namedTreatyOf(PassageContext ctx, Set<EntityRef> parties) {
        for (MentionedPassage p : ctx.article().passages()) {
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.TREATY
                        && parties(ctx, m.entity()).equals(parties)) {
                    return Optional.of(m.entity());
                }
            }
        }
        return Optional.empty();
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
