package org.gilankg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A small article made of test sentences, one per line under one heading, built by the real
 * {@link Pipeline} (no Wikidata snapshot, so only the text speaks). Each sentence becomes its own
 * passage, so a pattern can be asked of the graph of one sentence or of the whole article.
 */
final class SentenceArticle {

    /** The lead names nothing, so it gives no topic and no statement of its own. */
    static final String LEAD = "These are test sentences for the extraction rules, one sentence a line.";

    private final String text;
    private final DatasetGraph dataset;
    private final Model union;

    private SentenceArticle(String text, DatasetGraph dataset) {
        this.text = text;
        this.dataset = dataset;
        this.union = DatasetFactory.wrap(dataset).getUnionModel();
    }

    /** Writes the sentences as an article under {@code dir}/{@code name} and runs the pipeline on it. */
    static SentenceArticle build(List<String> sentences, Path dir, String name) {
        StringBuilder sb = new StringBuilder(LEAD).append("\n\n\n== Cases ==\n");
        for (String s : sentences) {
            sb.append(s).append('\n');
        }
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pipeline.Result result = Pipeline.create().article(file).enrichment(dir.resolve("no-enrichment.ttl")).run();
        return new SentenceArticle(sb.toString(), result.dataset());
    }

    String text() {
        return text;
    }

    /** Does the pattern match as a plain fact anywhere in the article (the union of its graphs)? */
    boolean askAnywhere(String pattern) {
        String q = TestStores.PREFIXES + "ASK { " + pattern + " }";
        try (QueryExecution qe = QueryExecution.model(union).query(q).build()) {
            return qe.execAsk();
        }
    }

    /** Is the sentence exactly one passage of the article? */
    boolean isPassage(String sentence) {
        return ask("GRAPH gkg:provenance { ?p nif:anchorOf ?a } FILTER(str(?a) = " + literal(sentence) + ")");
    }

    /** Does the pattern match as a plain fact in a graph derived from the passage that is exactly this sentence? */
    boolean askInPassage(String sentence, String pattern) {
        return ask("GRAPH gkg:provenance { ?g prov:wasDerivedFrom ?p . ?p nif:anchorOf ?a } FILTER(str(?a) = "
                + literal(sentence) + ") GRAPH ?g { " + pattern + " }");
    }

    private boolean ask(String body) {
        String q = TestStores.PREFIXES + "ASK { " + body + " }";
        Dataset ds = DatasetFactory.wrap(dataset);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            return qe.execAsk();
        }
    }

    static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Reads a tab-separated resource file, skipping blank lines and # comments; checks the column count. */
    static List<String[]> readTsv(Path file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != columns) {
                    throw new AssertionError(file + ":" + n + ": expected " + columns + " tab-separated columns, found " + c.length);
                }
                rows.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
