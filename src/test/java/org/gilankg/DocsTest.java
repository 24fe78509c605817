package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README and docs/ link only to files in this repository (or to web addresses), and those files exist. */
class DocsTest {

    static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void relativeLinksStayInTheRepositoryAndExist() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (var files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        assertTrue(docs.contains(ROOT.resolve("docs/data-model.md")), "docs/data-model.md exists");
        assertTrue(Files.readString(ROOT.resolve("README.md")).contains("(docs/data-model.md)"), "the README links to the data model");
        List<String> bad = new ArrayList<>();
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        for (Path doc : docs) {
            Matcher m = link.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1).replaceFirst("#.*", "");
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                    continue;
                }
                Path file = doc.getParent().resolve(target).normalize();
                if (!file.startsWith(ROOT) || !Files.exists(file)) {
                    bad.add(ROOT.relativize(doc) + " -> " + m.group(1));
                }
            }
        }
        assertTrue(bad.isEmpty(), "links outside the repository or to missing files: " + bad);
    }

    @Test
    void theCodeNamesNoFileOutsideTheRepository() throws IOException {
        try (var files = Files.walk(ROOT.resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertTrue(!Files.readString(f).contains("../shared"), f + " points outside the repository");
            }
        }
    }
}
