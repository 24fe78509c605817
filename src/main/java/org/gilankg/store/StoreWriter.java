package org.gilankg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gilankg.GilanKgException;

/** Writes a dataset into a new TDB2 database directory with Jena's TDB2 loader. */
public final class StoreWriter {

    private StoreWriter() {}

    /** Loads {@code data} into a fresh TDB2 database at {@code dir} (which must not exist) and releases it. */
    public static long write(DatasetGraph data, Path dir) {
        if (Files.exists(dir)) {
            throw new GilanKgException(dir + ": already exists");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new GilanKgException(dir + ": cannot create: " + e.getMessage(), e);
        }
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.basicLoader(tdb, (fmt, args) -> { });
            loader.startBulk();
            try {
                StreamRDFOps.sendDatasetToStream(data, loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads();
        } finally {
            // Release the files so the directory can be moved into place.
            TDBInternal.expel(tdb);
        }
    }
}
