package org.gilankg.statements.rules;

import java.util.List;
import java.util.Optional;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * What led to what. Runs after the rules that make events.
 * <ul>
 *   <li>"TREATY … resulting in the withdrawal of ORG": the treaty resulted in that withdrawal;</li>
 *   <li>"TREATY … which required them to retreat from PLACE": it resulted in that retreat;</li>
 *   <li>"EVENT … and opened the way for … EVENT": the first event resulted in the second.</li>
 * </ul>
 */
public final class ConsequenceRule extends SentenceRule {

    private static final MentionPattern RESULTING = MentionPattern.compile(
            "(?:resulting|resulted|which resulted) in the (?<noun>withdrawal|retreat|evacuation|defeat|end|fall|collapse)"
                    + " of (?:the )?{who:AGENT}");
    private static final MentionPattern REQUIRED = MentionPattern.compile(
            "(?:which |that )?(?:required|forced|obliged) (?:them|it) to (?<verb>retreat|withdraw) from (?:the )?{place:PLACE}");
    private static final MentionPattern OPENED_WAY = MentionPattern.compile("opened the way for");

    @Override
    public String name() {
        return "consequence";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(RESULTING)) {
            String noun = m.text("noun");
            EntityRef effect = ctx.makeEvent(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " of "
                    + m.entity("who").label(), m.start());
            ctx.emit(effect, Vocabulary.PARTICIPANT, m.entity("who"));
            cause(ctx, m.start()).ifPresent(cause -> ctx.emit(cause, Vocabulary.RESULTED_IN, effect));
        }
        for (PatternMatch m : ctx.match(REQUIRED)) {
            Optional<EntityRef> who = ctx.subject().filter(s -> s.type() != EntityType.TREATY);
            String noun = m.text("verb").equals("retreat") ? "Retreat" : "Withdrawal";
            EntityRef effect = ctx.makeEvent(noun + who.map(w -> " of " + w.label()).orElse("") + " from "
                    + m.entity("place").label(), m.start());
            who.ifPresent(w -> ctx.emit(effect, Vocabulary.PARTICIPANT, w));
            ctx.emit(effect, Vocabulary.LOCATION, m.entity("place"));
            cause(ctx, m.start()).ifPresent(cause -> ctx.emit(cause, Vocabulary.RESULTED_IN, effect));
        }
        for (PatternMatch m : ctx.match(OPENED_WAY)) {
            var events = ctx.events();
            var before = events.stream().filter(e -> e.position() < m.start()).reduce((a, b) -> b);
            var after = events.stream().filter(e -> e.position() > m.start()).findFirst();
            if (before.isPresent() && after.isPresent()) {
                ctx.emit(before.get().thing(), Vocabulary.RESULTED_IN, after.get().thing());
            }
        }
    }

    /** The cause of an effect at {@code position}: the last treaty or event named or made before it. */
    private static Optional<EntityRef> cause(PassageContext ctx, int position) {
        int offset = ctx.masked().articleOffset(position);
        Optional<EntityRef> named = ctx.passage().mentions().stream()
                .filter(x -> x.kind() == Mention.Kind.NAME && x.end() <= offset
                        && (x.entity().type() == EntityType.TREATY || x.entity().type() == EntityType.EVENT))
                .map(Mention::entity)
                .reduce((a, b) -> b);
        return named.or(() -> ctx.events().stream().filter(e -> e.position() < position)
                .map(PassageContext.Made::thing).reduce((a, b) -> b));
    }

}
