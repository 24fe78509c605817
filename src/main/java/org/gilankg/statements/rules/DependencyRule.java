package org.gilankg.statements.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.DateValue;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.DataTable;
import org.gilankg.statements.DependencyPaths;
import org.gilankg.statements.Factuality;
import org.gilankg.statements.PassageContext;
import org.gilankg.statements.Trigger;

/**
 * Statements from the dependency graph, driven by the trigger lexicon (triggers.tsv): a Semgrex
 * pattern finds each trigger word by its lemma and part of speech; its dependents, by relation,
 * fill the roles; the types of the things they name must fit the role.
 *
 * <ul>
 *   <li>An <b>event</b> frame makes a movement event: the mover (and people joined to it, or
 *       named after "with", "led by", "accompanied by") take part, the place is its location, and
 *       a date of the clause (wherever it stands in it) is its date.</li>
 *   <li>A <b>relation</b> frame gives one triple, subject and object from their roles.</li>
 *   <li>A <b>treaty</b> frame gives the signatories of a named treaty, or of an agreement it makes.</li>
 * </ul>
 * Each statement comes from the trigger's clause, so negation, hedges and conditions around the
 * trigger make it a claim ({@link Factuality}).
 */
public final class DependencyRule extends SentenceRule {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his");
    /** Nouns that stand for the place they are "of": "the port of Anzali". */
    private static final Set<String> PLACE_NOUNS = Set.of("port", "city", "town", "province", "region", "village",
            "capital", "district", "area", "harbour", "harbor", "coast", "mountains", "forest");

    private static final List<String> INSIDE = List.of("appos", "flat", "compound", "dep", "nmod:poss", "nmod:of");
    private static final List<String> INSIDE_PLACE = List.of("nmod:of", "appos", "flat", "compound");

    /** Nouns for people that "the two men", "both leaders" use to take up the people just named. */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "person", "people", "leader", "revolutionary",
            "comrade", "companion", "friend", "brother", "ally", "partner");
    private static final java.util.Map<String, Integer> COUNT_WORDS = java.util.Map.of("two", 2, "both", 2, "three", 3);

    /** People a thing is given or sent to, never the thing itself ("sent the officers a message"). */
    private static final Map<String, Set<String>> WORD_CLASSES = DataTable.keyedSets("word-classes.tsv");
    private static final Set<String> RECIPIENT_NOUNS = WORD_CLASSES.get("recipient");
    private static final Set<String> CEASING = Set.of("further", "longer", "anymore", "more");
    private static final Set<String> MEASURE_NOUNS = Set.of("series", "number", "kind", "sort", "set", "wave", "lot");

    private final List<Trigger> triggers;

    public DependencyRule() {
        this(Trigger.standard());
    }

    public DependencyRule(List<Trigger> triggers) {
        // Cause rows link what the other rows made, so they run last, wherever they stand in the file.
        this.triggers = triggers.stream().sorted(java.util.Comparator.comparing(t -> t.frame().equals("cause"))).toList();
    }

    @Override
    public String name() {
        return "dependency";
    }

    @Override
    public void apply(PassageContext ctx) {
        Optional<AnalysedPassage> analysis = ctx.analysis();
        if (analysis.isEmpty() || analysis.get().graph() == null) {
            return;
        }
        SemanticGraph g = analysis.get().graph();
        Map<IndexedWord, EntityRef> made = new HashMap<>();
        for (Trigger trigger : triggers) {
            if (!trigger.mayOccurIn(g)) {
                continue;
            }
            SemgrexMatcher m = trigger.pattern().matcher(g);
            Set<IndexedWord> done = new LinkedHashSet<>();
            while (m.find()) {
                IndexedWord t = m.getNode("trigger");
                if (!done.add(t) || !requirementMet(g, t, trigger)) {
                    continue;
                }
                // "attempted a coup": an event told by a verb of trying is what was tried, no fact (branch fix).
                Factuality.Verdict verdict = trigger.frame().equals("event") ? ctx.atTried(t) : ctx.at(t);
                if (trigger.frame().equals("event") && ceasingObject(g, t) && verdict.modality() != org.gilankg.statements.Modality.NEGATED) {
                    // "gave X no more support": the parser hangs "no" on "more", so no negation was seen.
                    event(ctx, g, t, trigger, "Withdrawal of ", made);
                    continue;
                }
                if (trigger.frame().equals("event") && verdict.modality() == org.gilankg.statements.Modality.NEGATED
                        && ceasing(g, t)) {
                    // "decided not to support X further": the support ended, which the text asserts
                    // (unless a hedge or condition above the negation says otherwise).
                    SemanticGraphEdge above = verdict.cue() == null ? null : governor(g, verdict.cue());
                    if (above == null) {
                        ctx.asserted();
                    } else if (ctx.atGoverning(above.getGovernor()).modality() == org.gilankg.statements.Modality.NEGATED) {
                        continue;
                    }
                    event(ctx, g, t, trigger, "Withdrawal of ", made);
                    continue;
                }
                switch (trigger.frame()) {
                    case "event" -> event(ctx, g, t, trigger, "", made);
                    case "cause" -> {
                        // A cause word that is itself a cue ("required them to retreat") makes its link a claim.
                        ctx.atOffset(ctx.offsetOf(t));
                        cause(ctx, g, t, trigger, made);
                    }
                    case "relation" -> relation(ctx, g, t, trigger);
                    case "treaty" -> AgreementRule.agreement(ctx, g, t, trigger);
                    case "lifespan" -> lifespan(ctx, g, t, trigger);
                    case "office" -> office(ctx, g, t, trigger);
                    default -> throw new IllegalArgumentException(trigger.source() + ": unknown frame " + trigger.frame());
                }
            }
        }
    }

    private static boolean requirementMet(SemanticGraph g, IndexedWord t, Trigger trigger) {
        if (trigger.requires() == null) {
            return true;
        }
        if (trigger.requires()[0].endsWith("^")) {
            // "nsubj^=who": the trigger is the subject of that word ("(who was Minister of Culture)", inverted by the parser).
            String rel = trigger.requires()[0].substring(0, trigger.requires()[0].length() - 1);
            for (SemanticGraphEdge e : g.incomingEdgeIterable(t)) {
                if (e.getRelation().toString().equals(rel) && e.getGovernor().lemma() != null && java.util.Arrays.asList(
                        trigger.requires()[1].split("\\|")).contains(e.getGovernor().lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            // "xcomp=*": any word by that relation ("offered to pay").
            if (e.getRelation().toString().equals(trigger.requires()[0])
                    && (trigger.requires()[1].equals("*") || java.util.Arrays.asList(trigger.requires()[1].split("\\|"))
                            .contains(e.getDependent().lemma().toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** "not … further", "no longer", "not … any more": what stops, rather than what never was. */
    private static boolean ceasing(SemanticGraph g, IndexedWord t) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            String lemma = DependencyPaths.lemma(e.getDependent());
            if (e.getRelation().toString().startsWith("advmod") && CEASING.contains(lemma)) {
                return true;
            }
            // "not to support X any further": the parser makes "any further" the verb's object (issue 8, dev6).
            if (e.getRelation().toString().equals("obj") && CEASING.contains(lemma) && g.outgoingEdgeList(e.getDependent()).stream()
                    .anyMatch(d -> d.getRelation().toString().equals("det") && lemmaOf(d.getDependent()).equals("any"))) {
                return true;
            }
        }
        return ceasingObject(g, t);
    }

    /** "gave X no further support", "no more aid": an object of the trigger that says what stops, by "no" and "further". */
    private static boolean ceasingObject(SemanticGraph g, IndexedWord t) {
        for (SemanticGraphEdge o : g.outgoingEdgeIterable(t)) {
            if (!o.getRelation().toString().equals("obj")) {
                continue;
            }
            boolean no = false;
            boolean further = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(o.getDependent())) {
                String rel = e.getRelation().toString();
                no |= rel.equals("det") && lemmaOf(e.getDependent()).equals("no");
                if ((rel.equals("amod") || rel.startsWith("advmod")) && CEASING.contains(lemmaOf(e.getDependent()))) {
                    further = true;
                    // "no more": the parser may hang "no" on "more".
                    for (SemanticGraphEdge n : g.outgoingEdgeIterable(e.getDependent())) {
                        no |= lemmaOf(n.getDependent()).equals("no");
                    }
                }
            }
            if (no && further) {
                return true;
            }
        }
        return false;
    }

    private static String lemmaOf(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(java.util.Locale.ROOT);
    }

    /** What led to what: the events or treaties the cause role reaches, and the events the effect role reaches. */
    private static void cause(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger trigger, Map<IndexedWord, EntityRef> made) {
        List<EntityRef> causes = happenings(ctx, g, t, trigger.role("cause"), made);
        List<EntityRef> effects = happenings(ctx, g, t, trigger.role("effect"), made);
        for (EntityRef c : causes) {
            for (EntityRef e : effects) {
                if (!c.equals(e) && e.type() == EntityType.EVENT && !aboutCause(ctx, g, made, e, c)) {
                    ctx.emit(c, Vocabulary.RESULTED_IN, e);
                }
            }
        }
    }

    /** Whether the effect was made from words that take up the cause ("the campaign was defeated": not caused by the campaign). */
    private static boolean aboutCause(PassageContext ctx, SemanticGraph g, Map<IndexedWord, EntityRef> made, EntityRef effect,
                                      EntityRef cause) {
        return made.entrySet().stream().anyMatch(m -> m.getValue().equals(effect)
                && EventAnaphora.takesUp(ctx, g, m.getKey(), cause));
    }

    /** Events made from the words a role reaches, or events and treaties named there; "earlier": the last one before the trigger. */
    private static List<EntityRef> happenings(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role,
                                              Map<IndexedWord, EntityRef> made) {
        List<EntityRef> found = new ArrayList<>();
        if (role == null) {
            return found;
        }
        for (String relation : role.relations()) {
            boolean fallback = relation.startsWith("?");
            if (fallback && !found.isEmpty()) {
                break;
            }
            String path = fallback ? relation.substring(1) : relation;
            if (path.equals("earlier")) {
                // Only for a verb whose cause goes unsaid because it is understood from before
                // ("…, resulting in", "which required"); a passive ("had been forced to") says nothing of it.
                // "under which they were required to retreat": the relative names an agreement said before.
                boolean passive = false;
                boolean under = false;
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
                    passive |= e.getRelation().toString().equals("aux:pass");
                    under |= e.getRelation().toString().equals("obl:under")
                            && (e.getDependent().tag() != null && e.getDependent().tag().startsWith("W")
                            || g.outgoingEdgeList(e.getDependent()).stream().anyMatch(r -> r.getRelation().toString().equals("ref")));
                }
                if (passive && !under) {
                    continue;
                }
                int offset = ctx.offsetOf(t);
                EntityRef last = null;
                int lastAt = -1;
                for (Map.Entry<IndexedWord, EntityRef> e : made.entrySet()) {
                    int at = ctx.offsetOf(e.getKey());
                    if (at < offset && at > lastAt) {
                        last = e.getValue();
                        lastAt = at;
                    }
                }
                for (Mention m : ctx.passage().mentions()) {
                    if (m.kind() == Mention.Kind.NAME && m.end() <= offset && m.begin() > lastAt
                            && (m.entity().type() == EntityType.TREATY || m.entity().type() == EntityType.EVENT)) {
                        last = m.entity();
                        lastAt = m.begin();
                    }
                }
                if (last != null) {
                    found.add(last);
                }
                continue;
            }
            for (IndexedWord w : path.equals("self") ? List.of(t) : reach(g, t, path)) {
                // Made here, or by a rule before this one (an agreement: "the agreement between X and Y led to").
                EntityRef event = made.containsKey(w) ? made.get(w) : ctx.madeAt(w).orElse(null);
                var taken = EventAnaphora.resolve(ctx, g, w);
                if (event != null) {
                    found.add(event);
                } else if (taken.isPresent()) {
                    found.add(taken.get().event());
                } else {
                    named(ctx, g, w, 0).stream()
                            .filter(x -> x.type() == EntityType.TREATY || x.type() == EntityType.EVENT)
                            .forEach(found::add);
                }
            }
        }
        return found;
    }

    private static void event(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger trigger, String prefix,
                              Map<IndexedWord, EntityRef> made) {
        List<EntityRef> agents = fill(ctx, g, t, trigger.role("agent"));
        List<EntityRef> places = fill(ctx, g, t, trigger.role("place"));
        List<EntityRef> destinations = fill(ctx, g, t, trigger.role("destination"));
        List<EntityRef> patients = fill(ctx, g, t, trigger.role("patient"));
        if (agents.isEmpty() && !patients.isEmpty() && trigger.role("agent") != null && !trigger.role("agent").required()) {
            if (patients.size() > 1 && oneWithSide(ctx, g, t, trigger.role("patient"))) {
                // "in conflict with the united A and B forces": all that is named is the other side, A and B
                // together; never a conflict between A and B.
                return;
            }
            agents = List.of(patients.get(0));
        }
        if (agents.isEmpty() || missingRequired(ctx, g, t, trigger)) {
            return;
        }
        String[] output = trigger.output().split(" ", 2);
        // "Withdrawal_of_support": a noun of several words.
        String noun = output[0].equals("=obj") ? nounOfObject(g, t, Set.of("obj", "nsubj:pass", "obl:with")).orElse(null)
                : output[0].startsWith("=obl:") ? nounOfObject(g, t, Set.of(output[0].substring(1))).orElse(null)
                : output[0].equals("=self") ? Character.toUpperCase(t.word().charAt(0)) + t.word().substring(1).toLowerCase(java.util.Locale.ROOT)
                : output[0].replace('_', ' ');
        if (noun == null) {
            return;
        }
        if (!prefix.isEmpty()) {
            noun = prefix + noun.toLowerCase(java.util.Locale.ROOT);
        }
        // A place needs a preposition in the label even where the row names none: "Asylum of X in Anzali".
        String preposition = output.length > 1 ? output[1] : "in";
        EntityRef agent = agents.get(0);
        EntityRef place = !places.isEmpty() ? places.get(0) : !destinations.isEmpty() ? destinations.get(0) : null;
        EntityRef second = place != null ? place : patients.stream().filter(p -> !p.equals(agent)).findFirst().orElse(null);
        String label = noun + " of " + agent.label()
                + (place != null ? " " + preposition + " " + place.label()
                : second != null ? " and " + second.label() : "");
        DateValue date = dateOf(ctx, g, t).orElse(null);
        EntityRef event = ctx.event(noun, label.replaceAll("\\s+", " "), agent, second, date, ctx.offsetOf(t));
        made.putIfAbsent(t, event);
        agents.forEach(p -> ctx.emit(event, Vocabulary.PARTICIPANT, p));
        patients.forEach(p -> ctx.emit(event, Vocabulary.PARTICIPANT, p));
        fill(ctx, g, t, trigger.role("with")).forEach(p -> ctx.emit(event, Vocabulary.PARTICIPANT, p));
        companions(ctx, g, agents, t).forEach(p -> ctx.emit(event, Vocabulary.PARTICIPANT, p));
        places.forEach(p -> ctx.emit(event, Vocabulary.LOCATION, p));
        destinations.forEach(p -> ctx.emit(event, Vocabulary.DESTINATION, p));
        if (date != null) {
            ctx.emit(event, Vocabulary.DATE, date);
        }
    }

    /** Whether {@code role} names its things only through "with" ("with A and B", "with the A and B forces"): one side. */
    private static boolean oneWithSide(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role) {
        List<String> others = role.relations().stream().filter(r -> !r.contains(":with")).toList();
        return fill(ctx, g, t, new Trigger.Role(role.name(), role.types(), others, role.required())).isEmpty();
    }

    private static boolean missingRequired(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger trigger) {
        for (Trigger.Role role : trigger.roles().values()) {
            if (role.required() && fill(ctx, g, t, role).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The event's noun from the verb's object: "gave him asylum" is an asylum, "sent a message" a message. */
    private static Optional<String> nounOfObject(SemanticGraph g, IndexedWord t, Set<String> relations) {
        // An object after the verb before one before it: "the vessels that Denikin, to whom X had granted
        // asylum, …" (a misparse may give "granted" the relative's antecedent as well) is an asylum.
        List<SemanticGraphEdge> edges = new ArrayList<>(g.outgoingEdgeList(t));
        edges.sort(java.util.Comparator.comparing((SemanticGraphEdge e) -> e.getDependent().index() < t.index()));
        for (SemanticGraphEdge e : edges) {
            String rel = e.getRelation().toString();
            if (relations.contains(rel) && e.getDependent().tag().startsWith("NN")
                    && !e.getDependent().tag().startsWith("NNP")) {
                IndexedWord noun = e.getDependent();
                if (rel.equals("obj") && RECIPIENT_NOUNS.contains(lemmaOf(noun)) && lostSecondObject(g, t, noun) != null) {
                    // "sent the officers in X's force, which …, a message": the people are who it went to;
                    // the thing sent is the noun the parser hung on further on ("sent soldiers to Gilan" sends them).
                    noun = lostSecondObject(g, t, noun);
                }
                // "a series of activities": the activities.
                if (MEASURE_NOUNS.contains(noun.lemma())) {
                    for (SemanticGraphEdge of : g.outgoingEdgeIterable(noun)) {
                        if (of.getRelation().toString().equals("nmod:of")) {
                            noun = of.getDependent();
                        }
                    }
                }
                String lemma = noun.lemma();
                // "a coup d'état": the compound's first word leads.
                for (SemanticGraphEdge c : g.outgoingEdgeIterable(noun)) {
                    if (c.getRelation().toString().equals("compound") && c.getDependent().index() < noun.index()
                            && !c.getDependent().tag().startsWith("NNP")) {
                        lemma = c.getDependent().word().toLowerCase(java.util.Locale.ROOT) + " " + noun.word();
                    }
                }
                return Optional.of(Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1));
            }
        }
        return Optional.empty();
    }

    /**
     * The thing given when the parser lost the second object of "gave/sent PEOPLE … a THING": an
     * indefinite common noun after the people, inside the verb's phrase, that the parser made an
     * apposition of a word before it or that follows the comma closing an aside ("…, which was
     * marching towards Qazvin, a message"). Null when there is none.
     */
    private static IndexedWord lostSecondObject(SemanticGraph g, IndexedWord t, IndexedWord people) {
        Set<IndexedWord> phrase = g.descendants(t);
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.index() <= people.index() || w.tag() == null || !w.tag().startsWith("NN") || w.tag().startsWith("NNP")
                    || !phrase.contains(w)) {
                continue;
            }
            SemanticGraphEdge up = governor(g, w);
            if (up == null) {
                continue;
            }
            for (SemanticGraphEdge d : g.outgoingEdgeIterable(w)) {
                String det = lemmaOf(d.getDependent());
                if (d.getRelation().toString().equals("det") && (det.equals("a") || det.equals("an"))) {
                    // Hung on as an apposition, or after the comma that closes an aside about the people.
                    IndexedWord before = d.getDependent().index() > 1 ? g.getNodeByIndexSafe(d.getDependent().index() - 1) : null;
                    if (up.getRelation().toString().equals("appos") || before != null && ",".equals(before.tag())) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    /** When a state, organisation or event began or ended: the dates its roles reach. */
    private static void lifespan(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger trigger) {
        List<EntityRef> subjects = fill(ctx, g, t, trigger.role("subject"));
        if (subjects.isEmpty()) {
            return;
        }
        EntityRef subject = subjects.get(0);
        Trigger.Role start = trigger.role("start");
        Trigger.Role end = trigger.role("end");
        if (start != null) {
            datesOf(ctx, g, t, start).stream().findFirst().ifPresent(d -> ctx.emit(subject, Vocabulary.START_DATE, d));
        }
        if (end != null) {
            datesOf(ctx, g, t, end).stream().findFirst().ifPresent(d -> ctx.emit(subject, Vocabulary.END_DATE, d));
        }
    }

    /** The dates the role's relations reach (a date's words, by the mention that covers them). */
    private static List<DateValue> datesOf(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role) {
        List<DateValue> dates = new ArrayList<>();
        for (String path : role.relations()) {
            // In the order of the text: "between June 1920 and September 1921" reaches both by obl:between, the first starts.
            List<IndexedWord> reached = new ArrayList<>(reach(g, t, path));
            reached.sort(java.util.Comparator.comparingInt(IndexedWord::index));
            for (IndexedWord w : reached) {
                Mention m = ctx.mentionAt(w);
                if (m != null && m.isDate() && !dates.contains(m.date())) {
                    dates.add(m.date());
                }
            }
        }
        return dates;
    }

    /**
     * An office and who holds it: the title as the text writes it (an adjective of a state or
     * organisation, the role noun, an "of" complement that names no known thing: "Soviet premier",
     * "Minister of Culture"); the holder by apposition, copula or a name the title stands before;
     * what it is an office of, from the adjective or an "of"/"in" complement.
     */
    /** Relations by which a title is what a verb gives someone ("appointed X", "served as X", "became X"). */
    private static final Set<String> OFFICE_SLOTS = Set.of("obj", "xcomp", "obl:as");

    private static void office(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger trigger) {
        List<EntityRef> holders = fill(ctx, g, t, trigger.role("holder"));
        if (holders.isEmpty() || ctx.mentionAt(t) != null && ctx.mentionAt(t).kind() == Mention.Kind.NAME) {
            return;
        }
        SemanticGraphEdge slot = governor(g, t);
        if (ctx.modality() == org.gilankg.statements.Modality.ASSERTED && slot != null
                && OFFICE_SLOTS.contains(slot.getRelation().toString())
                && slot.getGovernor().tag() != null && slot.getGovernor().tag().startsWith("VB")
                && ctx.at(slot.getGovernor()).modality() == org.gilankg.statements.Modality.ASSERTED) {
            // "was never appointed Minister of War", "never served as X": the cue stands on the verb whose
            // object or complement the title is; otherwise the title's own verdict stays.
            ctx.at(t);
        }
        String adjective = null;
        EntityRef of = null;
        String complement = "";
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            String rel = e.getRelation().toString();
            Mention m = ctx.mentionAt(e.getDependent());
            if ((rel.equals("amod") || rel.equals("compound")) && m != null && m.kind() == Mention.Kind.ADJECTIVE
                    && e.getDependent().index() < t.index()) {
                adjective = m.surface();
                of = m.entity();
            } else if (rel.equals("nmod:of") && m == null && e.getDependent().tag().startsWith("NN")) {
                complement = " of " + e.getDependent().word();
            }
        }
        if (of == null) {
            List<EntityRef> named = fill(ctx, g, t, trigger.role("of"));
            of = named.isEmpty() ? null : named.get(0);
        }
        String title = t.word() + complement;
        String label = adjective != null ? adjective + " " + title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
        EntityRef office = ctx.make(EntityType.OFFICE, label);
        if (apposedToPerson(ctx, g, t)) {
            // "sent a petition to the Soviet premier, Vladimir Lenin": an apposition is the writer's own
            // description, not said under the clause's attempt, hedge or negation.
            ctx.asserted();
        }
        for (EntityRef holder : holders) {
            ctx.emit(holder, Vocabulary.HOLDS_OFFICE, office);
        }
        if (of != null && of.type() != EntityType.PERSON) {
            ctx.emit(office, Vocabulary.OFFICE_OF, of);
        }
    }

    /** Whether the title noun and a person's name stand in apposition ("X, the Soviet ambassador"; "the premier, X"). */
    private static boolean apposedToPerson(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(t)) {
            if (e.getRelation().toString().equals("appos") && person(ctx.mentionAt(e.getGovernor()))) {
                return true;
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            if (e.getRelation().toString().equals("appos") && person(ctx.mentionAt(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean person(Mention m) {
        return m != null && m.kind() == Mention.Kind.NAME && m.entity() != null && m.entity().type() == EntityType.PERSON;
    }

    private static void relation(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger trigger) {
        if (describesOnlyOthers(trigger) && ctx.mentionAt(t) != null && ctx.mentionAt(t).kind() == Mention.Kind.NAME) {
            // A row for any noun that describes someone ("a White Russian general"): never a noun inside a name ("British forces").
            return;
        }
        List<EntityRef> subjects = fill(ctx, g, t, trigger.role("subject"));
        List<EntityRef> objects = fill(ctx, g, t, trigger.role("object"));
        var predicate = Vocabulary.gk(trigger.output());
        for (EntityRef s : subjects) {
            for (EntityRef o : objects) {
                if (!s.equals(o)) {
                    ctx.emit(s, predicate, o);
                }
            }
        }
    }

    /** A row for any noun (lemma *) none of whose roles is the trigger's own name. */
    private static boolean describesOnlyOthers(Trigger trigger) {
        if (trigger.pattern().toString().contains("lemma")) {
            return false;
        }
        return trigger.roles().values().stream().noneMatch(r -> r.relations().contains("self") || r.relations().contains("?self"));
    }

    /**
     * The things that fill a role: the named things of the words its relations reach, of the
     * role's types. A relation may be a path ("conj:and^>obl:into": up by conj:and, then down by
     * obl:into); one marked ? is tried only when the relations before it found nothing; "before"
     * is the nearest name in front of the trigger within its clause (for a parse that lost the subject).
     */
    static List<EntityRef> fill(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role) {
        List<EntityRef> things = new ArrayList<>();
        if (role == null) {
            return things;
        }
        for (String relation : role.relations()) {
            boolean fallback = relation.startsWith("?");
            if (fallback && !things.isEmpty()) {
                break;
            }
            String path = fallback ? relation.substring(1) : relation;
            List<EntityRef> found = new ArrayList<>();
            if (path.equals("controller")) {
                controller(ctx, g, t).forEach(found::add);
            } else if (path.equals("subject")) {
                ctx.subject().ifPresent(found::add);
            } else if (path.equals("self")) {
                found.addAll(named(ctx, g, t, 1));
            } else if (path.equals("before")) {
                before(ctx, g, t, role).ifPresent(found::add);
            } else if (path.equals("arrival")) {
                found.addAll(arrivalPlace(ctx, g, t));
            } else if (path.equals("main")) {
                mainSubject(ctx, g, t, role).ifPresent(found::add);
            } else if (path.startsWith("clause(") && path.endsWith(")")) {
                found.addAll(clauseSubject(ctx, g, t, Set.of(path.substring("clause(".length(), path.length() - 1).split("\\|"))));
            } else if (path.equals("apposed")) {
                apposedBefore(ctx, g, t, role).ifPresent(found::add);
            } else if (path.equals("described")) {
                describedBefore(ctx, g, t, role).ifPresent(found::add);
            } else if (path.equals("orphaned")) {
                // "between X on one side and, on the other, Y and Z": names after the trigger that the parser
                // could only hang on a punctuation mark.
                for (IndexedWord w : g.vertexListSorted()) {
                    SemanticGraphEdge up = governor(g, w);
                    if (w.index() > t.index() && up != null && up.getRelation().toString().equals("dep")
                            && up.getGovernor().tag() != null && up.getGovernor().tag().matches("[,:.]|-LRB-|-RRB-")) {
                        found.addAll(named(ctx, g, w, 0));
                    }
                }
            } else {
                if (path.endsWith("appos^")) {
                    String prefix = path.equals("appos^") ? "" : path.substring(0, path.length() - "appos^".length() - 1);
                    for (IndexedWord appositive : prefix.isEmpty() ? List.of(t) : reach(g, t, prefix)) {
                        for (IndexedWord w : dependents(g, appositive, List.of("appos^"))) {
                            found.addAll(apposed(ctx, g, w, appositive));
                        }
                    }
                }
                for (IndexedWord w : path.endsWith("appos^") ? List.<IndexedWord>of() : reach(g, t, path)) {
                    Mention m = ctx.mentionAt(w);
                    var event = EventAnaphora.resolve(ctx, g, w);
                    if (event.isPresent()) {
                        // "this mission", "that campaign": the event taken up, or who carried it out.
                        found.addAll(EventAnaphora.filler(event.get(), role.types()));
                    } else if (role.types().contains(EntityType.PLACE) && !PronounScope.place(ctx, g, w).isEmpty()) {
                        // "…reached that city, the Reds had been forced to evacuate it": the place "it" takes up.
                        found.addAll(PronounScope.place(ctx, g, w));
                    } else if (path.endsWith("amod") && m != null && m.kind() == Mention.Kind.ADJECTIVE) {
                        // "the Iranian province": an adjective form stands for its thing as a modifier.
                        found.add(m.entity());
                    } else {
                        found.addAll(named(ctx, g, w, 0));
                    }
                }
            }
            for (EntityRef thing : found) {
                if (role.types().contains(thing.type()) && !things.contains(thing)) {
                    things.add(thing);
                }
            }
        }
        return things;
    }

    private static final Set<String> ARRIVING = WORD_CLASSES.get("arriving");
    private static final Set<String> TIME_MARKS = Set.of("when", "before", "after", "until", "once");

    /**
     * Where a verb without an object of its own took place, from an arrival told in a clause of
     * time in its sentence: "by the time he arrived in that city, the Red forces had been forced to
     * evacuate" (evacuated that city), "when the fleet reached Anzali, the garrison had evacuated".
     */
    private static List<EntityRef> arrivalPlace(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            if (e.getRelation().toString().equals("obj")) {
                return List.of();
            }
        }
        List<EntityRef> places = new ArrayList<>();
        for (IndexedWord w : g.vertexListSorted()) {
            if (w.equals(t) || !ARRIVING.contains(DependencyPaths.lemma(w))) {
                continue;
            }
            boolean ofTime = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                String lemma = DependencyPaths.lemma(e.getDependent());
                ofTime |= rel.equals("obl:by") && lemma.equals("time")
                        || (rel.equals("mark") || rel.equals("advmod")) && TIME_MARKS.contains(lemma);
            }
            if (!ofTime) {
                continue;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals("obl:in") || rel.equals("obl:at") || rel.equals("obl:to") || rel.equals("obj")) {
                    named(ctx, g, e.getDependent(), 0).stream().filter(x -> x.type() == EntityType.PLACE).forEach(places::add);
                }
            }
        }
        return places;
    }

    /**
     * Who does what a verb without a subject says ("Mirza's efforts to resolve … by sending a
     * petition", "Having staged a coup, X …"): up through the clauses it hangs from, the first subject
     * or possessor named. Nothing for a verb with a subject of its own or a passive.
     */
    private static List<EntityRef> controller(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            // A verb with a subject of its own ("after the coup was staged, X …") has no controller.
            if (e.getRelation().toString().startsWith("nsubj") || e.getRelation().toString().equals("aux:pass")) {
                return List.of();
            }
        }
        IndexedWord node = t;
        for (int i = 0; i < 5; i++) {
            SemanticGraphEdge up = governor(g, node);
            if (up == null) {
                break;
            }
            String rel = up.getRelation().toString();
            if (!(rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("xcomp") || rel.startsWith("obl"))) {
                break;
            }
            if (rel.endsWith(":without") || rel.endsWith(":instead_of") || rel.endsWith(":rather_than") || instead(g, node)) {
                // "Without staging a coup, X entered …", "Instead of launching …": what X did not do.
                return List.of();
            }
            node = up.getGovernor();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                String r = e.getRelation().toString();
                if (r.startsWith("nsubj") || r.equals("nmod:poss")) {
                    List<EntityRef> named = named(ctx, g, e.getDependent(), 0);
                    if (!named.isEmpty()) {
                        return named;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * Who sent what a noun names ("Mirza sent two of his men as a delegate with a petition to Lenin"): up from
     * the noun by object, oblique and nominal modifier links to the nearest verb; when that verb is one of
     * {@code verbs}, its subject. The noun's statements then come from that verb's clause ("never sent a
     * petition" is negated). Nothing for any other verb ("received a petition").
     */
    private static List<EntityRef> clauseSubject(PassageContext ctx, SemanticGraph g, IndexedWord t, Set<String> verbs) {
        IndexedWord node = t;
        for (int i = 0; i < 3; i++) {
            SemanticGraphEdge up = governor(g, node);
            if (up == null) {
                return List.of();
            }
            String rel = up.getRelation().toString();
            if (!(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
                return List.of();
            }
            node = up.getGovernor();
            if (node.tag() != null && node.tag().startsWith("VB")) {
                if (!verbs.contains(lemmaOf(node))) {
                    return List.of();
                }
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                    String r = e.getRelation().toString();
                    if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
                        List<EntityRef> named = named(ctx, g, e.getDependent(), 0);
                        if (!named.isEmpty() && ctx.modality() == org.gilankg.statements.Modality.ASSERTED) {
                            ctx.at(node);
                        }
                        return named;
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** A clause introduced by "without", "instead of", "rather than" (however the parser hangs the words). */
    private static boolean instead(SemanticGraph g, IndexedWord clause) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(clause)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("mark") || rel.equals("case") || rel.equals("cc") || rel.equals("advmod"))
                    && Set.of("without", "instead", "rather").contains(lemmaOf(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an apposition describes. A singular appositive describes the one noun it follows:
     * "Theodore Rothstein, the Soviet ambassador in Tehran, and Mirza" and "between Mirza and
     * Theodore Rothstein, the Soviet ambassador" (where the parser hangs the apposition on the
     * first conjunct) both name Rothstein alone. A plural one ("X and Y, the leaders of Z")
     * describes all the conjuncts.
     */
    private static List<EntityRef> apposed(PassageContext ctx, SemanticGraph g, IndexedWord governor, IndexedWord appositive) {
        String tag = appositive.tag() == null ? "" : appositive.tag();
        if (tag.equals("NNS") || tag.equals("NNPS")) {
            return named(ctx, g, governor, 0, true);
        }
        IndexedWord nearest = governor;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(governor)) {
            IndexedWord c = e.getDependent();
            if (e.getRelation().toString().startsWith("conj:and") && !e.isExtra()
                    && c.index() < appositive.index() && c.index() > nearest.index()) {
                nearest = c;
            }
        }
        return named(ctx, g, nearest, 0, false);
    }

    /** The words a relation path reaches from the trigger. */
    private static List<IndexedWord> reach(SemanticGraph g, IndexedWord t, String path) {
        List<IndexedWord> words = List.of(t);
        for (String step : path.split(">")) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord w : words) {
                next.addAll(dependents(g, w, List.of(step)));
            }
            words = next;
        }
        return words;
    }

    /** The words related to a word by these relations (a trailing ^: its governor by that relation). */
    private static List<IndexedWord> dependents(SemanticGraph g, IndexedWord t, List<String> relations) {
        List<IndexedWord> words = new ArrayList<>();
        for (String rel : relations) {
            if (rel.endsWith("^")) {
                String r = rel.substring(0, rel.length() - 1);
                for (SemanticGraphEdge e : g.incomingEdgeIterable(t)) {
                    // "X, whose movement confronted Y, left Rasht" misparsed with "left" hung by dep on the relative
                    // clause's verb: that verb's own subject is the relative's, not the main clause's.
                    if (e.getRelation().toString().equals(r) && !(r.equals("dep") && relativeVerb(g, e.getGovernor()))) {
                        IndexedWord head = r.equals("appos") ? appositionHead(g, e.getGovernor(), t) : e.getGovernor();
                        if (head != null) {
                            words.add(head);
                        }
                    }
                }
            } else {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
                    if (e.getRelation().toString().equals(rel)) {
                        words.add(e.getDependent());
                    }
                }
            }
        }
        return words;
    }

    /**
     * Whether a word heads a relative clause whose subject is not its antecedent ("a rebel whose movement
     * confronted …": the movement); a relative whose subject is the antecedent ("X, who had …") is not one.
     */
    private static boolean relativeVerb(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("acl:relcl")) {
                return g.outgoingEdgeList(w).stream().anyMatch(s -> s.getRelation().toString().startsWith("nsubj")
                        && !s.getDependent().equals(e.getGovernor()));
            }
        }
        return false;
    }

    /** The nearest thing of the role's types named in front of the trigger, with no other verb or comma between. */
    private static Optional<EntityRef> before(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role) {
        List<IndexedWord> words = g.vertexListSorted();
        for (int i = words.indexOf(t) - 1; i >= 0; i--) {
            IndexedWord w = words.get(i);
            Mention m = ctx.mentionAt(w);
            if (m != null && m.kind() == Mention.Kind.NAME) {
                return role.types().contains(m.entity().type()) ? Optional.of(m.entity()) : Optional.empty();
            }
            String tag = w.tag() == null ? "" : w.tag();
            String lemma = w.lemma() == null ? "" : w.lemma();
            if (tag.startsWith("PRP") && PRONOUNS.contains(w.word().toLowerCase(java.util.Locale.ROOT))) {
                return ctx.referent(ctx.offsetOf(w)).filter(x -> role.types().contains(x.type()));
            }
            if (tag.equals("WDT") || tag.equals("WP")) {
                // "X, which entered Manjil, was led by Y", parsed without the relative clause: "which" stands for X.
                for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                    if (e.getRelation().toString().equals("ref")) {
                        return named(ctx, g, e.getGovernor(), 0).stream().filter(x -> role.types().contains(x.type())).findFirst();
                    }
                }
            }
            SemanticGraphEdge up = governor(g, w);
            boolean auxiliary = lemma.equals("be") || lemma.equals("have") || lemma.equals("do") || tag.equals("MD")
                    || up != null && up.getGovernor().equals(t) && up.getRelation().toString().matches("aux.*|mark|advmod");
            if ((tag.startsWith("VB") && !auxiliary) || tag.equals(",") || tag.startsWith("W") || tag.equals("CC")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * For a trigger in a phrase fronted before the main clause ("Nominally led by X but in fact under
     * the influence of Y, the new administration launched …"), however the parser joined the two:
     * the thing of the role's types named nearest before the main clause's first finite verb, after
     * the last comma before that verb. Nothing when a finite verb or a subject comes before the
     * trigger, or no comma follows it.
     */
    private static Optional<EntityRef> mainSubject(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role) {
        List<IndexedWord> words = g.vertexListSorted();
        int at = words.indexOf(t);
        for (int i = 0; i < at; i++) {
            if (finite(g, words.get(i))) {
                return Optional.empty();
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return Optional.empty();
            }
        }
        int verb = -1;
        for (int i = at + 1; i < words.size(); i++) {
            if (finite(g, words.get(i))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        for (int i = verb - 1; i > at; i--) {
            IndexedWord w = words.get(i);
            if (",".equals(w.tag())) {
                return Optional.empty();
            }
            Mention m = ctx.mentionAt(w);
            if (m != null && m.kind() == Mention.Kind.NAME && role.types().contains(m.entity().type())) {
                // A comma must close the fronted phrase between the trigger and the subject.
                for (int j = i - 1; j > at; j--) {
                    if (",".equals(words.get(j).tag())) {
                        return Optional.of(m.entity());
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A finite verb that heads a clause (not an auxiliary or a copula). */
    private static boolean finite(SemanticGraph g, IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        if (!tag.matches("VBD|VBZ|VBP|MD")) {
            return false;
        }
        SemanticGraphEdge up = governor(g, w);
        return up == null || !up.getRelation().toString().matches("aux.*|cop");
    }

    /**
     * The name just before ", the Soviet Commissar," when the parser lost the apposition: the title's
     * phrase (the trigger and its determiner and modifiers before it) follows a comma that follows
     * the name, and a comma, a semicolon or colon, a full stop or a bracket follows the title.
     */
    private static Optional<EntityRef> apposedBefore(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role) {
        if (t.tag() == null || !t.tag().equals("NN") && !t.tag().equals("NNP")) {
            return Optional.empty();
        }
        List<IndexedWord> words = g.vertexListSorted();
        int at = words.indexOf(t);
        if (at + 1 >= words.size() || !Set.of(",", ".", ":", "-LRB-").contains(words.get(at + 1).tag())) {
            return Optional.empty();
        }
        int start = at;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("det") || rel.equals("amod") || rel.equals("compound")) && words.indexOf(e.getDependent()) < start) {
                start = words.indexOf(e.getDependent());
            }
        }
        if (start < 2 || !",".equals(words.get(start - 1).tag())) {
            return Optional.empty();
        }
        Mention m = ctx.mentionAt(words.get(start - 2));
        return m != null && m.kind() == Mention.Kind.NAME && role.types().contains(m.entity().type())
                ? Optional.of(m.entity()) : Optional.empty();
    }

    /**
     * The person an adjective describes when the parser lost the apposition it stands in
     * ("General Denikin, a White Russian counter-revolutionary to whom …"): the word is an
     * adjective form of a name, its phrase (with its determiner and modifiers before it) follows a
     * comma that follows the name.
     */
    private static Optional<EntityRef> describedBefore(PassageContext ctx, SemanticGraph g, IndexedWord t, Trigger.Role role) {
        Mention own = ctx.mentionAt(t);
        if (own == null || own.kind() != Mention.Kind.ADJECTIVE) {
            return Optional.empty();
        }
        List<IndexedWord> words = g.vertexListSorted();
        int start = words.indexOf(t);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("det") || rel.equals("amod") || rel.equals("compound")) && words.indexOf(e.getDependent()) < start) {
                start = words.indexOf(e.getDependent());
            }
        }
        if (start < 2 || !",".equals(words.get(start - 1).tag()) || !"DT".equals(words.get(start).tag())) {
            return Optional.empty();
        }
        Mention m = ctx.mentionAt(words.get(start - 2));
        return m != null && m.kind() == Mention.Kind.NAME && role.types().contains(m.entity().type())
                ? Optional.of(m.entity()) : Optional.empty();
    }

    /**
     * The things a word names: the mention covering it; for a pronoun, the person named last
     * before it; for "the port of X", "X's force", "his friend Y", the thing named inside; and the
     * things joined to it by "and".
     */
    static List<EntityRef> named(PassageContext ctx, SemanticGraph g, IndexedWord w, int depth) {
        return named(ctx, g, w, depth, true);
    }

    /** As {@link #named(PassageContext, SemanticGraph, IndexedWord, int)}; {@code conjuncts}: whether "and" adds the conjoined names. */
    private static List<EntityRef> named(PassageContext ctx, SemanticGraph g, IndexedWord w, int depth, boolean conjuncts) {
        List<EntityRef> things = new ArrayList<>();
        Mention m = ctx.mentionAt(w);
        if (m != null && m.kind() == Mention.Kind.NAME) {
            things.add(m.entity());
            things.addAll(coordinatedModifiers(ctx, g, w, m));
        } else if (m != null && m.kind() == Mention.Kind.ADJECTIVE && w.tag().startsWith("NN")) {
            // "the Soviets" is a name; an adjective form heading a noun phrase names its thing ("the British").
            things.add(m.entity());
        } else if (w.tag() != null && w.tag().equals("WP") && w.word().equalsIgnoreCase("who")) {
            // A relative "who" stands for the person named just before it.
            ctx.personBeforeOffset(ctx.offsetOf(w)).ifPresent(things::add);
        } else if (w.tag() != null && w.tag().startsWith("PRP") && PRONOUNS.contains(w.word().toLowerCase(java.util.Locale.ROOT))) {
            ctx.referent(ctx.offsetOf(w)).ifPresent(things::add);
        } else if (w.tag() != null && w.tag().equals("PRP") && (w.word().equalsIgnoreCase("they") || w.word().equalsIgnoreCase("them"))) {
            things.addAll(PronounScope.group(ctx, g, w).orElseGet(() -> ctx.groupReferent(ctx.offsetOf(w)).stream().toList()));
        } else if (w.tag() != null && w.tag().startsWith("PRP") && (w.word().equalsIgnoreCase("it") || w.word().equalsIgnoreCase("its"))) {
            things.addAll(PronounScope.thing(ctx, g, w).orElseGet(() -> (mainClauseSubject(g, w)
                    ? ctx.previousMainSubjectThing() : Optional.<EntityRef>empty())
                    .or(() -> ctx.thingReferent(ctx.offsetOf(w))).stream().toList()));
        } else if (w.word().equalsIgnoreCase("there") && w.tag() != null && w.tag().equals("RB")
                && g.incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("advmod"))) {
            // "and died there": the place named last before it, in its sentence or the one before.
            ctx.lastNamedBefore(ctx.offsetOf(w), Set.of(EntityType.PLACE), null).ifPresent(things::add);
        } else if (PronounScope.both(ctx, g, w).isPresent()) {
            // "and both died there": the two people named last.
            things.addAll(PronounScope.both(ctx, g, w).get());
        } else if (counted(g, w) > 0) {
            // "the two men", "both leaders": the people named just before, as many as the phrase counts.
            things.addAll(ctx.peopleBefore(ctx.offsetOf(w), counted(g, w)));
        } else if (depth < 2 && !taken(ctx, g, w).isEmpty()) {
            // "his movement", "this party", "that city": the thing named before that the phrase takes up.
            things.addAll(taken(ctx, g, w));
        } else if (depth < 2) {
            // Inside the phrase, in order of preference: "his friend Gauook", "the port of Anzali", "X's force".
            boolean placeNoun = PLACE_NOUNS.contains(DependencyPaths.lemma(w));
            for (String inside : placeNoun ? INSIDE_PLACE : INSIDE) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    if (e.getRelation().toString().equals(inside)) {
                        things.addAll(named(ctx, g, e.getDependent(), depth + 1));
                    }
                }
                if (!things.isEmpty()) {
                    break;
                }
            }
        }
        IndexedWord who = relativeWho(g, w);
        if (who != null && m == null && things.size() > 1) {
            // "those of X and of Y, who served as …": the relative takes the person named nearest before it.
            int at = ctx.offsetOf(who);
            EntityRef nearest = ctx.personBeforeOffset(at).orElse(null);
            if (nearest != null && things.contains(nearest)) {
                return new ArrayList<>(List.of(nearest));
            }
        }
        if (depth == 0 && conjuncts) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().startsWith("conj:and") && !e.isExtra()) {
                    for (EntityRef x : named(ctx, g, e.getDependent(), 1)) {
                        if (!things.contains(x)) {
                            things.add(x);
                        }
                    }
                }
            }
        }
        return things;
    }

    /**
     * What a common noun with a demonstrative or possessive pronoun takes up from the text before:
     * "that city" (a place noun) the place named last before it, in its sentence or the one before;
     * "his movement", "this party" the nearest organisation or state named before it whose name ends
     * in that noun ("the Jungle movement"). Nothing for a phrase with a name inside ("his friend
     * Gauook", "the port of Anzali") or without such a pronoun ("the movement").
     */
    private static List<EntityRef> taken(PassageContext ctx, SemanticGraph g, IndexedWord w) {
        if (w.tag() == null || !w.tag().startsWith("NN") || w.tag().startsWith("NNP") || w.lemma() == null) {
            return List.of();
        }
        boolean demonstrative = false;
        boolean possessive = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
            if (rel.equals("det") && Set.of("this", "that", "these", "those").contains(word)) {
                demonstrative = true;
            } else if (rel.equals("nmod:poss") && (Set.of("his", "her", "its", "their", "whose").contains(word)
                    || g.outgoingEdgeList(e.getDependent()).stream().anyMatch(r -> r.getRelation().toString().equals("ref")
                    && r.getDependent().word().equalsIgnoreCase("whose") && r.getDependent().index() == w.index() - 1))) {
                // "whose movement": enhanced++ puts the relative's antecedent in the place of "whose".
                possessive = true;
            } else if (INSIDE.contains(rel) && !named(ctx, g, e.getDependent(), 2).isEmpty()) {
                return List.of();
            }
        }
        String lemma = w.lemma().toLowerCase(java.util.Locale.ROOT);
        boolean definite = g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("det")
                && e.getDependent().word().equalsIgnoreCase("the"));
        if ((definite || demonstrative) && !PLACE_NOUNS.contains(lemma)) {
            // "the ambassador", "the revolutionary": the person named before whom the text called so (issue 8, dev6).
            Optional<EntityRef> person = ctx.describedPerson(ctx.offsetOf(w), w.word());
            if (person.isPresent()) {
                return List.of(person.get());
            }
        }
        if (definite && !demonstrative && !possessive && bare(g, w)) {
            // "the party", "the movement": the organisation or state named last before whose name ends in that noun;
            // "the state", "the country": the state named last, in its sentence or the one before (issue 8, dev6).
            Optional<EntityRef> thing = ctx.lastNamedBefore(ctx.offsetOf(w), Set.of(EntityType.ORGANIZATION, EntityType.STATE), lemma);
            if (thing.isEmpty() && Set.of("state", "country").contains(lemma)) {
                thing = ctx.lastNamedBefore(ctx.offsetOf(w), Set.of(EntityType.STATE), null);
            }
            if (thing.isPresent()) {
                return List.of(thing.get());
            }
        }
        if (demonstrative && PLACE_NOUNS.contains(lemma)) {
            return ctx.lastNamedBefore(ctx.offsetOf(w), Set.of(EntityType.PLACE), null).stream().toList();
        }
        if (demonstrative || possessive) {
            return ctx.lastNamedBefore(ctx.offsetOf(w), Set.of(EntityType.ORGANIZATION, EntityType.STATE), lemma)
                    .stream().toList();
        }
        return List.of();
    }

    /**
     * What an apposition describes: its governor, unless a verb stands between them ("the administration was under
     * X, but it was under the influence of Y, the Soviet Commissar" hung on X): then the noun just before the
     * apposition's comma (Y), or nothing (issue 8, dev6).
     */
    private static IndexedWord appositionHead(SemanticGraph g, IndexedWord gov, IndexedWord appos) {
        int first = appos.index();
        for (IndexedWord d : g.descendants(appos)) {
            first = Math.min(first, d.index());
        }
        for (int i = gov.index() + 1; i < first; i++) {
            IndexedWord x = g.getNodeByIndexSafe(i);
            if (x != null && x.tag() != null && x.tag().startsWith("VB")) {
                IndexedWord comma = g.getNodeByIndexSafe(first - 1);
                IndexedWord before = g.getNodeByIndexSafe(first - 2);
                return comma != null && ",".equals(comma.word()) && before != null && before.tag() != null
                        && before.tag().startsWith("NN") ? before : null;
            }
        }
        return gov;
    }

    /** A noun with nothing but its article ("the party", not "the new party" or "the party of X"). */
    private static boolean bare(SemanticGraph g, IndexedWord w) {
        return g.outgoingEdgeList(w).stream().noneMatch(e -> {
            String rel = e.getRelation().toString();
            return rel.startsWith("amod") || rel.startsWith("compound") || rel.startsWith("nmod") || rel.startsWith("nummod")
                    || rel.startsWith("acl") || rel.startsWith("appos");
        });
    }

    /**
     * "the combined British and central government forces": an adjective form joined by "and" to
     * another modifier of a plural name's head ("British" and "central") stands for forces of its own,
     * so the phrase names the adjective's thing too. Nothing for a single adjective ("the British
     * garrison" is one thing) or an adjective inside the name.
     */
    private static List<EntityRef> coordinatedModifiers(PassageContext ctx, SemanticGraph g, IndexedWord w, Mention m) {
        List<EntityRef> found = new ArrayList<>();
        if (w.tag() == null || !w.tag().startsWith("NNS") && !w.tag().equals("NNPS")) {
            return found;
        }
        Set<IndexedWord> modifiers = new java.util.HashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("amod") || e.getRelation().toString().equals("compound")) {
                modifiers.add(e.getDependent());
            }
        }
        for (IndexedWord x : modifiers) {
            Mention a = ctx.mentionAt(x);
            if (a == null || a == m || a.kind() != Mention.Kind.ADJECTIVE) {
                continue;
            }
            for (SemanticGraphEdge c : g.outgoingEdgeIterable(x)) {
                if (c.getRelation().toString().equals("conj:and") && modifiers.contains(c.getDependent()) && !found.contains(a.entity())) {
                    found.add(a.entity());
                }
            }
        }
        return found;
    }

    /** Whether a common noun is a place noun after a demonstrative ("that city"), which takes up the place named last. */
    static boolean takesUpPlace(SemanticGraph g, IndexedWord w) {
        if (w.lemma() == null || !PLACE_NOUNS.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("det")
                    && Set.of("this", "that").contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The relative "who" or "whom" whose antecedent is {@code w} (enhanced++ {@code ref}), or null. */
    private static IndexedWord relativeWho(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
            if (e.getRelation().toString().equals("ref") && (word.equals("who") || word.equals("whom"))) {
                return e.getDependent();
            }
        }
        return null;
    }

    /**
     * How many people a plural noun phrase for people counts ("the two men": 2, "both leaders": 2);
     * 0 when the word is not such a phrase.
     */
    private static int counted(SemanticGraph g, IndexedWord w) {
        if (w.tag() == null || !w.tag().equals("NNS") || w.lemma() == null
                || !PERSON_NOUNS.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return 0;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            Integer n = COUNT_WORDS.get(e.getDependent().word().toLowerCase(java.util.Locale.ROOT));
            if (n != null && (rel.equals("nummod") || rel.startsWith("det"))) {
                return n;
            }
        }
        return 0;
    }

    /** People who come along: "the fleet led by X and accompanied by Y entered …" names X and Y. */
    private static List<EntityRef> companions(PassageContext ctx, SemanticGraph g, List<EntityRef> movers, IndexedWord t) {
        List<EntityRef> found = new ArrayList<>();
        for (IndexedWord w : g.vertexSet()) {
            String lemma = DependencyPaths.lemma(w);
            if (!(lemma.equals("accompany") || lemma.equals("lead") || lemma.equals("command") || lemma.equals("join"))) {
                continue;
            }
            if (openingParticiple(g, w) != null) {
                // "Led by X (and accompanied by Y), the fleet entered …": only the clause it opens, and
                // not "Not led by X, …".
                if (!frontedParticiple(g, w, t) || negatedWord(g, w) || negatedWord(g, openingParticiple(g, w))) {
                    continue;
                }
            } else if (!sharesSubject(ctx, g, w, movers) && g.isAncestor(t, w) < 0 && g.isAncestor(w, t) < 0) {
                continue;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                boolean accompanier = rel.startsWith("nsubj") && !rel.startsWith("nsubj:pass") && lemma.equals("accompany")
                        && g.isAncestor(w, t) > 0 && takesUpMover(ctx, g, w, movers);
                if (rel.equals("obl:by") || rel.equals("obl:agent") || accompanier) {
                    for (EntityRef p : named(ctx, g, e.getDependent(), 0)) {
                        if (p.type() == EntityType.PERSON && !movers.contains(p)) {
                            found.add(p);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code w} is a participle opening the sentence that describes the subject of the
     * trigger's clause: "Led by X and accompanied by Y, the fleet entered …" (however the parser hangs
     * the clause on it). The participle, or the one it is joined to by "and", stands first in the
     * sentence (after at most one word: "Initially led by X", or after a phrase without a verb closed
     * by a comma: "In April 1920, led by X, …"), has no subject of its own, and the
     * trigger is the first verb after it with a subject of its own, or a verb joined to that one
     * that shares its subject.
     */
    private static boolean frontedParticiple(SemanticGraph g, IndexedWord w, IndexedWord t) {
        if (openingParticiple(g, w) == null || w.index() >= t.index()) {
            return false;
        }
        IndexedWord main = null;
        for (IndexedWord v : g.vertexListSorted()) {
            if (v.index() > w.index() && v.tag() != null && v.tag().startsWith("VB") && hasOwnSubject(g, v)) {
                main = v;
                break;
            }
        }
        if (main == null) {
            return false;
        }
        if (main.equals(t)) {
            return true;
        }
        SemanticGraphEdge tUp = governor(g, t);
        return tUp != null && tUp.getRelation().toString().startsWith("conj") && tUp.getGovernor().equals(main)
                && !hasOwnSubject(g, t);
    }

    /** Whether "it" at {@code w} is the subject of the sentence's main clause (its root, or a verb joined to the root by "and"). */
    private static boolean mainClauseSubject(SemanticGraph g, IndexedWord w) {
        if (!w.word().equalsIgnoreCase("it")) {
            return false;
        }
        SemanticGraphEdge up = governor(g, w);
        if (up == null || !(up.getRelation().toString().equals("nsubj") || up.getRelation().toString().equals("nsubj:pass"))) {
            return false;
        }
        IndexedWord verb = up.getGovernor();
        if (g.getRoots().contains(verb)) {
            return true;
        }
        SemanticGraphEdge verbUp = governor(g, verb);
        return verbUp != null && verbUp.getRelation().toString().startsWith("conj") && g.getRoots().contains(verbUp.getGovernor());
    }

    /** The participle opening the sentence that {@code w} is or is joined to by "and", or null. */
    private static IndexedWord openingParticiple(SemanticGraph g, IndexedWord w) {
        if (!"VBN".equals(w.tag()) || hasOwnSubject(g, w)) {
            return null;
        }
        IndexedWord head = w;
        SemanticGraphEdge up = governor(g, w);
        if (up != null && up.getRelation().toString().startsWith("conj") && "VBN".equals(up.getGovernor().tag())
                && !hasOwnSubject(g, up.getGovernor())) {
            head = up.getGovernor();
        }
        if (head.index() <= 2) {
            return head;
        }
        // "In April 1920, led by X, the fleet …": after a phrase without a verb, closed by a comma.
        IndexedWord before = g.getNodeByIndexSafe(head.index() - 1);
        if (before == null || !",".equals(before.word())) {
            return null;
        }
        for (int i = 1; i < head.index(); i++) {
            IndexedWord x = g.getNodeByIndexSafe(i);
            if (x == null || x.tag() == null || x.tag().startsWith("VB") || x.tag().startsWith("W") || x.word().equals(",") && i < head.index() - 1) {
                return null;
            }
        }
        return head;
    }

    private static boolean negatedWord(SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
            if (e.getRelation().toString().equals("advmod") && Set.of("not", "never").contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnSubject(SemanticGraph g, IndexedWord v) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            if (e.getRelation().toString().startsWith("nsubj") && !e.isExtra()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "accompany" below the trigger has the mover as its object: "X arrived …, with Y
     * accompanying it" (a pronoun for the mover, or the mover's name).
     */
    private static boolean takesUpMover(PassageContext ctx, SemanticGraph g, IndexedWord w, List<EntityRef> movers) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (!e.getRelation().toString().equals("obj")) {
                continue;
            }
            IndexedWord o = e.getDependent();
            String word = o.word().toLowerCase(java.util.Locale.ROOT);
            if ("PRP".equals(o.tag()) && Set.of("it", "them", "him", "her").contains(word)) {
                return true;
            }
            if (named(ctx, g, o, 0).stream().anyMatch(movers::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesSubject(PassageContext ctx, SemanticGraph g, IndexedWord w, List<EntityRef> movers) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                for (EntityRef x : named(ctx, g, e.getDependent(), 0)) {
                    if (movers.contains(x)) {
                        return true;
                    }
                }
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (e.getRelation().toString().startsWith("acl")) {
                for (EntityRef x : named(ctx, g, e.getGovernor(), 0)) {
                    if (movers.contains(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The date of the trigger's clause: a date whose nearest verb above it is the trigger, or a
     * verb the trigger depends on within the same clause; the nearest such date wins.
     */
    static Optional<DateValue> dateOf(PassageContext ctx, SemanticGraph g, IndexedWord t) {
        DateValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : ctx.passage().mentions()) {
            if (!m.isDate()) {
                continue;
            }
            IndexedWord head = headOf(ctx, g, m);
            if (head == null) {
                continue;
            }
            IndexedWord verb = attachment(g, head);
            int distance = verb == null ? -1 : distanceUp(g, t, verb);
            if (distance < 0 && verb != null) {
                distance = elaborated(g, t, verb, head);
            }
            if (distance >= 0 && distance < bestDistance) {
                best = m.date();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "A year before, X had thought of asking them: he had travelled to Y …": a clause after a colon that
     * elaborates the one before it (the parser's parataxis) shares the time a date fronted before that clause's
     * subject gives. Farther than any date of the clause's own (100 steps and more); -1 when not so.
     */
    private static int elaborated(SemanticGraph g, IndexedWord t, IndexedWord verb, IndexedWord dateHead) {
        IndexedWord node = t;
        for (int i = 0; i < 8; i++) {
            SemanticGraphEdge up = governor(g, node);
            if (up == null) {
                return -1;
            }
            if (up.getRelation().toString().equals("parataxis")) {
                if (!up.getGovernor().equals(verb) || !afterColon(g, verb, node) || !frontedBeforeSubject(g, verb, dateHead)) {
                    return -1;
                }
                return 100 + i;
            }
            node = up.getGovernor();
        }
        return -1;
    }

    /** Whether a colon of the governor's stands between the governor and the clause. */
    private static boolean afterColon(SemanticGraph g, IndexedWord governor, IndexedWord clause) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(governor)) {
            IndexedWord p = e.getDependent();
            if (e.getRelation().toString().equals("punct") && ":".equals(p.word())
                    && p.index() > governor.index() && p.index() < clause.index()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date stands before the clause's subject (and so before the clause itself). */
    private static boolean frontedBeforeSubject(SemanticGraph g, IndexedWord verb, IndexedWord dateHead) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return dateHead.index() < e.getDependent().index();
            }
        }
        return false;
    }

    /** The word of a mention whose governor lies outside it. */
    private static IndexedWord headOf(PassageContext ctx, SemanticGraph g, Mention m) {
        IndexedWord fallback = null;
        for (IndexedWord w : g.vertexListSorted()) {
            int off = ctx.offsetOf(w);
            if (off < m.begin() || off >= m.end()) {
                continue;
            }
            if (fallback == null) {
                fallback = w;
            }
            SemanticGraphEdge up = governor(g, w);
            if (up == null) {
                return w;
            }
            int gov = ctx.offsetOf(up.getGovernor());
            if (gov < m.begin() || gov >= m.end()) {
                return w;
            }
        }
        return fallback;
    }

    /** The nearest verb (or the root) above a word. */
    private static IndexedWord attachment(SemanticGraph g, IndexedWord w) {
        IndexedWord node = w;
        for (int i = 0; i < 8; i++) {
            SemanticGraphEdge up = governor(g, node);
            if (up == null) {
                return node;
            }
            node = up.getGovernor();
            if (node.tag() != null && node.tag().startsWith("VB")) {
                return node;
            }
        }
        return node;
    }

    /** How many steps up from {@code from} reach {@code to} (0 if the same), not leaving the clause; -1 if never. */
    private static int distanceUp(SemanticGraph g, IndexedWord from, IndexedWord to) {
        IndexedWord node = from;
        for (int i = 0; i < 8; i++) {
            if (node.equals(to)) {
                return i;
            }
            SemanticGraphEdge up = governor(g, node);
            if (up == null) {
                return -1;
            }
            String rel = up.getRelation().toString();
            IndexedWord realGovernor = Factuality.misjoined(g, node);
            if (realGovernor != null) {
                // "A year earlier X had thought of turning … and had made his journey": the date of "thought".
                node = realGovernor;
                continue;
            }
            if (joinedToRelative(g, node, up)) {
                return -1;
            }
            // A clause that modifies a noun ("the way for the party to set a coup", "the vessels taken
            // to Anzali") tells of another happening, with a time of its own.
            if (rel.equals("acl") || rel.startsWith("acl:") || rel.equals("ccomp") || rel.equals("advcl") || rel.startsWith("advcl:")
                    || rel.equals("parataxis")) {
                return -1;
            }
            node = up.getGovernor();
        }
        return -1;
    }

    /**
     * "the Jungle movement, which had begun in 1914, and it gained gravity": a clause with a subject of
     * its own joined by "and" to a relative clause is not part of it, so the relative clause's date stays there.
     */
    private static boolean joinedToRelative(SemanticGraph g, IndexedWord node, SemanticGraphEdge up) {
        if (!up.getRelation().toString().startsWith("conj")) {
            return false;
        }
        boolean ownSubject = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            ownSubject |= e.getRelation().toString().startsWith("nsubj") && !e.isExtra()
                    && !(e.getDependent().tag() != null && e.getDependent().tag().startsWith("W"));
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(up.getGovernor())) {
            if (ownSubject && e.getRelation().toString().equals("acl:relcl") && !e.isExtra()) {
                return true;
            }
        }
        return false;
    }

    private static SemanticGraphEdge governor(SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge best = null;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            if (e.isExtra() || e.getRelation().toString().equals("ref")) {
                continue;
            }
            return e;
        }
        return best;
    }
}
