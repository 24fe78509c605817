package org.gilankg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.gilankg.store.Publisher;

/** Builds real TDB2 stores from the article (or an altered copy) and asks them questions. */
public final class TestStores {

    public static final Path ARTICLE = Path.of("data/persian-socialist-soviet-republic.txt");

    public static final String PREFIXES = """
            PREFIX gk:   <https://w3id.org/gilan-kg/ontology#>
            PREFIX gkr:  <https://w3id.org/gilan-kg/resource/>
            PREFIX gkg:  <https://w3id.org/gilan-kg/graph/>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    private TestStores() {}

    public static String article() throws IOException {
        return Files.readString(ARTICLE, StandardCharsets.UTF_8);
    }

    /** Runs the pipeline on {@code article} and publishes it to {@code dir}/store; returns the store directory. */
    public static Path build(Path article, Path dir) {
        Pipeline.Result result = Pipeline.create().article(article).run();
        Path store = dir.resolve("store");
        Publisher.at(store).publish(result.dataset());
        return store;
    }

    /** Builds a store from the article as changed by {@code change}, which must change it. */
    public static Path buildAltered(UnaryOperator<String> change, Path dir) throws IOException {
        String original = article();
        String altered = change.apply(original);
        if (altered.equals(original)) {
            throw new AssertionError("the alteration changed nothing: the test's text no longer matches the article");
        }
        Path file = dir.resolve("altered.txt");
        Files.writeString(file, altered, StandardCharsets.UTF_8);
        return build(file, dir);
    }

    public static Dataset open(Path store) {
        return TDB2Factory.connectDataset(store.toString());
    }

    /** ASK over the union of all graphs. */
    public static boolean ask(Dataset ds, String pattern) {
        String query = PREFIXES + "ASK { " + pattern + " }";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                return qe.execAsk();
            }
        });
    }
}
