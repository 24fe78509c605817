package org.gilankg.link;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.gilankg.GilanKgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SPARQL endpoint of Wikidata's shape, asked politely: a descriptive User-Agent (as the Wikidata
 * Query Service's policy asks), a timeout, and a bounded exponential backoff when it answers 429 or
 * 503 or cannot be reached. Every failure ends in one clear message naming the endpoint.
 */
public final class WikidataEndpoint {

    public static final String WDQS = "https://query.wikidata.org/sparql";
    public static final String USER_AGENT =
            "gilan-kg/0.1 (knowledge graph of the Persian Socialist Soviet Republic; https://w3id.org/gilan-kg) Apache-Jena/5.6.0";

    private static final Logger LOG = LoggerFactory.getLogger(WikidataEndpoint.class);

    private final String url;
    private final int attempts;
    private final Duration firstBackoff;
    private final Duration timeout;
    private final HttpClient http;

    public WikidataEndpoint(String url) {
        this(url, 4, Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    public WikidataEndpoint(String url, int attempts, Duration firstBackoff, Duration timeout) {
        this.url = url;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String url() {
        return url;
    }

    /** The rows of a SELECT query. */
    public List<Binding> select(String query) {
        return call(query, exec -> {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        });
    }

    public boolean ask(String query) {
        return call(query, QueryExec::ask);
    }

    private interface Work<T> {
        T run(QueryExec exec);
    }

    private <T> T call(String query, Work<T> work) {
        Duration wait = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            String problem;
            RuntimeException cause;
            boolean unreachable;
            try (QueryExec exec = QueryExecHTTPBuilder.service(url)
                    .httpClient(http)
                    .httpHeader("User-Agent", USER_AGENT)
                    .query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                return work.run(exec);
            } catch (QueryExceptionHTTP e) {
                int status = e.getStatusCode();
                // Jena reports a connection that failed (refused, unknown host, timed out) as
                // status -1, and some paths as noStatusCode: both mean no answer at all.
                unreachable = status < 0;
                boolean retry = unreachable || status == 429 || status == 503 || status == 502 || status == 504;
                if (!retry) {
                    throw new EndpointUnavailable(url + ": " + host() + " refused the query with HTTP " + status
                            + (e.getStatusLine() == null ? "" : " " + e.getStatusLine()) + "; check --endpoint", e);
                }
                problem = unreachable ? "cannot reach " + host() + " (" + rootMessage(e) + ")"
                        : "answered HTTP " + status + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
                cause = e;
            } catch (HttpException e) {
                unreachable = true;
                problem = "cannot reach " + host() + " (" + rootMessage(e) + ")";
                cause = e;
            } catch (RiotException | QueryException e) {
                throw new GilanKgException(url + ": malformed answer (" + rootMessage(e) + ")", e);
            }
            if (attempt >= attempts) {
                String hint = unreachable ? "; check --endpoint and the network" : "; try again later or raise --attempts";
                throw new EndpointUnavailable(url + ": " + problem + " after " + attempt
                        + (attempt == 1 ? " attempt" : " attempts") + hint, cause);
            }
            LOG.info(url + ": " + problem + "; attempt " + attempt + " of " + attempts + ", retrying in " + wait.toMillis() + " ms");
            sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    /** The endpoint's host and port, as a user would recognise it. */
    private String host() {
        try {
            java.net.URI u = java.net.URI.create(url);
            return u.getHost() == null ? url : u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException) {
            return "connection refused";
        }
        if (t instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return (t instanceof HttpConnectTimeoutException ? "connect timeout: " : "") + message.lines().findFirst().orElse("");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GilanKgException("interrupted");
        }
    }
}
