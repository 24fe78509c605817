package org.gilankg.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gilankg.dataset.VoidDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a built dataset: a new TDB2 store and new dumps are written beside the old ones and
 * swapped in only when both are complete, so a failed build leaves the previous store and dumps
 * as they were.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final AtomicDirectory store;
    private final AtomicDirectory dumps;

    private Publisher(Path storeDir) {
        this.store = new AtomicDirectory(storeDir);
        this.dumps = new AtomicDirectory(this.store.target().resolveSibling("dumps"));
    }

    /** Publishes to {@code storeDir} and its sibling {@code dumps}. */
    public static Publisher at(Path storeDir) {
        return new Publisher(storeDir);
    }

    public Path storeDir() {
        return store.target();
    }

    public Path dumpsDir() {
        return dumps.target();
    }

    public void publish(DatasetGraph dataset) {
        try {
            long start = System.nanoTime();
            DumpWriter.write(dataset, VoidDescription.of(dataset, "https://w3id.org/gilan-kg/dumps/"), dumps.staging());
            LOG.info(String.format("%-10s %d files in %s (%d ms)", "dumps", DumpWriter.FILES.size() + 1, dumps.target(),
                    (System.nanoTime() - start) / 1_000_000));
            start = System.nanoTime();
            long quads = StoreWriter.write(dataset, store.staging());
            LOG.info(String.format("%-10s %d quads in TDB2 at %s (%d ms)", "store", quads, store.target(),
                    (System.nanoTime() - start) / 1_000_000));
        } catch (RuntimeException e) {
            store.abandon();
            dumps.abandon();
            throw e;
        }
        store.commit();
        dumps.commit();
    }
}
