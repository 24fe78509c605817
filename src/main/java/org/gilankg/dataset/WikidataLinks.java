package org.gilankg.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gilankg.GilanKgException;

/**
 * The reviewed Wikidata links (data/wikidata-links.tsv): per thing, its item or "none", how it was
 * found and how sure we are. Only reviewed links are loaded as owl:sameAs.
 */
public record WikidataLinks(List<Link> links) {

    /**
     * @param qid the item, or null where the thing has no item
     * @param confidence high, medium or low; only high and medium links are published
     */
    public record Link(String id, String qid, String label, String method, String confidence, String evidence) {}

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public static WikidataLinks none() {
        return new WikidataLinks(List.of());
    }

    public static WikidataLinks read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GilanKgException(file + ": no such file");
        } catch (IOException e) {
            throw new GilanKgException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Link> links = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] c = line.split("\t", -1);
            if (c.length != 6) {
                throw new GilanKgException(where + "expected 6 tab-separated columns (id, qid, label, method, confidence, evidence), found " + c.length);
            }
            String qid = c[1].strip();
            if (!qid.equals("none") && !QID.matcher(qid).matches()) {
                throw new GilanKgException(where + "'" + qid + "' is not a Wikidata item id (Q followed by digits) or 'none'");
            }
            String confidence = c[4].strip();
            if (!List.of("high", "medium", "low").contains(confidence)) {
                throw new GilanKgException(where + "confidence must be high, medium or low, not '" + confidence + "'");
            }
            Integer first = seen.putIfAbsent(c[0].strip(), i + 1);
            if (first != null) {
                throw new GilanKgException(where + "duplicate id '" + c[0].strip() + "' (first at line " + first + ")");
            }
            boolean published = !qid.equals("none") && !confidence.equals("low");
            links.add(new Link(c[0].strip(), published ? qid : null, c[2].strip(), c[3].strip(), confidence, c[5].strip()));
        }
        return new WikidataLinks(List.copyOf(links));
    }
}
