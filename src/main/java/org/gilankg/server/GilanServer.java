package org.gilankg.server;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.IdleTimeoutHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.gilankg.Vocabulary;
import org.gilankg.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gilan-kg server: embedded Fuseki over the TDB2 store, read-only, with linked-data pages,
 * dumps and a home page.
 *
 * <pre>{@code
 * GilanServer server = GilanServer.create().store(Path.of("run/store")).port(3030).build().start();
 * }</pre>
 *
 * <p>Safe by default: it binds to 127.0.0.1, offers no update or Graph Store write operation,
 * stops queries after a timeout, lets SERVICE reach only an allowlist (the Wikidata Query
 * Service), refuses FROM / FROM NAMED, and refuses request bodies over a limit. Request bodies are
 * read by Jetty before any servlet runs ({@link EagerContentHandler}), within a size limit
 * ({@link SizeLimitHandler}) and a minimum rate ({@link RequestGuard}), so slow clients hold no
 * worker thread. Answers are complete or an error ({@link AnswerCache}).
 *
 * <p>It follows the builds: when {@code build} publishes a new version (the store link points
 * elsewhere), the server opens the new store, checks it, and swaps it in for the SPARQL endpoint,
 * the pages and the dumps; requests under way finish on the old one.
 */
public final class GilanServer {

    private static final Logger LOG = LoggerFactory.getLogger(GilanServer.class);

    /** The dataset's name: the endpoints are /gilan/sparql and /gilan/get. */
    public static final String DATASET = "/gilan";

    /**
     * Jetty's response output buffer. Embedded Fuseki 5.6.0 asks for 5 MiB, which Jetty 12's buffer
     * pool does not keep, so every response would allocate a fresh 5 MiB buffer (apache/jena#4084,
     * fixed upstream after 5.6.0): on this project that cut throughput several times over and tripled
     * resident memory. 32 KiB is Jetty's own default.
     */
    public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    /** A request body must arrive at this rate or better once {@link #BODY_GRACE_MILLIS} have passed. */
    public static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    public static final long BODY_GRACE_MILLIS = 3000;
    /** How long a connection may stay silent (no bytes either way) outside a running request. */
    public static final long IDLE_TIMEOUT_MILLIS = 10_000;

    /** The page servlets, by path; each is built again over every new store version. */
    private static final List<String> PAGES = List.of("/resource/*", "/graph/*", "/ontology", "/dumps/*", "/.well-known/void",
            "/search", "/timeline", "/network", "/reconcile/*", "/examples/*", "");

    private final FusekiServer fuseki;
    private final String host;
    private final Builder settings;
    private final AnswerCache cache;
    private volatile Served served;
    private final ScheduledExecutorService watcher;

    /** One store version and everything built over it. */
    private record Served(String version, Path realStore, DatasetGraph dataset, DataService service,
                          Map<String, HttpServlet> pages, Set<HttpServlet> initialised) {
        HttpServlet page(String name, ServletConfig config) throws ServletException {
            HttpServlet servlet = pages.get(name);
            if (initialised.add(servlet)) {
                servlet.init(config);
            }
            return servlet;
        }
    }

    private GilanServer(FusekiServer fuseki, String host, Builder settings, AnswerCache cache, Served served) {
        this.fuseki = fuseki;
        this.host = host;
        this.settings = settings;
        this.cache = cache;
        this.served = served;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gilan-kg store watcher");
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder create() {
        return new Builder();
    }

    /** Starts serving; a port already in use is one clear {@link org.gilankg.GilanKgException}. */
    public GilanServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof java.net.BindException)) {
                cause = cause.getCause();
            }
            try {
                fuseki.stop();
            } catch (RuntimeException ignored) {
                // it did not start
            }
            Stores.release(served.dataset());
            if (cause != null) {
                throw new org.gilankg.GilanKgException(host + ":" + settings.port + ": the port is in use"
                        + " (another server is running there?); choose another with --port", e);
            }
            throw e;
        }
        watcher.scheduleWithFixedDelay(this::followBuild, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    public void stop() {
        watcher.shutdownNow();
        fuseki.stop();
        Stores.release(served.dataset());
    }

    public void join() {
        fuseki.join();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's base URL, e.g. http://127.0.0.1:3030 (no trailing slash). */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port();
    }

    /** The dataset being served now. */
    public DatasetGraph dataset() {
        return served.dataset();
    }

    /** The version of the store being served (changes when a build is published). */
    public String storeVersion() {
        return served.version();
    }

    /** Cached answers held now. */
    public int cachedAnswers() {
        return cache.size();
    }

    /** The output buffer size the HTTP connectors are configured with (see {@link #OUTPUT_BUFFER_BYTES}). */
    public List<Integer> outputBufferSizes() {
        List<Integer> sizes = new ArrayList<>();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                sizes.add(http.getHttpConfiguration().getOutputBufferSize());
            }
        }
        return sizes;
    }

    /** Checks whether a build was published, and if so serves it. Runs every second on the watcher thread. */
    void followBuild() {
        Path real;
        try {
            real = settings.store.toRealPath();
        } catch (IOException e) {
            return; // between a build's renames there is always a store; a missing one is kept as is
        }
        Served old = served;
        if (real.equals(old.realStore())) {
            return;
        }
        Served next;
        try {
            next = open(settings);
        } catch (RuntimeException e) {
            LOG.warn("A new store was published at {} but cannot be served: {}", real, e.getMessage());
            return;
        }
        next.service().setEndpointProcessors(fuseki.getOperationRegistry());
        next.service().goActive();
        fuseki.getDataAccessPointRegistry().put(DataAccessPoint.canonical(DATASET), new DataAccessPoint(DATASET, next.service()));
        served = next;
        cache.clear();
        LOG.info("Now serving store version {}", next.version());
        long grace = settings.timeout.toMillis() + 30_000;
        watcher.schedule(() -> Stores.release(old.dataset()), grace, TimeUnit.MILLISECONDS);
    }

    /** Opens the store now published and builds the endpoint and pages over it. */
    private static Served open(Builder b) {
        DatasetGraph dsg = Stores.open(b.store);
        try {
            Path realStore = b.store.toRealPath();
            String version = realStore.getParent().getFileName() == null ? realStore.toString()
                    : realStore.getParent().getFileName().toString();
            // The default graph is the union of all named graphs, for queries and for GSP reads alike.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(b.timeout.toMillis()));
            b.services.install(dsg.getContext());

            DataService service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
            // Made active once it has its processors (the server's builder, or switchTo): activating it
            // before that logs "No processor for operation" for every endpoint.

            Path dumpsDir = (b.dumps != null ? b.dumps : b.store.toAbsolutePath().normalize().resolveSibling("dumps"));
            Templates.source(org.gilankg.dataset.ArticleSource.of(dsg));
            GraphReader reader = new GraphReader(dsg);
            List<ExampleQuery> examples = ExampleQuery.load(b.queries);
            Graph ontology = Txn.calculateRead(dsg, () -> copy(dsg.getGraph(Vocabulary.GRAPH_ONTOLOGY)));
            Map<String, HttpServlet> pages = new LinkedHashMap<>();
            pages.put("/resource/*", new ResourceServlet(reader));
            pages.put("/graph/*", new GraphServlet(dsg));
            pages.put("/ontology", new OntologyServlet(ontology));
            pages.put("/dumps/*", dumps(dumpsDir));
            pages.put("/.well-known/void", new VoidServlet(voidGraph(dumpsDir)));
            pages.put("/search", new SearchServlet(dsg));
            pages.put("/timeline", new TimelineServlet(dsg));
            pages.put("/network", new NetworkServlet(dsg));
            pages.put("/reconcile/*", new org.gilankg.server.reconcile.ReconcileServlet(dsg));
            pages.put("/examples/*", new ExamplesServlet(dsg, examples));
            pages.put("", new HomeServlet(reader.classCounts(), examples, org.gilankg.dataset.ArticleSource.of(dsg)));
            return new Served(version, realStore, dsg, service, pages, ConcurrentHashMap.newKeySet());
        } catch (IOException e) {
            Stores.release(dsg);
            throw new org.gilankg.GilanKgException(b.store + ": cannot read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Stores.release(dsg);
            throw e;
        }
    }

    private static HttpServlet dumps(Path dumpsDir) throws IOException {
        if (!Files.isDirectory(dumpsDir)) {
            LOG.warn("No dumps at {}: /dumps/ will list nothing (run the build command to write them)", dumpsDir);
            return new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                    resp.sendError(404, "No dumps are published on this server");
                }
            };
        }
        return new DumpsServlet(dumpsDir.toRealPath());
    }

    private static Graph voidGraph(Path dumpsDir) {
        Path file = dumpsDir.resolve("void.ttl");
        if (!Files.isRegularFile(file)) {
            return GraphFactory.createDefaultGraph();
        }
        try {
            return RDFParser.source(file).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).toGraph();
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot be read ({}); /.well-known/void will be empty", file,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
            return GraphFactory.createDefaultGraph();
        }
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    /** A servlet that hands each request to the page of the store version being served. */
    private static final class Switching extends HttpServlet {
        private final String name;
        private final java.util.function.Supplier<Served> served;

        Switching(String name, java.util.function.Supplier<Served> served) {
            this.name = name;
            this.served = served;
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
            served.get().page(name, getServletConfig()).service(request, response);
        }
    }

    /** Builds a {@link GilanServer}; every setting has a safe default. */
    public static final class Builder {
        private Path store = Path.of("run/store");
        private Path dumps;
        private Path queries = org.gilankg.Bundled.file("queries");
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private List<String> serviceAllowlist = List.of(ServicePolicy.WIKIDATA);
        private int maxRequestBytes = 1024 * 1024;
        private int maxResponseBytes = 16 * 1024 * 1024;
        private long cacheBytes = 64L * 1024 * 1024;
        private int outputBufferBytes = OUTPUT_BUFFER_BYTES;
        private int maxThreads = 100;
        private int maxConcurrent = 4 * Runtime.getRuntime().availableProcessors();
        private ServicePolicy services;

        private Builder() {}

        public Builder store(Path store) {
            this.store = store;
            return this;
        }

        /** Where the dumps are; by default beside the store ({@code store/../dumps}). */
        public Builder dumps(Path dumps) {
            this.dumps = dumps;
            return this;
        }

        public Builder queries(Path queries) {
            this.queries = queries;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder serviceAllowlist(List<String> endpoints) {
            this.serviceAllowlist = List.copyOf(endpoints);
            return this;
        }

        public Builder maxRequestBytes(int bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The largest answer sent (larger ones get 422); default 16 MiB. */
        public Builder maxResponseBytes(int bytes) {
            this.maxResponseBytes = bytes;
            return this;
        }

        /** Memory for cached answers; 0 turns the answer cache off. Default 64 MiB. */
        public Builder cacheBytes(long bytes) {
            this.cacheBytes = bytes;
            return this;
        }

        /** Queries evaluated at once; more wait without a thread. 0: no limit. Default 4 per core. */
        public Builder maxConcurrentQueries(int n) {
            this.maxConcurrent = n;
            return this;
        }

        /** Jetty's response output buffer; only benchmarks change it, to compare with Fuseki 5.6.0's own 5 MiB. */
        public Builder outputBufferBytes(int bytes) {
            this.outputBufferBytes = bytes;
            return this;
        }

        public GilanServer build() {
            services = new ServicePolicy(serviceAllowlist);
            Served first = open(this);
            GilanServer[] self = new GilanServer[1];
            java.util.function.Supplier<Served> current = () -> self[0].served;
            AnswerCache cache = new AnswerCache(() -> self[0].served.version(), maxResponseBytes, cacheBytes);

            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .numServerThreads(4, maxThreads)
                    .registerOperation(Operation.Query, new ReadOnlyQuery(services))
                    .add(DATASET, first.service())
                    .enableCors(false, null)
                    .enablePing(true)
                    .enableMetrics(true)
                    .addFilter("/*", cache)
                    .addFilter(DATASET + "/*", new UnionDefaultGraphForGsp())
                    .addServlet("/assets/*", new AssetsServlet());
            for (String page : PAGES) {
                fb.addServlet(page, new Switching(page, current));
            }
            FusekiServer fuseki = fb.build();

            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector server) {
                    server.setHost(host);
                    server.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                }
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(outputBufferBytes);
                    http.getHttpConfiguration().setSendServerVersion(false);
                    // Behind the reverse proxy the README suggests, the links the server writes (the
                    // reconciliation manifest's) use the scheme and host the client used: X-Forwarded-*.
                    http.getHttpConfiguration().addCustomizer(new ForwardedRequestCustomizer());
                }
            }
            // Jetty's own request limits, in front of every servlet: bodies read without a thread, within a size.
            Handler app = fuseki.getJettyServer().getHandler();
            IdleTimeoutHandler running = new IdleTimeoutHandler(app);
            running.setIdleTimeoutMs(timeout.toMillis() + 30_000);
            Handler inner = running;
            if (maxConcurrent > 0) {
                // Queries beyond this many wait, suspended without a thread, for a free slot (503 after the timeout).
                QoSHandler qos = new QoSHandler(running);
                qos.setMaxRequestCount(maxConcurrent);
                qos.setMaxSuspend(timeout);
                qos.includePath(DATASET + "/*", "/sparql", "/resource/*", "/search", "/timeline", "/network");
                inner = qos;
            }
            EagerContentHandler eager = new EagerContentHandler(inner,
                    new EagerContentHandler.FormContentLoaderFactory(1000, maxRequestBytes),
                    new EagerContentHandler.RetainedContentLoaderFactory(maxRequestBytes + 1L, 0, true));
            SizeLimitHandler size = new SizeLimitHandler(maxRequestBytes, -1);
            size.setHandler(eager);
            fuseki.getJettyServer().setHandler(new RequestGuard(size, MIN_BODY_BYTES_PER_SECOND, BODY_GRACE_MILLIS));

            self[0] = new GilanServer(fuseki, host, this, cache, first);
            return self[0];
        }
    }
}
