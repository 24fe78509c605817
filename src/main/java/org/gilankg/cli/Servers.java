package org.gilankg.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which process holds a store, and where a running {@code serve} answers: {@code serve} writes
 * its URL and process id to {@code STORE.server} beside the store, so that the other commands,
 * finding the store locked, can go through the server instead of failing.
 */
final class Servers {

    private Servers() {}

    /** The file where a server of {@code store} announces itself. */
    static Path announcement(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".server");
    }

    /** Writes the announcement; it is removed when this process exits. */
    static void announce(Path store, String url) {
        Path file = announcement(store);
        try {
            Files.writeString(file, url + "\n" + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            // Only a convenience for the other commands: serving goes on without it.
        }
    }

    /**
     * The id of another process holding the store's TDB2 lock, if any. TDB2 holds an operating
     * system lock on {@code tdb.lock} and writes its process id there; the file outlives the lock.
     */
    static Optional<Long> lockHolder(Path store) {
        Path lock = store.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held != null) {
                held.release();
                return Optional.empty();
            }
        } catch (OverlappingFileLockException e) {
            return Optional.empty(); // this process holds it
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(lock, StandardCharsets.UTF_8).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.of(-1L);
        }
    }

    /** The URL of the live server announced for {@code store}, if any. */
    static Optional<String> runningServer(Path store) {
        try {
            var lines = Files.readAllLines(announcement(store), StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(1).strip());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(lines.get(0).strip());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** One line for a store another process holds: which process, and what to do. */
    static String inUse(Path store, long pid) {
        Optional<String> url = runningServer(store);
        return store + " is in use by " + url.map(u -> "the server at " + u + " (process " + pid + ")").orElse(pid > 0 ? "process " + pid : "another process")
                + ": stop it, or send queries to its endpoint with `query --endpoint "
                + url.map(u -> u + "/gilan/sparql").orElse("URL") + "`";
    }
}
