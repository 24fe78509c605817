package org.gilankg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.gilankg.GilanKgException;
import org.gilankg.Prefixes;
import org.gilankg.server.ServicePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code query}: runs a SPARQL query file against the store, or through a running server's
 * endpoint when the server holds the store (or with {@code --endpoint}).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query file against the store (the default graph is the union of all graphs).",
                "While a server holds the store, the query goes to that server's endpoint."})
public final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, json, tsv }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.rq", description = "The query file.")
    Path file;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send the query to this SPARQL endpoint instead of opening the store (e.g. http://127.0.0.1:3030/gilan/sparql).")
    String endpoint;

    @Option(names = "--format",
            description = "Output: ${COMPLETION-CANDIDATES}; json gives SPARQL JSON results, or JSON-LD for CONSTRUCT and DESCRIBE (default: ${DEFAULT-VALUE}).")
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
        String remote = endpoint;
        if (remote == null) {
            Optional<Long> holder = Servers.lockHolder(store);
            if (holder.isPresent()) {
                remote = Servers.runningServer(store).map(u -> u + "/gilan/sparql")
                        .orElseThrow(() -> new GilanKgException(Servers.inUse(store, holder.get())));
            }
        }
        // The answer is made in full before anything is printed: a failure prints one line, never half a document.
        Answer answer = remote != null ? remote(query, remote) : local(query);
        spec.commandLine().getOut().print(answer.text());
        spec.commandLine().getOut().flush();
        return 0;
    }

    record Answer(String text) {}

    private Answer local(Query query) {
        DatasetGraph dsg = org.gilankg.store.Stores.open(store);
        new ServicePolicy(java.util.List.of(ServicePolicy.WIKIDATA)).install(dsg.getContext());
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return run(query, qe, "the store " + store);
            }
        });
    }

    private Answer remote(Query query, String url) {
        try (QueryExecution qe = QueryExecutionHTTP.service(url).query(query).build()) {
            return run(query, qe, url);
        }
    }

    private Answer run(Query query, QueryExecution qe, String where) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            if (query.isSelectType()) {
                ResultSet rs = ResultSetFactory.copyResults(qe.execSelect());
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                    case json -> ResultSetFormatter.outputAsJSON(out, rs);
                    default -> ResultSetFormatter.out(out, rs, Prefixes.MAP);
                }
            } else if (query.isAskType()) {
                boolean yes = qe.execAsk();
                switch (format) {
                    case json -> ResultSetFormatter.outputAsJSON(out, yes);
                    case csv -> ResultSetFormatter.outputAsCSV(out, yes);
                    case tsv -> ResultSetFormatter.outputAsTSV(out, yes);
                    default -> out.println(yes ? "yes" : "no");
                }
            } else {
                Graph graph = (query.isConstructType() ? qe.execConstruct() : qe.execDescribe()).getGraph();
                graph.getPrefixMapping().setNsPrefixes(Prefixes.MAP);
                RDFFormat rdf = switch (format) {
                    case json -> RDFFormat.JSONLD_PRETTY;
                    case table -> RDFFormat.TURTLE_PRETTY;
                    default -> throw new GilanKgException(file + ": --format " + format
                            + " is for SELECT and ASK; a " + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                            + " query gives Turtle (table, the default) or JSON-LD (json)");
                };
                RDFWriter.source(graph).format(rdf).output(out);
            }
        } catch (GilanKgException e) {
            throw e;
        } catch (org.gilankg.server.ServicePolicy.Refused e) {
            // The policy refuses with an Error so that no query engine swallows it; here it is the user's one line.
            throw new GilanKgException(file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            List<String> services = new ArrayList<>();
            org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementService el) {
                    services.add(el.getServiceNode().toString());
                }
            });
            String what = services.isEmpty() ? "the query failed against " + where
                    : "the query failed against " + where + "; it asks " + String.join(", ", services) + " (is the network reachable?)";
            throw new GilanKgException(file + ": " + what + ": " + Failures.oneLine(e), e);
        }
        return new Answer(bytes.toString(StandardCharsets.UTF_8));
    }
}
