package org.gilankg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.gilankg.GilanKgException;

/**
 * Writes proposals in the format of data/wikidata-links.tsv, for review, replacing the file only
 * when the whole run has completed (written beside it, then moved). The method column shows the
 * evidence per component (name, type, dates, context) and the lead over the runner-up; the
 * evidence column what the endpoint said of the item and why the other candidates were ruled out.
 */
public final class ProposalWriter {

    private ProposalWriter() {}

    public static void write(List<Reconciler.Proposal> proposals, String endpoint, Path out) {
        StringBuilder text = new StringBuilder("""
                # Candidate Wikidata links proposed by `gilan-kg link`, for review. Confident ones are marked high.
                # A reviewer verifies each against public material before copying it to data/wikidata-links.tsv,
                # replacing the evidence column with that material.
                id\tqid\tlabel\tmethod\tconfidence\tevidence
                """);
        for (Reconciler.Proposal p : proposals) {
            String label = clean(p.target().label());
            String ruled = p.ruledOut().isEmpty() ? "" : "; ruled out: " + p.ruledOut().stream()
                    .map(s -> s.candidate().qid() + " (" + s.ruledOut() + ")").collect(Collectors.joining(", "));
            if (p.best() == null) {
                text.append(p.target().id()).append("\tnone\t").append(label).append("\tno candidate fits\tlow\t")
                        .append(p.candidates()).append(" candidate(s) by name at ").append(endpoint).append(clean(ruled)).append('\n');
                continue;
            }
            Candidate c = p.candidate();
            String next = p.runnerUp() == null ? "no other candidate fits"
                    : "next " + p.runnerUp().candidate().qid() + " at " + p.runnerUp().points();
            text.append(p.target().id()).append('\t').append(c.qid()).append('\t').append(label).append('\t')
                    .append(clean("score " + p.score() + "/100, " + next + "; " + p.best().evidence())).append('\t')
                    .append(p.confidence()).append('\t')
                    .append(clean(endpoint + ": " + (c.label() == null ? "" : c.label())
                            + (c.description() == null ? "" : " - " + c.description())
                            + "; " + p.candidates() + " candidate(s)" + ruled)).append('\n');
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

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
