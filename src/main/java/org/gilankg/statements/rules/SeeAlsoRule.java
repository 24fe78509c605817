package org.gilankg.statements.rules;

import java.util.Set;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.Rule;
import org.gilankg.text.PassageKind;

/** A line of the "See also" section points from the article's topic to the thing it names. */
public final class SeeAlsoRule implements Rule {

    @Override
    public String name() {
        return "see-also";
    }

    @Override
    public Set<PassageKind> reads() {
        return Set.of(PassageKind.LIST_LINE);
    }

    @Override
    public void apply(PassageContext ctx) {
        if (!ctx.passage().passage().section().title().equalsIgnoreCase("See also")) {
            return;
        }
        ctx.topic().ifPresent(topic -> ctx.passage().mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.NAME)
                .forEach(m -> ctx.emit(PassageContext.node(topic), RDFS.seeAlso.asNode(), PassageContext.node(m.entity()))));
    }
}
