package org.gilankg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gilankg.GilanKgException;
import org.gilankg.dataset.VoidDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a built dataset. Every build is written to its own version directory, and one rename
 * makes it current:
 *
 * <pre>
 * run/store.versions/20261128T013000.123Z/store   the TDB2 store of that build
 * run/store.versions/20261128T013000.123Z/dumps   its dumps
 * run/store.current -> store.versions/20261128T013000.123Z   (a symbolic link, replaced by rename)
 * run/store -> store.current/store                (fixed links: the paths users and the server open)
 * run/dumps -> store.current/dumps
 * run/store.lock                                  held by the running build
 * </pre>
 *
 * A version is written under {@code NAME.partial} and renamed when complete; then a new link is
 * renamed over {@code store.current}. Store and dumps therefore switch together in one atomic step:
 * a build killed at any instant leaves the old pair or the new one, never neither. Builds take an
 * exclusive lock; a second build while one runs is refused. The previous version is kept (a
 * running server may still be answering from it); older ones are removed.
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path store;
    private final Path dumps;
    private final Path versions;
    private final Path current;
    private final Path lock;

    private Publisher(Path storeLink) {
        this.store = storeLink.toAbsolutePath().normalize();
        String name = store.getFileName().toString();
        this.dumps = store.resolveSibling("dumps");
        this.versions = store.resolveSibling(name + ".versions");
        this.current = store.resolveSibling(name + ".current");
        this.lock = store.resolveSibling(name + ".lock");
    }

    /** Publishes to {@code storeDir} and its sibling {@code dumps}. */
    public static Publisher at(Path storeDir) {
        return new Publisher(storeDir);
    }

    public Path storeDir() {
        return store;
    }

    public Path dumpsDir() {
        return dumps;
    }

    /** The link renamed at each publication: a running server watches it. */
    public Path currentLink() {
        return current;
    }

    public void publish(DatasetGraph dataset) {
        try {
            Files.createDirectories(store.getParent());
        } catch (IOException e) {
            throw new GilanKgException(store.getParent() + ": cannot create: " + e.getMessage(), e);
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = tryLock(channel)) {
            publishLocked(dataset);
        } catch (IOException e) {
            throw new GilanKgException(lock + ": cannot lock: " + e.getMessage(), e);
        }
    }

    private FileLock tryLock(FileChannel channel) throws IOException {
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            throw new GilanKgException(store + ": another build is publishing here (" + lock + " is locked); "
                    + "wait for it to finish, then build again");
        }
        return held;
    }

    private void publishLocked(DatasetGraph dataset) {
        String id = VERSION.format(Instant.now());
        Path partial = versions.resolve(id + ".partial");
        Path version = versions.resolve(id);
        CompletableFuture<Void> dumpsWritten = CompletableFuture.completedFuture(null);
        try {
            removeLeftovers();
            Files.createDirectories(partial);
            // Dumps and store only read the built dataset, so they are written side by side: on two
            // cores this takes the shorter of the two off a cached build's time.
            dumpsWritten = CompletableFuture.runAsync(() -> writeDumps(dataset, partial));
            long start = System.nanoTime();
            long quads = Txn.calculateRead(dataset, () -> StoreWriter.write(dataset, partial.resolve("store")));
            LOG.info(String.format("%-10s %d quads in TDB2 at %s (%d ms)", "store", quads, store,
                    (System.nanoTime() - start) / 1_000_000));
            awaitDumps(dumpsWritten);
            Files.move(partial, version, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            discard(partial, dumpsWritten);
            throw new GilanKgException(versions + ": cannot write a new version: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discard(partial, dumpsWritten);
            throw e;
        }
        try {
            String previous = currentVersion();
            Path temporary = current.resolveSibling(current.getFileName() + "." + id + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createSymbolicLink(temporary, store.getParent().relativize(version));
            Files.move(temporary, current, StandardCopyOption.ATOMIC_MOVE); // the one step that switches
            fixedLink(store, current.getFileName().resolve("store"));
            fixedLink(dumps, current.getFileName().resolve("dumps"));
            removeOldVersions(id, previous);
        } catch (IOException e) {
            throw new GilanKgException(current + ": cannot switch to the new version: " + e.getMessage(), e);
        }
    }

    private void writeDumps(DatasetGraph dataset, Path partial) {
        long start = System.nanoTime();
        Txn.executeRead(dataset, () -> DumpWriter.write(dataset,
                VoidDescription.of(dataset, "https://w3id.org/gilan-kg/dumps/"), partial.resolve("dumps")));
        LOG.info(String.format("%-10s %d files in %s (%d ms)", "dumps", DumpWriter.FILES.size() + 1, dumps,
                (System.nanoTime() - start) / 1_000_000));
    }

    /** Removes a failed version, once the dumps' writer has stopped writing into it. */
    private static void discard(Path partial, CompletableFuture<Void> dumpsWritten) {
        try {
            dumpsWritten.join();
        } catch (CompletionException e) {
            // Already failing: the first failure is the one reported.
        }
        deleteRecursively(partial);
    }

    /** Waits for the dumps; their failure is rethrown as it was raised, not wrapped. */
    private static void awaitDumps(CompletableFuture<Void> dumpsWritten) {
        try {
            dumpsWritten.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The current version's name, or null. */
    private String currentVersion() throws IOException {
        if (!Files.isSymbolicLink(current)) {
            return null;
        }
        return Files.readSymbolicLink(current).getFileName().toString();
    }

    /**
     * Makes {@code link} a symbolic link to {@code target} (relative). A directory left there by the
     * layout before versions (a plain {@code store/} or {@code dumps/}) is moved aside first, once.
     */
    private static void fixedLink(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
        } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            Path aside = link.resolveSibling(link.getFileName() + ".before-versions");
            deleteRecursively(aside);
            Files.move(link, aside, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("{}: the directory from the earlier layout is kept as {}", link, aside.getFileName());
        }
        Path temporary = link.resolveSibling(link.getFileName() + ".link.tmp");
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, target);
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE);
    }

    private void removeLeftovers() throws IOException {
        if (!Files.isDirectory(versions)) {
            return;
        }
        try (var listing = Files.list(versions)) {
            for (Path p : listing.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                deleteRecursively(p);
            }
        }
        try (var listing = Files.list(store.getParent())) {
            for (Path p : listing.filter(p -> p.getFileName().toString().endsWith(".tmp")
                    && p.getFileName().toString().startsWith(current.getFileName().toString())).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void removeOldVersions(String keep, String previous) throws IOException {
        List<Path> old = new ArrayList<>();
        try (var listing = Files.list(versions)) {
            listing.filter(p -> !p.getFileName().toString().equals(keep) && !p.getFileName().toString().equals(previous)
                            && !p.getFileName().toString().endsWith(".partial"))
                    .sorted(Comparator.naturalOrder()).forEach(old::add);
        }
        for (Path p : old) {
            deleteRecursively(p);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
