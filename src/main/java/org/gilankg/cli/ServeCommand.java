package org.gilankg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.gilankg.GilanKgException;
import org.gilankg.Pipeline;
import org.gilankg.server.GilanServer;
import org.gilankg.store.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: builds the store if there is none, then serves it until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph: SPARQL at /gilan/sparql, Graph Store reads at /gilan/get, linked-data pages at "
                + "/resource/{id}, dumps at /dumps/, a home page with a SPARQL editor at /. Read-only. "
                + "Builds the store from the article first if there is none."})
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Option(names = "--port", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--host", description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeout = 30;

    @Option(names = "--allow-service", paramLabel = "URL", split = ",",
            description = "Endpoints SERVICE may reach (default: ${DEFAULT-VALUE}).")
    java.util.List<String> allowService = java.util.List.of(org.gilankg.server.ServicePolicy.WIKIDATA);

    @Option(names = "--queries", paramLabel = "DIR", description = "The example queries for the home page (default: the bundled queries/).")
    Path queries;

    @Option(names = "--cache-mb", paramLabel = "MIB",
            description = "Memory for cached answers, in MiB; 0 turns the answer cache off (default: ${DEFAULT-VALUE}).")
    long cacheMb = 64;

    @Option(names = "--max-result-mb", paramLabel = "MIB",
            description = "The largest answer sent, in MiB; larger ones are refused with 422 (default: ${DEFAULT-VALUE}).")
    int maxResultMb = 16;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Queries evaluated at once; more wait, holding no thread (default: 4 per core; 0: no limit).")
    Integer maxConcurrent;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            // Say a busy port now, not after a build of the store (the server's own bind still decides).
            requireFreePort();
            LOG.info("No store at " + store + ": building it from the article first.");
            Publisher.at(store).publish(Pipeline.create().run().dataset());
        }
        Servers.lockHolder(store).ifPresent(pid -> {
            throw new GilanKgException(Servers.inUse(store, pid));
        });
        GilanServer.Builder builder = GilanServer.create().store(store).host(host).port(port)
                .timeout(Duration.ofSeconds(timeout)).serviceAllowlist(allowService)
                .cacheBytes(cacheMb * 1024 * 1024)
                .maxConcurrentQueries(maxConcurrent != null ? maxConcurrent : 4 * Runtime.getRuntime().availableProcessors())
                .maxResponseBytes(maxResultMb * 1024 * 1024);
        if (queries != null) {
            if (!Files.isDirectory(queries)) {
                throw new GilanKgException(queries + ": no such directory (the example queries, *.rq)");
            }
            builder.queries(queries);
        }
        GilanServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            if (Failures.isBusyPort(e)) {
                throw new GilanKgException(host + ":" + port + " is already in use (another server?): choose another port with --port", e);
            }
            throw e;
        }
        Servers.announce(store, server.url());
        LOG.info("Serving gilan-kg at " + server.url() + "/  (SPARQL: " + server.url() + GilanServer.DATASET + "/sparql)");
        server.join();
        return 0;
    }

    private void requireFreePort() {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new GilanKgException(host + ":" + port + " is already in use (another server?): choose another port with --port", e);
        }
    }
}
