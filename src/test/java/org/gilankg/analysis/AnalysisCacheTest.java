package org.gilankg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.gilankg.Pipeline;
import org.gilankg.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged or stale analysis cache never breaks a build: the article is analysed again, the graph
 * is the one the good cache gives, and the cache is written anew (and reads back whole).
 */
class AnalysisCacheTest {

    static final Path SHIPPED_CACHE = Path.of("data/analysis/persian-socialist-soviet-republic.pb.gz");

    @TempDir
    Path dir;

    private Pipeline.Result build(Path cache) {
        return Pipeline.create().article(TestStores.ARTICLE).analysisCache(cache).run();
    }

    @Test
    void theShippedCacheAnswersEveryPassage() throws IOException {
        Path cache = dir.resolve("good.pb.gz");
        Files.copy(SHIPPED_CACHE, cache);
        Pipeline.Result result = build(cache);
        assertEquals(0, result.analysis().fresh(), "nothing analysed afresh with the shipped cache");
    }

    @Test
    void aTruncatedCacheIsReplacedAndTheGraphIsTheSame() throws IOException {
        int expected = build(copyOfShipped("reference.pb.gz")).statements().size();
        Path cache = dir.resolve("truncated.pb.gz");
        byte[] shipped = Files.readAllBytes(SHIPPED_CACHE);
        Files.write(cache, java.util.Arrays.copyOf(shipped, shipped.length / 3));

        assertEquals(expected, build(cache).statements().size(), "the same statements as with the good cache");
        assertReadsWhole(cache);
        assertEquals(0, build(cache).analysis().fresh(), "the rewritten cache answers every passage");
    }

    @Test
    void aFileThatIsNoCacheIsReplaced() throws IOException {
        int expected = build(copyOfShipped("reference2.pb.gz")).statements().size();
        Path cache = dir.resolve("garbage.pb.gz");
        Files.writeString(cache, "not a cache at all");
        assertEquals(expected, build(cache).statements().size());
        assertReadsWhole(cache);
    }

    @Test
    void aCacheOfAnotherNameListIsStale() throws IOException {
        Path cache = copyOfShipped("stale.pb.gz");
        Path names = dir.resolve("names.tsv");
        // Another name list (one more comment line) makes another analysis key: the cache is stale.
        Files.writeString(names, Files.readString(Path.of("data/names.tsv")) + "# one more line\n");
        Pipeline.Result result = Pipeline.create().article(TestStores.ARTICLE).names(names).analysisCache(cache).run();
        assertEquals(build(copyOfShipped("reference3.pb.gz")).statements().size(), result.statements().size(),
                "the same graph (CoreNLP reads no name list; the key keeps it to stay on the safe side)");
        // Not served from the stale file: it was written anew under the new key. (Analyses already
        // made in this JVM are reused, so the count of fresh ones depends on the tests run before.)
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(SHIPPED_CACHE), Files.readAllBytes(cache)), "the cache was rewritten");
        assertReadsWhole(cache);
        Pipeline.Result again = Pipeline.create().article(TestStores.ARTICLE).names(names).analysisCache(cache).run();
        assertEquals(0, again.analysis().fresh(), "the cache now belongs to the new name list");
    }

    private Path copyOfShipped(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.copy(SHIPPED_CACHE, copy);
        return copy;
    }

    private static void assertReadsWhole(Path cache) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(cache))) {
            assertTrue(in.readAllBytes().length > 1000, cache + " is a whole gzip stream again");
        }
    }
}
