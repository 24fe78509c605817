package org.gilankg.statements.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *       pronoun in a clause joined by "and" to one before it takes up that clause's subjects (X, and,
 *       when X is one person, who came "with" X: the partisans), and never an organisation named only
 *       inside an apposition that describes a person (M);</li>
 *   <li>"… the Jungle movement, which had begun in 1914, and it gained gravity": "it" as the subject of
 *       a clause the parser joins to a relative clause stands for that relative clause's antecedent.</li>
 * </ul>
 */
final class PronounScope {

    private PronounScope() {}

    /** How many a counted plural pronoun names: "the two of them", "both of them", "the three of them". */
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("two", 2, "both", 2, "three", 3);

    /** What "they"/"them" at {@code w} stands for, or empty to leave it to {@link PassageContext#groupReferent}. */
    static Optional<List<EntityRef>> group(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        int count = counted(g, w);
        if (count > 0) {
            // "the two of them": that many different people named last before it, in its sentence and the
            // one before, in the order of the text; nothing when fewer are named there (never a guess at a group).
            List<EntityRef> people = new ArrayList<>(ctx.peopleBefore(ctx.offsetOf(w), count));
            java.util.Collections.reverse(people);
            return Optional.of(people);
        }
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
                if (subjects.size() == 1 && subjects.get(0).type() == EntityType.PERSON) {
                    // A plural pronoun for one person's clause: "X founded it together with his partisans, and the
                    // Red Army assisted them" takes up those who came along as well.
                    for (SemanticGraphEdge with : g.outgoingEdgeIterable(c.getGovernor())) {
                        if (with.getRelation().toString().equals("obl:with") && !with.isExtra()) {
                            DependencyRule.named(ctx, g, with.getDependent(), 0).stream()
                                    .filter(x -> x.type() == EntityType.PERSON || x.type() == EntityType.ORGANIZATION
                                            || x.type() == EntityType.STATE)
                                    .filter(x -> !subjects.contains(x))
                                    .forEach(subjects::add);
                        }
                    }
                }
                if (!subjects.isEmpty()) {
                    return Optional.of(subjects);
                }
            }
        }
        // The passage's own organisations before the pronoun, less those named only to describe a person,
        // and less what the subject of the pronoun's own clause names ("The Soviet Union's Red Army helped
        // them": neither the army nor the state it belongs to is who was helped).
        java.util.Set<IndexedWord> ownSubject = ownSubject(g, w);
        int at = ctx.offsetOf(w);
        boolean anyHere = false;
        java.util.Set<EntityRef> inOwnSubject = new java.util.HashSet<>();
        for (IndexedWord x : g.vertexListSorted()) {
            Mention m = ctx.mentionAt(x);
            if (ctx.offsetOf(x) >= at || m == null || m.kind() != Mention.Kind.NAME
                    || !(m.entity().type() == EntityType.ORGANIZATION || m.entity().type() == EntityType.STATE)) {
                continue;
            }
            if (ownSubject.contains(x)) {
                inOwnSubject.add(m.entity());
                continue;
            }
            anyHere = true;
            if (!describesPerson(ctx, g, x)) {
                return Optional.of(List.of(m.entity()));
            }
        }
        // Only organisations that describe a person here: the pronoun names none of them.
        if (anyHere) {
            return Optional.of(List.of());
        }
        // Only what its own clause's subject names: the sentence before may say who they are (never one of
        // those); else nothing.
        return inOwnSubject.isEmpty() ? Optional.empty()
                : Optional.of(ctx.previousGroupReferent().filter(x -> !inOwnSubject.contains(x)).stream().toList());
    }

    /** The words of the subject of the clause whose object (or other non-subject) pronoun {@code w} is; none for a subject. */
    private static java.util.Set<IndexedWord> ownSubject(SemanticGraph g, IndexedWord w) {
        java.util.Set<IndexedWord> words = new java.util.HashSet<>();
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (e.isExtra() || e.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            for (SemanticGraphEdge s : g.outgoingEdgeIterable(e.getGovernor())) {
                if (s.getRelation().toString().startsWith("nsubj") && !s.isExtra() && !s.getDependent().equals(w)) {
                    words.addAll(g.descendants(s.getDependent()));
                }
            }
        }
        return words;
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
            return sharedSubject(ctx, g, w, verb);
        }
        List<EntityRef> named = DependencyRule.named(ctx, g, antecedent, 1).stream()
                .filter(x -> x.type() == EntityType.ORGANIZATION || x.type() == EntityType.STATE
                        || x.type() == EntityType.TREATY || x.type() == EntityType.EVENT)
                .toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(named);
    }

    /**
     * "and both died there": "both" as a subject of its own (no noun after it) names the two different
     * people named last before it, in its sentence and the one before, in the order of the text; nothing
     * when fewer are named there. Empty when the word is no such "both".
     */
    static Optional<List<EntityRef>> both(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        if (!w.word().equalsIgnoreCase("both") || w.tag() == null || !(w.tag().equals("DT") || w.tag().equals("CC"))) {
            return Optional.empty();
        }
        SemanticGraphEdge up = g.incomingEdgeList(w).stream().filter(e -> !e.isExtra()).findFirst().orElse(null);
        if (up == null || !up.getRelation().toString().startsWith("nsubj")) {
            // Only a subject: "attacked both" may as well be two places or forces.
            return Optional.empty();
        }
        List<EntityRef> people = new ArrayList<>(ctx.peopleBefore(ctx.offsetOf(w), 2));
        java.util.Collections.reverse(people);
        return Optional.of(people);
    }

    /** How many "the two of them" counts (a count word as its determiner, or before "of" in front of it); 0 when uncounted. */
    private static int counted(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            Integer n = COUNTS.get(e.getDependent().word().toLowerCase(Locale.ROOT));
            if (n != null && (rel.startsWith("det") || rel.equals("nummod"))) {
                return n;
            }
        }
        // "both of them" read as "both" heading the phrase, "them" its "of" complement.
        SemanticGraphEdge up = g.incomingEdgeList(w).stream().filter(e -> !e.isExtra()).findFirst().orElse(null);
        if (up != null && up.getRelation().toString().equals("nmod:of")) {
            Integer n = COUNTS.get(up.getGovernor().word().toLowerCase(Locale.ROOT));
            if (n != null && up.getGovernor().index() < w.index()) {
                return n;
            }
        }
        return 0;
    }

    /**
     * What "it" as the object of a role that takes a place stands for: the place its own sentence names
     * before it ("by the time he reached that city the Red forces had been forced to evacuate it"), when
     * every singular thing named there that "it" could stand for is a place (a name, or "that city"
     * taken up); the nearest of them. Nothing when a state, organisation or treaty is named there too
     * (which one "it" is would be a guess), or no place is named before it in its sentence. Never the
     * subject of its own clause ("the Reds evacuated it"), a plural name ("the Red forces", "the
     * Bolsheviks"), or a name inside an apposition that describes a person.
     */
    static List<EntityRef> place(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        if (!"PRP".equals(w.tag()) || !w.word().equalsIgnoreCase("it")) {
            return List.of();
        }
        SemanticGraphEdge up = g.incomingEdgeList(w).stream().filter(e -> !e.isExtra()).findFirst().orElse(null);
        if (up == null || up.getRelation().toString().startsWith("nsubj")) {
            return List.of();
        }
        java.util.Set<IndexedWord> ownSubjects = new java.util.HashSet<>();
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            for (SemanticGraphEdge s : g.outgoingEdgeIterable(e.getGovernor())) {
                if (s.getRelation().toString().startsWith("nsubj")) {
                    ownSubjects.addAll(g.descendants(s.getDependent()));
                }
            }
        }
        EntityRef nearest = null;
        for (IndexedWord x : g.vertexListSorted()) {
            if (x.index() >= w.index() || ownSubjects.contains(x) || x.tag() == null) {
                continue;
            }
            Mention m = ctx.mentionAt(x);
            EntityRef thing = null;
            if (m != null && m.kind() == Mention.Kind.NAME && headOf(ctx, g, x, m)) {
                if (x.tag().equals("NNS") || x.tag().equals("NNPS")) {
                    continue;
                }
                thing = m.entity();
            } else if (m == null && x.tag().equals("NN") && DependencyRule.takesUpPlace(g, x)) {
                thing = ctx.lastNamedBefore(ctx.offsetOf(x), java.util.Set.of(EntityType.PLACE), null).orElse(null);
                if (thing == null) {
                    return List.of();
                }
            }
            if (thing == null || describesPerson(ctx, g, x)) {
                continue;
            }
            if (thing.type() == EntityType.ORGANIZATION || thing.type() == EntityType.STATE || thing.type() == EntityType.TREATY) {
                return List.of();
            }
            if (thing.type() == EntityType.PLACE) {
                nearest = thing;
            }
        }
        return nearest == null ? List.of() : List.of(nearest);
    }

    /** Whether {@code x} is the word of mention {@code m} that heads it (its governor lies outside the mention). */
    private static boolean headOf(PassageContext ctx, SemanticGraph g, IndexedWord x, Mention m) {
        SemanticGraphEdge up = g.incomingEdgeList(x).stream().filter(e -> !e.isExtra()).findFirst().orElse(null);
        return up == null || ctx.mentionAt(up.getGovernor()) != m;
    }

    /**
     * "Formally the new administration was under X, but in reality it was under the influence of Y; it
     * started …": "it" as the subject of a clause joined by "and", "but" or a semicolon to the clause
     * before it stands for that clause's subject, when that subject names one state, organisation or
     * treaty (a singular noun); nothing at all when that subject is a plural name ("the Red forces …,
     * and it": which thing "it" is would be a guess). Empty otherwise, to leave "it" to the
     * passage-level rules.
     */
    private static Optional<List<EntityRef>> sharedSubject(PassageContext ctx, SemanticGraph g, IndexedWord w, IndexedWord verb) {
        for (SemanticGraphEdge c : g.incomingEdgeIterable(verb)) {
            String rel = c.getRelation().toString();
            if (c.isExtra() || !(rel.equals("conj:and") || rel.equals("conj:but") || rel.equals("parataxis"))
                    || c.getGovernor().index() > verb.index()) {
                continue;
            }
            for (SemanticGraphEdge s : g.outgoingEdgeIterable(c.getGovernor())) {
                IndexedWord subject = s.getDependent();
                if (!s.getRelation().toString().startsWith("nsubj") || s.isExtra() || subject.equals(w) || subject.tag() == null) {
                    continue;
                }
                List<EntityRef> named = DependencyRule.named(ctx, g, subject, 0);
                if (subject.tag().equals("NNS") || subject.tag().equals("NNPS")) {
                    // "The Bolsheviks reached Baku, and it was …": not the plural subject, and which other
                    // thing "it" is would be a guess.
                    return named.isEmpty() ? Optional.empty() : Optional.of(List.of());
                }
                if (named.size() == 1 && (named.get(0).type() == EntityType.ORGANIZATION
                        || named.get(0).type() == EntityType.STATE || named.get(0).type() == EntityType.TREATY)) {
                    return Optional.of(named);
                }
            }
        }
        return Optional.empty();
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
