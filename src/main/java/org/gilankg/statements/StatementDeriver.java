package org.gilankg.statements;

import java.util.ArrayList;
import java.util.List;
import org.gilankg.mentions.EntityMentionFinder;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.MentionedPassage;

/** The statements stage: applies every rule of a {@link RuleBook} to every passage it reads. */
public final class StatementDeriver {

    private final RuleBook rules;

    public StatementDeriver(RuleBook rules) {
        this.rules = rules;
    }

    public List<Statement> derive(MentionedArticle article) {
        EntityMentionFinder adjectives = EntityMentionFinder.adjectivesOnly(article.lexicon());
        List<Statement> statements = new ArrayList<>();
        for (MentionedPassage passage : article.passages()) {
            PassageContext context = new PassageContext(article, passage, statements, name -> adjectives.find(name, 0));
            for (Rule rule : rules.rules()) {
                if (rule.reads().contains(passage.passage().kind())) {
                    context.startRule(rule);
                    rule.apply(context);
                }
            }
        }
        return List.copyOf(statements);
    }
}
