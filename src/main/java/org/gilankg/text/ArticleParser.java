package org.gilankg.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Divides the article's plain text (as Wikipedia's plain-text export gives it) into sections and
 * passages, keeping exact offsets.
 *
 * <ul>
 *   <li>A line {@code == Title ==} opens a section; the text before the first heading is the lead.</li>
 *   <li>In the References section every line is a reference line.</li>
 *   <li>Elsewhere a line that ends a sentence ({@code . ! ?}, perhaps before a closing quote or
 *       bracket) is prose and is split into sentences; any other non-empty line is a list line
 *       (the cabinet, See also, External links).</li>
 * </ul>
 */
public final class ArticleParser {

    private static final Pattern HEADING = Pattern.compile("^(={2,6})\\s*(.+?)\\s*\\1\\s*$");
    private static final Pattern PROSE_LINE_END = Pattern.compile("[.!?][\"')\\]]*\\s*$");
    /** A sentence ends at . ! or ? followed by space and a capital letter, a digit or an opening quote. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"')\\]]*(\\s+)(?=[\\p{Lu}\\d\"'(])");
    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Dr", "Mr", "Mrs", "Ms", "St", "Gen", "Col", "Lt",
            "Capt", "Prof", "Jr", "Sr", "vs", "No", "Vol", "pp", "ed", "eds", "cf");

    private ArticleParser() {}

    public static Article parse(String source, String text) {
        List<Section> sections = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        Set<String> slugs = new HashSet<>();

        // First pass: find headings, so that each section knows where it ends.
        List<int[]> lines = lines(text);
        List<Integer> headingLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (HEADING.matcher(slice(text, lines.get(i))).matches()) {
                headingLines.add(i);
            }
        }

        int firstHeading = headingLines.isEmpty() ? lines.size() : headingLines.get(0);
        Section lead = new Section("Lead", unique("lead", slugs), 1, 0,
                firstHeading < lines.size() ? lines.get(firstHeading)[0] : text.length());
        sections.add(lead);
        addPassages(text, lead, lines.subList(0, firstHeading), passages);

        for (int h = 0; h < headingLines.size(); h++) {
            int headingLine = headingLines.get(h);
            int nextHeading = h + 1 < headingLines.size() ? headingLines.get(h + 1) : lines.size();
            Matcher m = HEADING.matcher(slice(text, lines.get(headingLine)));
            m.matches();
            String title = m.group(2);
            int begin = lines.get(headingLine)[0];
            int end = nextHeading < lines.size() ? lines.get(nextHeading)[0] : text.length();
            Section section = new Section(title, unique(Slugs.of(title), slugs), m.group(1).length(), begin, end);
            sections.add(section);
            addPassages(text, section, lines.subList(headingLine + 1, nextHeading), passages);
        }
        return new Article(source, text, List.copyOf(sections), List.copyOf(passages));
    }

    private static void addPassages(String text, Section section, List<int[]> lines, List<Passage> out) {
        boolean references = section.title().equalsIgnoreCase("References")
                || section.title().equalsIgnoreCase("Bibliography")
                || section.title().equalsIgnoreCase("Sources");
        int ordinal = 0;
        for (int[] line : lines) {
            int[] span = trim(text, line[0], line[1]);
            if (span[0] >= span[1]) {
                continue;
            }
            String lineText = text.substring(span[0], span[1]);
            if (references) {
                out.add(passage(text, section, ++ordinal, PassageKind.REFERENCE_LINE, span[0], span[1]));
            } else if (!PROSE_LINE_END.matcher(lineText).find()) {
                out.add(passage(text, section, ++ordinal, PassageKind.LIST_LINE, span[0], span[1]));
            } else {
                for (int[] sentence : sentences(text, span[0], span[1])) {
                    out.add(passage(text, section, ++ordinal, PassageKind.SENTENCE, sentence[0], sentence[1]));
                }
            }
        }
    }

    /** Splits one prose line into sentences, skipping breaks after abbreviations and inside brackets. */
    static List<int[]> sentences(String text, int begin, int end) {
        List<int[]> result = new ArrayList<>();
        String line = text.substring(begin, end);
        Matcher m = SENTENCE_BREAK.matcher(line);
        int start = 0;
        while (m.find()) {
            int stop = m.start(1);
            if (endsWithAbbreviation(line, m.start()) || bracketDepth(line, start, m.start()) > 0) {
                continue;
            }
            result.add(new int[] {begin + start, begin + stop});
            start = m.end(1);
        }
        result.add(new int[] {begin + start, end});
        return result;
    }

    private static boolean endsWithAbbreviation(String line, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word);
    }

    private static int bracketDepth(String line, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    private static Passage passage(String text, Section section, int ordinal, PassageKind kind, int begin, int end) {
        return new Passage(section, ordinal, kind, begin, end,
                text.codePointCount(0, begin), text.codePointCount(0, end), text.substring(begin, end));
    }

    /** Lines as [begin, end) offsets, without their line terminators (\n, \r\n or \r). */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new int[] {start, text.length()});
        }
        return lines;
    }

    private static int[] trim(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {begin, end};
    }

    private static String slice(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
