package org.gilankg.mentions;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilankg.analysis.AnalysedPassage;

/**
 * Absolute dates of an analysed sentence, from SUTime's normalised values: a run of DATE tokens
 * with one value such as {@code 1920-06-09}, {@code 1920-05} or {@code 1914}; a season ({@code 1921-SP}, "the
 * spring of 1921") is a date of its year, the precision the text allows. Values SUTime
 * resolves against the day of reading ("a year earlier"), partial values ("XXXX-10" for the
 * "October" of "October Revolution") and anything that is not a calendar date are ignored; the
 * relative dates come from {@link DateFinder} and are anchored in the text.
 */
final class SutimeDates {

    private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(?:SP|SU|FA|WI))?");

    private SutimeDates() {}

    static List<Mention> find(AnalysedPassage passage, List<Mention> written) {
        List<Mention> found = new ArrayList<>();
        List<CoreLabel> tokens = passage.tokens();
        String text = passage.passage().text();
        for (int i = 0; i < tokens.size(); i++) {
            String value = value(tokens.get(i));
            if (value == null) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && value.equals(value(tokens.get(j + 1)))) {
                j++;
            }
            // The date itself: from its first to its last month name or number ("came to an end in
            // September 1921" is tagged whole).
            int first = i;
            int last = j;
            while (first < last && !dateWord(tokens.get(first))) {
                first++;
            }
            while (last > first && !dateWord(tokens.get(last))) {
                last--;
            }
            Matcher m = VALUE.matcher(value);
            if (m.matches() && dateWord(tokens.get(first))) {
                int begin = passage.begin(tokens.get(first));
                int end = passage.end(tokens.get(last));
                DateValue date = m.group(3) != null
                        ? DateValue.day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : m.group(2) != null ? DateValue.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                        : DateValue.year(Integer.parseInt(m.group(1)));
                Mention sutime = Mention.date(begin, end, text.substring(begin - passage.passage().begin(), end - passage.passage().begin()), date);
                // "on 9 June 1920, and two days later": SUTime may run a date and a date counted from it
                // into one value. Where its run covers a relative date, the written dates stand instead.
                boolean clash = written.stream().anyMatch(w -> w.overlaps(sutime) && w.kind() == Mention.Kind.RELATIVE_DATE);
                if (!clash) {
                    found.add(sutime);
                } else {
                    written.stream().filter(w -> w.kind() == Mention.Kind.DATE && w.overlaps(sutime)).forEach(found::add);
                }
            }
            i = j;
        }
        for (Mention w : written) {
            if (w.kind() == Mention.Kind.RELATIVE_DATE && found.stream().noneMatch(w::overlaps)) {
                found.add(w);
            }
        }
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return found;
    }

    private static String value(CoreLabel token) {
        if (!"DATE".equals(token.ner())) {
            return null;
        }
        return token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    private static boolean dateWord(CoreLabel token) {
        return token.tag().equals("CD") || token.tag().equals("NNP");
    }
}
