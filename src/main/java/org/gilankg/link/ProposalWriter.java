package org.gilankg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.gilankg.GilanKgException;

/**
 * Writes proposals in the format of data/wikidata-links.tsv, for review, replacing the file only
 * when the whole run has completed (written beside it, then moved).
 */
public final class ProposalWriter {

    private ProposalWriter() {}

    public static void write(List<Reconciler.Proposal> proposals, String endpoint, Path out) {
        StringBuilder text = new StringBuilder("""
                # Candidate Wikidata links proposed by `gilan-kg link`, for review. Confident ones are marked high.
                # A reviewer verifies each against public material before copying it to data/wikidata-links.tsv.
                id\tqid\tlabel\tmethod\tconfidence\tevidence
                """);
        for (Reconciler.Proposal p : proposals) {
            Candidate c = p.best();
            String clean = p.target().label().replace('\t', ' ');
            if (c == null) {
                text.append(p.target().id()).append("\tnone\t").append(clean).append("\tno candidate of a compatible type\tlow\t")
                        .append(p.candidates()).append(" candidate(s) by name at ").append(endpoint).append('\n');
                continue;
            }
            text.append(p.target().id()).append('\t').append(c.qid()).append('\t').append(clean).append('\t')
                    .append(c.matchedLabel() ? "label" : "alias").append(" match '").append(c.matchedName()).append("'; ")
                    .append(p.target().type().className().toLowerCase()).append(c.isHuman() ? " = human (Q5)" : " (not human)")
                    .append("; score ").append(p.score()).append('/').append(100).append('\t')
                    .append(p.confidence()).append('\t')
                    .append(endpoint).append(": ").append(c.label() == null ? "" : c.label())
                    .append(c.description() == null ? "" : " - " + c.description().replace('\t', ' '))
                    .append("; ").append(p.candidates()).append(" candidate(s)\n");
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".links", ".tsv");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new GilanKgException(out + ": cannot write: " + e.getMessage(), e);
        }
    }
}
