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
import java.util.Set;
import java.util.regex.Pattern;
import org.gilankg.GilanKgException;

/**
 * The reviewed Wikidata links (data/wikidata-links.tsv): per thing, its item or "none", how it was
 * found, how sure we are and the public material that pairs the item with the thing. Only reviewed
 * links are loaded as owl:sameAs. A bad line stops the build with one error naming file and line.
 */
public record WikidataLinks(List<Link> links) {

    /**
     * @param qid the item, or null where the thing has no item
     * @param confidence high, medium or low; only high and medium links are published
     * @param line the line of the file it was read from
     */
    public record Link(String id, String qid, String label, String method, String confidence, String evidence, int line) {
        public Link(String id, String qid, String label, String method, String confidence, String evidence) {
            this(id, qid, label, method, confidence, evidence, 0);
        }
    }

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    /** Evidence shorter than this names no material. */
    static final int MIN_EVIDENCE = 20;

    public static WikidataLinks none() {
        return new WikidataLinks(List.of());
    }

    /** Reads the file, checking every line but not the ids against the graph's things. */
    public static WikidataLinks read(Path file) {
        return read(file, null);
    }

    /**
     * Stops at the first link to an item whose id names none of the things (a line that says
     * "none" asserts nothing, so a thing an edit of the article removed may keep its line).
     */
    public void requireThings(Path file, Set<String> things) {
        for (Link l : links) {
            if (l.qid() != null && !things.contains(l.id())) {
                throw new GilanKgException(file + ":" + l.line() + ": unknown thing '" + l.id() + "' (the graph has no thing of that id)");
            }
        }
    }

    /** The ids of the things: every gkr: resource with a type in the dataset, and the name list's. */
    public static Set<String> things(org.apache.jena.sparql.core.DatasetGraph dataset, java.util.Collection<String> named) {
        Set<String> ids = new java.util.HashSet<>(named);
        dataset.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(org.gilankg.Vocabulary.GKR)) {
                ids.add(q.getSubject().getURI().substring(org.gilankg.Vocabulary.GKR.length()));
            }
        });
        return ids;
    }

    /** Reads the file; with {@code things}, an id that names no thing is an error too. */
    public static WikidataLinks read(Path file, Set<String> things) {
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
            String id = c[0].strip();
            if (things != null && !things.contains(id)) {
                throw new GilanKgException(where + "unknown thing '" + id + "' (the graph has no thing of that id)");
            }
            String qid = c[1].strip();
            if (!qid.equals("none") && !QID.matcher(qid).matches()) {
                throw new GilanKgException(where + "'" + qid + "' is not a Wikidata item id (Q followed by digits) or 'none'");
            }
            String confidence = c[4].strip();
            if (!List.of("high", "medium", "low").contains(confidence)) {
                throw new GilanKgException(where + "confidence must be high, medium or low, not '" + confidence + "'");
            }
            Integer first = seen.putIfAbsent(id, i + 1);
            if (first != null) {
                throw new GilanKgException(where + "duplicate id '" + id + "' (first at line " + first + ")");
            }
            String evidence = c[5].strip();
            boolean published = !qid.equals("none") && !confidence.equals("low");
            if (published && evidence.length() < MIN_EVIDENCE) {
                throw new GilanKgException(where + "a " + confidence + " link to " + qid
                        + " needs evidence: the public material that pairs the item with the thing");
            }
            links.add(new Link(id, published ? qid : null, c[2].strip(), c[3].strip(), confidence, evidence, i + 1));
        }
        return new WikidataLinks(List.copyOf(links));
    }
}
