package org.gilankg.statements.rules;

import org.gilankg.statements.DependencyPaths;

import org.gilankg.statements.DataTable;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.DateValue;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.MentionedPassage;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.Trigger;

/**
 * Treaties and agreements, their parties, places and dates, from the dependency graph with the
 * rows of agreements.tsv (data, in the format of the trigger lexicon):
 * <ul>
 *   <li>a verb of making one ("X and Y concluded a pact", "an agreement was reached between X and
 *       Y", "Y signed the treaty with X in Moscow", "the treaty, signed in Moscow in 1921 by X and Y",
 *       "X entered into an agreement with Y") gives the signatories of the treaty named, or of an
 *       agreement it makes (two parties at least);</li>
 *   <li>"the agreement between X and Y" is the treaty the article names whose name gives those
 *       parties, or else a new agreement;</li>
 *   <li>a treaty's name names its parties: "Russo-Persian", "Anglo-Soviet" (what the name takes
 *       for granted, so never a claim);</li>
 *   <li>"TREATY (YEAR)": its date.</li>
 * </ul>
 * What a clause says is judged by the factuality of the trigger's clause: "No treaty was signed"
 * gives claims. Every agreement made is remembered at its words, so that "the agreement … led to"
 * finds it.
 */
public final class AgreementRule extends SentenceRule {

    private static final List<Trigger> ROWS = Trigger.resource("agreements.tsv");
    /** Modifiers that say an agreement was not made ("the proposed treaty"): unmade.tsv. */
    private static final Set<String> UNMADE = unmade();

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public void apply(PassageContext ctx) {
        for (Mention m : ctx.passage().mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.TREATY) {
                parties(ctx, m.entity()).forEach(party -> ctx.emit(m.entity(), Vocabulary.SIGNATORY, party));
                yearInBrackets(ctx, m).ifPresent(date -> ctx.emit(m.entity(), Vocabulary.DATE, date));
            }
        }
        SemanticGraph g = ctx.analysis().map(a -> a.graph()).orElse(null);
        if (g == null) {
            return;
        }
        for (Trigger row : ROWS) {
            SemgrexMatcher m = row.pattern().matcher(g);
            Set<IndexedWord> done = new LinkedHashSet<>();
            while (m.find()) {
                IndexedWord t = m.getNode("trigger");
                if (done.add(t) && required(g, t, row)) {
                    if (t.tag().startsWith("NN")) {
                        // A noun's clause: "The treaty between X and Y was never signed" negates it.
                        ctx.atOffset(ctx.offsetOf(t));
                    } else {
                        ctx.at(t);
                    }
                    agreement(ctx, g, t, row);
                }
            }
        }
    }

    /**
     * "The Russo-Persian Treaty of Friendship (1921)": a year in brackets right after a treaty's
     * name is how the text dates it. This is line format (a bracketed gloss), not a wording, and
     * the parser hangs such a year anywhere (dep, appos), so it is read from the mentions' places.
     */
    private static Optional<DateValue> yearInBrackets(PassageContext ctx, Mention treaty) {
        String text = ctx.passage().passage().text();
        int base = ctx.passage().passage().begin();
        for (Mention d : ctx.passage().mentions()) {
            if (!d.isDate() || d.begin() < treaty.end()) {
                continue;
            }
            String between = text.substring(treaty.end() - base, d.begin() - base);
            String after = text.substring(d.end() - base);
            if (between.strip().equals("(") && after.startsWith(")")) {
                return Optional.ofNullable(d.date());
            }
        }
        return Optional.empty();
    }

    private static boolean required(SemanticGraph g, IndexedWord t, Trigger row) {
        if (row.requires() == null) {
            return true;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            String lemma = DependencyPaths.lemma(e.getDependent());
            if (e.getRelation().toString().equals(row.requires()[0])
                    && (row.requires()[1].equals("*") || List.of(row.requires()[1].split("\\|")).contains(lemma))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One agreement a treaty row's trigger speaks of: the treaty its theme names, or (with two
     * parties at least) the agreement its theme noun stands for; its signatories, place and date.
     * Also used for treaty rows of the trigger lexicon.
     */
    static void agreement(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger row) {
        Trigger.Role agent = row.role("agent");
        if (agent != null && !DependencyPaths.reach(g, t, "nsubj:pass").isEmpty()) {
            // A passive's subject is the agreement: the name in front of the verb is no party to it.
            agent = new Trigger.Role(agent.name(), agent.types(),
                    agent.relations().stream().filter(r -> !r.equals("?before") && !r.equals("before")).toList(), agent.required());
        }
        List<EntityRef> parties = new ArrayList<>(DependencyRule.fill(ctx, g, t, agent));
        DependencyRule.fill(ctx, g, t, row.role("party")).stream().filter(p -> !parties.contains(p)).forEach(parties::add);
        List<EntityRef> treaties = new ArrayList<>(DependencyRule.fill(ctx, g, t, row.role("theme")));
        List<IndexedWord> nouns = new ArrayList<>();
        if (treaties.isEmpty()) {
            for (String rel : row.role("theme").relations()) {
                for (IndexedWord w : rel.equals("self") ? List.of(t) : DependencyPaths.reach(g, t, rel)) {
                    if (w.lemma() != null && row.nounTheme().contains(w.lemma().toLowerCase(Locale.ROOT)) && ctx.mentionAt(w) == null
                            && !unmade(g, w)) {
                        nouns.add(w);
                    }
                }
            }
            if (nouns.isEmpty() || parties.size() < 2) {
                return;
            }
            IndexedWord noun = nouns.get(0);
            Optional<EntityRef> before = ctx.madeAt(noun);
            if (before.isPresent()) {
                // The same noun read by another row ("the treaty between X and Y was signed"): one agreement.
                treaties.add(before.get());
                nouns.clear();
            }
            Optional<EntityRef> named = definite(g, noun) ? namedTreatyOf(ctx, Set.copyOf(parties)) : Optional.empty();
            String kind = noun.lemma().toLowerCase(Locale.ROOT);
            if (treaties.isEmpty()) {
                treaties.add(named.orElseGet(() -> ctx.make(EntityType.TREATY, Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
                        + " between " + String.join(" and ", parties.stream().map(EntityRef::label).toList()))));
            }
        }
        boolean nominal = t.tag() != null && t.tag().startsWith("NN");
        // A date of the trigger's clause that stands in the trigger's own phrase ("By 1921, … after the
        // agreement achieved between …, the Soviets decided": 1921 is the deciding's, not the agreement's).
        Optional<DateValue> date = nominal ? dateInside(ctx, g, t)
                : DependencyRule.dateOf(ctx, g, t).filter(d -> g.descendants(t).stream()
                        .map(ctx::mentionAt).anyMatch(m -> m != null && m.isDate() && d.equals(m.date())));
        for (EntityRef treaty : treaties) {
            parties.forEach(p -> ctx.emit(treaty, Vocabulary.SIGNATORY, p));
            DependencyRule.fill(ctx, g, t, row.role("place")).forEach(p -> ctx.emit(treaty, Vocabulary.LOCATION, p));
            date.ifPresent(d -> ctx.emit(treaty, Vocabulary.DATE, d));
            ctx.remember(treaty, ctx.offsetOf(t));
            nouns.forEach(n -> ctx.remember(treaty, ctx.offsetOf(n)));
        }
    }

    /** "the proposed treaty", "a draft agreement": a modifier says it was not made. */
    private static boolean unmade(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            String lemma = DependencyPaths.lemma(e.getDependent());
            if ((rel.equals("amod") || rel.equals("compound")) && (UNMADE.contains(lemma)
                    || UNMADE.contains(e.getDependent().word().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> unmade() {
        return DataTable.words("unmade.tsv");
    }

    /** "the agreement", "this treaty": a noun the text takes as known. */
    private static boolean definite(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (e.getRelation().toString().equals("det") && Set.of("the", "this", "that").contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A date inside the noun phrase of a nominal trigger ("the 1921 agreement", "the agreement of 1921"). */
    private static Optional<DateValue> dateInside(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            Mention m = ctx.mentionAt(e.getDependent());
            if (m != null && m.isDate() && !e.getRelation().toString().startsWith("acl")) {
                return Optional.ofNullable(m.date());
            }
        }
        return Optional.empty();
    }

    /** The states or organisations whose adjective forms make up a treaty's name. */
    private static Set<EntityRef> parties(PassageContext ctx, EntityRef treaty) {
        Set<EntityRef> parties = new LinkedHashSet<>();
        for (Mention adjective : ctx.adjectivesIn(treaty.label())) {
            EntityType type = adjective.entity().type();
            if (type == EntityType.STATE || type == EntityType.ORGANIZATION) {
                parties.add(adjective.entity());
            }
        }
        return parties.size() >= 2 ? parties : Set.of();
    }

    /** A treaty the article names whose name gives exactly these parties. */
    private static Optional<EntityRef> namedTreatyOf(PassageContext ctx, Set<EntityRef> parties) {
        for (MentionedPassage p : ctx.article().passages()) {
            for (Mention m : p.mentions()) {
                if (m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.TREATY
                        && parties(ctx, m.entity()).equals(parties)) {
                    return Optional.of(m.entity());
                }
            }
        }
        return Optional.empty();
    }
}
