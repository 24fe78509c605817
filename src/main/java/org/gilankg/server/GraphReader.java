package org.gilankg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.gilankg.Vocabulary;

/**
 * What the pages read from the store, as SPARQL over the union graph: a thing's description for
 * linked-data clients, and its facts with the passages they came from for people.
 */
public final class GraphReader {

    /** A statement about a thing, with the passage it came from (null where it came from no passage). */
    public record Fact(String property, String propertyLabel, RDFNode value, String valueLabel, boolean incoming,
                       String passage, String section, Integer begin, Integer end) {}

    /**
     * What the article says about the thing without asserting it: a negated, hedged or conditional
     * statement ({@code modality}), its parts with their labels, and the passage it came from.
     */
    public record Claim(String modality, Fact subject, String propertyLabel, Fact object,
                        String passage, String section, Integer begin, Integer end) {}

    /** A fact Wikidata gives about the thing's linked item (never one of the article's). */
    public record WikidataFact(String item, String property, RDFNode value, String valueLabel) {}

    /** Everything a page about one thing shows. */
    public record Entity(String iri, String label, String persianLabel, String type, String typeLabel,
                         List<String> altLabels, List<String> sameAs, List<Fact> facts, List<Fact> mentions,
                         List<WikidataFact> wikidata, List<Claim> claims) {}

    private static final Query DESCRIBE = Sparql.load("describe.rq");

    private static final Query FACTS = Sparql.load("facts.rq");

    private static final Query MENTIONS = Sparql.load("mentions.rq");

    private static final Query CLAIMS = Sparql.load("claims.rq");

    private static final Query NAMES = Sparql.load("names.rq");

    private static final Query CLAIM_TITLE = Sparql.load("claim-title.rq");

    private static final Query FROM_WIKIDATA = Sparql.load("from-wikidata.rq");

    private static final Query COUNTS = Sparql.load("class-counts.rq");

    private final DatasetGraph dataset;
    /** The article's text, read once: pages show each source passage within its paragraph. */
    private final String articleText;

    public GraphReader(DatasetGraph dataset) {
        this.dataset = dataset;
        this.articleText = Txn.calculateRead(dataset, () -> dataset.stream(Vocabulary.GRAPH_PROVENANCE,
                        Vocabulary.uri(Vocabulary.ARTICLE), Vocabulary.uri(Vocabulary.NIF + "isString"), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse(""));
    }

    public String articleText() {
        return articleText;
    }

    /** The thing's statements both ways, with the English labels of its neighbours; empty if unknown. */
    public Graph description(Node thing) {
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(DESCRIBE)
                .substitution("x", thing).construct());
    }

    /**
     * For a claim (which has no label), what it claims: "Hedged claim: Beheading of Mirza Kuchik
     * Khan · participant · Mirza Kuchik Khan"; empty for anything else.
     */
    public Optional<String> claimTitle(Node thing) {
        String[] title = {null};
        Txn.executeRead(dataset, () -> select(CLAIM_TITLE, thing, row -> title[0] =
                (row.contains("m") ? localName(row.getResource("m").getURI()) + " claim: " : "Claim: ")
                        + shown(row, "s", "sl") + " · " + shown(row, "p", "pl") + " · " + shown(row, "o", "ol")));
        return Optional.ofNullable(title[0]);
    }

    private static String shown(QuerySolution row, String var, String label) {
        if (row.contains(label)) {
            return row.getLiteral(label).getString();
        }
        var node = row.get(var);
        return node.isURIResource() ? localName(node.asResource().getURI()) : node.asLiteral().getLexicalForm();
    }

    public Optional<Entity> entity(Node thing) {
        return Txn.calculateRead(dataset, () -> {
            String[] type = {null, null, null, null};
            List<String> alt = new ArrayList<>();
            List<String> same = new ArrayList<>();
            select(NAMES, thing, row -> {
                if (row.contains("type")) {
                    type[0] = row.getResource("type").getURI();
                    type[1] = row.contains("typeLabel") ? row.getLiteral("typeLabel").getString() : null;
                }
                if (row.contains("label")) {
                    type[2] = row.getLiteral("label").getString();
                }
                if (row.contains("fa")) {
                    type[3] = row.getLiteral("fa").getString();
                }
                if (row.contains("alt") && !alt.contains(row.getLiteral("alt").getString())) {
                    alt.add(row.getLiteral("alt").getString());
                }
                if (row.contains("same")) {
                    same.add(row.getResource("same").getURI());
                }
            });
            if (type[2] == null && type[0] == null) {
                return Optional.empty();
            }
            alt.sort(String::compareTo);
            List<Fact> facts = new ArrayList<>();
            select(FACTS, thing, row -> facts.add(new Fact(
                    row.getResource("p").getURI(),
                    row.contains("plabel") ? row.getLiteral("plabel").getString() : localName(row.getResource("p").getURI()),
                    row.get("o"),
                    row.contains("olabel") ? row.getLiteral("olabel").getString() : null,
                    row.getLiteral("incoming").getBoolean(),
                    text(row, "text"), text(row, "section"), integer(row, "b"), integer(row, "e"))));
            List<Fact> mentions = new ArrayList<>();
            select(MENTIONS, thing, row -> mentions.add(new Fact(null, null, null, null, false,
                    text(row, "text"), text(row, "section"), integer(row, "b"), integer(row, "e"))));
            List<WikidataFact> wikidata = new ArrayList<>();
            select(FROM_WIKIDATA, thing, row -> wikidata.add(new WikidataFact(row.getResource("item").getURI(),
                    localName(row.getResource("p").getURI()), row.get("value"), text(row, "valueLabel"))));
            List<Claim> claims = new ArrayList<>();
            select(CLAIMS, thing, row -> claims.add(new Claim(
                    text(row, "modality") != null ? text(row, "modality") : "not asserted",
                    new Fact(null, null, row.get("s"), text(row, "slabel"), false, null, null, null, null),
                    row.contains("plabel") ? row.getLiteral("plabel").getString() : localName(row.getResource("p").getURI()),
                    new Fact(null, null, row.get("o"), text(row, "olabel"), false, null, null, null, null),
                    text(row, "text"), text(row, "section"), integer(row, "b"), integer(row, "e"))));
            return Optional.of(new Entity(thing.getURI(), type[2] != null ? type[2] : localName(thing.getURI()),
                    type[3], type[0], type[1], alt, same, facts, mentions, wikidata, claims));
        });
    }

    /** How many things of each class the graph has, largest first. */
    public Map<String, Integer> classCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(COUNTS).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(row -> counts.put(row.getLiteral("label").getString(), row.getLiteral("n").getInt()));
            }
        });
        return counts;
    }

    private void select(Query query, Node thing, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                .substitution("x", org.apache.jena.rdf.model.ResourceFactory.createResource(thing.getURI())).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getString() : null;
    }

    private static Integer integer(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getInt() : null;
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    public static boolean isResource(String iri) {
        return iri.startsWith(Vocabulary.GKR);
    }
}
