package org.gilankg.server;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Federated queries reach only the endpoints on an allowlist (by default the Wikidata Query
 * Service). Checked twice: before a query runs (every SERVICE with a fixed IRI, FILTER EXISTS and
 * subqueries included), and when a SERVICE call is made (a target that comes from a variable).
 * A refusal at run time ends the whole query (403) and is logged once, without a stack trace.
 * SERVICE calls never follow redirects: an allowed endpoint answering 3xx cannot send the server
 * on to another address.
 */
public final class ServicePolicy implements ChainingServiceExecutor {

    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    /** Context key of the per-query record of refused targets (see {@link #newQuery(Context)}). */
    public static final Symbol REFUSED = Symbol.create("urn:gilan-kg:service-refused");

    private static final Logger LOG = LoggerFactory.getLogger(ServicePolicy.class);

    /** Thrown when a SERVICE call is refused at run time. An {@link Error}, so that no FILTER swallows it row by row. */
    public static final class Refused extends Error {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final List<String> allowed;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public ServicePolicy(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    public List<String> allowed() {
        return allowed;
    }

    public boolean allows(String iri) {
        return allowed.contains(iri);
    }

    /** The HTTP client SERVICE calls use: it does not follow redirects. */
    public HttpClient httpClient() {
        return client;
    }

    /** The first SERVICE IRI of the query that is not allowed, if any. */
    public Optional<String> firstRefused(Query query) {
        String[] refused = {null};
        visitServices(query.getQueryPattern(), target -> {
            if (refused[0] == null && target.isURI() && !allows(target.getURI())) {
                refused[0] = target.getURI();
            }
        });
        if (query.getProject() != null) {
            query.getProject().getExprs().values().forEach(e -> visitServices(e, target -> {
                if (refused[0] == null && target.isURI() && !allows(target.getURI())) {
                    refused[0] = target.getURI();
                }
            }));
        }
        return Optional.ofNullable(refused[0]);
    }

    private static void visitServices(Element element, java.util.function.Consumer<Node> target) {
        if (element == null) {
            return;
        }
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                target.accept(service.getServiceNode());
            }

            @Override
            public void visit(ElementFilter filter) {
                visitServices(filter.getExpr(), target);
            }

            @Override
            public void visit(ElementBind bind) {
                visitServices(bind.getExpr(), target);
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                visitServices(subQuery.getQuery().getQueryPattern(), target);
            }
        });
    }

    private static void visitServices(Expr expr, java.util.function.Consumer<Node> target) {
        if (expr instanceof ExprFunctionOp op) {
            visitServices(op.getElement(), target);
        }
        if (expr instanceof ExprFunction function) {
            function.getArgs().forEach(arg -> visitServices(arg, target));
        }
    }

    /** Installs this policy in front of Jena's SERVICE executors for queries run with {@code context}. */
    public void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
        context.set(Service.httpQueryClient, client);
    }

    /** Marks {@code context} as one query's: refusals during it are logged once. */
    public static void newQuery(Context context) {
        context.set(REFUSED, ConcurrentHashMap.newKeySet());
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node target = opExecute.getService();
        if (!target.isURI() || !allows(target.getURI())) {
            Set<String> logged = execCxt.getContext().get(REFUSED);
            if (logged == null || logged.add(target.toString())) {
                LOG.info("SERVICE {} refused: not on the allowlist {}", target, allowed);
            }
            // Messages stay ASCII: Fuseki sizes error bodies by characters, not bytes.
            throw new Refused("SERVICE " + target + " is not allowed; allowed: " + allowed);
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
