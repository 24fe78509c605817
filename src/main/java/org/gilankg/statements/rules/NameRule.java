package org.gilankg.statements.rules;

import org.gilankg.statements.DependencyPaths;

import org.gilankg.statements.DataTable;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.OfficePhrases;
import org.gilankg.statements.Modality;
import org.gilankg.statements.PassageContext;

/**
 * Names the text gives a thing.
 * <ul>
 *   <li>"X, also called Y", "X, better known as Y", "X was officially known as Y", "Rasht, referred
 *       to as Y": a participle of naming (aliases.tsv) whose relations reach the thing and the
 *       other name, in the dependency graph. Not when its clause is negated, hedged or conditional
 *       ("X was never known as Y"): an other name is asserted or not given.</li>
 *   <li>"X (Persian: …)" is its label in that language (languages.tsv), and "X (Y)" gives Y as
 *       another name of X. These glosses are line format (a bracket right after a name), not a
 *       wording, and the parser hangs them anywhere (appos, dep), so they are read from the tokens.</li>
 * </ul>
 * The other name is a name of the list that names the same thing (then both forms the text uses are
 * other names of it), or proper nouns the list does not know; never an office title.
 */
public final class NameRule extends GraphRule {

    /** One row of aliases.tsv. */
    record Row(Set<String> lemmas, Set<String> tags, List<String> thing, List<String> alias) {}

    private static final List<Row> ROWS = rows();
    private static final Map<String, String> LANGUAGES = languages();
    private static final Set<String> LOWER_IN_NAMES = Set.of("of", "the", "ol", "el", "al", "e", "and");

    @Override
    public String name() {
        return "name";
    }

    @Override
    void apply(PassageContext ctx, AnalysedPassage analysis, SemanticGraph g) {
        glosses(ctx, analysis);
        for (IndexedWord t : g.vertexListSorted()) {
            String lemma = DependencyPaths.lemma(t);
            for (Row row : ROWS) {
                if (t.tag() != null && row.tags().contains(t.tag()) && row.lemmas().contains(lemma)) {
                    named(ctx, g, t, row);
                }
            }
            ctx.asserted();
        }
    }

    /** "X, also known as Y": the thing and its other name, when the clause asserts it. */
    private static void named(PassageContext ctx, SemanticGraph g, IndexedWord t, Row row) {
        if (ctx.at(t).modality() != Modality.ASSERTED) {
            return;
        }
        Mention thing = null;
        // The tagger may read the participle as a past tense ("Rasht, referred to as …"): then only as a
        // modifier of the thing, or with a name of the same thing ("X, also called Y, was …" parsed as a clause).
        boolean pastTense = t.tag().equals("VBD");
        boolean sameThingOnly = false;
        for (String path : row.thing()) {
            if (path.equals("nsubj") && !DependencyPaths.reach(g, t, "aux").isEmpty()) {
                continue; // "the Soviets had called it …": an active verb with its own subject
            }
            for (IndexedWord w : DependencyPaths.reach(g, t, path)) {
                Mention m = ctx.mentionAt(w);
                if (thing == null && m != null && m.kind() == Mention.Kind.NAME) {
                    thing = m;
                    sameThingOnly = pastTense && !path.equals("acl^");
                }
            }
        }
        if (thing == null) {
            return;
        }
        boolean found = false;
        for (String spec : row.alias()) {
            boolean fallback = spec.startsWith("?");
            if (fallback && found) {
                break;
            }
            for (IndexedWord w : DependencyPaths.reach(g, t, fallback ? spec.substring(1) : spec)) {
                if (!sameThingOnly || ctx.mentionAt(w) != null) {
                    found |= alias(ctx, g, thing, w);
                }
            }
        }
    }

    /** Gives the name at word {@code w} as another name of the thing; whether it was one. */
    private static boolean alias(PassageContext ctx, SemanticGraph g, Mention thing, IndexedWord w) {
        Mention m = ctx.mentionAt(w);
        if (m != null && m.kind() == Mention.Kind.NAME) {
            // Both are names of one thing: each form the text uses here is another name of it.
            if (!m.entity().equals(thing.entity())) {
                return false;
            }
            altLabel(ctx, thing.entity(), thing.surface());
            altLabel(ctx, thing.entity(), m.surface());
            return true;
        }
        if (m != null || w.tag() == null || !w.tag().startsWith("NNP")) {
            return false;
        }
        // The proper noun with the words of its name: "the Silk City", "Hooshang".
        TreeSet<Integer> indices = new TreeSet<>();
        collect(g, w, indices);
        List<CoreLabel> tokens = ctx.analysis().get().tokens();
        int from = indices.first();
        while (from < indices.last() && tokens.get(from - 1).word().equalsIgnoreCase("the")) {
            from++;
        }
        for (int i = from; i <= indices.last(); i++) {
            if (!indices.contains(i)) {
                return false;
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = from; i <= indices.last(); i++) {
            words.add(tokens.get(i - 1).word());
        }
        return rawAlias(ctx, thing, tokens.get(from - 1), tokens.get(indices.last() - 1), words);
    }

    /** Words the text writes as a name (capitals, with "of", "the" between), not an office title. */
    private static boolean rawAlias(PassageContext ctx, Mention thing, CoreLabel first, CoreLabel last, List<String> words) {
        if (words.isEmpty() || words.size() > 6 || !Character.isUpperCase(words.get(0).charAt(0))) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !LOWER_IN_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        AnalysedPassage a = ctx.analysis().get();
        String text = ctx.passage().passage().text();
        int base = ctx.passage().passage().begin();
        String alias = text.substring(a.begin(first) - base, a.end(last) - base);
        if (OfficePhrases.isOfficeTitle(alias)) {
            return false;
        }
        altLabel(ctx, thing.entity(), alias);
        return true;
    }

    private static void collect(SemanticGraph g, IndexedWord w, Set<Integer> indices) {
        indices.add(w.index());
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (!e.isExtra() && (rel.equals("compound") || rel.equals("flat") || rel.equals("amod") || rel.equals("det")
                    || rel.equals("nmod:of") || rel.equals("case") && e.getDependent().word().equalsIgnoreCase("of"))) {
                collect(g, e.getDependent(), indices);
            }
        }
    }

    /**
     * "X (Persian: …)" and "X (Y)" right after a name: read from the tokens (line format). The
     * gloss's language word gives the label's language; a bracket without one gives another name.
     */
    private static void glosses(PassageContext ctx, AnalysedPassage a) {
        List<CoreLabel> tokens = a.tokens();
        for (Mention m : ctx.passage().mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            int open = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (a.begin(tokens.get(i)) >= m.end()) {
                    open = i;
                    break;
                }
            }
            if (open < 0 || !isBracket(tokens.get(open), "(")) {
                continue;
            }
            int close = -1;
            for (int i = open + 1; i < tokens.size(); i++) {
                if (isBracket(tokens.get(i), ")")) {
                    close = i;
                    break;
                }
                if (isBracket(tokens.get(i), "(")) {
                    break;
                }
            }
            if (close < open + 2) {
                continue;
            }
            String language = LANGUAGES.get(tokens.get(open + 1).word());
            if (language != null && close > open + 3 && tokens.get(open + 2).word().equals(":")) {
                String text = ctx.passage().passage().text();
                int base = ctx.passage().passage().begin();
                String label = text.substring(a.begin(tokens.get(open + 3)) - base, a.end(tokens.get(close - 1)) - base).strip();
                ctx.emit(PassageContext.node(m.entity()), RDFS.label.asNode(), NodeFactory.createLiteralLang(label, language));
                continue;
            }
            bracketed(ctx, a, m, tokens.subList(open + 1, close));
        }
    }

    /** "Jangali (Jungle Movement)", "Gauook (Hooshang)": the bracket's words as another name. */
    private static void bracketed(PassageContext ctx, AnalysedPassage a, Mention thing, List<CoreLabel> inside) {
        Mention first = null;
        boolean whole = true;
        for (CoreLabel token : inside) {
            Mention m = null;
            for (Mention x : ctx.passage().mentions()) {
                if (x.begin() <= a.begin(token) && a.begin(token) < x.end()) {
                    m = x;
                }
            }
            first = first == null ? m : first;
            whole &= m != null && m == first;
        }
        if (first != null) {
            // A name of the list inside the bracket: another name only when it names the same thing, as a whole.
            if (whole && first.kind() == Mention.Kind.NAME && first.entity().equals(thing.entity())) {
                altLabel(ctx, thing.entity(), thing.surface());
                altLabel(ctx, thing.entity(), first.surface());
            }
            return;
        }
        if (inside.size() <= 4) {
            rawAlias(ctx, thing, inside.get(0), inside.get(inside.size() - 1), inside.stream().map(CoreLabel::word).toList());
        }
    }

    private static boolean isBracket(CoreLabel token, String bracket) {
        String w = token.word();
        return w.equals(bracket) || w.equals(bracket.equals("(") ? "-LRB-" : "-RRB-");
    }

    private static void altLabel(PassageContext ctx, EntityRef thing, String name) {
        if (!name.equals(thing.label())) {
            ctx.emitText(thing, Vocabulary.uri(Vocabulary.SKOS + "altLabel"), name);
        }
    }

    private static List<Row> rows() {
        return DataTable.rows("aliases.tsv", 4).stream().map(c -> new Row(Set.of(c[0].split("\\|")), Set.of(c[1].split("\\|")),
                List.of(c[2].split(",")), List.of(c[3].split(",")))).toList();
    }

    private static Map<String, String> languages() {
        Map<String, String> map = new LinkedHashMap<>();
        DataTable.rows("languages.tsv", 2).forEach(c -> map.put(c[0], c[1]));
        return map;
    }
}
