package org.gilankg;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A local Fuseki serving a small Wikidata-shaped graph, standing in for the Wikidata Query Service in tests. */
public final class WikidataFixture implements AutoCloseable {

    private final FusekiServer server;

    private WikidataFixture(FusekiServer server) {
        this.server = server;
    }

    public static WikidataFixture start() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        RDFParser.source("src/test/resources/wikidata/fixture.ttl").parse(data);
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/wikidata", data, false).build().start();
        return new WikidataFixture(server);
    }

    /** The SPARQL endpoint, like https://query.wikidata.org/sparql. */
    public String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
