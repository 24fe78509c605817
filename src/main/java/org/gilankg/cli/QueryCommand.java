package org.gilankg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.gilankg.GilanKgException;
import org.gilankg.server.ServicePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: runs a SPARQL query file against the store, offline. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query file against the store (the default graph is the union of all graphs).")
public final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, json, tsv }

    @Parameters(paramLabel = "FILE.rq", description = "The query file.")
    Path file;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Option(names = "--format", description = "Output for SELECT and ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Override
    public Integer call() throws IOException {
        Query query;
        try {
            query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new GilanKgException(file + ": no such file");
        } catch (QueryParseException e) {
            throw new GilanKgException(file + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        DatasetGraph dsg = org.gilankg.store.Stores.open(store);
        new ServicePolicy(java.util.List.of(ServicePolicy.WIKIDATA)).install(dsg.getContext());
        PrintStream out = System.out;
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                        case json -> ResultSetFormatter.outputAsJSON(out, rs);
                        default -> ResultSetFormatter.out(out, rs, query);
                    }
                } else if (query.isAskType()) {
                    boolean answer = qe.execAsk();
                    switch (format) {
                        case json -> ResultSetFormatter.outputAsJSON(out, answer);
                        case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                        default -> out.println(answer ? "yes" : "no");
                    }
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                } else {
                    RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                }
            }
        });
        return 0;
    }
}
