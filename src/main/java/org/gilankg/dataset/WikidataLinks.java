package org.gilankg.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.gilankg.GilanKgException;
import org.gilankg.Resources;
import org.gilankg.Vocabulary;

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
    public static Set<String> things(DatasetGraph dataset, Collection<String> named) {
        Set<String> ids = new HashSet<>(named);
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(Vocabulary.GKR)) {
                ids.add(q.getSubject().getURI().substring(Vocabulary.GKR.length()));
            }
        });
        return ids;
    }

    /** Reads the file; with {@code things}, an id that names no thing is an error too. */
    public static WikidataLinks read(Path file, Set<String> things) {
        List<String> lines = Resources.lines(file);
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
