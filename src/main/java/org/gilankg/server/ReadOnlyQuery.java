package org.gilankg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation over the served dataset, with the safety policy: no dataset
 * description (FROM, FROM NAMED, default-graph-uri, named-graph-uri), which could otherwise
 * ask the server to read a file or a URL, and SERVICE only to allowed endpoints.
 */
public final class ReadOnlyQuery extends SPARQL_QueryDataset {

    private final ServicePolicy services;

    public ReadOnlyQuery(ServicePolicy services) {
        this.services = services;
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
        services.firstRefused(query).ifPresent(iri -> ServletOps.errorBadRequest(
                "SERVICE <" + iri + "> is not allowed; federated queries may reach only " + services.allowed()));
    }
}
