package org.gilankg.statements.rules;

import java.util.ArrayList;
import java.util.List;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Taking or restoring control of places as an event: "PERSON … began reasserting central
 * government control over PLACE and PLACE". The actor is the sentence's subject; an organisation
 * named before "control" takes part too.
 */
public final class ControlRule extends SentenceRule {

    private static final MentionPattern CONTROL = MentionPattern.compile(
            "(?<verb>reasserting|reasserted|reassert|asserting|asserted|restoring|restored|establishing|established|seizing|seized)"
                    + " (?:{by:ORG} )?control over (?:the )?{first:PLACE}(?:,? and {second:PLACE})?");

    @Override
    public String name() {
        return "control";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(CONTROL)) {
            List<EntityRef> places = new ArrayList<>();
            places.add(m.entity("first"));
            if (m.has("second")) {
                places.add(m.entity("second"));
            }
            String noun = m.text("verb").startsWith("reassert") ? "Reassertion" : m.text("verb").startsWith("assert")
                    ? "Assertion" : m.text("verb").startsWith("restor") ? "Restoration"
                    : m.text("verb").startsWith("establish") ? "Establishment" : "Seizure";
            String label = noun + " of " + (m.has("by") ? m.mention("by").surface() + " " : "") + "control over "
                    + String.join(" and ", places.stream().map(EntityRef::label).toList());
            EntityRef event = ctx.makeEvent(label, m.start());
            ctx.subject().ifPresent(s -> ctx.emit(event, Vocabulary.PARTICIPANT, s));
            if (m.has("by")) {
                ctx.emit(event, Vocabulary.PARTICIPANT, m.entity("by"));
            }
            places.forEach(p -> ctx.emit(event, Vocabulary.LOCATION, p));
            ctx.dateBefore(m.start()).ifPresent(d -> ctx.emit(event, Vocabulary.DATE, d));
        }
    }
}
