package org.gilankg.statements;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.DateValue;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.MentionedPassage;
import org.gilankg.text.PassageKind;
import org.gilankg.text.Slugs;

/**
 * What a rule sees of one passage (its mentions, its linguistic analysis, the article around it)
 * and how it says what it derived. Things a rule makes (an event, an office)
 * are declared here, with their type and label, in the passage that first speaks of them.
 *
 * <p>Every statement goes to a {@link StatementSink}. Before it does, the clause it comes from is
 * judged by {@link Factuality}: a statement of a negated, hedged or conditional clause becomes a
 * claim. The clause is the one a rule is {@linkplain #at(IndexedWord) at}: a dependency rule
 * names its trigger word.
 */
public final class PassageContext {

    /** A thing made by a rule in this passage (an event, an agreement), and the article offset of the word it was made from. */
    public record Made(EntityRef thing, int offset) {}

    private static final Set<Node> ALWAYS_PLAIN = Set.of(
            Vocabulary.uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            Vocabulary.uri("http://www.w3.org/2000/01/rdf-schema#label"),
            Vocabulary.uri(Vocabulary.SKOS + "altLabel"), Vocabulary.gk("modality"));

    private final MentionedArticle article;
    private final MentionedPassage passage;
    private final AnalysedPassage analysis;
    private final StatementSink sink;
    private final Function<String, List<Mention>> adjectiveFinder;
    private final EventRegistry registry;
    private final Factuality factuality;
    private final List<Made> events = new ArrayList<>();
    private String rule = "?";
    private Factuality.Verdict verdict = Factuality.Verdict.ASSERTED;
    private AnalysedPassage previousAnalysis;
    private Node attributedTo;

    PassageContext(MentionedArticle article, MentionedPassage passage, AnalysedPassage analysis, StatementSink sink,
                   Function<String, List<Mention>> adjectiveFinder, EventRegistry registry, Factuality factuality) {
        this.article = article;
        this.passage = passage;
        this.analysis = analysis;
        this.sink = sink;
        this.adjectiveFinder = adjectiveFinder;
        this.registry = registry;
        this.factuality = factuality;
    }

    void startRule(Rule rule) {
        this.rule = rule.name();
        asserted();
    }

    public MentionedPassage passage() {
        return passage;
    }

    public MentionedArticle article() {
        return article;
    }

    /** The passage's linguistic analysis (sentences only). */
    public Optional<AnalysedPassage> analysis() {
        return Optional.ofNullable(analysis);
    }

    // ---- the clause statements come from ----

    /** Statements from now on come from the clause headed by {@code head}. */
    public Factuality.Verdict at(IndexedWord head) {
        verdict = analysis == null ? Factuality.Verdict.ASSERTED : factuality.of(analysis, head);
        attributedTo = verdict.modality() == Modality.HEDGED ? attribution(verdict.cue()) : null;
        return verdict;
    }

    /** Whether the word is a verb of trying ("attempt", "try"). */
    public boolean tried(IndexedWord word) {
        return word.tag() != null && word.tag().startsWith("VB") && factuality.attempt(word);
    }

    /**
     * As {@link #at(IndexedWord)} for an event told by a verb of trying itself ("attempted a coup",
     * "opened the way for X to attempt a coup"): what is tried is no fact, the attempt's own cue decides.
     */
    public Factuality.Verdict atTried(IndexedWord head) {
        Factuality.Verdict own = at(head);
        return analysis != null && factuality.attempt(head) && own.modality() == Modality.ASSERTED ? atGoverning(head) : own;
    }

    /** As {@link #at(IndexedWord)}, the word's own lemma a possible cue: the clause a negated clause depends on. */
    public Factuality.Verdict atGoverning(IndexedWord word) {
        verdict = analysis == null ? Factuality.Verdict.ASSERTED : factuality.ofGoverning(analysis, word);
        attributedTo = verdict.modality() == Modality.HEDGED ? attribution(verdict.cue()) : null;
        return verdict;
    }

    /** Statements from now on come from the clause of the word at article offset {@code offset}. */
    public void atOffset(int offset) {
        if (analysis == null || analysis.graph() == null) {
            asserted();
            return;
        }
        CoreLabel token = analysis.tokenAt(offset);
        IndexedWord word = token == null ? null : analysis.graph().getNodeByIndexSafe(token.index());
        if (word == null) {
            asserted();
            return;
        }
        verdict = factuality.ofWord(analysis, word, true);
        attributedTo = verdict.modality() == Modality.HEDGED ? attribution(verdict.cue()) : null;
    }

    /**
     * Statements from now on are hedged by the word {@code cue} (a guess the words around it make:
     * "point to two possible factors"), attributed as a hedge cue's subject is.
     */
    public void hedgedBy(IndexedWord cue) {
        verdict = new Factuality.Verdict(Modality.HEDGED, cue);
        attributedTo = analysis == null ? null : attribution(cue);
    }

    /** Statements from now on are asserted (line-format rules: a cabinet line asserts). */
    public void asserted() {
        verdict = Factuality.Verdict.ASSERTED;
        attributedTo = null;
    }

    public Modality modality() {
        return verdict.modality();
    }

    /** Who a hedge's cue says it: the person, organisation or state named as the subject of "suggest", "say". */
    private Node attribution(IndexedWord cue) {
        if (cue == null) {
            return null;
        }
        SemanticGraph g = analysis.graph();
        Node source = attribution(g, cue, false);
        // "proposed by some of the main studies, among them those of X": who the list after "among" names.
        return source != null ? source : attribution(g, cue, true);
    }

    private Node attribution(SemanticGraph g, IndexedWord cue, boolean among) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
            String rel = e.getRelation().toString();
            if (among ? rel.equals("obl:among") || rel.equals("nmod:among")
                    : rel.startsWith("nsubj") || rel.equals("obl:agent") || rel.contains("according")) {
                // In the order of the text: "studies by X and Y (minister in Z's cabinet)" are X's.
                Set<IndexedWord> phrase = g.descendants(e.getDependent());
                for (IndexedWord w : g.vertexListSorted().stream().filter(phrase::contains).toList()) {
                    Mention m = mentionAt(w);
                    if (m != null && m.kind() == Mention.Kind.NAME && m.entity().type() != EntityType.PLACE) {
                        return node(m.entity());
                    }
                }
            }
        }
        return null;
    }

    // ---- reading the passage ----

    /** The mention that covers a word of the analysis, or null. */
    public Mention mentionAt(IndexedWord word) {
        if (analysis == null) {
            return null;
        }
        int begin = passage.passage().begin() + word.beginPosition();
        for (Mention m : passage.mentions()) {
            if (m.begin() <= begin && begin < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The article offset where a word of the analysis begins. */
    public int offsetOf(IndexedWord word) {
        return passage.passage().begin() + word.beginPosition();
    }

    /**
     * The passage's grammatical subject, approximated: the first name in it; for a sentence that
     * opens with a pronoun ("It was established by …"), the subject of the sentence before.
     */
    public Optional<EntityRef> subject() {
        String text = passage.passage().text();
        if (text.matches("^(?:It|This|They|These)\\b.*")) {
            return article.previous(passage)
                    .filter(p -> p.passage().kind() == PassageKind.SENTENCE)
                    .flatMap(p -> firstName(p.mentions()));
        }
        return firstName(passage.mentions());
    }

    private static Optional<EntityRef> firstName(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.kind() == Mention.Kind.NAME).map(Mention::entity).findFirst();
    }

    /**
     * The person a pronoun at article offset {@code offset} stands for: the first person this
     * sentence names before it, else the first it names after it, else the first person the
     * sentence before names (its subject, as a rule), else the person named last before it.
     */
    public Optional<EntityRef> referent(int offset) {
        Optional<EntityRef> here = passage.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.PERSON && m.end() <= offset)
                .map(Mention::entity).findFirst();
        if (here.isPresent()) {
            return here;
        }
        // "Faced with the conflict between his movement and …, Kuchik Khan considered": the person the sentence goes on to name.
        // A pronoun that opens the sentence ("He then sent a message to the officers of X") looks back, never forward.
        Optional<EntityRef> later = offset <= passage.passage().begin() ? Optional.empty() : passage.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.PERSON && m.begin() >= offset)
                .map(Mention::entity).findFirst();
        if (later.isPresent()) {
            return later;
        }
        Optional<EntityRef> before = article.previous(passage)
                .filter(p -> p.passage().kind() == PassageKind.SENTENCE)
                .flatMap(p -> mainSubject(p, Set.of(EntityType.PERSON)).or(() -> p.mentions().stream()
                        .filter(m -> m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.PERSON)
                        .map(Mention::entity).findFirst()));
        return before.or(() -> personBeforeOffset(offset));
    }

    /** The analysis of the sentence before this passage, for what its pronouns take up. */
    void previousAnalysis(AnalysedPassage previous) {
        this.previousAnalysis = previous;
    }

    /**
     * The person who is the subject of the sentence's main clause (its root, or a verb joined to the
     * root by "and"/"but"): "Accompanied by his friend Gauook, Mirza escaped …" is about Mirza, whom
     * "his" in the next sentence takes up, though Gauook is named first. Empty when the analysis of
     * that sentence is not at hand or its subject is no person.
     */
    private Optional<EntityRef> mainSubject(MentionedPassage previous, Set<EntityType> types) {
        if (previousAnalysis == null || previousAnalysis.graph() == null || !previousAnalysis.passage().equals(previous.passage())) {
            return Optional.empty();
        }
        SemanticGraph g = previousAnalysis.graph();
        List<IndexedWord> heads = new ArrayList<>(g.getRoots());
        for (IndexedWord root : g.getRoots()) {
            boolean fronted = root.tag() != null && root.tag().matches("VBN|VBG")
                    && g.outgoingEdgeList(root).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj"));
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(root)) {
                String rel = e.getRelation().toString();
                // A fronted participle the parser made the root ("Accompanied by …, Mirza escaped"): the clause it hangs on.
                if (rel.startsWith("conj")) {
                    heads.add(e.getDependent());
                }
            }
            if (fronted) {
                // A fronted participle the parser made the root ("Accompanied by …, Mirza escaped"): the
                // first finite verb outside a relative clause is the main clause's, wherever it was hung.
                for (IndexedWord w : g.vertexListSorted()) {
                    if (w.tag() != null && w.tag().matches("VBD|VBZ|VBP") && g.incomingEdgeList(w).stream()
                            .noneMatch(e -> e.getRelation().toString().startsWith("acl") || e.getRelation().toString().startsWith("aux"))) {
                        heads.add(w);
                        break;
                    }
                }
            }
        }
        if (types.contains(EntityType.PERSON)) {
            // (for people, as before)
        } else {
            // "When Britain supported Persia, the Jungle Movement entered …" parsed with the clause of time
            // as the root: the main clause is the verb with a subject of its own hung on it by "dep".
            List<IndexedWord> main = new ArrayList<>();
            for (IndexedWord root : g.getRoots()) {
                boolean subordinate = g.outgoingEdgeList(root).stream().anyMatch(e -> e.getRelation().toString().equals("mark")
                        || e.getRelation().toString().equals("advmod") && e.getDependent().tag() != null
                        && e.getDependent().tag().equals("WRB") && e.getDependent().index() < root.index());
                if (!subordinate) {
                    main.add(root);
                    continue;
                }
                for (IndexedWord w : g.descendants(root)) {
                    SemanticGraphEdge in = g.incomingEdgeList(w).stream().filter(e -> !e.isExtra()).findFirst().orElse(null);
                    if (in != null && in.getRelation().toString().equals("dep") && w.tag() != null && w.tag().startsWith("VB")) {
                        main.add(w);
                    }
                }
            }
            heads.clear();
            heads.addAll(main);
        }
        for (IndexedWord head : heads) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
                if (!e.getRelation().toString().equals("nsubj") && !e.getRelation().toString().equals("nsubj:pass")) {
                    continue;
                }
                CoreLabel subject = previousAnalysis.tokens().get(e.getDependent().index() - 1);
                for (Mention m : previous.mentions()) {
                    if (m.kind() == Mention.Kind.NAME && types.contains(m.entity().type())
                            && previousAnalysis.begin(subject) >= m.begin() && previousAnalysis.end(subject) <= m.end()) {
                        return Optional.of(m.entity());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What "it" as the subject of a main clause stands for: the state or organisation that is the
     * subject of the main clause of the sentence before ("After the Soviets agreed with Britain, the
     * Persian Red Army entered Rasht. It left …": the army, not the Soviets named first); empty when
     * that subject is no state or organisation, or the analysis of that sentence is not at hand.
     */
    public Optional<EntityRef> previousMainSubjectThing() {
        return article.previous(passage)
                .filter(p -> p.passage().kind() == PassageKind.SENTENCE)
                .flatMap(p -> mainSubject(p, Set.of(EntityType.STATE, EntityType.ORGANIZATION)));
    }

    /**
     * What "it" at article offset {@code offset} stands for: the first state, organisation or
     * treaty the sentence before names (the thing being talked about), else the first one named
     * earlier in this sentence.
     */
    public Optional<EntityRef> thingReferent(int offset) {
        java.util.function.Predicate<Mention> thing = m -> m.kind() == Mention.Kind.NAME
                && (m.entity().type() == EntityType.STATE || m.entity().type() == EntityType.ORGANIZATION
                || m.entity().type() == EntityType.TREATY);
        Optional<EntityRef> before = article.previous(passage)
                .filter(p -> p.passage().kind() == PassageKind.SENTENCE)
                .flatMap(p -> p.mentions().stream().filter(thing).map(Mention::entity).findFirst());
        return before.or(() -> passage.mentions().stream().filter(m -> m.end() <= offset).filter(thing)
                .map(Mention::entity).findFirst());
    }

    /** What "they" or "them" at article offset {@code offset} stands for: the first state or organisation this sentence names before it, else the sentence before. */
    /** The first state or organisation the sentence before this one names (the part of {@link #groupReferent} that looks back). */
    public Optional<EntityRef> previousGroupReferent() {
        return article.previous(passage)
                .filter(p -> p.passage().kind() == PassageKind.SENTENCE)
                .flatMap(p -> p.mentions().stream().filter(m -> m.kind() == Mention.Kind.NAME
                        && (m.entity().type() == EntityType.STATE || m.entity().type() == EntityType.ORGANIZATION))
                        .map(Mention::entity).findFirst());
    }

    public Optional<EntityRef> groupReferent(int offset) {
        java.util.function.Predicate<Mention> group = m -> m.kind() == Mention.Kind.NAME
                && (m.entity().type() == EntityType.STATE || m.entity().type() == EntityType.ORGANIZATION);
        Optional<EntityRef> here = passage.mentions().stream().filter(m -> m.end() <= offset).filter(group)
                .map(Mention::entity).findFirst();
        return here.or(() -> article.previous(passage)
                .filter(p -> p.passage().kind() == PassageKind.SENTENCE)
                .flatMap(p -> p.mentions().stream().filter(group).map(Mention::entity).findFirst()));
    }

    /**
     * The {@code count} different people named last before article offset {@code offset}, in this
     * sentence and the one before it ("the two men" after "Accompanied by Y, X escaped"); empty
     * when fewer are named there, so a count never reaches further back than the text it takes up.
     */
    public List<EntityRef> peopleBefore(int offset, int count) {
        List<EntityRef> found = new java.util.ArrayList<>();
        List<List<Mention>> scopes = new java.util.ArrayList<>();
        scopes.add(passage.mentions());
        article.previous(passage).filter(p -> p.passage().kind() == PassageKind.SENTENCE)
                .ifPresent(p -> scopes.add(p.mentions()));
        for (List<Mention> mentions : scopes) {
            for (int k = mentions.size() - 1; k >= 0 && found.size() < count; k--) {
                Mention m = mentions.get(k);
                if (m.kind() == Mention.Kind.NAME && m.entity().type() == EntityType.PERSON && m.end() <= offset
                        && !found.contains(m.entity())) {
                    found.add(m.entity());
                }
            }
        }
        return found.size() == count ? found : List.of();
    }

    /** How many sentences back a noun phrase ("his movement", "that city") may take up a name from. */
    private static final int ANAPHORA_REACH = 5;

    /**
     * The thing of one of {@code types} named last before article offset {@code offset}, searching
     * back through this sentence and the few before it (a paragraph's reach); with {@code head}, only
     * a name whose last word is that noun ("the Jungle movement" for "movement").
     */
    public Optional<EntityRef> lastNamedBefore(int offset, Set<EntityType> types, String head) {
        List<MentionedPassage> all = article.passages();
        int here = all.indexOf(passage);
        for (int i = here, seen = 0; i >= 0 && seen <= (head == null ? 1 : ANAPHORA_REACH); i--, seen++) {
            MentionedPassage p = all.get(i);
            if (p.passage().kind() != PassageKind.SENTENCE) {
                break;
            }
            List<Mention> mentions = p.mentions();
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (m.kind() == Mention.Kind.NAME && types.contains(m.entity().type()) && m.end() <= offset
                        && (head == null || endsIn(m.surface(), head))) {
                    return Optional.of(m.entity());
                }
            }
        }
        return Optional.empty();
    }

    /** Words that may stand between the article and the noun of a description ("the Iranian revolutionary"), but not these. */
    private static final Set<String> NOT_MODIFIERS = Set.of("of", "in", "for", "to", "with", "from", "and", "or", "the", "a",
            "an", "on", "at", "by", "who", "which", "that", "was", "is", "had", "has", "been");

    /**
     * The person a description "the NOUN" at article offset {@code offset} takes up: the person named last
     * before it (this sentence and the few before) whom the text itself calls that, by an apposition or a
     * relative after the name ("Theodore Rothstein, the Soviet ambassador", "X, who was a leader of …"), a
     * copula ("X was the second-in-command") or a title before the name ("Soviet premier X"). Empty when no
     * person is described so; never a guess from the type alone.
     */
    public Optional<EntityRef> describedPerson(int offset, String noun) {
        String n = java.util.regex.Pattern.quote(noun.toLowerCase(java.util.Locale.ROOT));
        java.util.regex.Pattern after = java.util.regex.Pattern.compile(
                "^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*(?:who\\s+(?:was|had been|became)\\s+)?|\\s+(?:was|had been|became)\\s+)"
                        + "(?:the|a|an)\\s+((?:[\\p{L}'-]+\\s+){0,3}?)" + n + "s?\\b");
        java.util.regex.Pattern before = java.util.regex.Pattern.compile("\\b" + n + "\\s+$");
        List<MentionedPassage> all = article.passages();
        int here = all.indexOf(passage);
        for (int i = here, seen = 0; i >= 0 && seen <= ANAPHORA_REACH; i--, seen++) {
            MentionedPassage p = all.get(i);
            if (p.passage().kind() != PassageKind.SENTENCE) {
                break;
            }
            String text = p.passage().text().toLowerCase(java.util.Locale.ROOT);
            int base = p.passage().begin();
            List<Mention> mentions = p.mentions();
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (m.kind() != Mention.Kind.NAME || m.entity().type() != EntityType.PERSON || m.end() > offset
                        || m.end() - base > text.length() || m.begin() < base) {
                    continue;
                }
                java.util.regex.Matcher a = after.matcher(text.substring(m.end() - base));
                boolean said = a.find() && java.util.Arrays.stream(a.group(1).trim().split("\\s+"))
                        .noneMatch(NOT_MODIFIERS::contains);
                if (said || before.matcher(text.substring(0, m.begin() - base)).find()) {
                    return Optional.of(m.entity());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean endsIn(String name, String head) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return last.equals(head) || last.equals(head + "s");
    }

    /** The person named last before article offset {@code offset}. */
    public Optional<EntityRef> personBeforeOffset(int offset) {
        return article.lastNameBefore(offset, EntityType.PERSON).map(Mention::entity);
    }

    /** The adjective forms of known things inside a name ("Russo", "Persian" in a treaty's name). */
    public List<Mention> adjectivesIn(String name) {
        return adjectiveFinder.apply(name).stream().filter(m -> m.kind() == Mention.Kind.ADJECTIVE).toList();
    }

    /** The article's topic: the first thing named in its first passage. */
    public Optional<EntityRef> topic() {
        return article.passages().isEmpty() ? Optional.empty() : firstName(article.passages().get(0).mentions());
    }

    // ---- saying what was derived ----

    public void emit(Node subject, Node predicate, Node object) {
        Modality modality = ALWAYS_PLAIN.contains(predicate) ? Modality.ASSERTED : verdict.modality();
        sink.statement(new Statement(subject, predicate, object, passage.passage(), rule, modality,
                modality == Modality.ASSERTED ? null : attributedTo));
    }

    public void emit(EntityRef subject, Node predicate, EntityRef object) {
        if (subject != null && object != null && !subject.equals(object)) {
            emit(node(subject), predicate, node(object));
        }
    }

    public void emit(EntityRef subject, Node predicate, DateValue date) {
        if (subject != null && date != null) {
            emit(node(subject), predicate, literal(date));
        }
    }

    public void emitText(EntityRef subject, Node predicate, String text) {
        if (subject != null && text != null && !text.isBlank()) {
            emit(node(subject), predicate, NodeFactory.createLiteralLang(text.strip(), "en"));
        }
    }

    /**
     * Declares a thing first named or made here: its type and English label. A thing made in a
     * clause that is not asserted (an event only reported as said) carries that modality itself.
     */
    public EntityRef declare(EntityRef thing) {
        emit(node(thing), RDF.type.asNode(), Vocabulary.gk(thing.type().className()));
        emit(node(thing), RDFS.label.asNode(), NodeFactory.createLiteralLang(thing.label(), "en"));
        if (thing.minted() && verdict.modality() != Modality.ASSERTED
                && (thing.type() == EntityType.EVENT || thing.type() == EntityType.TREATY)) {
            emit(node(thing), Vocabulary.gk("modality"), verdict.modality().node());
        }
        return thing;
    }

    /** Makes (or finds again, by its label) a thing of the given type, and declares it. */
    public EntityRef make(EntityType type, String label) {
        return make(type, label, label);
    }

    /** Makes a thing whose IRI is made from {@code idSource} rather than the whole label (a title's main part). */
    public EntityRef make(EntityType type, String label, String idSource) {
        String id = Slugs.of(idSource);
        // A made thing never takes the IRI of a different thing of the name list.
        if (article.lexicon().byId(id).filter(e -> e.type() != type || !e.label().equals(label)).isPresent()) {
            id = id + "-" + type.className().toLowerCase(java.util.Locale.ROOT);
        }
        return declare(new EntityRef(id, type, label, true));
    }

    /** Remembers a thing made from the word at article offset {@code offset}, for the rules that link what was made. */
    public void remember(EntityRef thing, int offset) {
        events.add(new Made(thing, offset));
    }

    /** The thing (event, agreement) a rule made from this word, if any. */
    public Optional<EntityRef> madeAt(IndexedWord word) {
        int offset = offsetOf(word);
        return events.stream().filter(m -> m.offset() == offset).map(Made::thing).findFirst();
    }

    /**
     * The event of this kind, main participant, place and date ({@link EventRegistry}): the same
     * happening named again is the same event; found at article offset {@code offset}.
     */
    public EntityRef event(String kind, String label, EntityRef participant, EntityRef place, DateValue date, int offset) {
        EntityRef event = registry.event(kind, participant, place, date, label, article.lexicon().ids());
        declare(event);
        registry.occurred(event, kind, participant, offset, verdict.modality() == Modality.ASSERTED);
        events.add(new Made(event, offset));
        return event;
    }

    /**
     * The events made before article offset {@code offset}, in this sentence and up to {@code back}
     * sentences before it (a heading or list line ends the search), the nearest first; only those
     * the text asserts (an event told under a negation, hedge or condition is not taken up). Events
     * of this sentence made by rules or trigger rows not yet run are not among them.
     */
    public List<EventRegistry.Occurrence> eventsBefore(int offset, int back) {
        List<MentionedPassage> all = article.passages();
        int here = all.indexOf(passage);
        int from = passage.passage().begin();
        for (int i = here - 1; i >= 0 && i >= here - back; i--) {
            MentionedPassage p = all.get(i);
            if (p.passage().kind() != PassageKind.SENTENCE) {
                break;
            }
            from = p.passage().begin();
        }
        return registry.occurrences(from, offset).stream().filter(EventRegistry.Occurrence::asserted).toList();
    }

    /** The things made in this passage so far, in the order of their place in the text. */
    public List<Made> events() {
        return events.stream().sorted(java.util.Comparator.comparingInt(Made::offset)).toList();
    }

    public static Node node(EntityRef thing) {
        return Vocabulary.resource(thing.id());
    }

    public static Node literal(DateValue date) {
        XSDDatatype type = switch (date.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(date.lexical(), type);
    }
}
