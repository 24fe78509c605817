package org.gilankg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.gilankg.Vocabulary;

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
 * Service), refuses FROM / FROM NAMED, and refuses request bodies over a limit.
 */
public final class GilanServer {

    /** The dataset's name: the endpoints are /gilan/sparql and /gilan/get. */
    public static final String DATASET = "/gilan";

    /**
     * Jetty's response output buffer. Embedded Fuseki 5.6.0 asks for 5 MiB, which Jetty 12's buffer
     * pool does not keep, so every response would allocate a fresh 5 MiB buffer (apache/jena#4084,
     * fixed upstream after 5.6.0): on this project that cut throughput several times over and tripled
     * resident memory. 32 KiB is Jetty's own default.
     */
    public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private final FusekiServer fuseki;
    private final DatasetGraph dataset;
    private final String host;

    private GilanServer(FusekiServer fuseki, DatasetGraph dataset, String host) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.host = host;
    }

    public static Builder create() {
        return new Builder();
    }

    public GilanServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
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

    public DatasetGraph dataset() {
        return dataset;
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
        private int outputBufferBytes = OUTPUT_BUFFER_BYTES;

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

        /** Jetty's response output buffer; only benchmarks change it, to compare with Fuseki 5.6.0's own 5 MiB. */
        public Builder outputBufferBytes(int bytes) {
            this.outputBufferBytes = bytes;
            return this;
        }

        public GilanServer build() {
            Path storeDir = store.toAbsolutePath().normalize();
            Path dumpsDir = dumps != null ? dumps : storeDir.resolveSibling("dumps");

            DatasetGraph dsg = org.gilankg.store.Stores.open(store);
            // The default graph is the union of all named graphs, for queries and for GSP reads alike.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            Templates.source(org.gilankg.dataset.ArticleSource.of(dsg));
            ServicePolicy services = new ServicePolicy(serviceAllowlist);
            services.install(dsg.getContext());

            GraphReader reader = new GraphReader(dsg);
            List<ExampleQuery> examples = ExampleQuery.load(queries);
            DataService service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
            var ontology = org.apache.jena.system.Txn.calculateRead(dsg, () -> copy(dsg.getGraph(Vocabulary.GRAPH_ONTOLOGY)));
            var voidGraph = dumpsDir.resolve("void.ttl").toFile().isFile()
                    ? RDFParser.source(dumpsDir.resolve("void.ttl")).toGraph()
                    : org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();

            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .registerOperation(Operation.Query, new ReadOnlyQuery(services))
                    .add(DATASET, service)
                    .enableCors(true, null)
                    .enablePing(true)
                    .enableMetrics(true)
                    .addFilter(DATASET + "/*", new RequestSizeLimit(maxRequestBytes))
                    .addFilter(DATASET + "/*", new UnionDefaultGraphForGsp())
                    .addServlet("/resource/*", new ResourceServlet(reader))
                    .addServlet("/ontology", new OntologyServlet(ontology))
                    .addServlet("/dumps/*", new DumpsServlet(dumpsDir))
                    .addServlet("/.well-known/void", new VoidServlet(voidGraph))
                    .addServlet("/assets/*", new AssetsServlet())
                    .addServlet("/search", new SearchServlet(dsg))
                    .addServlet("/timeline", new TimelineServlet(dsg))
                    .addServlet("/network", new NetworkServlet(dsg))
                    .addServlet("/reconcile/*", new org.gilankg.server.reconcile.ReconcileServlet(dsg))
                    .addServlet("/examples/*", new ExamplesServlet(dsg, examples))
                    .addServlet("", new HomeServlet(reader.classCounts(), examples, org.gilankg.dataset.ArticleSource.of(dsg)))
                    .build();
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector server) {
                    server.setHost(host);
                }
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(outputBufferBytes);
                }
            }
            return new GilanServer(fuseki, dsg, host);
        }

        private static org.apache.jena.graph.Graph copy(org.apache.jena.graph.Graph g) {
            var copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            g.find().forEachRemaining(copy::add);
            return copy;
        }
    }
}
