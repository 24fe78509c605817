package org.gilankg.statements.rules;

import org.gilankg.statements.DependencyPaths;
import org.gilankg.statements.DataTable;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.statements.PassageContext;
import org.gilankg.text.Slugs;

/**
 * A person's political allegiance, as the text gives it: "X had become a communist", "X turned
 * communist", "X was a monarchist", "X, a socialist, …". The person gets {@code gk:ideology} a
 * concept (a {@code gk:Ideology}, a kind of {@code skos:Concept}, labelled "communism"), never a membership: the text names no
 * organisation, and one is not invented. The words and their concepts are data (ideologies.tsv).
 * The statement comes from the clause of "become" or of the copula, so "never became a communist"
 * is a negated claim. The doctrine itself taken up by a verb ("had embraced communism", "converted to
 * socialism"; the verbs are data, ideology-verbs.tsv) gives the same.
 */
public final class IdeologyRule extends GraphRule {

    private static final Set<String> BECOMING = DataTable.keyedSets("word-classes.tsv").get("becoming");
    private static final Map<String, String> CONCEPTS = DataTable.keyed("ideologies.tsv");
    /** "embraced communism", "converted to socialism": a verb and the relation by which it takes the doctrine. */
    private static final Map<String, String> ADOPTING = DataTable.keyed("ideology-verbs.tsv");
    /** The doctrines themselves ("communism"), by their lower-case label. */
    private static final Map<String, String> DOCTRINES = CONCEPTS.values().stream().distinct()
            .collect(java.util.stream.Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c));

    @Override
    public String name() {
        return "ideology";
    }

    @Override
    void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g) {
        for (IndexedWord w : g.vertexListSorted()) {
            String lemma = DependencyPaths.lemma(w);
            String tag = w.tag() == null ? "" : w.tag();
            String concept = CONCEPTS.get(lemma);
            IndexedWord clause = null;
            IndexedWord subject = null;
            String doctrine = concept == null ? DOCTRINES.get(w.word().toLowerCase(Locale.ROOT)) : null;
            if (doctrine != null && ctx.mentionAt(w) == null && tag.startsWith("NN")) {
                // "X had embraced communism", "X converted to socialism": the verb's subject took up the doctrine.
                for (SemanticGraphEdge up : g.incomingEdgeIterable(w)) {
                    IndexedWord v = up.getGovernor();
                    String verb = DependencyPaths.lemma(v);
                    if (v.tag() != null && v.tag().startsWith("VB") && up.getRelation().toString().equals(ADOPTING.get(verb))) {
                        clause = v;
                        subject = dependent(g, v, "nsubj");
                        if (subject == null) {
                            subject = dependent(g, v, "nsubj:xsubj");
                        }
                    }
                }
                concept = doctrine;
            }
            if (concept == null || ctx.mentionAt(w) != null || !(tag.startsWith("NN") && doctrine != null || tag.equals("NN") || tag.equals("JJ"))) {
                continue;
            }
            // "X had become a communist", "X turned communist".
            for (SemanticGraphEdge up : doctrine != null ? List.<SemanticGraphEdge>of() : g.incomingEdgeIterable(w)) {
                String rel = up.getRelation().toString();
                IndexedWord v = up.getGovernor();
                if (rel.equals("xcomp") && BECOMING.contains(DependencyPaths.lemma(v))) {
                    clause = v;
                    subject = dependent(g, v, "nsubj");
                } else if (rel.equals("appos") && tag.equals("NN")) {
                    // "X, a communist, …": what the noun phrase takes for granted.
                    clause = w;
                    subject = v;
                }
            }
            // "X was a monarchist" (a noun: "X was conservative" says a temper, not an allegiance).
            if (clause == null && doctrine == null && tag.equals("NN") && dependent(g, w, "cop") != null) {
                clause = w;
                subject = dependent(g, w, "nsubj");
            }
            if (clause == null || subject == null) {
                continue;
            }
            List<EntityRef> people = DependencyRule.named(ctx, g, subject, 0).stream()
                    .filter(x -> x.type() == EntityType.PERSON).toList();
            if (people.isEmpty()) {
                continue;
            }
            ctx.at(clause);
            Node node = Vocabulary.resource(Slugs.of(concept));
            ctx.emit(node, RDF.type.asNode(), Vocabulary.gk("Ideology"));
            ctx.emit(node, RDF.type.asNode(), Vocabulary.uri(Vocabulary.SKOS + "Concept"));
            ctx.emit(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(concept, "en"));
            for (EntityRef person : people) {
                ctx.emit(PassageContext.node(person), Vocabulary.IDEOLOGY, node);
            }
        }
    }

    private static IndexedWord dependent(SemanticGraph g, IndexedWord w, String relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(relation)) {
                return e.getDependent();
            }
        }
        return null;
    }
}
