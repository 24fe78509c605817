package org.gilankg.statements.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.PassageContext;

/**
 * What "they", "them" and "it" stand for where the sentence's own structure says it, before the
 * passage-level guesses of {@link PassageContext}:
 * <ul>
 *   <li>"X, a leader of M, founded it with his partisans, and the Red Army assisted them": a plural
 *       pronoun in a clause joined by "and" to one before it takes up that clause's subjects (X), and
 *       never an organisation named only inside an apposition that describes a person (M);</li>
 *   <li>"… the Jungle movement, which had begun in 1914, and it gained gravity": "it" as the subject of
 *       a clause the parser joins to a relative clause stands for that relative clause's antecedent.</li>
 * </ul>
 */
final class PronounScope {

    private PronounScope() {}

    /** What "they"/"them" at {@code w} stands for, or empty to leave it to {@link PassageContext#groupReferent}. */
    static Optional<List<EntityRef>> group(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        IndexedWord verb = governor(g, w);
        if (verb != null) {
            for (SemanticGraphEdge c : g.incomingEdgeIterable(verb)) {
                if (!c.getRelation().toString().startsWith("conj") || c.isExtra()) {
                    continue;
                }
                List<EntityRef> subjects = new ArrayList<>();
                for (SemanticGraphEdge s : g.outgoingEdgeIterable(c.getGovernor())) {
                    if (s.getRelation().toString().startsWith("nsubj") && !s.isExtra() && !s.getDependent().equals(w)) {
                        DependencyRule.named(ctx, g, s.getDependent(), 0).stream()
                                .filter(x -> x.type() == EntityType.PERSON || x.type() == EntityType.ORGANIZATION
                                        || x.type() == EntityType.STATE)
                                .forEach(subjects::add);
                    }
                }
                if (!subjects.isEmpty()) {
                    return Optional.of(subjects);
                }
            }
        }
        // The passage's own organisations before the pronoun, less those named only to describe a person.
        int at = ctx.offsetOf(w);
        boolean anyHere = false;
        for (IndexedWord x : g.vertexListSorted()) {
            Mention m = ctx.mentionAt(x);
            if (ctx.offsetOf(x) >= at || m == null || m.kind() != Mention.Kind.NAME
                    || !(m.entity().type() == EntityType.ORGANIZATION || m.entity().type() == EntityType.STATE)) {
                continue;
            }
            anyHere = true;
            if (!describesPerson(ctx, g, x)) {
                return Optional.of(List.of(m.entity()));
            }
        }
        // Only organisations that describe a person here: the pronoun names none of them.
        return anyHere ? Optional.of(List.of()) : Optional.empty();
    }

    /** What "it" at {@code w} stands for, or empty to leave it to {@link PassageContext#thingReferent}. */
    static Optional<List<EntityRef>> thing(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        IndexedWord verb = null;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (e.getRelation().toString().startsWith("nsubj") && !e.isExtra()) {
                verb = e.getGovernor();
            }
        }
        if (verb == null) {
            return Optional.empty();
        }
        boolean joined = false;
        IndexedWord antecedent = null;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            joined |= rel.startsWith("conj") && !e.isExtra() && relative(g, e.getGovernor());
            if (rel.equals("acl:relcl")) {
                antecedent = e.getGovernor();
            }
        }
        if (!joined || antecedent == null) {
            return Optional.empty();
        }
        List<EntityRef> named = DependencyRule.named(ctx, g, antecedent, 1).stream()
                .filter(x -> x.type() == EntityType.ORGANIZATION || x.type() == EntityType.STATE
                        || x.type() == EntityType.TREATY || x.type() == EntityType.EVENT)
                .toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(named);
    }

    /** Whether a word heads a relative clause (its governor reaches it by acl:relcl). */
    private static boolean relative(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().equals("acl:relcl") && !e.isExtra()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word lies inside an apposition whose governor names a person ("X, a leader of M"). */
    private static boolean describesPerson(PassageContext ctx, SemanticGraph g, IndexedWord x) {
        IndexedWord node = x;
        for (int i = 0; i < 6; i++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                    up = e;
                    break;
                }
            }
            if (up == null) {
                return false;
            }
            if (up.getRelation().toString().equals("appos")) {
                return DependencyRule.named(ctx, g, up.getGovernor(), 1).stream().anyMatch(p -> p.type() == EntityType.PERSON);
            }
            node = up.getGovernor();
        }
        return false;
    }

    private static IndexedWord governor(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (!e.isExtra() && !e.getRelation().toString().equals("ref")) {
                return e.getGovernor();
            }
        }
        return null;
    }
}
