package org.gilankg.statements.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.MaskedText;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Movements as events: "On DATE PERSON left PLACE", "the FLEET … entered the port of PLACE",
 * "the FORCES retreated to PLACE", "he traveled on foot to PLACE", "A and B fled into PLACE,
 * and died", "a force that had made its way towards PLACE".
 *
 * <p>The mover is the first person, organisation or state of the verb's clause that is not
 * introduced by "by" or "with"; people joined to it by "and" move with it; "led by" and
 * "accompanied by" name further participants; a pronoun is the person named last before it.
 * The event is dated only by a date the sentence gives before the verb.
 */
public final class MovementRule extends SentenceRule {

    /** Verb, the event's noun and its preposition. */
    private record Verb(Pattern verb, String noun, String preposition) {}

    private static final List<Verb> VERBS = List.of(
            new Verb(Pattern.compile("entered"), "Entry", "into"),
            new Verb(Pattern.compile("left"), "Departure", "from"),
            new Verb(Pattern.compile("(?:retreated|withdrew) to"), "Retreat", "to"),
            new Verb(Pattern.compile("travell?ed(?: on foot| by sea)? to"), "Journey", "to"),
            new Verb(Pattern.compile("fled(?: alone)? into"), "Flight", "into"),
            new Verb(Pattern.compile("fled(?: alone)? to"), "Flight", "to"),
            new Verb(Pattern.compile("made (?:its|their) way towards|marched (?:on|towards|to)"), "Advance", "towards"),
            new Verb(Pattern.compile("arrived in"), "Arrival", "in"));

    private static final MentionPattern MOVEMENT = MentionPattern.compile(
            "(?<verb>entered|left|retreated to|withdrew to|travell?ed(?: on foot| by sea)? to|fled(?: alone)? (?:into|to)"
                    + "|made (?:its|their) way towards|marched (?:on|towards|to)|arrived in)"
                    + " (?:the )?(?:[\\p{L} ]+? (?:port|city|town|province) of )?{place:PLACE}(?<died>,? and died)?");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(", and |,? and the | when | but |; | (?<relative>that|which) ");
    private static final Pattern TOKEN = Pattern.compile("§([A-Za-z])(\\d+)§");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    private static final Pattern COMPANION = Pattern.compile("(?:led|accompanied|commanded|joined) by §P(\\d+)§");

    @Override
    public String name() {
        return "movement";
    }

    @Override
    public void apply(PassageContext ctx) {
        MaskedText text = ctx.masked();
        for (PatternMatch m : ctx.match(MOVEMENT)) {
            Verb verb = VERBS.stream().filter(v -> v.verb().matcher(m.text("verb")).matches()).findFirst().orElseThrow();
            int verbStart = m.start("verb");
            String before = text.text().substring(0, verbStart);

            int clauseStart = 0;
            boolean relative = false;
            Matcher boundary = CLAUSE_BOUNDARY.matcher(before);
            while (boundary.find()) {
                clauseStart = boundary.end();
                relative = boundary.group("relative") != null;
            }
            String clause = before.substring(clauseStart);

            List<EntityRef> movers = movers(ctx, clause);
            if (movers.isEmpty()) {
                Matcher pronoun = PRONOUN.matcher(clause);
                if (pronoun.find()) {
                    ctx.personBefore(clauseStart + pronoun.start()).ifPresent(movers::add);
                } else if (relative) {
                    // "X's force that had made its way towards …": the force is X's.
                    lastEntityIn(ctx, before.substring(0, Math.max(0, clauseStart))).ifPresent(movers::add);
                }
            }
            if (movers.isEmpty()) {
                continue;
            }
            EntityRef place = m.entity("place");
            EntityRef mover = movers.get(0);
            EntityRef event = ctx.makeEvent(verb.noun() + " of " + mover.label() + " " + verb.preposition() + " "
                    + place.label(), verbStart);
            movers.forEach(p -> ctx.emit(event, Vocabulary.PARTICIPANT, p));
            Matcher companion = COMPANION.matcher(clause);
            while (companion.find()) {
                ctx.emit(event, Vocabulary.PARTICIPANT, text.mentions().get(Integer.parseInt(companion.group(1))).entity());
            }
            ctx.emit(event, Vocabulary.LOCATION, place);
            ctx.dateBefore(verbStart).ifPresent(d -> ctx.emit(event, Vocabulary.DATE, d));
            if (m.has("died")) {
                movers.stream().filter(p -> p.type() == EntityType.PERSON)
                        .forEach(p -> ctx.emit(p, Vocabulary.DEATH_PLACE, place));
            }
        }
    }

    /** The clause's subject and the people joined to it; names after "by", "with", "of", "to" are not movers. */
    private static List<EntityRef> movers(PassageContext ctx, String clause) {
        List<EntityRef> movers = new ArrayList<>();
        Matcher token = TOKEN.matcher(clause);
        while (token.find()) {
            char code = token.group(1).charAt(0);
            if ("POS".indexOf(code) < 0) {
                continue;
            }
            String preceding = clause.substring(0, token.start());
            if (preceding.matches("(?s).*\\b(?:by|with|of|to|from|among|for) (?:the )?$")) {
                continue;
            }
            EntityRef thing = ctx.masked().mentions().get(Integer.parseInt(token.group(2))).entity();
            if (movers.isEmpty() || (code == 'P' && !movers.contains(thing))) {
                movers.add(thing);
            }
        }
        return movers;
    }

    private static java.util.Optional<EntityRef> lastEntityIn(PassageContext ctx, String text) {
        Matcher token = TOKEN.matcher(text);
        EntityRef last = null;
        while (token.find()) {
            Mention mention = ctx.masked().mentions().get(Integer.parseInt(token.group(2)));
            if (mention.kind() == Mention.Kind.NAME && "POS".indexOf(token.group(1).charAt(0)) >= 0) {
                last = mention.entity();
            }
        }
        return java.util.Optional.ofNullable(last);
    }
}
