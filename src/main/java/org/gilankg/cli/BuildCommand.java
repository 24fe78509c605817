package org.gilankg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gilankg.Pipeline;
import org.gilankg.store.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: runs the pipeline and publishes the store and dumps. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Derives the graph from the article, validates it, and replaces the TDB2 store and the dumps. "
                + "The previous store and dumps are kept if anything fails. Every input defaults to the copy bundled in the jar.")
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--article", paramLabel = "FILE", description = "The article text (default: the bundled data/persian-socialist-soviet-republic.txt).")
    Path article;

    @Option(names = "--source", paramLabel = "FILE",
            description = "The article's source metadata: title, url, licence, retrieved (default: X.source.properties beside the article X.txt).")
    Path source;

    @Option(names = "--names", paramLabel = "FILE", description = "The curated name list (default: the bundled data/names.tsv).")
    Path names;

    @Option(names = "--links", paramLabel = "FILE",
            description = "The reviewed Wikidata links (default: the bundled data/wikidata-links.tsv, for an article with source metadata).")
    Path links;

    @Option(names = "--shapes", paramLabel = "FILE", description = "The SHACL shapes to validate against (default: the bundled ontology/shapes.ttl).")
    Path shapes;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store to create; dumps go to DIR/../dumps (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.create();
        if (article != null) {
            pipeline.article(article);
        }
        if (source != null) {
            pipeline.source(source);
        }
        if (links != null) {
            pipeline.links(links);
        }
        if (names != null) {
            pipeline.names(names);
        }
        if (shapes != null) {
            pipeline.shapes(shapes);
        }
        Publisher.at(store).publish(pipeline.run().dataset());
        return 0;
    }
}
