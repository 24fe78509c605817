package org.gilankg.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.DateValue;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.MentionedPassage;
import org.gilankg.text.PassageKind;
import org.gilankg.text.Slugs;

/**
 * What a rule sees of one passage (its masked text, its mentions, the article around it) and
 * how it says what it derived. Things a rule makes (an event, an office) are declared here,
 * with their type and label, in the passage that first speaks of them.
 */
public final class PassageContext {

    /** A thing made by a rule in this passage, and where in the masked text it was found. */
    public record Made(EntityRef thing, int position) {}

    private final MentionedArticle article;
    private final MentionedPassage passage;
    private final MaskedText masked;
    private final List<Statement> out;
    private final Function<String, List<Mention>> adjectiveFinder;
    private final List<Made> events = new ArrayList<>();
    private String rule = "?";

    PassageContext(MentionedArticle article, MentionedPassage passage, List<Statement> out,
                   Function<String, List<Mention>> adjectiveFinder) {
        this.article = article;
        this.passage = passage;
        this.masked = new MaskedText(passage, article.article().text());
        this.out = out;
        this.adjectiveFinder = adjectiveFinder;
    }

    void startRule(Rule rule) {
        this.rule = rule.name();
    }

    public MentionedPassage passage() {
        return passage;
    }

    public MentionedArticle article() {
        return article;
    }

    public MaskedText masked() {
        return masked;
    }

    public List<PatternMatch> match(MentionPattern pattern) {
        return pattern.matches(masked);
    }

    // ---- reading the passage ----

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

    /** The person a pronoun at masked position {@code position} refers to: the nearest person named before it. */
    public Optional<EntityRef> personBefore(int position) {
        return article.lastNameBefore(masked.articleOffset(position), EntityType.PERSON).map(Mention::entity);
    }

    /** The first date this passage gives before masked position {@code position} (absolute or resolved). */
    public Optional<DateValue> dateBefore(int position) {
        int offset = masked.articleOffset(position);
        return passage.mentions().stream()
                .filter(m -> m.isDate() && m.end() <= offset)
                .map(Mention::date)
                .findFirst();
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
        Statement statement = new Statement(subject, predicate, object, passage.passage(), rule);
        boolean known = out.stream().anyMatch(s -> s.passage() == statement.passage()
                && s.subject().equals(subject) && s.predicate().equals(predicate) && s.object().equals(object));
        if (!known) {
            out.add(statement);
        }
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

    /** Declares a thing first named or made here: its type and English label. */
    public EntityRef declare(EntityRef thing) {
        emit(node(thing), RDF.type.asNode(), Vocabulary.gk(thing.type().className()));
        emit(node(thing), RDFS.label.asNode(), NodeFactory.createLiteralLang(thing.label(), "en"));
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

    /** Makes an event found at masked position {@code position}, remembered for the rules that link events. */
    public EntityRef makeEvent(String label, int position) {
        EntityRef event = make(EntityType.EVENT, label);
        events.add(new Made(event, position));
        return event;
    }

    /** The events made in this passage so far, in the order of their place in the text. */
    public List<Made> events() {
        return events.stream().sorted(java.util.Comparator.comparingInt(Made::position)).toList();
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
