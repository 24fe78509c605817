package org.gilankg.dataset;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.LexiconEntry;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.MentionedArticle;
import org.gilankg.mentions.MentionedPassage;
import org.gilankg.statements.Statement;
import org.gilankg.text.Passage;
import org.gilankg.text.PassageKind;

/**
 * The dataset stage: puts statements into the named graph of their passage and adds the graphs
 * around them: provenance (NIF passages with exact offsets and the rules used), the mentions,
 * the lexicon (names and types of the name list's things the text mentions), the ontology and
 * the reviewed Wikidata links.
 */
public final class DatasetAssembler {


    private static final Node NIF_CONTEXT = nif("Context");
    private static final Node SKOS_ALT_LABEL = Vocabulary.uri(Vocabulary.SKOS + "altLabel");

    private final Graph ontology;
    private final WikidataLinks links;
    private final Graph enrichment;
    private ArticleSource source;

    /**
     * @param enrichment facts fetched from Wikidata about linked items, kept in a graph of their own
     */
    public DatasetAssembler(Graph ontology, WikidataLinks links, Graph enrichment) {
        this.ontology = ontology;
        this.links = links;
        this.enrichment = enrichment;
    }

    /** Where the article comes from, written onto its nif:Context in gkg:provenance. */
    public DatasetAssembler source(ArticleSource source) {
        this.source = source;
        return this;
    }

    public DatasetGraph assemble(MentionedArticle article, List<Statement> statements) {
        return assemble(article, statements, Map.of());
    }

    /**
     * @param uncovered body passages that yield no statement, with why: recorded as gk:coverage on
     *     the passage in the provenance graph
     */
    public DatasetGraph assemble(MentionedArticle article, List<Statement> statements, Map<Passage, String> uncovered) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node context = Vocabulary.uri(Vocabulary.ARTICLE);

        ontology.find().forEachRemaining(t -> dsg.add(Vocabulary.GRAPH_ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));

        // Statements, one named graph per passage, and which rules made each graph.
        Map<Passage, Set<String>> rulesByPassage = new LinkedHashMap<>();
        for (Statement s : statements) {
            Node g = graphOf(s.passage());
            if (s.asserted()) {
                dsg.add(g, s.subject(), s.predicate(), s.object());
            } else {
                // A claim: reified, never a plain triple (docs/extraction.md).
                Node claim = claimNode(s);
                add(dsg, g, claim, RDF.type.asNode(), Vocabulary.gk("Claim"));
                add(dsg, g, claim, RDF.subject.asNode(), s.subject());
                add(dsg, g, claim, RDF.predicate.asNode(), s.predicate());
                add(dsg, g, claim, RDF.object.asNode(), s.object());
                add(dsg, g, claim, Vocabulary.gk("modality"), s.modality().node());
                if (s.attributedTo() != null) {
                    add(dsg, g, claim, Vocabulary.gk("attributedTo"), s.attributedTo());
                }
            }
            rulesByPassage.computeIfAbsent(s.passage(), p -> new LinkedHashSet<>()).add(s.rule());
        }

        Node prov = Vocabulary.GRAPH_PROVENANCE;
        String text = article.article().text();
        add(dsg, prov, context, RDF.type.asNode(), NIF_CONTEXT);
        add(dsg, prov, context, nif("isString"), NodeFactory.createLiteralString(text));
        add(dsg, prov, context, nif("beginIndex"), offset(0));
        add(dsg, prov, context, nif("endIndex"), offset(text.codePointCount(0, text.length())));
        if (source != null) {
            source.describe(dsg, prov, context);
            add(dsg, prov, context, RDFS.label.asNode(), NodeFactory.createLiteralLang(source.attribution(), "en"));
        }
        for (MentionedPassage mp : article.passages()) {
            Passage p = mp.passage();
            Node passage = passageNode(p);
            add(dsg, prov, passage, RDF.type.asNode(), p.kind() == PassageKind.SENTENCE ? nif("Sentence") : nif("Phrase"));
            add(dsg, prov, passage, nif("beginIndex"), offset(p.codePointBegin()));
            add(dsg, prov, passage, nif("endIndex"), offset(p.codePointEnd()));
            add(dsg, prov, passage, nif("anchorOf"), NodeFactory.createLiteralString(p.text()));
            add(dsg, prov, passage, nif("referenceContext"), context);
            add(dsg, prov, passage, Vocabulary.gk("section"), NodeFactory.createLiteralString(p.section().title()));
            String why = uncovered.get(p);
            if (why != null) {
                add(dsg, prov, passage, Vocabulary.gk("coverage"), NodeFactory.createLiteralLang("yields no statement: " + why, "en"));
            }
            Set<String> rules = rulesByPassage.get(p);
            if (rules != null) {
                Node graph = graphOf(p);
                add(dsg, prov, graph, Vocabulary.uri(Vocabulary.PROV + "wasDerivedFrom"), passage);
                for (String rule : rules) {
                    Node ruleNode = Vocabulary.resource("rule/" + rule);
                    add(dsg, prov, graph, Vocabulary.uri(Vocabulary.PROV + "wasGeneratedBy"), ruleNode);
                    add(dsg, prov, ruleNode, RDF.type.asNode(), Vocabulary.uri(Vocabulary.PROV + "Activity"));
                    add(dsg, prov, ruleNode, RDFS.label.asNode(), NodeFactory.createLiteralLang("rule " + rule, "en"));
                }
            }
        }

        // Mentions: where in the text each thing is named.
        Node mentions = Vocabulary.GRAPH_MENTIONS;
        for (MentionedPassage mp : article.passages()) {
            for (Mention m : mp.mentions()) {
                if (!m.isEntity()) {
                    continue;
                }
                int begin = text.codePointCount(0, m.begin());
                int end = text.codePointCount(0, m.end());
                Node phrase = Vocabulary.uri(Vocabulary.ARTICLE + "#char=" + begin + "," + end);
                add(dsg, mentions, phrase, RDF.type.asNode(), nif("Phrase"));
                add(dsg, mentions, phrase, nif("beginIndex"), offset(begin));
                add(dsg, mentions, phrase, nif("endIndex"), offset(end));
                add(dsg, mentions, phrase, nif("anchorOf"), NodeFactory.createLiteralString(m.surface()));
                add(dsg, mentions, phrase, nif("referenceContext"), context);
                add(dsg, mentions, phrase, nif("sentence"), passageNode(mp.passage()));
                add(dsg, mentions, phrase, Vocabulary.uri(Vocabulary.ITSRDF + "taIdentRef"), Vocabulary.resource(m.entity().id()));
            }
        }

        // Lexicon: the name list's things that the text mentions or a statement names, with their names.
        // A thing named only through another's name ("the Anglo-Soviet agreement" names Britain as a
        // signatory) needs its type too, or the shapes would refuse the statement.
        Map<String, EntityRef> mentioned = article.mentionedThings();
        Set<String> named = new HashSet<>();
        dsg.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Vocabulary.GKR)) {
                    named.add(n.getURI().substring(Vocabulary.GKR.length()));
                }
            }
        });
        for (LexiconEntry entry : article.lexicon().entries()) {
            if (!mentioned.containsKey(entry.id()) && !named.contains(entry.id())) {
                continue;
            }
            Node thing = Vocabulary.resource(entry.id());
            Node lexicon = Vocabulary.GRAPH_LEXICON;
            add(dsg, lexicon, thing, RDF.type.asNode(), Vocabulary.gk(entry.type().className()));
            add(dsg, lexicon, thing, RDFS.label.asNode(), NodeFactory.createLiteralLang(entry.label(), "en"));
            for (String name : entry.names().subList(1, entry.names().size())) {
                add(dsg, lexicon, thing, SKOS_ALT_LABEL, NodeFactory.createLiteralLang(name, "en"));
            }
        }

        // Reviewed Wikidata links, for things the graph has.
        Set<Node> subjects = new LinkedHashSet<>();
        dsg.find().forEachRemaining(q -> subjects.add(q.getSubject()));
        for (WikidataLinks.Link link : links.links()) {
            Node thing = Vocabulary.resource(link.id());
            if (link.qid() != null && subjects.contains(thing)) {
                add(dsg, Vocabulary.GRAPH_WIKIDATA, thing, OWL.sameAs.asNode(), Vocabulary.uri(Vocabulary.WD + link.qid()));
            }
        }
        // Facts from Wikidata, only about the items we link to, never in an article graph.
        Set<Node> linked = new LinkedHashSet<>();
        dsg.find(Vocabulary.GRAPH_WIKIDATA, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> linked.add(q.getObject()));
        enrichment.find().forEachRemaining(t -> {
            boolean aboutLinked = linked.contains(t.getSubject());
            boolean labelOfValue = t.getPredicate().equals(RDFS.label.asNode());
            boolean snapshotProvenance = t.getSubject().equals(Vocabulary.GRAPH_WIKIDATA_ENRICHMENT);
            if (aboutLinked || labelOfValue || snapshotProvenance) {
                dsg.add(Vocabulary.GRAPH_WIKIDATA_ENRICHMENT, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        return dsg;
    }

    /** A claim's IRI, stable across builds: from its passage, triple and modality. */
    static Node claimNode(Statement s) {
        String key = s.passage().localName() + " " + s.subject() + " " + s.predicate() + " " + s.object() + " " + s.modality();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Vocabulary.resource("claim/" + java.util.HexFormat.of().formatHex(digest, 0, 8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Node graphOf(Passage passage) {
        return Vocabulary.uri(Vocabulary.GKG + "passage/" + passage.localName());
    }

    /** The NIF passage IRI after RFC 5147: the article's IRI with {@code #char=begin,end} in code points. */
    public static Node passageNode(Passage passage) {
        return Vocabulary.uri(Vocabulary.ARTICLE + "#char=" + passage.codePointBegin() + "," + passage.codePointEnd());
    }

    private static void add(DatasetGraph dsg, Node graph, Node s, Node p, Node o) {
        dsg.add(new Quad(graph, s, p, o));
    }

    private static Node nif(String localName) {
        return Vocabulary.uri(Vocabulary.NIF + localName);
    }

    private static Node offset(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
