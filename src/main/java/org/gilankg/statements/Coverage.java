package org.gilankg.statements;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gilankg.analysis.AnalysedArticle;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.MentionedPassage;
import org.gilankg.text.Passage;
import org.gilankg.text.PassageKind;

/**
 * Which body sentences yield statements, and why the others do not. The body is every sentence
 * of prose and every list line of the sections that make the article's content (the cabinet),
 * not the See also, External links, Notes or References sections.
 *
 * @param body the body sentences, in order
 * @param uncovered the body sentences that yield no statement (asserted or claimed), with why
 */
public record Coverage(List<Passage> body, Map<Passage, String> uncovered) {

    private static final Set<String> APPARATUS = Set.of("see also", "external links", "notes", "references",
            "bibliography", "sources", "further reading");

    public static Coverage of(MentionedArticle article, AnalysedArticle analysis, List<Statement> statements) {
        Set<Passage> yielding = statements.stream().map(Statement::passage).collect(Collectors.toSet());
        Set<String> triggerLemmas = triggerLemmas();
        List<Passage> body = article.passages().stream().map(MentionedPassage::passage)
                .filter(p -> p.kind() == PassageKind.SENTENCE
                        || p.kind() == PassageKind.LIST_LINE && !APPARATUS.contains(p.section().title().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        Set<Passage> inBody = new java.util.HashSet<>(body);
        Map<Passage, String> uncovered = new LinkedHashMap<>();
        for (MentionedPassage mp : article.passages()) {
            Passage p = mp.passage();
            if (!inBody.contains(p) || yielding.contains(p)) {
                continue;
            }
            long names = mp.mentions().stream().filter(m -> m.kind() == Mention.Kind.NAME).count();
            AnalysedPassage a = analysis == null ? null : analysis.of(p).orElse(null);
            String why;
            if (names == 0) {
                why = "names nothing the name list knows (it speaks of unnamed people or ideas)";
            } else if (a != null) {
                List<String> triggers = a.tokens().stream().map(CoreLabel::lemma)
                        .filter(l -> l != null && triggerLemmas.contains(l.toLowerCase(java.util.Locale.ROOT))).distinct().toList();
                why = triggers.isEmpty()
                        ? "no trigger word of the lexicon and no pattern for what it says"
                        : "trigger words " + triggers + " found, but their roles name nothing of the right type";
            } else {
                why = "not a sentence and not a line format the rules read";
            }
            uncovered.put(p, why);
        }
        return new Coverage(body, uncovered);
    }

    private static Set<String> triggerLemmas() {
        return Trigger.standard().stream()
                .flatMap(t -> java.util.Arrays.stream(t.pattern().toString().replaceAll(".*lemma:/\\(\\?i\\)\\^\\(([^)]*)\\)\\$/.*", "$1").split("\\|")))
                .collect(Collectors.toSet());
    }

    public int covered() {
        return body.size() - uncovered.size();
    }

    /** The summary line, e.g. "45 of 45 body sentences yield statements". */
    public String summary() {
        return covered() + " of " + body.size() + " body sentences yield statements";
    }
}
