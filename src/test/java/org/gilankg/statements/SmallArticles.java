package org.gilankg.statements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gilankg.Pipeline;

/**
 * Small articles of a few sentences, one a line, run through the real pipeline (and, for text not
 * analysed before, the real CoreNLP analysis), without Wikidata links or enrichment.
 */
final class SmallArticles {

    private SmallArticles() {}

    static List<Statement> statements(Path dir, String name, String... sentences) throws IOException {
        StringBuilder text = new StringBuilder("Test sentences, one a line.\n\n\n== Cases ==\n");
        for (String s : sentences) {
            text.append(s).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return Pipeline.create().article(file).links(dir.resolve("none.tsv"))
                .enrichment(dir.resolve("none.ttl")).run().statements();
    }
}
