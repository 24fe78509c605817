package org.gilankg.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gilankg.analysis.AnalysedArticle;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.text.Article;
import org.gilankg.text.Passage;
import org.gilankg.text.PassageKind;

/**
 * The mentions stage: finds in every passage the names of known things, the new names of
 * structured lines, and the dates, then resolves relative dates against the prose before them.
 */
public final class MentionRecognizer {

    private final Lexicon lexicon;
    private final EntityMentionFinder names;
    private final RoleLineRecognizer roleLines;

    public MentionRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new EntityMentionFinder(lexicon);
        this.roleLines = new RoleLineRecognizer(lexicon);
    }

    /** Recognises mentions without a linguistic analysis (dates by their written form only). */
    public MentionedArticle recognise(Article article) {
        return recognise(article, null);
    }

    /**
     * Recognises mentions; in sentences that were analysed, absolute dates are SUTime's normalised
     * values (relative dates are anchored here, never by SUTime).
     */
    public MentionedArticle recognise(Article article, AnalysedArticle analysis) {
        List<MentionedPassage> result = new ArrayList<>();
        DateValue anchor = null;
        for (Passage passage : article.passages()) {
            List<Mention> mentions = new ArrayList<>();
            RoleLine roleLine = null;
            BibliographicRecord reference = null;
            if (passage.kind() == PassageKind.LIST_LINE) {
                roleLine = roleLines.recognise(passage.text(), passage.begin()).orElse(null);
            }
            if (passage.kind() == PassageKind.REFERENCE_LINE) {
                reference = ReferenceLineParser.parse(passage.text()).orElse(null);
            }
            if (roleLine != null) {
                // A structured line's own reading wins over names found inside it
                // ("Mirza" inside a new cabinet member's name is not Mirza Kuchik Khan).
                mentions.add(roleLine.person());
                Optional.ofNullable(roleLine.alias()).ifPresent(mentions::add);
                mentions.add(roleLine.office());
            } else if (reference != null) {
                // Names inside a title are not mentions of those things; the record's people and places are.
                java.util.Set<String> parts = new java.util.HashSet<>(reference.authors());
                parts.addAll(reference.editors());
                Optional.ofNullable(reference.place()).ifPresent(parts::add);
                names.find(passage.text(), passage.begin()).stream()
                        .filter(m -> parts.contains(m.surface()))
                        .forEach(mentions::add);
            } else {
                mentions.addAll(names.find(passage.text(), passage.begin()));
            }
            AnalysedPassage analysed = analysis == null ? null : analysis.of(passage).orElse(null);
            List<Mention> dates = analysed == null ? DateFinder.find(passage.text(), passage.begin())
                    : SutimeDates.find(analysed, DateFinder.find(passage.text(), passage.begin()));
            for (Mention date : dates) {
                if (mentions.stream().noneMatch(date::overlaps)) {
                    mentions.add(date);
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::begin));

            // Relative dates take the nearest date the prose gave before them.
            List<Mention> resolved = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.kind() == Mention.Kind.RELATIVE_DATE) {
                    resolved.add(anchor == null ? m : m.withDate(RelativeDateResolver.resolve(m.surface(), anchor)));
                } else {
                    resolved.add(m);
                    if (m.kind() == Mention.Kind.DATE && passage.kind() == PassageKind.SENTENCE) {
                        anchor = m.date();
                    }
                }
            }
            result.add(new MentionedPassage(passage, List.copyOf(resolved), roleLine, reference));
        }
        return new MentionedArticle(article, lexicon, List.copyOf(result));
    }
}
