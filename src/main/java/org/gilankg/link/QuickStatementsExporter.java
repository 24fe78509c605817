package org.gilankg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gilankg.Vocabulary;
import org.gilankg.dataset.ArticleSource;

/**
 * QuickStatements (V1) commands for statements our graph has about linked things that the linked
 * items lack: the subject is linked, and the value is a date or another linked thing. Each command
 * cites the article (S854, with the day it was retrieved, S813) and quotes the passage it came
 * from (S1683), for editors to review.
 */
public final class QuickStatementsExporter {

    /**
     * A statement ready for Wikidata, citing the article it was read from ({@code source}, its URL,
     * and {@code retrieved}, the day the text was taken, or empty when the build recorded none).
     */
    public record Command(String item, String property, String value, String passage, String source, String retrieved) {
        public String line() {
            String quote = passage.replace('"', '\'').replace('\t', ' ');
            if (quote.length() > 400) {
                quote = quote.substring(0, 397) + "...";
            }
            String when = retrieved == null || retrieved.isEmpty() ? "" : "\tS813\t+" + retrieved + "T00:00:00Z/11";
            return item + "\t" + property + "\t" + value + "\tS854\t\"" + source + "\"" + when + "\tS1683\ten:\"" + quote + "\"";
        }
    }

    private QuickStatementsExporter() {}

    /** The commands for our statements; with an endpoint, only those the items lack there. */
    public static List<Command> export(DatasetGraph store, WikidataEndpoint check) {
        Map<String, Command> commands = new LinkedHashMap<>();
        // The article's URL as the build recorded it in the provenance graph: no class names the article.
        ArticleSource article = ArticleSource.of(store);
        String source = article == null ? "" : article.url();
        String retrieved = article == null || article.retrieved() == null ? "" : article.retrieved();
        Txn.executeRead(store, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store)).query(Queries.load("quickstatements.rq"))
                    .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String klass = row.getResource("class").getURI().substring(Vocabulary.GK.length());
                    String property = property(row.getResource("p").getURI().substring(Vocabulary.GK.length()), klass);
                    if (property == null) {
                        return;
                    }
                    String item = qid(row.getResource("item").getURI());
                    String value = value(row.get("o"), row.contains("oItem") ? qid(row.getResource("oItem").getURI()) : null);
                    String text = row.getLiteral("text").getString();
                    String name = row.contains("oName") ? row.getLiteral("oName").getString() : null;
                    // Only a passage that contains the value may be quoted for it: the year of a
                    // date, a name of an item.
                    if (value != null && quotes(text, row.get("o"), name)) {
                        commands.putIfAbsent(item + property + value, new Command(item, property, value, text, source, retrieved));
                    }
                });
            }
        });
        List<Command> result = new ArrayList<>();
        for (Command c : commands.values()) {
            if (check == null || !has(check, c)) {
                result.add(c);
            }
        }
        return result;
    }

    /** Does the passage contain the value: the year of a date, or the given name of a thing? */
    static boolean quotes(String passage, RDFNode o, String name) {
        if (o.isLiteral()) {
            String lexical = o.asLiteral().getLexicalForm();
            return lexical.length() >= 4 && passage.contains(lexical.substring(0, 4));
        }
        return name != null && passage.contains(name);
    }

    /** Does the item already have this property (for a date: any value; for an item: that value)? */
    private static boolean has(WikidataEndpoint endpoint, Command c) {
        String value = c.value().startsWith("Q") ? "wd:" + c.value() : "?any";
        return endpoint.ask("PREFIX wd: <http://www.wikidata.org/entity/> PREFIX wdt: <http://www.wikidata.org/prop/direct/> "
                + "ASK { wd:" + c.item() + " wdt:" + c.property() + " " + value + " }");
    }

    /** The Wikidata property for one of ours, by the subject's class; null where there is none. */
    static String property(String gk, String klass) {
        boolean polity = klass.equals("State") || klass.equals("Organization");
        return switch (gk) {
            case "startDate" -> polity ? "P571" : "P580";
            case "endDate" -> polity ? "P576" : "P582";
            case "date" -> klass.equals("Publication") ? "P577" : "P585";
            case "location" -> "P276";
            case "participant" -> "P710";
            case "signatory" -> "P1891";
            // A province or town lies in an administrative unit (P131), as Wikidata records places.
            case "partOf" -> klass.equals("Place") ? "P131" : "P361";
            case "leader" -> "P488";
            case "founder" -> "P112";
            case "memberOf" -> "P463";
            case "deathPlace" -> "P20";
            case "author" -> "P50";
            case "holdsOffice" -> "P39";
            default -> null;
        };
    }

    /** A QuickStatements value: a linked item, or a date at its precision (9 year, 10 month, 11 day). */
    static String value(RDFNode o, String linkedItem) {
        if (linkedItem != null) {
            return linkedItem;
        }
        if (!o.isLiteral()) {
            return null;
        }
        Literal l = o.asLiteral();
        String lexical = l.getLexicalForm();
        return switch (l.getDatatypeURI().substring(l.getDatatypeURI().indexOf('#') + 1)) {
            case "gYear" -> "+" + lexical + "-00-00T00:00:00Z/9";
            case "gYearMonth" -> "+" + lexical + "-00T00:00:00Z/10";
            case "date" -> "+" + lexical + "T00:00:00Z/11";
            default -> null;
        };
    }

    private static String qid(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
