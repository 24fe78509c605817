package org.gilankg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.gilankg.Vocabulary;
import org.gilankg.link.Enricher;
import org.gilankg.link.ProposalWriter;
import org.gilankg.link.Reconciler;
import org.gilankg.link.TargetReader;
import org.gilankg.link.WikidataEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code link}: proposes Wikidata links for review, and with --enrich fetches facts about linked items. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Reconciles the graph's things against a Wikidata SPARQL endpoint and writes candidate links",
                "for review (the reviewed links live in data/wikidata-links.tsv). With --enrich, fetches birth and",
                "death dates and places, coordinates and images of the linked items into a snapshot file."})
public final class LinkCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LinkCommand.class);

    @Option(names = "--endpoint", paramLabel = "URL", description = "The Wikidata SPARQL endpoint (default: ${DEFAULT-VALUE}).")
    String endpoint = WikidataEndpoint.WDQS;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the candidates (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("run/wikidata-candidates.tsv");

    @Option(names = "--attempts", description = "Tries per request before giving up, with backoff (default: ${DEFAULT-VALUE}).")
    int attempts = 4;

    @Option(names = "--enrich", description = "Also fetch facts about the linked items.")
    boolean enrich;

    @Option(names = "--enrich-out", paramLabel = "FILE", description = "Where to write the snapshot (default: ${DEFAULT-VALUE}).")
    Path enrichOut = Path.of("data/wikidata-enrichment.ttl");

    @Override
    public Integer call() {
        DatasetGraph dsg = org.gilankg.store.Stores.open(store);
        WikidataEndpoint wikidata = new WikidataEndpoint(endpoint, attempts, java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(60));
        List<Reconciler.Proposal> proposals = new Reconciler(wikidata).reconcile(TargetReader.read(dsg), TargetReader.links(dsg));
        ProposalWriter.write(proposals, endpoint, out);
        long confident = proposals.stream().filter(p -> p.confidence().equals("high")).count();
        long any = proposals.stream().filter(p -> p.best() != null).count();
        LOG.info(String.format("link       %d things: %d with a candidate, %d confident; written to %s", proposals.size(), any, confident, out));
        if (enrich) {
            List<String> qids = Txn.calculateRead(dsg, () -> dsg.stream(Vocabulary.GRAPH_WIKIDATA, null, OWL.sameAs.asNode(), null)
                    .map(q -> q.getObject().getURI().substring(Vocabulary.WD.length())).distinct().sorted().toList());
            var snapshot = Enricher.fetch(wikidata, qids);
            Enricher.write(snapshot, enrichOut);
            LOG.info(String.format("enrich     %d facts about %d linked items written to %s", snapshot.size(), qids.size(), enrichOut));
        }
        return 0;
    }
}
