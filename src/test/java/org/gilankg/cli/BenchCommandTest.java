package org.gilankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} starts no server of its own and checks what it is given, in one line. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GilanKg.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(exit), err.toString()};
    }

    @Test
    void aBadQueryIsOneLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.rq"), "SELECT * WHERE { ?s ?p }");
        String[] result = run("bench", "--query", bad.toString());
        assertEquals("1", result[0]);
        assertEquals(1, result[1].strip().lines().count(), result[1]);
        assertTrue(result[1].contains("bad.rq: line 1"), result[1]);

        String[] unknown = run("bench", "--query", "no-such-thing");
        assertEquals("1", unknown[0]);
        assertTrue(unknown[1].contains("not point, describe or a readable .rq file"), unknown[1]);
    }

    @Test
    void withoutARunningServerItSaysSoAndStartsNone() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String[] result = run("bench", "--endpoint", "http://127.0.0.1:" + port, "--seconds", "1");
        assertEquals("1", result[0]);
        assertEquals(1, result[1].strip().lines().count(), result[1]);
        assertTrue(result[1].contains("no server at http://127.0.0.1:" + port), result[1]);
    }
}
