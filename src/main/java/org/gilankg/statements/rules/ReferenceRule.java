package org.gilankg.statements.rules;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.BibliographicRecord;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.LexiconEntry;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.Rule;
import org.gilankg.text.PassageKind;

/**
 * A reference line as a bibliographic record: the publication, its authors and editors (the
 * name list's people where the name is one of theirs), year, publisher, place and identifiers.
 */
public final class ReferenceRule implements Rule {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public Set<PassageKind> reads() {
        return Set.of(PassageKind.REFERENCE_LINE);
    }

    @Override
    public void apply(PassageContext ctx) {
        BibliographicRecord record = ctx.passage().reference();
        if (record == null) {
            return;
        }
        // The IRI takes the title's main part, before a subtitle or a date range.
        EntityRef work = ctx.make(EntityType.PUBLICATION, record.title(), record.title().split("[:,.]")[0]);
        if (record.altTitle() != null) {
            ctx.emitText(work, Vocabulary.uri(Vocabulary.SKOS + "altLabel"), record.altTitle());
        }
        record.authors().forEach(a -> ctx.emit(work, Vocabulary.AUTHOR, known(ctx, a, EntityType.PERSON)));
        record.editors().forEach(e -> ctx.emit(work, Vocabulary.EDITOR, known(ctx, e, EntityType.PERSON)));
        ctx.emit(work, Vocabulary.DATE, record.year());
        if (record.publisher() != null) {
            ctx.emit(work, Vocabulary.PUBLISHER, known(ctx, record.publisher(), EntityType.ORGANIZATION));
        }
        if (record.place() != null) {
            ctx.emit(work, Vocabulary.PUBLICATION_PLACE, known(ctx, record.place(), EntityType.PLACE));
        }
        for (Map.Entry<String, String> id : record.identifiers().entrySet()) {
            ctx.emit(PassageContext.node(work), Vocabulary.identifierProperty(id.getKey()),
                    NodeFactory.createLiteralString(id.getValue()));
        }
    }

    /** The name list's thing of that name, or a new one made from the line. */
    private static EntityRef known(PassageContext ctx, String name, EntityType type) {
        return ctx.article().lexicon().byName(name)
                .filter(e -> e.type() == type || (type == EntityType.PLACE && e.type() == EntityType.STATE))
                .map(LexiconEntry::ref)
                .orElseGet(() -> ctx.make(type, name));
    }
}
