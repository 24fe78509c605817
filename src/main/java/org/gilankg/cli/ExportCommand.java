package org.gilankg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gilankg.GilanKgException;
import org.gilankg.link.EndpointUnavailable;
import org.gilankg.link.QuickStatementsExporter;
import org.gilankg.link.WikidataEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export quickstatements}: what our graph knows that the linked Wikidata items lack. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports statements for other systems. quickstatements: QuickStatements V1 commands for statements",
                "the graph has about linked things and the Wikidata items lack, each citing the article."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FORMAT", description = "quickstatements")
    String format;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("run/store");

    @Option(names = "--endpoint", paramLabel = "URL", description = "Checked for what the items already have (default: ${DEFAULT-VALUE}).")
    String endpoint = WikidataEndpoint.WDQS;

    @Option(names = "--no-check", description = "Export without asking the endpoint what the items already have.")
    boolean noCheck;

    @Option(names = "--attempts", description = "Tries per request to the endpoint, with backoff (default: ${DEFAULT-VALUE}).")
    int attempts = 4;

    @Option(names = "--links", paramLabel = "FILE", description = "The reviewed links: only items linked at high "
            + "confidence are exported, as subject or value (default: the bundled data/wikidata-links.tsv).")
    Path links = org.gilankg.Bundled.file("data/wikidata-links.tsv");

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("quickstatements")) {
            throw new GilanKgException("export: unknown format '" + format + "' (expected quickstatements)");
        }
        // A medium link is published for readers but is no ground for an edit of Wikidata.
        java.util.Set<String> certain = new java.util.HashSet<>();
        for (org.gilankg.dataset.WikidataLinks.Link l : org.gilankg.dataset.WikidataLinks.read(links).links()) {
            if (l.qid() != null && l.confidence().equals("high")) {
                certain.add(l.qid());
            }
        }
        List<QuickStatementsExporter.Command> commands;
        try {
            commands = QuickStatementsExporter.export(org.gilankg.store.Stores.open(store), noCheck ? null
                    : new WikidataEndpoint(endpoint, attempts, java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(60)));
        } catch (EndpointUnavailable e) {
            throw new GilanKgException("export quickstatements: cannot check what Wikidata already has: " + e.getMessage()
                    + "; to export without the check, add --no-check");
        }
        StringBuilder text = new StringBuilder();
        commands.stream().filter(c -> certain.contains(c.item()) && (!c.value().startsWith("Q") || certain.contains(c.value())))
                .forEach(c -> text.append(c.line()).append('\n'));
        if (out == null) {
            System.out.print(text);
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
