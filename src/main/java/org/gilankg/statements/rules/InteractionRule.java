package org.gilankg.statements.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Dealings between parties as events: "disagreements arose between A … and B", "Correspondence
 * between A, the …, and B", "A's efforts … sending a petition … to B".
 */
public final class InteractionRule extends SentenceRule {

    private static final MentionPattern BETWEEN = MentionPattern.compile(
            "(?<noun>[Dd]isagreements?|[Cc]onflicts?|[Cc]orrespondence|[Nn]egotiations|[Tt]alks|[Cc]lashes)"
                    + " (?:arose |broke out |took place )?between (?<sides>[^.]*)");
    private static final MentionPattern SENT = MentionPattern.compile(
            "{sender:PERSON|ORG}'s [^.§]*?(?:sending|sent|send) an? (?<noun>petition|letter|message|appeal)[^.§]*?"
                    + " to (?:the )?(?:{STATE_ADJ} )?(?:[\\p{Ll}-]+ )?{recipient:PERSON|ORG|STATE}");
    private static final Pattern TOKEN = Pattern.compile("§([POS])(\\d+)§");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
    /** An apposition between commas: ", the Soviet ambassador in Tehran,". */
    private static final Pattern APPOSITION = Pattern.compile(", the [^,]*,");
    /** The parties end at the first comma that does not go on with "and". */
    private static final Pattern END_OF_PARTIES = Pattern.compile(",(?! and )");

    @Override
    public String name() {
        return "interaction";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(BETWEEN)) {
            // Names inside brackets are asides ("(evolved from the Edalat Party)"), not parties.
            String sides = BRACKETS.matcher(ctx.masked().text().substring(m.start("sides"), m.end("sides"))).replaceAll("");
            sides = APPOSITION.matcher(sides).replaceAll("");
            Matcher end = END_OF_PARTIES.matcher(sides);
            if (end.find()) {
                sides = sides.substring(0, end.start());
            }
            List<EntityRef> parties = new ArrayList<>();
            Matcher token = TOKEN.matcher(sides);
            while (token.find()) {
                Mention mention = ctx.masked().mentions().get(Integer.parseInt(token.group(2)));
                if (!parties.contains(mention.entity())) {
                    parties.add(mention.entity());
                }
            }
            if (parties.size() < 2) {
                continue;
            }
            String noun = m.text("noun");
            EntityRef event = ctx.makeEvent(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " between "
                    + joined(parties), m.start());
            parties.forEach(p -> ctx.emit(event, Vocabulary.PARTICIPANT, p));
        }
        for (PatternMatch m : ctx.match(SENT)) {
            EntityRef sender = m.entity("sender");
            EntityRef recipient = m.entity("recipient");
            String noun = m.text("noun");
            EntityRef event = ctx.makeEvent(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " of "
                    + sender.label() + " to " + recipient.label(), m.start());
            ctx.emit(event, Vocabulary.PARTICIPANT, sender);
            ctx.emit(event, Vocabulary.PARTICIPANT, recipient);
        }
    }

    private static String joined(List<EntityRef> parties) {
        List<String> labels = parties.stream().map(EntityRef::label).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
