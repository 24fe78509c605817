package org.gilankg.statements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.gilankg.Vocabulary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.gilankg.analysis.AnalysedArticle;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.EntityMentionFinder;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.MentionedPassage;

/**
 * The statements stage: applies every rule of a {@link RuleBook} to every passage it reads, and
 * collects what they emit, each statement once, in the order first emitted.
 */
public final class StatementDeriver {

    private final RuleBook rules;
    private final Factuality factuality = Factuality.standard();

    public StatementDeriver(RuleBook rules) {
        this.rules = rules;
    }

    public List<Statement> derive(MentionedArticle article) {
        return derive(article, null);
    }

    public List<Statement> derive(MentionedArticle article, AnalysedArticle analysis) {
        // The first rule to derive a triple from a passage is the one its provenance names.
        Map<List<Object>, Statement> statements = new LinkedHashMap<>();
        derive(article, analysis, s -> statements.putIfAbsent(
                List.of(s.passage(), s.subject(), s.predicate(), s.object(), s.modality()), s));
        return ReportedEvents.settle(new ArrayList<>(statements.values()));
    }

    /** Sends every statement the rules derive to {@code sink} (a statement may come more than once). */
    public void derive(MentionedArticle article, AnalysedArticle analysis, StatementSink sink) {
        EntityMentionFinder adjectives = EntityMentionFinder.adjectivesOnly(article.lexicon());
        // What the text has said is part of what, for telling whether two events are one.
        Set<List<String>> parts = new HashSet<>();
        StatementSink recording = s -> {
            if (s.asserted() && s.predicate().equals(Vocabulary.PART_OF) && s.subject().isURI() && s.object().isURI()) {
                parts.add(List.of(s.subject().getURI(), s.object().getURI()));
            }
            sink.statement(s);
        };
        EventRegistry events = new EventRegistry((a, b) -> parts.contains(List.of(
                PassageContext.node(a).getURI(), PassageContext.node(b).getURI())));
        for (MentionedPassage passage : article.passages()) {
            AnalysedPassage analysed = analysis == null ? null : analysis.of(passage.passage()).orElse(null);
            PassageContext context = new PassageContext(article, passage, analysed, recording,
                    name -> adjectives.find(name, 0), events, factuality);
            if (analysis != null) {
                article.previous(passage).flatMap(p -> analysis.of(p.passage())).ifPresent(context::previousAnalysis);
            }
            for (Rule rule : rules.rules()) {
                if (rule.reads().contains(passage.passage().kind())) {
                    context.startRule(rule);
                    rule.apply(context);
                }
            }
        }
    }
}
