package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts or cases the rules are known not to get yet, each with why, in a file under
 * src/test/resources/gaps/. A ratchet: a miss that is not listed fails the test (the rules got
 * worse), a listed one that is now found is printed so that its line can be removed. The
 * issue's targets are printed beside the figures; the gaps are what stands between them.
 */
final class KnownGaps {

    static final Path DIR = Path.of("src/test/resources/gaps");

    private final Path file;
    private final Map<String, String> gaps;

    private KnownGaps(Path file, Map<String, String> gaps) {
        this.file = file;
        this.gaps = gaps;
    }

    /** The gaps listed in {@code name} (a missing file lists none). Lines: key TAB why. */
    static KnownGaps read(String name) {
        Path file = DIR.resolve(name);
        Map<String, String> gaps = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] c = line.split("\t", 2);
                        gaps.put(c[0], c.length > 1 ? c[1] : "");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownGaps(file, gaps);
    }

    /** Fails for a miss not listed; prints the listed ones that are no longer missed. */
    void assertNoNewMisses(Collection<String> missed) {
        gaps.keySet().stream().filter(k -> !missed.contains(k))
                .forEach(k -> System.out.println("  now found (remove it from " + file + "): " + k));
        List<String> fresh = missed.stream().filter(m -> !gaps.containsKey(m)).toList();
        assertEquals(List.of(), fresh, "missed, and not a known gap in " + file);
    }
}
