package org.gilankg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gilankg.GilanKgException;

/**
 * Opens a published TDB2 store, refusing with one clear line a store that is missing, empty, not a
 * TDB2 database, locked by another process, or unreadable. The link a store is published under
 * ({@code run/store}) is resolved first, so each published version is opened as its own database.
 */
public final class Stores {

    private Stores() {}

    public static DatasetGraph open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new GilanKgException(dir + ": no store here (run the build command first)");
        }
        Path real;
        try {
            real = dir.toRealPath();
            try (var listing = Files.list(real)) {
                if (listing.noneMatch(p -> p.getFileName().toString().startsWith("Data-"))) {
                    throw new GilanKgException(dir + ": not a TDB2 store (no Data-NNNN directory; run the build command)");
                }
            }
        } catch (IOException e) {
            throw new GilanKgException(dir + ": cannot read: " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(real.toString());
        } catch (RuntimeException e) {
            throw new GilanKgException(dir + ": cannot open the store: " + firstLine(e), e);
        }
        boolean hasData;
        try {
            hasData = Txn.calculateRead(dsg, () -> dsg.find().hasNext());
        } catch (RuntimeException | Error e) {
            release(dsg);
            throw new GilanKgException(dir + ": the store is damaged (" + firstLine(e) + "); run the build command", e);
        }
        if (!hasData) {
            release(dsg);
            throw new GilanKgException(dir + ": the store is empty; run the build command");
        }
        return dsg;
    }

    /** Releases a store opened with {@link #open(Path)}: its files and lock. */
    public static void release(DatasetGraph dsg) {
        try {
            TDBInternal.expel(dsg);
        } catch (RuntimeException e) {
            // already released
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
