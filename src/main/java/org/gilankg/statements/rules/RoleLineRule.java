package org.gilankg.statements.rules;

import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.RoleLine;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.Rule;
import org.gilankg.text.PassageKind;

/**
 * A "Name (Alias) – Office" list line: the person holds the office, and both belong to the body
 * the section's heading names ("First Cabinet"), which belongs to the article's topic.
 */
public final class RoleLineRule implements Rule {

    @Override
    public String name() {
        return "role-line";
    }

    @Override
    public Set<PassageKind> reads() {
        return Set.of(PassageKind.LIST_LINE);
    }

    @Override
    public void apply(PassageContext ctx) {
        RoleLine line = ctx.passage().roleLine();
        if (line == null) {
            return;
        }
        EntityRef person = line.person().entity();
        if (person.minted()) {
            ctx.declare(person);
        }
        if (!line.person().surface().equals(person.label())) {
            ctx.emitText(person, Vocabulary.uri(Vocabulary.SKOS + "altLabel"), line.person().surface());
        }
        if (line.alias() != null) {
            ctx.emitText(person, Vocabulary.uri(Vocabulary.SKOS + "altLabel"), line.alias().surface());
        }
        EntityRef office = ctx.declare(line.office().entity());
        ctx.emit(person, Vocabulary.HOLDS_OFFICE, office);

        EntityRef body = ctx.make(EntityType.ORGANIZATION, ctx.passage().passage().section().title());
        ctx.emit(office, Vocabulary.OFFICE_OF, body);
        ctx.emit(person, Vocabulary.MEMBER_OF, body);
        ctx.topic().ifPresent(topic -> ctx.emit(body, Vocabulary.PART_OF, topic));
    }
}
