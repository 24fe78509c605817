package org.gilankg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.gilankg.GilanKgException;

/** Opens a published TDB2 store, with one clear message when there is none. */
public final class Stores {

    private Stores() {}

    public static DatasetGraph open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new GilanKgException(dir + ": no store here (run the build command first)");
        }
        return DatabaseMgr.connectDatasetGraph(dir.toString());
    }
}
