package org.gilankg.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.gilankg.GilanKgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: a small load client for a server that is already running (its own process):
 * one query or page over and over from concurrent connections, then throughput and latency
 * percentiles. Nothing is started here, so client and server never share a JVM. The full
 * benchmark, with every example query, wrk, peak memory and Virtuoso for comparison, is
 * {@code bench/bench.sh}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Load-tests a running server (start one with serve): requests per second and latency percentiles.",
                "For the full benchmark (every example query, wrk, memory, Virtuoso) run bench/bench.sh."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--endpoint", paramLabel = "URL", description = "The running server (default: ${DEFAULT-VALUE}).")
    String endpoint = "http://127.0.0.1:3030";

    @Option(names = "--connections", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
    int connections = 16;

    @Option(names = "--seconds", description = "Measured seconds, after as many seconds of warm-up (default: ${DEFAULT-VALUE}).")
    int seconds = 10;

    @Option(names = "--query", paramLabel = "point|describe|FILE.rq",
            description = "point (one label), describe (a resource page as Turtle) or a SPARQL query file (default: ${DEFAULT-VALUE}).")
    String query = "point";

    @Override
    public Integer call() throws Exception {
        if (connections < 1 || connections > 1024) {
            throw new GilanKgException("--connections must be between 1 and 1024, not " + connections);
        }
        if (seconds < 1) {
            throw new GilanKgException("--seconds must be at least 1, not " + seconds);
        }
        String base = endpoint.replaceFirst("/+$", "");
        URI baseUri;
        try {
            baseUri = URI.create(base);
            if (baseUri.getScheme() == null || !baseUri.getScheme().startsWith("http") || baseUri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new GilanKgException("--endpoint " + endpoint + ": not an http(s) URL");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path())).header("Accept", accept())
                .timeout(Duration.ofSeconds(60)).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<byte[]> probe = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (probe.statusCode() != 200) {
                throw new GilanKgException(base + " answered " + probe.statusCode() + " to the benchmark request: "
                        + new String(probe.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            }
        } catch (ConnectException e) {
            throw new GilanKgException("no server at " + base + ": start one with serve, or give --endpoint");
        }

        run(client, request, seconds * 1000L); // warm-up, not reported
        Result result = run(client, request, seconds * 1000L);
        System.out.printf("bench: %s against %s, %d connections, %d s%n", query, base, connections, seconds);
        System.out.printf("  %.0f requests/s, %d errors%n", result.count() * 1000.0 / result.millis(), result.errors());
        System.out.printf("  latency p50 %.2f ms, p99 %.2f ms%n", result.percentile(50), result.percentile(99));
        return 0;
    }

    private String path() {
        return switch (query) {
            case "describe" -> "/resource/mirza-kuchik-khan";
            case "point" -> "/gilan/sparql?query=" + URLEncoder.encode("SELECT ?label WHERE { <https://w3id.org/gilan-kg/resource/rasht> "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> ?label }", StandardCharsets.UTF_8);
            default -> "/gilan/sparql?query=" + URLEncoder.encode(readQuery(Path.of(query)), StandardCharsets.UTF_8);
        };
    }

    private String accept() {
        return query.equals("describe") ? "text/turtle" : "application/sparql-results+json";
    }

    /** The query in {@code file}, checked: a missing file or a syntax error is one line. */
    static String readQuery(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GilanKgException("--query " + file + ": not point, describe or a readable .rq file");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            QueryFactory.create(text);
            return text;
        } catch (IOException e) {
            throw new GilanKgException(file + ": cannot read: " + e.getMessage());
        } catch (QueryParseException e) {
            throw new GilanKgException(file + ": line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage().lines().findFirst().orElse("syntax error"));
        }
    }

    record Result(long count, long errors, long millis, long[] latenciesMicros) {
        double percentile(int p) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p / 100.0))] / 1000.0;
        }
    }

    private Result run(HttpClient client, HttpRequest request, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.currentTimeMillis() + millis;
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                long errors = 0;
                while (System.currentTimeMillis() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors++;
                        }
                    } catch (IOException e) {
                        errors++;
                    }
                    latencies.add((System.nanoTime() - start) / 1000);
                }
                long[] out = new long[latencies.size() + 1];
                out[0] = errors;
                for (int j = 0; j < latencies.size(); j++) {
                    out[j + 1] = latencies.get(j);
                }
                return out;
            }));
        }
        long errors = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> w : workers) {
            long[] r = w.get();
            errors += r[0];
            for (int j = 1; j < r.length; j++) {
                all.add(r[j]);
            }
        }
        pool.shutdown();
        return new Result(all.size(), errors, millis, all.stream().mapToLong(Long::longValue).toArray());
    }
}
