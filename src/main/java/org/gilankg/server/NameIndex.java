package org.gilankg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A full-text index (jena-text over Lucene, in memory) of every name in the graph: each
 * {@code rdfs:label} in any language and each {@code skos:altLabel}. Names and queries are folded
 * alike: lower case, Arabic and Persian letter variants (ي/ی, ك/ک, hamza forms, diacritics), Latin
 * diacritics to ASCII. A query matches a name word exactly, as a prefix or within two edits, so
 * "Kuchek", "Kochak" and "Ehsanullah" find Kuchik and Ehsanollah; Persian letters are also
 * transliterated ("میرزا" finds Mirza). Best matches first, by Lucene's score.
 */
public final class NameIndex {

    /** One hit: the thing, its English label, its type, and the names that may have matched. */
    public record Hit(String iri, String label, String type, List<String> names, float score) {}

    private static final Query SEARCH = Sparql.load("search.rq");
    private static final Query NAMES = Sparql.load("names-of.rq");
    private static final Map<Integer, String> PERSIAN_TO_LATIN = transliteration();

    private final DatasetGraph indexed;

    public NameIndex(DatasetGraph dataset) {
        EntityDefinition names = new EntityDefinition("iri", "name", RDFS.label.asNode());
        names.set("name", SKOS.altLabel.asNode());
        TextIndexConfig config = new TextIndexConfig(names);
        config.setAnalyzer(analyzer());
        config.setQueryAnalyzer(analyzer());
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        Txn.executeRead(dataset, () -> {
            for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
                dataset.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(quad -> {
                    if (quad.getObject().isLiteral()) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(names, quad));
                    }
                });
            }
        });
        index.prepareCommit();
        index.commit();
        this.indexed = TextDatasetFactory.create(dataset, index, true);
    }

    /** Lower case, Arabic/Persian normalisation, ASCII folding: the same for names and queries. */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, fold(words));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return fold(in);
            }
        };
    }

    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(new LowerCaseFilter(in))));
    }

    /** The things whose names match the words typed, best first (at most 50). */
    public List<Hit> search(String typed) {
        String query = luceneQuery(typed);
        List<Hit> hits = new ArrayList<>();
        if (query.isEmpty()) {
            return hits;
        }
        Txn.executeRead(indexed, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(indexed)).query(SEARCH)
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true)
                    .substitution("q", ResourceFactory.createPlainLiteral(query)).build()) {
                qe.execSelect().forEachRemaining(row -> hits.add(new Hit(row.getResource("x").getURI(),
                        row.getLiteral("label").getString(), row.contains("type") ? row.getLiteral("type").getString() : "",
                        List.of(), row.getLiteral("best").getFloat())));
            }
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                List<String> all = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(indexed)).query(NAMES)
                        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true)
                        .substitution("x", ResourceFactory.createResource(h.iri())).build()) {
                    qe.execSelect().forEachRemaining(row -> all.add(row.getLiteral("name").getString()));
                }
                hits.set(i, new Hit(h.iri(), h.label(), h.type(), all, h.score()));
            }
        });
        return hits;
    }

    /**
     * The Lucene query for what was typed: every word must match a name word exactly (boosted),
     * as a prefix, or within the edits its length allows; Persian words may also match their Latin
     * transliteration.
     */
    static String luceneQuery(String typed) {
        List<String> clauses = new ArrayList<>();
        for (String word : Normalizer.normalize(typed, Normalizer.Form.NFC).split("[\\s\\p{Punct}،؛؟«»“”‘’]+")) {
            if (word.isBlank()) {
                continue;
            }
            List<String> forms = new ArrayList<>(List.of(word));
            String latin = transliterate(word);
            if (!latin.equals(word) && !latin.isBlank()) {
                forms.add(latin);
            }
            List<String> alternatives = new ArrayList<>();
            for (String form : forms) {
                String w = QueryParserBase.escape(form.toLowerCase(Locale.ROOT));
                int edits = form.codePointCount(0, form.length()) <= 3 ? 0 : form.codePointCount(0, form.length()) <= 5 ? 1 : 2;
                alternatives.add(w + "^4");
                alternatives.add(w + "*^2");
                if (edits > 0) {
                    alternatives.add(w + "~" + edits);
                }
            }
            clauses.add("+(" + String.join(" ", alternatives) + ")");
        }
        return String.join(" ", clauses);
    }

    /** Persian and Arabic letters to their usual Latin spelling; other characters stay. */
    static String transliterate(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(c -> out.append(PERSIAN_TO_LATIN.getOrDefault(c, Character.toString(c))));
        return out.toString();
    }

    private static Map<Integer, String> transliteration() {
        Map<Integer, String> map = new LinkedHashMap<>();
        try (InputStream in = NameIndex.class.getClassLoader().getResourceAsStream("gilan-kg/search/persian-latin.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gilan-kg/search/persian-latin.tsv: missing from the build");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] cols = l.split("\t", -1);
                        map.put(cols[0].codePointAt(0), cols.length > 1 ? cols[1] : "");
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
