package org.gilankg.statements;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilankg.analysis.AnalysedPassage;

/**
 * Whether a clause asserts what it says, from cue words (cues.tsv) around its head in the
 * enhanced++ dependency graph:
 * <ul>
 *   <li>a <em>dependent</em> cue ("never", "not", "no", "nobody", "neither", "if", "would") on the
 *       head, on a verb it is the complement of ("did not try to leave"), or on its subject or
 *       object ("No treaty was signed", "Neither X nor Y entered");</li>
 *   <li>a <em>governor</em> cue anywhere above the head, up to the sentence's root ("failed to
 *       reach", "it is said that …", "was declared to be", "conditions including …",
 *       "required them to …"); a relative clause or a parenthetical ends the search, and a clause
 *       joined by "and" does not take its neighbour's own verb as a cue.</li>
 * </ul>
 * The first cue found decides: negated, hedged or conditional. For a hedge, the people the
 * sentence names as its source (the subject of "suggest") are who the claim is attributed to.
 */
public final class Factuality {

    /** What a clause's modality is, and the head of the words that say so (for attribution). */
    public record Verdict(Modality modality, IndexedWord cue) {
        static final Verdict ASSERTED = new Verdict(Modality.ASSERTED, null);
    }

    private static final Set<String> DEPENDENT_RELATIONS = Set.of("advmod", "det", "cc:preconj", "cc", "nsubj",
            "nsubj:pass", "obj", "aux", "mark", "neg", "discourse", "expl");
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "obl:agent", "nsubj:xsubj");
    private static final Set<String> ARGUMENT_CUE_RELATIONS = Set.of("det", "cc:preconj", "advmod");
    /** Relations whose dependent is not said by the governor's clause: relative and participial modifiers, asides. */
    /**
     * Noun complements that complete the outer noun with a happening it is about ("the causes of the
     * collapse", "the factors behind the demise"); not those that list members ("conditions including
     * …") or say how ("the republic under his leadership").
     */
    private static final Set<String> COMPLETING = Set.of("nmod:of", "nmod:behind", "nmod:for", "nmod:about",
            "nmod:regarding", "nmod:concerning");
    private static final Set<String> BARRIERS = Set.of("acl:relcl", "acl", "parataxis", "appos", "list");

    private final Map<String, Modality> dependentCues = new HashMap<>();
    private final Map<String, Modality> governorCues = new HashMap<>();
    /** Governor cues of trying ("try", "attempt"): the means they say was used is real ("tried to X by sending Y"). */
    private final Set<String> attemptCues = new HashSet<>();

    private Factuality() {}

    /** Whether the word's lemma is a cue of trying ("attempt", "try"). */
    public boolean attempt(IndexedWord word) {
        return attemptCues.contains(lemma(word));
    }

    /** The cues of the resource file cues.tsv beside this class. */
    public static Factuality standard() {
        Factuality f = new Factuality();
        try (InputStream in = Factuality.class.getResourceAsStream("cues.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                Modality m = Modality.of(c[2]);
                (c[1].equals("governor") || c[1].equals("attempt") ? f.governorCues : f.dependentCues).put(c[0], m);
                if (c[1].equals("attempt")) {
                    f.attemptCues.add(c[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    /** The modality of the clause whose head is {@code head}. */
    public Verdict of(AnalysedPassage passage, IndexedWord head) {
        return of(passage, head, false);
    }

    /**
     * The modality of what a word says: first along the path from the word itself (so that
     * "conditions including the announcement of X" reaches "condition"), then from the head of
     * its clause (so that "X never left" reaches "never").
     *
     * @param cueItself whether the word's own lemma may be a governor cue ("which required them to retreat")
     */
    public Verdict ofWord(AnalysedPassage passage, IndexedWord word, boolean cueItself) {
        Verdict v = of(passage, word, cueItself);
        if (v.modality() != Modality.ASSERTED || passage.graph() == null) {
            return v;
        }
        IndexedWord head = clauseHead(passage.graph(), word);
        return head.equals(word) || presupposedOnTheWay(passage.graph(), word, head) ? v : of(passage, head, false);
    }

    /**
     * A definite noun phrase that completes another noun ("the factors behind the demise of X",
     * "the terms of the withdrawal") takes its happening for granted: the outer clause's cues speak
     * of the outer noun, not of it.
     */
    private boolean presupposed(SemanticGraph g, IndexedWord node) {
        if (node.tag() == null || !node.tag().startsWith("NN")) {
            return false;
        }
        SemanticGraphEdge up = governorEdge(g, node);
        if (up == null || !COMPLETING.contains(up.getRelation().toString())
                || up.getGovernor().tag() == null || !up.getGovernor().tag().startsWith("NN")
                || governorCues.containsKey(lemma(up.getGovernor()))) {
            // "conditions including the announcement of X": what a cue noun lists stays under it.
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nmod:poss") || rel.equals("det") && lemma(e.getDependent()).equals("the")) {
                return true;
            }
        }
        return false;
    }

    private boolean presupposedOnTheWay(SemanticGraph g, IndexedWord word, IndexedWord head) {
        IndexedWord node = word;
        for (int i = 0; i < 6 && node != null && !node.equals(head); i++) {
            if (presupposed(g, node)) {
                return true;
            }
            SemanticGraphEdge up = governorEdge(g, node);
            node = up == null ? null : up.getGovernor();
        }
        return false;
    }

    /** The modality of what the word's own clause says, its own lemma a possible governor cue ("it is said that …"). */
    public Verdict ofGoverning(AnalysedPassage passage, IndexedWord word) {
        return of(passage, word, true);
    }

    private Verdict of(AnalysedPassage passage, IndexedWord head, boolean cueItself) {
        SemanticGraph g = passage.graph();
        if (head == null || g == null || !g.containsVertex(head)) {
            return Verdict.ASSERTED;
        }
        IndexedWord node = head;
        boolean ownClause = true;     // negation on this node still belongs to the head's clause
        boolean cueable = cueItself;  // this node's own lemma may be a governor cue
        Set<IndexedWord> seen = new HashSet<>();
        while (node != null && seen.add(node)) {
            if (cueable) {
                Modality m = governorCues.get(lemma(node));
                if (m == Modality.CONDITIONAL && refusedOffer(g, node)) {
                    // "offered payment for the ammunition, which the Soviets refused to accept": it never was.
                    return new Verdict(Modality.NEGATED, node);
                }
                if (m != null) {
                    return new Verdict(m, node);
                }
                // "Several conditions were attached: … the announcement of X under his leadership":
                // a cue noun as the subject of a clause above speaks of what that clause lists.
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                    if (e.getRelation().toString().startsWith("nsubj") && !e.getDependent().equals(head)) {
                        Modality s = governorCues.get(lemma(e.getDependent()));
                        if (s != null && s != Modality.NEGATED && e.getDependent().tag() != null
                                && e.getDependent().tag().startsWith("NN")) {
                            return new Verdict(s, node);
                        }
                    }
                }
            }
            if (ownClause || cueable) {
                // "Its mission, so it was declared, was the pursuit of …": a parenthetical cue clause on the head.
                IndexedWord aside = parentheticalCue(g, node);
                if (aside != null) {
                    return new Verdict(governorCues.get(lemma(aside)), aside);
                }
            }
            if (ownClause) {
                Modality m = dependentCue(g, node);
                if (m != null) {
                    return new Verdict(m, node);
                }
            }
            SemanticGraphEdge up = governorEdge(g, node);
            if (up == null || relativeClause(g, node)) {
                break;
            }
            String rel = up.getRelation().toString();
            if (rel.equals("acl:relcl") && misreadComplement(g, node, up.getGovernor())) {
                // "It was suggested by several studies … that X left Rasht": no relative clause, but the
                // complement of the verb above the noun the parser took for its antecedent.
                ownClause = false;
                cueable = true;
                node = up.getGovernor();
                continue;
            }
            if (BARRIERS.contains(rel) || presupposed(g, node)) {
                break;
            }
            Modality listed = listedUnderCueNoun(g, up);
            if (listed != null) {
                // "rested on certain conditions, among them that X would be announced": what "among them"
                // lists stands under the cue noun the pronoun takes up.
                return new Verdict(listed, up.getGovernor());
            }
            IndexedWord attempt = attemptOfMeans(g, node, up);
            if (attempt != null) {
                // "tried to settle the dispute by sending a petition": the petition was sent; whether
                // is what the attempt's own clause says ("did not try …", "it is said that X tried …").
                return of(passage, attempt, false);
            }
            boolean conj = rel.startsWith("conj");
            IndexedWord realGovernor = misjoined(g, node);
            if (realGovernor != null) {
                // "had thought of turning … and had made his journey": the finite verb is a conjunct of "thought".
                ownClause = false;
                cueable = false;
                node = realGovernor;
                continue;
            }
            if (frontedAccording(g, up.getGovernor())) {
                // "According to some accounts, X did this and Y was done": a source named before
                // the sentence's head speaks for all its clauses.
                return new Verdict(Modality.HEDGED, up.getGovernor());
            }
            // A complement's governor still speaks of the same happening ("did not try to leave").
            ownClause = ownClause && rel.equals("xcomp");
            cueable = !conj;
            node = up.getGovernor();
        }
        return Verdict.ASSERTED;
    }

    /**
     * A "relative clause" the parser made of a complement clause ("suggested by studies … that X left
     * Rasht"): its "that" stands for no argument, since the role the antecedent would fill is taken by
     * another word ("left" has both "studies" and "Rasht" as objects).
     */
    private static boolean misreadComplement(SemanticGraph g, IndexedWord verb, IndexedWord antecedent) {
        for (SemanticGraphEdge e : g.getAllEdges(verb, antecedent)) {
            String rel = e.getRelation().toString();
            if (rel.equals("acl:relcl")) {
                continue;
            }
            for (SemanticGraphEdge other : g.outgoingEdgeIterable(verb)) {
                if (other.getRelation().toString().equals(rel) && !other.getDependent().equals(antecedent) && !other.isExtra()
                        && other.getDependent().tag() != null && !other.getDependent().tag().startsWith("W")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A parenthetical clause of a cue verb hung on the node ("X, so it was declared, was Y"; "X, it is
     * said, was Y"): its subject "it" or none, no complement or object of its own. That cue verb, or null.
     */
    private IndexedWord parentheticalCue(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            IndexedWord v = e.getDependent();
            Modality m = governorCues.get(lemma(v));
            if (!(rel.equals("dep") || rel.equals("parataxis")) || m == null || m == Modality.NEGATED
                    || v.tag() == null || !v.tag().startsWith("VB")) {
                continue;
            }
            boolean aside = true;
            for (SemanticGraphEdge d : g.outgoingEdgeIterable(v)) {
                String r = d.getRelation().toString();
                aside &= !(r.equals("ccomp") || r.equals("obj") || r.equals("xcomp"))
                        && !(r.startsWith("nsubj") && !lemma(d.getDependent()).equals("it"));
            }
            if (aside) {
                return v;
            }
        }
        return null;
    }

    /**
     * "…, among them that …", "including that …": a clause listed by "among" or "including" on a verb
     * that has a cue noun as its object or complement ("rested on conditions, among them that …")
     * stands under that noun. Its modality, or null.
     */
    private Modality listedUnderCueNoun(SemanticGraph g, SemanticGraphEdge up) {
        String rel = up.getRelation().toString();
        if (!rel.matches("(obl|nmod):(among|including)")) {
            return null;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(up.getGovernor())) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (!e.equals(up) && (r.startsWith("obl") || r.equals("obj") || r.startsWith("nsubj")) && d.tag() != null
                    && d.tag().startsWith("NN")) {
                Modality m = governorCues.get(lemma(d));
                if (m != null && m != Modality.NEGATED) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The attempt verb whose means a gerund by "by" says ("tried to settle it by sending", "tried by
     * sending X to settle it"): the gerund hangs by {@code advcl:by} on the attempt verb or on a
     * complement (xcomp) below it. Null when the edge is no such means.
     */
    private IndexedWord attemptOfMeans(SemanticGraph g, IndexedWord node, SemanticGraphEdge up) {
        String rel = up.getRelation().toString();
        if (!rel.equals("advcl:by") || node.tag() == null || !node.tag().equals("VBG")) {
            return null;
        }
        IndexedWord v = up.getGovernor();
        for (int i = 0; i < 4 && v != null; i++) {
            if (attemptCues.contains(lemma(v))) {
                return v;
            }
            SemanticGraphEdge above = governorEdge(g, v);
            if (above == null || !above.getRelation().toString().equals("xcomp")) {
                return null;
            }
            v = above.getGovernor();
        }
        return null;
    }

    /**
     * A finite verb with its own auxiliary that the parser joined by "and" to a gerund ("had thought
     * of turning to X and had made his journey"): a finite clause cannot be a conjunct of a gerund,
     * so it is a conjunct of the verb the gerund depends on. That verb, or null when the conjunct is
     * not such a case.
     */
    public static IndexedWord misjoined(SemanticGraph g, IndexedWord node) {
        SemanticGraphEdge up = null;
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            if (e.getRelation().toString().startsWith("conj") && e.getGovernor().tag() != null && e.getGovernor().tag().equals("VBG")) {
                up = e;
            }
        }
        if (up == null || node.tag() == null || !node.tag().startsWith("VB")) {
            return null;
        }
        boolean finite = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            finite |= e.getRelation().toString().equals("aux") && e.getDependent().tag() != null
                    && e.getDependent().tag().matches("VBD|VBZ|VBP|MD");
        }
        if (!finite) {
            return null;
        }
        SemanticGraphEdge above = governorEdge(g, up.getGovernor());
        return above == null || !above.getRelation().toString().matches("advcl.*|acl.*|xcomp|ccomp|obl.*") ? null : above.getGovernor();
    }

    /**
     * An offer the text says was refused: a relative clause in what was offered ("payment for the
     * ammunition, which the Soviets refused to accept") or a clause joined by "but" ("offered to pay,
     * but the Soviets refused it") headed by a negating cue verb (refuse, reject, decline).
     */
    private boolean refusedOffer(SemanticGraph g, IndexedWord offer) {
        if (!lemma(offer).equals("offer")) {
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(offer)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("conj") && !e.isExtra() && refusal(e.getDependent())) {
                return true;
            }
            if (rel.equals("obj") || rel.startsWith("obl") || rel.equals("xcomp")) {
                for (IndexedWord w : g.descendants(e.getDependent())) {
                    for (SemanticGraphEdge r : g.incomingEdgeIterable(w)) {
                        if (r.getRelation().toString().equals("acl:relcl") && refusal(w)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private boolean refusal(IndexedWord verb) {
        return governorCues.get(lemma(verb)) == Modality.NEGATED && !lemma(verb).equals("fail");
    }

    /** "According to X" standing before the clause's head, so that it heads the whole sentence. */
    private static boolean frontedAccording(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if ((rel.startsWith("obl:according") || rel.startsWith("nmod:according")) && e.getDependent().index() < node.index()) {
                return true;
            }
        }
        return false;
    }

    /** A clause whose subject is a relative pronoun ("who had been given asylum") is a relative clause, however parsed. */
    private static boolean relativeClause(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().startsWith("nsubj") && e.getDependent().tag() != null
                    && e.getDependent().tag().startsWith("W")) {
                return true;
            }
        }
        return false;
    }

    /** The head of the clause a word stands in: the word itself if a verb, else the nearest verb or predicate above it. */
    public static IndexedWord clauseHead(SemanticGraph g, IndexedWord word) {
        IndexedWord node = word;
        for (int i = 0; i < 6 && node != null; i++) {
            if (node.tag() != null && node.tag().startsWith("VB")) {
                return node;
            }
            boolean predicate = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                if (e.getRelation().toString().equals("cop")) {
                    predicate = true;
                }
            }
            if (predicate) {
                return node;
            }
            SemanticGraphEdge up = governorEdge(g, node);
            if (up == null || BARRIERS.contains(up.getRelation().toString())) {
                return node;
            }
            node = up.getGovernor();
        }
        return node == null ? word : node;
    }

    private Modality dependentCue(SemanticGraph g, IndexedWord node) {
        boolean be = false;
        boolean to = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            String lemma = lemma(e.getDependent());
            // "was to be led by": the "be to" of a plan or an obligation.
            be |= (rel.startsWith("aux") || rel.equals("cop")) && lemma.equals("be") && e.getDependent().tag().matches("VB[DZP]");
            to |= rel.equals("mark") && lemma.equals("to");
            if (be && to) {
                return Modality.CONDITIONAL;
            }
            // "According to X, …": attributed to X.
            if (rel.startsWith("obl:according") || rel.startsWith("nmod:according")) {
                return Modality.HEDGED;
            }
            if (DEPENDENT_RELATIONS.contains(rel) || rel.startsWith("advmod")) {
                Modality m = dependentCues.get(lemma(e.getDependent()));
                if (m != null) {
                    return m;
                }
            }
            if (ARGUMENTS.contains(rel)) {
                for (SemanticGraphEdge a : g.outgoingEdgeIterable(e.getDependent())) {
                    if (ARGUMENT_CUE_RELATIONS.contains(a.getRelation().toString())) {
                        Modality m = dependentCues.get(lemma(a.getDependent()));
                        if (m == Modality.NEGATED) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The edge to a node's governor: the first that is not a reference or an extra copy of a conjunct's relation. */
    static SemanticGraphEdge governorEdge(SemanticGraph g, IndexedWord node) {
        List<SemanticGraphEdge> in = g.incomingEdgeList(node);
        SemanticGraphEdge best = null;
        for (SemanticGraphEdge e : in) {
            String rel = e.getRelation().toString();
            if (rel.equals("ref") || e.isExtra()) {
                continue;
            }
            if (best == null) {
                best = e;
            }
        }
        return best == null && !in.isEmpty() ? in.get(0) : best;
    }

    private static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(java.util.Locale.ROOT);
    }
}
