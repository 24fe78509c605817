package org.gilankg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilankg.analysis.AnalysedArticle;
import org.gilankg.analysis.Analyser;
import org.gilankg.mentions.Lexicon;
import org.gilankg.mentions.MentionRecognizer;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.NameListReader;
import org.gilankg.statements.RuleBook;
import org.gilankg.statements.Statement;
import org.gilankg.statements.StatementDeriver;
import org.gilankg.text.Article;
import org.gilankg.text.ArticleParser;

/**
 * A benchmark, not a test: builds the article repeated 1×, 10× and 100× (each copy's sections
 * renamed, so that every heading and passage is its own) and prints seconds per KB for the
 * analysis (every sentence analysed afresh, up to {@code -DmaxFresh} copies, default 10) and for
 * the rules (mentions and statements).
 * Cost should grow linearly: the seconds per KB should stay flat as the text grows.
 *
 * <p>Run (after {@code mvn -B -q -o test-compile}):
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat cp.txt)" org.gilankg.ScalingBenchmark [copies...]
 * </pre>
 * where cp.txt comes from {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * With arguments it runs those repetitions only (e.g. {@code 1 10}).
 */
public final class ScalingBenchmark {

    private static final Pattern HEADING = Pattern.compile("(?m)^(={2,6})\\s*(.+?)\\s*\\1\\s*$");

    public static void main(String[] args) throws IOException {
        String article = Files.readString(Path.of("data/persian-socialist-soviet-republic.txt"), StandardCharsets.UTF_8);
        String names = Files.readString(Path.of("data/names.tsv"), StandardCharsets.UTF_8);
        Lexicon lexicon = NameListReader.read(Path.of("data/names.tsv"));
        List<Integer> copies = args.length == 0 ? List.of(1, 10, 100) : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        int maxFresh = Integer.getInteger("maxFresh", 10);

        // Load the models once, outside the measurements.
        new Analyser(names).analyse(ArticleParser.parse("warm-up", "Warm up.\n"), null);

        System.out.printf("%8s %10s %12s %14s %12s %14s %10s%n", "copies", "KB", "analysis s", "analysis s/KB",
                "rules s", "rules s/KB", "statements");
        for (int n : copies) {
            String text = repeated(article, n);
            double kb = text.getBytes(StandardCharsets.UTF_8).length / 1024.0;
            Article parsed = ArticleParser.parse("repeated-" + n, text);

            // The analysis's cost: every sentence analysed afresh (a build would analyse a repeated
            // sentence once; copies repeat sentences, so that would hide the cost). Skipped above
            // maxFresh copies, where it takes many minutes on a small machine.
            double analysisS = Double.NaN;
            if (n <= maxFresh) {
                long a0 = System.nanoTime();
                Analyser.analyseEverySentence(parsed);
                analysisS = (System.nanoTime() - a0) / 1e9;
            }
            AnalysedArticle analysis = new Analyser(names).analyse(parsed, null);
            long t1 = System.nanoTime();
            MentionedArticle mentioned = new MentionRecognizer(lexicon).recognise(parsed, analysis);
            List<Statement> statements = new StatementDeriver(RuleBook.standard()).derive(mentioned, analysis);
            long t2 = System.nanoTime();

            double rulesS = (t2 - t1) / 1e9;
            System.out.printf("%8d %10.1f %12.2f %14.4f %12.2f %14.4f %10d%n", n, kb, analysisS, analysisS / kb,
                    rulesS, rulesS / kb, statements.size());
        }
    }

    /** The article {@code n} times; every copy after the first has its section titles numbered. */
    static String repeated(String article, int n) {
        StringBuilder out = new StringBuilder(article);
        for (int i = 2; i <= n; i++) {
            Matcher m = HEADING.matcher(article);
            StringBuilder copy = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(copy, Matcher.quoteReplacement(m.group(1) + " " + m.group(2) + " " + i + " " + m.group(1)));
            }
            m.appendTail(copy);
            out.append("\n\n== Copy ").append(i).append(" ==\n").append(copy);
        }
        return out.toString();
    }
}
