package org.gilankg.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.GilanKgException;
import org.gilankg.Vocabulary;

/**
 * Where the article comes from: title, URL, language, publisher, creator, licence and retrieval
 * date, read from the {@code X.source.properties} file beside {@code X.txt}. The dataset stage
 * writes it onto the article's {@code nif:Context} in {@code gkg:provenance}; the VoID
 * description and the pages read it back from there, so no class names the article.
 */
public record ArticleSource(String title, String url, String language, String publisher, String creator,
                            String licence, String licenceName, String retrieved) {

    public static final String DCT = "http://purl.org/dc/terms/";
    private static final String SUFFIX = ".source.properties";

    /** The file beside an article that describes it: {@code X.txt} gives {@code X.source.properties}. */
    public static Path besideArticle(Path article) {
        String name = article.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return article.resolveSibling(name + SUFFIX);
    }

    public static ArticleSource read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new GilanKgException(file + ": no such file (the article's source metadata: title, url, licence, retrieved)");
        } catch (IOException | IllegalArgumentException e) {
            throw new GilanKgException(file + ": " + e.getMessage());
        }
        for (String key : new String[] {"title", "url", "licence"}) {
            if (p.getProperty(key, "").isBlank()) {
                throw new GilanKgException(file + ": '" + key + "' is missing");
            }
        }
        String retrieved = p.getProperty("retrieved", "").strip();
        if (!retrieved.isEmpty() && !retrieved.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new GilanKgException(file + ": 'retrieved' must be a date such as 2026-11-27, not '" + retrieved + "'");
        }
        return new ArticleSource(p.getProperty("title").strip(), p.getProperty("url").strip(), p.getProperty("language", "en").strip(),
                p.getProperty("publisher", "").strip(), p.getProperty("creator", "").strip(), p.getProperty("licence").strip(),
                p.getProperty("licenceName", p.getProperty("licence")).strip(), retrieved);
    }

    /** A line for people: "Persian Socialist Soviet Republic (Wikipedia contributors), CC BY-SA 4.0". */
    public String attribution() {
        return title + (creator.isEmpty() ? "" : " (" + creator + ")") + (licenceName.isEmpty() ? "" : ", " + licenceName);
    }

    /** Writes the description onto {@code context} in graph {@code graph}. */
    void describe(DatasetGraph dsg, Node graph, Node context) {
        dsg.add(graph, context, Vocabulary.uri(Vocabulary.NIF + "sourceUrl"), Vocabulary.uri(url));
        dsg.add(graph, context, dct("source"), Vocabulary.uri(url));
        dsg.add(graph, context, dct("title"), NodeFactory.createLiteralLang(title, language));
        dsg.add(graph, context, dct("language"), NodeFactory.createLiteralString(language));
        if (!licence.isEmpty()) {
            dsg.add(graph, context, dct("license"), Vocabulary.uri(licence));
            dsg.add(graph, Vocabulary.uri(licence), RDFS.label.asNode(), NodeFactory.createLiteralString(licenceName));
        }
        if (!publisher.isEmpty()) {
            dsg.add(graph, context, dct("publisher"), NodeFactory.createLiteralString(publisher));
        }
        if (!creator.isEmpty()) {
            dsg.add(graph, context, dct("creator"), NodeFactory.createLiteralString(creator));
        }
        if (!retrieved.isEmpty()) {
            dsg.add(graph, context, Vocabulary.uri(Vocabulary.PROV + "generatedAtTime"), NodeFactory.createLiteralDT(retrieved, XSDDatatype.XSDdate));
        }
    }

    /** The source as the build recorded it in the provenance graph, or null for a dataset without one. */
    public static ArticleSource of(DatasetGraph dsg) {
        Node ctx = Vocabulary.uri(Vocabulary.ARTICLE);
        Node g = Vocabulary.GRAPH_PROVENANCE;
        return Txn.calculateRead(dsg, () -> {
            String url = value(dsg, g, ctx, dct("source"));
            if (url == null) {
                return null;
            }
            return new ArticleSource(orEmpty(value(dsg, g, ctx, dct("title"))), url, orEmpty(value(dsg, g, ctx, dct("language"))),
                    orEmpty(value(dsg, g, ctx, dct("publisher"))), orEmpty(value(dsg, g, ctx, dct("creator"))),
                    orEmpty(value(dsg, g, ctx, dct("license"))), licenceName(dsg, g, value(dsg, g, ctx, dct("license"))),
                    orEmpty(value(dsg, g, ctx, Vocabulary.uri(Vocabulary.PROV + "generatedAtTime"))));
        });
    }

    private static String licenceName(DatasetGraph dsg, Node g, String licence) {
        return licence == null ? "" : orEmpty(value(dsg, g, Vocabulary.uri(licence), RDFS.label.asNode()));
    }

    /** For an article without a source file: only the file is known, and no licence. */
    public static ArticleSource unknown(Path article) {
        return new ArticleSource(article.getFileName().toString(), article.toUri().toString(), "en", "", "", "", "", "");
    }

    private static String value(DatasetGraph dsg, Node g, Node s, Node p) {
        return dsg.stream(g, s, p, Node.ANY).findFirst()
                .map(q -> q.getObject().isURI() ? q.getObject().getURI() : q.getObject().getLiteralLexicalForm()).orElse(null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static Node dct(String local) {
        return Vocabulary.uri(DCT + local);
    }
}
