package org.gilankg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gilankg.server.GilanServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: measures the server under load on this machine. It starts the real server on a
 * free loopback port and sends one query over and over from concurrent connections, then reports
 * throughput, latency percentiles and the process's resident memory. Figures, not assertions:
 * they go in notes and docs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load-tests the server on loopback: requests per second, latency percentiles, resident memory.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Option(names = "--connections", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
    int connections = 16;

    @Option(names = "--seconds", description = "Measured seconds, after as many seconds of warm-up (default: ${DEFAULT-VALUE}).")
    int seconds = 15;

    @Option(names = "--output-buffer", paramLabel = "BYTES",
            description = "Jetty output buffer; 5242880 reproduces Fuseki 5.6.0's own setting (default: ${DEFAULT-VALUE}).")
    int outputBuffer = GilanServer.OUTPUT_BUFFER_BYTES;

    @Option(names = "--query", description = "point (one label) or describe (a resource page as Turtle) (default: ${DEFAULT-VALUE}).")
    String query = "point";

    @Override
    public Integer call() throws Exception {
        GilanServer server = GilanServer.create().store(store).port(0).outputBufferBytes(outputBuffer).build().start();
        try {
            String path = query.equals("describe") ? "/resource/mirza-kuchik-khan"
                    : "/gilan/sparql?query=" + URLEncoder.encode(
                            "SELECT ?label WHERE { <https://w3id.org/gilan-kg/resource/rasht> "
                                    + "<http://www.w3.org/2000/01/rdf-schema#label> ?label }", StandardCharsets.UTF_8);
            String accept = query.equals("describe") ? "text/turtle" : "application/sparql-results+json";
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            run(client, request, seconds * 1000L); // warm-up, not reported
            long rssBefore = residentKiB();
            Result result = run(client, request, seconds * 1000L);
            System.out.printf("bench: %s query, %d connections, %d s, output buffer %d bytes%n", query, connections, seconds, outputBuffer);
            System.out.printf("  %.0f requests/s, %d errors%n", result.count() * 1000.0 / result.millis(), result.errors());
            System.out.printf("  latency p50 %.2f ms, p99 %.2f ms%n", result.percentile(50), result.percentile(99));
            System.out.printf("  resident memory %d MiB before, %d MiB after the measured run (server and client in one JVM)%n",
                    rssBefore / 1024, residentKiB() / 1024);
            return 0;
        } finally {
            server.stop();
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

    /** VmRSS of this process in KiB, from /proc (0 where there is no /proc). */
    private static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
