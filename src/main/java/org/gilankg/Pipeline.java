package org.gilankg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gilankg.analysis.AnalysedArticle;
import org.gilankg.analysis.Analyser;
import org.gilankg.dataset.ArticleSource;
import org.gilankg.dataset.DatasetAssembler;
import org.gilankg.dataset.ShapesValidator;
import org.gilankg.dataset.WikidataLinks;
import org.gilankg.mentions.Lexicon;
import org.gilankg.mentions.MentionRecognizer;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.NameListReader;
import org.gilankg.statements.Coverage;
import org.gilankg.statements.RuleBook;
import org.gilankg.statements.Statement;
import org.gilankg.statements.StatementDeriver;
import org.gilankg.text.Article;
import org.gilankg.text.ArticleParser;
import org.gilankg.text.ArticleReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline, text → mentions → statements → dataset → validated, with a progress line
 * per stage. Configure it like Fuseki's builder:
 *
 * <pre>{@code
 * Pipeline.Result result = Pipeline.create()
 *         .article(Path.of("data/persian-socialist-soviet-republic.txt"))
 *         .run();
 * }</pre>
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** What the pipeline made, stage by stage. */
    public record Result(Article article, AnalysedArticle analysis, MentionedArticle mentions, List<Statement> statements,
                         Coverage coverage, DatasetGraph dataset) {}

    // Defaults: the files bundled in the jar (see Bundled), so the pipeline runs from any directory.
    private Path article = Bundled.file(DEFAULT_ARTICLE);
    private Path source;
    private Path names = Bundled.file("data/names.tsv");
    private Path links = Bundled.file("data/wikidata-links.tsv");
    private Path enrichment = Bundled.file("data/wikidata-enrichment.ttl");
    // The bundled links and enrichment were reviewed for the described article: an article without
    // source metadata (a test text, a draft) gets them only when they are given explicitly.
    private boolean linksGiven;
    private Path ontology = Bundled.file("ontology/gilan-kg.ttl");
    private Path shapes = Bundled.file("ontology/shapes.ttl");

    /** The article the project is about, relative to the project (and to the jar's bundle). */
    public static final String DEFAULT_ARTICLE = "data/persian-socialist-soviet-republic.txt";
    private RuleBook rules = RuleBook.standard();
    private Path analysisCache;

    private Pipeline() {}

    /** A pipeline reading the project's files as bundled in the jar; options override each. */
    public static Pipeline create() {
        return new Pipeline();
    }

    /** A pipeline reading the project's files under {@code projectDir}. */
    public static Pipeline in(Path projectDir) {
        Pipeline p = new Pipeline();
        p.article = projectDir.resolve(DEFAULT_ARTICLE);
        p.names = projectDir.resolve("data/names.tsv");
        p.links = projectDir.resolve("data/wikidata-links.tsv");
        p.linksGiven = true;
        p.enrichment = projectDir.resolve("data/wikidata-enrichment.ttl");
        p.ontology = projectDir.resolve("ontology/gilan-kg.ttl");
        p.shapes = projectDir.resolve("ontology/shapes.ttl");
        return p;
    }

    public Pipeline article(Path file) {
        this.article = file;
        return this;
    }

    /**
     * The article's source metadata (title, URL, licence, retrieval date); by default the
     * {@code X.source.properties} file beside the article {@code X.txt}.
     */
    public Pipeline source(Path file) {
        this.source = file;
        return this;
    }

    public Pipeline names(Path file) {
        this.names = file;
        return this;
    }

    /** The reviewed Wikidata links (a missing file means none). */
    public Pipeline links(Path file) {
        this.links = file;
        this.linksGiven = true;
        return this;
    }

    /** The snapshot of facts fetched from Wikidata (optional: a missing file means none). */
    public Pipeline enrichment(Path file) {
        this.enrichment = file;
        return this;
    }

    public Pipeline ontology(Path file) {
        this.ontology = file;
        return this;
    }

    public Pipeline shapes(Path file) {
        this.shapes = file;
        return this;
    }

    /** The file that caches the article's analysis (default: analysis/NAME.pb.gz beside the article). */
    public Pipeline analysisCache(Path file) {
        this.analysisCache = file;
        return this;
    }

    public Pipeline rules(RuleBook rules) {
        this.rules = rules;
        return this;
    }

    public Result run() {
        Article text = stage("text", () -> requireSections(ArticleParser.parse(article.toString(), ArticleReader.read(article))),
                a -> a.sections().size() + " sections, " + a.passages().size() + " passages");
        Lexicon lexicon = stage("names", () -> NameListReader.read(names), l -> l.entries().size() + " things named");
        AnalysedArticle analysis = stage("analysis", () -> new Analyser(readText(names)).analyse(text, cacheFile()),
                a -> a.passages().size() + " sentences, " + (a.fresh() == 0 ? "all from the cache" : a.fresh() + " analysed afresh"));
        MentionedArticle mentioned = stage("mentions", () -> new MentionRecognizer(lexicon).recognise(text, analysis),
                m -> m.passages().stream().mapToInt(p -> p.mentions().size()).sum() + " mentions of "
                        + m.mentionedThings().size() + " things");
        List<Statement> statements = stage("statements", () -> new StatementDeriver(rules).derive(mentioned, analysis),
                s -> s.size() + " statements from " + s.stream().map(Statement::passage).distinct().count() + " passages");
        Coverage coverage = Coverage.of(mentioned, analysis, statements);
        LOG.info(String.format("%-10s %s", "coverage", coverage.summary()));
        coverage.uncovered().forEach((p, why) -> LOG.info(String.format("%-10s   %s: %s (\"%s\")", "", p.localName(), why,
                p.text().length() > 70 ? p.text().substring(0, 67) + "..." : p.text())));
        Graph ontologyGraph = parse(ontology);
        boolean described = source != null || Files.isRegularFile(ArticleSource.besideArticle(article));
        ArticleSource about = articleSource();
        boolean linked = linksGiven || described;
        if (!linked) {
            LOG.info("No reviewed Wikidata links for an article without source metadata (give them with --links).");
        }
        WikidataLinks wikidata = linked && Files.isRegularFile(links) ? WikidataLinks.read(links) : WikidataLinks.none();
        Graph enrichmentGraph = linked && Files.isRegularFile(enrichment) ? parse(enrichment) : org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        DatasetGraph dataset = stage("dataset", () -> new DatasetAssembler(ontologyGraph, wikidata, enrichmentGraph).source(about)
                        .assemble(mentioned, statements, coverage.uncovered()),
                d -> d.stream().count() + " quads in " + (d.size()) + " named graphs");
        wikidata.requireThings(links, WikidataLinks.things(dataset, lexicon.entries().stream().map(e -> e.id()).toList()));
        stage("validate", () -> {
            new ShapesValidator(parse(shapes), shapes.toString()).validate(dataset);
            return dataset;
        }, d -> "conforms to " + shapes.getFileName());
        return new Result(text, analysis, mentioned, statements, coverage, dataset);
    }

    /**
     * Where the article's analysis is cached: {@code analysis/NAME.pb.gz} beside the article
     * (data/analysis/ for the shipped one), unless set with {@link #analysisCache(Path)}.
     */
    private Path cacheFile() {
        if (analysisCache != null) {
            return analysisCache;
        }
        String name = article.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path dir = article.toAbsolutePath().getParent();
        return dir.resolve("analysis").resolve(name + ".pb.gz");
    }

    private static String readText(Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new GilanKgException(file + ": " + e.getMessage(), e);
        }
    }

    /** The source file given, else the one beside the article, else only the article's file name. */
    private ArticleSource articleSource() {
        if (source != null) {
            return ArticleSource.read(source);
        }
        Path beside = ArticleSource.besideArticle(article);
        if (Files.isRegularFile(beside)) {
            return ArticleSource.read(beside);
        }
        LOG.info("No source metadata for " + article + " (" + beside.getFileName() + " or --source): the graph names only the file.");
        return ArticleSource.unknown(article);
    }

    /** An article is a lead and sections: text without a single heading is not one (a wrong file, a bad export). */
    private Article requireSections(Article parsed) {
        if (parsed.sections().size() < 2) {
            throw new GilanKgException(article + ":1: no section heading ('== Title =='): not an article as the plain-text export gives it");
        }
        return parsed;
    }

    private static Graph parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GilanKgException(file + ": no such file");
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // Strict and silent: the error becomes our one-line message instead of a log entry.
            return org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.RDFLanguages.filenameToLang(file.getFileName().toString()))
                    .base(file.toUri().toString())
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .toGraph();
        } catch (RiotException e) {
            throw new GilanKgException(file + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new GilanKgException(file + ": " + e.getMessage(), e);
        }
    }

    /** Runs one stage and logs a progress line with its counts and time. */
    static <T> T stage(String name, Supplier<T> work, java.util.function.Function<T, String> summary) {
        long start = System.nanoTime();
        T result = work.get();
        LOG.info(String.format("%-10s %s (%d ms)", name, summary.apply(result), (System.nanoTime() - start) / 1_000_000));
        return result;
    }
}
