package org.gilankg.statements.rules;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.OfficePhrases;
import org.gilankg.statements.MentionPattern;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.PatternMatch;

/**
 * Names the text gives a thing: "X (Persian: …)" is its Persian label; "X, also known as Y",
 * "officially known as Y" and "X (Y)" give Y as another name of X.
 */
public final class NameRule extends SentenceRule {

    // "Persian" is itself an adjective form of Persia, so the language may be a token.
    private static final MentionPattern PERSIAN = MentionPattern.compile(
            "{thing:THING} \\((?:{STATE_ADJ}|Persian|Farsi): (?<fa>[^)§]+)\\)");
    private static final MentionPattern KNOWN_AS = MentionPattern.compile(
            "{thing:THING}[^.]*?,? (?:also|officially|commonly|formerly) (?:known|called) as (?:the )?"
                    + "(?:{alias:THING}|(?<raw>\\p{Lu}[\\p{L}'-]*(?: (?:of |the )*\\p{Lu}[\\p{L}'-]*){0,5}))");
    private static final MentionPattern BRACKETED = MentionPattern.compile(
            "{thing:THING} \\((?:{alias:THING}|(?<raw>\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,3}))\\)");

    @Override
    public boolean clausal() {
        return false;
    }

    @Override
    public String name() {
        return "name";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (PatternMatch m : ctx.match(PERSIAN)) {
            ctx.emit(PassageContext.node(m.entity("thing")), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang(m.text("fa").strip(), "fa"));
        }
        for (PatternMatch m : ctx.match(KNOWN_AS)) {
            alias(ctx, m);
        }
        for (PatternMatch m : ctx.match(BRACKETED)) {
            alias(ctx, m);
        }
    }

    private static void alias(PassageContext ctx, PatternMatch m) {
        EntityRef thing = m.entity("thing");
        Mention named = m.mention("thing");
        String alias;
        if (m.has("alias")) {
            // Both are names of one thing: each form the text uses here is another name of it.
            if (!m.entity("alias").equals(thing)) {
                return;
            }
            alias = m.mention("alias").surface();
            altLabel(ctx, thing, named.surface());
        } else {
            alias = m.text("raw");
            if (OfficePhrases.isOfficeTitle(alias)) {
                return;
            }
        }
        altLabel(ctx, thing, alias);
    }

    private static void altLabel(PassageContext ctx, EntityRef thing, String name) {
        if (!name.equals(thing.label())) {
            ctx.emitText(thing, Vocabulary.uri(Vocabulary.SKOS + "altLabel"), name);
        }
    }
}
