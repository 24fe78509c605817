package org.gilankg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gilankg.GilanKgException;
import org.gilankg.TestStores;
import org.gilankg.cli.GilanKg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a build: an exclusive lock, one atomic switch of store and dumps together (a build
 * killed at any instant leaves the old pair or the new one), and a store that is empty, damaged or
 * locked refused at start-up in one line.
 */
class PublishingTest {

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void buildOnce() {
        store = TestStores.build(TestStores.ARTICLE, dir);
    }

    /** The store and dumps now published open, agree with each other and with their checksums. */
    static void assertConsistent(Path storeLink) throws IOException {
        Path dumps = storeLink.resolveSibling("dumps");
        assertTrue(Files.isDirectory(storeLink), "there is a store");
        assertTrue(Files.isDirectory(dumps), "there are dumps");
        assertEquals(storeLink.toRealPath().getParent(), dumps.toRealPath().getParent(), "store and dumps are of one build");
        for (String line : Files.readAllLines(dumps.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ");
            assertEquals(parts[0], DumpWriter.sha256(dumps.resolve(parts[1])), parts[1]);
        }
        DatasetGraph dsg = Stores.open(storeLink);
        try {
            assertTrue(Txn.calculateRead(dsg, () -> dsg.stream().count()) > 1000);
        } finally {
            Stores.release(dsg);
        }
    }

    @Test
    void aSecondBuildIsRefusedWhileOneHoldsTheLock() throws Exception {
        Path lock = store.resolveSibling("store.lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            var e = assertThrows(GilanKgException.class, () -> Publisher.at(store).publish(org.apache.jena.sparql.core.DatasetGraphFactory.create()));
            assertTrue(e.getMessage().contains("another build"), e.getMessage());
            StringWriter err = new StringWriter();
            int exit = GilanKg.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "build", "--store", store.toString());
            assertEquals(1, exit);
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().contains("another build"), err.toString());
        }
        assertConsistent(store);
    }

    /** Builds in their own JVM, killed with SIGKILL at moments spread over a build; each time the old or the new pair is whole. */
    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldOrTheNew() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "org.gilankg.cli.GilanKg",
                "build", "--store", store.toString());
        long started = System.nanoTime();
        Process complete = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        assertTrue(complete.waitFor(120, TimeUnit.SECONDS), "a build finishes");
        assertEquals(0, complete.exitValue(), Files.readString(dir.resolve("build.log")));
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        assertConsistent(store);

        for (int i = 1; i <= 5; i++) {
            String versionBefore = store.toRealPath().getParent().getFileName().toString();
            Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(buildMillis * i / 5 - 50 + (i == 5 ? 40 : 0));
            build.destroyForcibly();
            build.waitFor(30, TimeUnit.SECONDS);
            assertConsistent(store);
            String versionAfter = store.toRealPath().getParent().getFileName().toString();
            assertTrue(versionAfter.compareTo(versionBefore) >= 0, "the old or the new version: " + versionBefore + " -> " + versionAfter);
        }
        // The next build clears what the killed ones left half-written.
        Process after = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(after.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, after.exitValue());
        assertConsistent(store);
        try (var versions = Files.list(store.resolveSibling("store.versions"))) {
            List<Path> left = versions.toList();
            assertTrue(left.stream().noneMatch(p -> p.toString().endsWith(".partial")), "no half-written version is left: " + left);
            assertTrue(left.size() <= 2, "only the current and the previous versions are kept: " + left);
        }
    }

    static String serveError(Path storeDir) {
        StringWriter err = new StringWriter();
        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                GilanKg.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                        "serve", "--store", storeDir.toString(), "--port", "0"), "serve refuses the store instead of serving it");
        assertEquals(1, exit, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
        return err.toString();
    }

    @Test
    void anEmptyDamagedOrLockedStoreIsRefusedAtStartUpInOneLine() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty/store"));
        assertTrue(serveError(empty).contains("not a TDB2 store"));

        Path damaged = dir.resolve("damaged/store");
        copy(store.toRealPath(), damaged);
        try (var files = Files.walk(damaged)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().contains("Data-")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 3));
            }
        }
        String damagedError = serveError(damaged);
        assertTrue(damagedError.contains("damaged") || damagedError.contains("cannot open"), damagedError);

        Path locked = dir.resolve("locked/store");
        copy(store.toRealPath(), locked);
        try (FileChannel channel = FileChannel.open(locked.resolve("tdb.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            String lockedError = serveError(locked);
            assertTrue(lockedError.contains("cannot open"), lockedError);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void missingDumpsOrABrokenVoidFileDoNotStopTheServer() throws Exception {
        Path dumps = dir.resolve("broken-dumps");
        copy(store.resolveSibling("dumps").toRealPath(), dumps);
        Files.writeString(dumps.resolve("void.ttl"), "@prefix broken");
        var server = org.gilankg.server.GilanServer.create().store(store).dumps(dumps).port(0).build().start();
        server.stop();
        var noDumps = org.gilankg.server.GilanServer.create().store(store).dumps(dir.resolve("no-such-dumps")).port(0).build().start();
        noDumps.stop();
        assertFalse(Files.exists(dir.resolve("no-such-dumps")));
    }
}
