package org.gilankg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Fuseki's query operation over the served dataset, with the safety policy: no dataset
 * description (FROM, FROM NAMED, default-graph-uri, named-graph-uri), which could otherwise
 * ask the server to read a file or a URL; SERVICE only to allowed endpoints (403 otherwise);
 * no {@code stylesheet=} other than a relative path of this server; REGEX and REPLACE by a
 * linear-time engine ({@link LinearRegex}); and a query too deeply nested to parse or evaluate
 * (thousands of UNIONs, a 60,000-term {@code ||} chain) answered with 400, not 500.
 */
public final class ReadOnlyQuery extends SPARQL_QueryDataset {

    /** A stylesheet may only be a path on this server: letters, digits, '/', '.', '-', '_', ending in .xsl. */
    private static final java.util.regex.Pattern LOCAL_STYLESHEET = java.util.regex.Pattern.compile("/[A-Za-z0-9_][A-Za-z0-9_./-]*\\.xsl");

    private final ServicePolicy services;

    public ReadOnlyQuery(ServicePolicy services) {
        this.services = services;
        LinearRegex.install();
    }

    @Override
    protected void validateRequest(HttpAction action) {
        String stylesheet = action.getRequestParameter("stylesheet");
        if (stylesheet != null && (!LOCAL_STYLESHEET.matcher(stylesheet).matches() || stylesheet.contains(".."))) {
            ServletOps.errorBadRequest("stylesheet= must be a path on this server ending in .xsl");
        }
        super.validateRequest(action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.hasDatasetDescription()
                || action.getRequestParameter("default-graph-uri") != null
                || action.getRequestParameter("named-graph-uri") != null) {
            ServletOps.errorBadRequest("FROM, FROM NAMED and default-graph-uri/named-graph-uri are not allowed: "
                    + "this endpoint queries its own dataset (use GRAPH <...> for a named graph)");
        }
        LinearRegex.unsupportedPattern(query).ifPresent(ServletOps::errorBadRequest);
        services.firstRefused(query).ifPresent(iri -> ServletOps.error(403,
                "SERVICE <" + iri + "> is not allowed; federated queries may reach only " + services.allowed()));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, LinearRegex.rewrite(query), dataset);
        ServicePolicy.newQuery(exec.getContext());
        return exec;
    }

    /**
     * Fuseki answers a timeout that strikes while results are being written with 400 and a text
     * trailer after the partial results. The rows are watched here instead: a timeout during writing
     * is rethrown once writing stops, and Fuseki answers it like any timeout (503); the partial
     * results were never sent (see {@link AnswerCache}).
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet()) {
            super.sendResults(action, result, prologue);
            return;
        }
        RowSet rows = result.rowSet();
        boolean[] cancelled = {false};
        RowSet watched = new RowSet() {
            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (QueryCancelledException e) {
                    cancelled[0] = true;
                    throw e;
                }
            }

            @Override
            public Binding next() {
                try {
                    return rows.next();
                } catch (QueryCancelledException e) {
                    cancelled[0] = true;
                    throw e;
                }
            }

            @Override
            public List<Var> getResultVars() {
                return rows.getResultVars();
            }

            @Override
            public long getRowNumber() {
                return rows.getRowNumber();
            }

            @Override
            public void close() {
                rows.close();
            }
        };
        try {
            super.sendResults(action, new QueryExecResult(watched), prologue);
        } catch (RuntimeException e) {
            if (cancelled[0]) {
                throw new QueryCancelledException();
            }
            throw e;
        }
        if (cancelled[0]) {
            throw new QueryCancelledException();
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("Query too deeply nested to evaluate (too many UNIONs, operators or nested groups)");
        } catch (ServicePolicy.Refused e) {
            ServletOps.error(403, e.getMessage());
        } catch (QueryExceptionHTTP e) {
            if (e.getStatusCode() >= 300 && e.getStatusCode() < 400) {
                ServletOps.error(403, "A SERVICE endpoint answered with a redirect (" + e.getStatusCode() + "), which is not followed");
            }
            throw e;
        }
    }
}
