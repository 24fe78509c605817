package org.gilankg.statements.rules;

import org.gilankg.analysis.AnalysedPassage;

import org.gilankg.statements.DataTable;

import org.gilankg.statements.DependencyPaths;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.PassageContext;

/**
 * What one happening made possible, said without a verb of causing: "X left Rasht and opened the
 * way for the coup", "the retreat made possible the entry", "the withdrawal allowed the fleet to
 * enter Anzali". The trigger words and the relations that reach cause and effect are data
 * (consequences.tsv). A cause is an event or agreement made by the rules before (from the word
 * the relations reach) or one the text names; an effect is an event. Runs after the rules that
 * make events; the link comes from the trigger's clause, so "did not pave the way" makes it a claim.
 */
public final class ConsequenceRule extends GraphRule {

    /** One row of consequences.tsv. */
    record Row(Set<String> lemmas, String tag, String requiredRelation, Set<String> requiredLemmas,
               List<String> cause, List<String> effect) {}

    private static final List<Row> ROWS = read("consequences.tsv");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that");
    private static final Set<String> RELATIVES = Set.of("which", "that");

    @Override
    public String name() {
        return "consequence";
    }

    @Override
    void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g) {
        for (IndexedWord t : g.vertexListSorted()) {
            for (Row row : ROWS) {
                if (!matches(g, t, row)) {
                    continue;
                }
                List<EntityRef> causes = happenings(ctx, g, t, row.cause(), Set.of(EntityType.EVENT, EntityType.TREATY));
                List<EntityRef> effects = happenings(ctx, g, t, row.effect(), Set.of(EntityType.EVENT));
                if (causes.isEmpty() || effects.isEmpty()) {
                    continue;
                }
                ctx.at(t);
                triedEffect(ctx, g, t).ifPresent(ctx::atTried);
                for (EntityRef c : causes) {
                    for (EntityRef e : effects) {
                        ctx.emit(c, Vocabulary.RESULTED_IN, e);
                    }
                }
            }
        }
    }

    /**
     * "opened the way for X to attempt a coup": the verb of trying the way is opened for (a clause of
     * the trigger or of its "way"), whose own modality the link keeps; empty when there is none (branch fix).
     */
    private static java.util.Optional<IndexedWord> triedEffect(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        if (ctx.modality() != org.gilankg.statements.Modality.ASSERTED) {
            return java.util.Optional.empty();
        }
        List<IndexedWord> heads = new java.util.ArrayList<>(List.of(t));
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                heads.add(e.getDependent());
            }
        }
        for (IndexedWord h : heads) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
                String rel = e.getRelation().toString();
                if ((rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("xcomp")) && !e.isExtra()
                        && ctx.tried(e.getDependent())) {
                    return java.util.Optional.of(e.getDependent());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean matches(SemanticGraph g, IndexedWord t, Row row) {
        String lemma = DependencyPaths.lemma(t);
        if (t.tag() == null || !t.tag().startsWith(row.tag()) || !row.lemmas().contains(lemma)) {
            return false;
        }
        if (row.requiredRelation() == null) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            String dependent = DependencyPaths.lemma(e.getDependent());
            if (e.getRelation().toString().equals(row.requiredRelation())
                    && (row.requiredLemmas().contains("*") || row.requiredLemmas().contains(dependent))) {
                return true;
            }
        }
        return false;
    }

    /** The things of these types made from, or named by, the words the paths reach (a ?path only if nothing was found before it). */
    private static List<EntityRef> happenings(PassageContext ctx, SemanticGraph g, IndexedWord t, List<String> paths,
                                              Set<EntityType> types) {
        List<EntityRef> found = new ArrayList<>();
        for (String spec : paths) {
            boolean fallback = spec.startsWith("?");
            if (fallback && !found.isEmpty()) {
                break;
            }
            String path = fallback ? spec.substring(1) : spec;
            List<IndexedWord> words = switch (path) {
                case "shared" -> shared(g, t);
                case "which" -> which(g, t);
                case "earlier", "agent" -> List.of();
                case "within" -> within(ctx, g, t);
                default -> DependencyPaths.reach(g, t, path);
            };
            if (path.equals("earlier")) {
                earlier(ctx, g, t).filter(x -> types.contains(x.type()) && !found.contains(x)).ifPresent(found::add);
            }
            if (path.equals("agent")) {
                agents(ctx, g, t).filter(x -> types.contains(x.type()) && !found.contains(x)).ifPresent(found::add);
            }
            for (IndexedWord w : words) {
                thingOf(ctx, w).filter(x -> types.contains(x.type()) && !found.contains(x)).ifPresent(found::add);
            }
        }
        return found;
    }

    /** What a word stands for: the thing a rule made from it, else the event or agreement its mention names. */
    private static Optional<EntityRef> thingOf(PassageContext ctx, IndexedWord w) {
        Optional<EntityRef> made = ctx.madeAt(w);
        if (made.isPresent()) {
            return made;
        }
        Mention m = ctx.mentionAt(w);
        return m != null && m.kind() == Mention.Kind.NAME ? Optional.of(m.entity()) : Optional.empty();
    }

    /** Verbs before the trigger that have its subject ("X left Rasht … and opened the way": left). */
    private static List<IndexedWord> shared(SemanticGraph g, IndexedWord t) {
        List<IndexedWord> verbs = new ArrayList<>();
        for (IndexedWord subject : DependencyPaths.reach(g, t, "nsubj")) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(subject)) {
                IndexedWord verb = e.getGovernor();
                if (e.getRelation().toString().equals("nsubj") && verb.index() < t.index() && !verb.equals(t)) {
                    verbs.add(verb);
                }
            }
        }
        return verbs;
    }

    /**
     * What the trigger's subject did before it in the sentence: "Mirza left Rasht … and he opened
     * the way": the last event made before the trigger whose main participant the subject names
     * (by a name, or a personal pronoun's referent).
     */
    private static Optional<EntityRef> agents(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        int at = ctx.offsetOf(t);
        for (IndexedWord subject : DependencyPaths.reach(g, t, "nsubj")) {
            Mention m = ctx.mentionAt(subject);
            String word = subject.word().toLowerCase(Locale.ROOT);
            Optional<EntityRef> agent = m != null && m.kind() == Mention.Kind.NAME ? Optional.of(m.entity())
                    : "PRP".equals(subject.tag()) && Set.of("he", "she").contains(word) ? ctx.referent(ctx.offsetOf(subject))
                    : Optional.empty();
            if (agent.isEmpty()) {
                continue;
            }
            String of = " of " + agent.get().label().toLowerCase(Locale.ROOT);
            EntityRef last = null;
            for (PassageContext.Made made : ctx.events()) {
                String label = made.thing().label().toLowerCase(Locale.ROOT);
                if (made.offset() < at && made.thing().type() == EntityType.EVENT
                        && (label.contains(of + " ") || label.endsWith(of))) {
                    last = made.thing();
                }
            }
            if (last != null) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    /**
     * The happening a subject that names nothing takes up from earlier in the sentence: "X departed
     * from Rasht …; his departure opened the way", "…; this opened the way", "the way was opened":
     * the last thing made before the trigger, one whose label begins with the subject's noun (a
     * departure) if there is one; for a participle without a subject ("…, opening the way"), the
     * last one made before it. Nothing for a subject with a name in it ("the British forces",
     * "the decision of the Soviets") or a personal pronoun: that one did it, not what came before.
     */
    private static Optional<EntityRef> earlier(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        int at = ctx.offsetOf(t);
        List<IndexedWord> subjects = new ArrayList<>(DependencyPaths.reach(g, t, "nsubj"));
        subjects.addAll(DependencyPaths.reach(g, t, "nsubj:pass"));
        if (subjects.isEmpty() && t.tag() != null && t.tag().equals("VBG")) {
            // "…, opening the way for": a participle without a subject of its own goes on from its clause.
            return ctx.events().stream().filter(m -> m.offset() < at && m.thing().type() == EntityType.EVENT)
                    .map(PassageContext.Made::thing).reduce((a, b) -> b);
        }
        for (IndexedWord subject : subjects) {
            String tag = subject.tag() == null ? "" : subject.tag();
            boolean demonstrative = tag.equals("DT") && DEMONSTRATIVES.contains(subject.word().toLowerCase(Locale.ROOT));
            if (!(demonstrative || tag.startsWith("NN")) || ctx.madeAt(subject).isPresent()
                    || g.descendants(subject).stream().anyMatch(w -> ctx.mentionAt(w) != null)) {
                continue;
            }
            String noun = subject.lemma().toLowerCase(Locale.ROOT) + " ";
            EntityRef last = null;
            EntityRef lastOfKind = null;
            for (PassageContext.Made m : ctx.events()) {
                if (m.offset() < at && m.thing().type() == EntityType.EVENT) {
                    last = m.thing();
                    if (m.thing().label().toLowerCase(Locale.ROOT).startsWith(noun)) {
                        lastOfKind = m.thing();
                    }
                }
            }
            return Optional.ofNullable(lastOfKind != null ? lastOfKind : last);
        }
        return Optional.empty();
    }

    /**
     * Words after the trigger, in its own phrase (not its subject), that something was made from,
     * nearest first: "opened the way for the Communist party's seizure of power in a coup".
     */
    private static List<IndexedWord> within(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        Set<IndexedWord> subjectWords = new java.util.HashSet<>();
        for (String rel : List.of("nsubj", "nsubj:pass", "obl:agent")) {
            for (IndexedWord s : DependencyPaths.reach(g, t, rel)) {
                subjectWords.addAll(g.descendants(s));
            }
        }
        return g.descendants(t).stream()
                .filter(w -> w.index() > t.index() && !subjectWords.contains(w) && ctx.madeAt(w).isPresent())
                .sorted(java.util.Comparator.comparingInt(IndexedWord::index))
                .limit(1).toList();
    }

    /**
     * What a relative "which" takes up: the clause it follows ("X withdrew to Qazvin, which allowed
     * …": withdrew, whether the parser hangs the relative on the clause or on its last noun).
     */
    private static List<IndexedWord> which(SemanticGraph g, IndexedWord t) {
        List<IndexedWord> words = new ArrayList<>();
        for (IndexedWord subject : DependencyPaths.reach(g, t, "nsubj")) {
            if (subject.word().equalsIgnoreCase("which")) {
                words.addAll(DependencyPaths.reach(g, t, "*^"));
            }
        }
        for (IndexedWord antecedent : DependencyPaths.reach(g, t, "acl:relcl^")) {
            if (DependencyPaths.reach(g, antecedent, "ref").stream().anyMatch(w -> RELATIVES.contains(w.word().toLowerCase(Locale.ROOT)))) {
                // "…, a move that opened the way": the noun sums up the clause it hangs on.
                words.add(antecedent);
                words.addAll(DependencyPaths.reach(g, antecedent, "*^"));
                words.addAll(DependencyPaths.reach(g, antecedent, "*^>*^"));
            }
        }
        return words;
    }

    static List<Row> read(String name) {
        return DataTable.rows(name, 5).stream().map(c -> {
            String[] requires = c[2].equals("-") ? null : c[2].split("=", 2);
            return new Row(Set.of(c[0].toLowerCase(Locale.ROOT).split("\\|")), c[1],
                    requires == null ? null : requires[0], requires == null ? Set.of() : Set.of(requires[1].split("\\|")),
                    List.of(c[3].split(",")), List.of(c[4].split(",")));
        }).toList();
    }
}
