package org.gilankg.server;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;

/**
 * Federated queries reach only the endpoints on an allowlist (by default the Wikidata Query
 * Service). Checked twice: before a query runs (a SERVICE with a fixed IRI), and when a SERVICE
 * call is made (a SERVICE whose IRI comes from a variable).
 */
public final class ServicePolicy implements ChainingServiceExecutor {

    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    private final List<String> allowed;

    public ServicePolicy(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    public List<String> allowed() {
        return allowed;
    }

    public boolean allows(String iri) {
        return allowed.contains(iri);
    }

    /** The first SERVICE IRI of the query that is not allowed, if any. */
    public Optional<String> firstRefused(Query query) {
        String[] refused = {null};
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService service) {
                    Node target = service.getServiceNode();
                    if (refused[0] == null && target.isURI() && !allows(target.getURI())) {
                        refused[0] = target.getURI();
                    }
                }
            });
        }
        return Optional.ofNullable(refused[0]);
    }

    /** Installs this policy in front of Jena's SERVICE executors for queries run with {@code context}. */
    public void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node target = opExecute.getService();
        if (!target.isURI() || !allows(target.getURI())) {
            // Messages stay ASCII: Fuseki sizes error bodies by characters, not bytes.
            throw new QueryExecException("SERVICE " + target + " is not allowed; allowed: " + allowed);
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
