package org.gilankg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gilankg.Pipeline;
import org.gilankg.store.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: runs the pipeline and publishes the store and dumps. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Derives the graph from the article, validates it, and replaces the TDB2 store and the dumps.",
                "The previous store and dumps are kept if anything fails."})
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--article", paramLabel = "FILE", description = "The article text (default: ${DEFAULT-VALUE}).")
    Path article = Path.of("data/persian-socialist-soviet-republic.txt");

    @Option(names = "--names", paramLabel = "FILE", description = "The curated name list (default: ${DEFAULT-VALUE}).")
    Path names = Path.of("data/names.tsv");

    @Option(names = "--shapes", paramLabel = "FILE", description = "The SHACL shapes to validate against (default: ${DEFAULT-VALUE}).")
    Path shapes = Path.of("ontology/shapes.ttl");

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store to create; dumps go to DIR/../dumps (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Override
    public Integer call() {
        Pipeline.Result result = Pipeline.create().article(article).names(names).shapes(shapes).run();
        Publisher.at(store).publish(result.dataset());
        return 0;
    }
}
