package org.gilankg.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/** Paths over a dependency graph, written as the trigger lexicon writes them. */
public final class DependencyPaths {

    private DependencyPaths() {}

    /**
     * The words a path reaches from {@code t}: steps joined by '>'; "rel" goes to the dependents by
     * that relation, "rel^" to the governors by it, "*^" to the governors by any relation the
     * parser made (not the ones enhanced++ added).
     */
    public static List<IndexedWord> reach(SemanticGraph g, IndexedWord t, String path) {
        List<IndexedWord> words = List.of(t);
        for (String step : path.split(">")) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord w : words) {
                if (step.endsWith("^")) {
                    String rel = step.substring(0, step.length() - 1);
                    for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                        if (rel.equals("*") ? !e.isExtra() : e.getRelation().toString().equals(rel)) {
                            next.add(e.getGovernor());
                        }
                    }
                } else {
                    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                        if (e.getRelation().toString().equals(step)) {
                            next.add(e.getDependent());
                        }
                    }
                }
            }
            words = next;
        }
        return words;
    }

    /** A word's lemma in lower case, or "" where the analysis gave none: what trigger lists are matched against. */
    public static String lemma(IndexedWord w) {
        return w.lemma() == null ? "" : w.lemma().toLowerCase(java.util.Locale.ROOT);
    }
}
