package org.gilankg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Finds candidates for our things in a Wikidata endpoint by label and alias (English and Persian),
 * many names per request, with each candidate's classes, dates and context in the same request
 * (candidates.rq), and scores them with {@link CandidateScorer}. The certain ones are linked
 * first and then serve as context for the others, round after round, until nothing changes.
 */
public final class Reconciler {

    /** One thing's result: its best candidate (or none), how sure we are, and the runner-up. */
    public record Proposal(LinkTarget target, CandidateScorer.Score best, String confidence, int candidates,
                           CandidateScorer.Score runnerUp, List<CandidateScorer.Score> ruledOut) {
        public Candidate candidate() {
            return best == null ? null : best.candidate();
        }

        public int score() {
            return best == null ? 0 : best.points();
        }
    }

    private static final int NAMES_PER_REQUEST = 40;
    private static final int MAX_ROUNDS = 5;
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String WDT = "http://www.wikidata.org/prop/direct/";

    private final WikidataEndpoint endpoint;
    private final ClassMap classes;
    private final CandidateScorer scorer;

    public Reconciler(WikidataEndpoint endpoint) {
        this.endpoint = endpoint;
        this.classes = ClassMap.load();
        this.scorer = new CandidateScorer(classes);
    }

    public List<Proposal> reconcile(List<LinkTarget> targets) {
        return reconcile(targets, Map.of());
    }

    /** Reconciles the targets; {@code reviewed} are links already made (thing id to QID), used as context. */
    public List<Proposal> reconcile(List<LinkTarget> targets, Map<String, String> reviewed) {
        Map<LinkTarget.Name, Map<String, Candidate>> byName = fetch(targets);
        Map<String, Map<String, Candidate>> candidatesOf = new LinkedHashMap<>();
        for (LinkTarget target : targets) {
            Map<String, Candidate> mine = new LinkedHashMap<>();
            for (LinkTarget.Name name : target.names()) {
                byName.getOrDefault(name.key(), Map.of()).forEach(mine::putIfAbsent);
            }
            candidatesOf.put(target.id(), mine);
        }
        Map<String, String> linked = new HashMap<>(reviewed);
        List<Proposal> proposals = List.of();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Set<String> setting = new LinkedHashSet<>();
            targets.stream().filter(t -> t.type().equals("State") && linked.containsKey(t.id()))
                    .forEach(t -> setting.add(linked.get(t.id())));
            CandidateScorer.Context context = new CandidateScorer.Context(linked, setting, candidatesOf);
            proposals = new ArrayList<>();
            boolean changed = false;
            for (LinkTarget target : targets) {
                Proposal p = propose(target, candidatesOf.get(target.id()), context);
                proposals.add(p);
                if (p.confidence().equals("high") && !reviewed.containsKey(target.id())
                        && !p.candidate().qid().equals(linked.get(target.id()))) {
                    linked.put(target.id(), p.candidate().qid());
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return proposals;
    }

    private Proposal propose(LinkTarget target, Map<String, Candidate> candidates, CandidateScorer.Context context) {
        List<CandidateScorer.Score> viable = new ArrayList<>();
        List<CandidateScorer.Score> out = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            CandidateScorer.Score s = scorer.score(target, c, context);
            (s.viable() ? viable : out).add(s);
        }
        viable.sort(Comparator.comparingInt(CandidateScorer.Score::points).reversed()
                .thenComparing(s -> s.candidate().qid()));
        if (viable.isEmpty()) {
            return new Proposal(target, null, "low", candidates.size(), null, out);
        }
        CandidateScorer.Score best = viable.get(0);
        CandidateScorer.Score second = viable.size() > 1 ? viable.get(1) : null;
        String confidence = CandidateScorer.confidence(best, second == null ? 0 : second.points());
        return new Proposal(target, best, confidence, candidates.size(), second, out);
    }

    /** Every distinct name asked once, in batches; the candidates of each name. */
    private Map<LinkTarget.Name, Map<String, Candidate>> fetch(List<LinkTarget> targets) {
        Set<LinkTarget.Name> names = new LinkedHashSet<>();
        targets.forEach(t -> t.names().forEach(n -> names.add(n.key())));
        List<LinkTarget.Name> all = names.stream()
                .sorted(Comparator.comparing(LinkTarget.Name::text).thenComparing(LinkTarget.Name::lang)).toList();
        Map<String, Candidate> items = new HashMap<>();
        Map<LinkTarget.Name, Map<String, Candidate>> byName = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i += NAMES_PER_REQUEST) {
            List<LinkTarget.Name> batch = all.subList(i, Math.min(all.size(), i + NAMES_PER_REQUEST));
            for (Binding row : endpoint.select(query(batch, classes.all()))) {
                collect(row, items, byName);
            }
        }
        return byName;
    }

    static String query(List<LinkTarget.Name> names, Set<String> classes) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                // Jena's ParameterizedSparqlString misreads comments (a quote mark, a bracket), so they go.
                Queries.load("candidates.rq").lines().filter(l -> !l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n")));
        List<RDFNode> literals = names.stream()
                .map(n -> (RDFNode) ResourceFactory.createLangLiteral(n.text(), n.lang())).toList();
        List<RDFNode> classNodes = classes.stream().map(c -> (RDFNode) ResourceFactory.createResource(WD + c)).toList();
        q.setValues("names", literals);
        q.setValues("classes", classNodes);
        return q.toString();
    }

    private static void collect(Binding row, Map<String, Candidate> items, Map<LinkTarget.Name, Map<String, Candidate>> byName) {
        Node name = row.get(Var.alloc("name"));
        Node item = row.get(Var.alloc("item"));
        if (name == null || item == null || !item.isURI() || !item.getURI().startsWith(WD)) {
            return;
        }
        String qid = item.getURI().substring(WD.length());
        Candidate c = items.computeIfAbsent(qid, Candidate::new);
        LinkTarget.Name key = new LinkTarget.Name(name.getLiteralLexicalForm(), name.getLiteralLanguage());
        byName.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(qid, c);
        if ("label".equals(literal(row, "how"))) {
            c.byLabel.add(key);
        } else {
            c.byAlias.add(key);
        }
        String kind = literal(row, "kind");
        Node value = row.get(Var.alloc("value"));
        if (kind == null || value == null) {
            return;
        }
        Node p = row.get(Var.alloc("p"));
        String property = p != null && p.isURI() && p.getURI().startsWith(WDT) ? p.getURI().substring(WDT.length()) : null;
        switch (kind) {
            case "label" -> c.label(value.getLiteralLexicalForm());
            case "description" -> c.description(value.getLiteralLexicalForm());
            case "P31" -> qid(value).ifPresent(c.directClasses::add);
            case "class" -> qid(value).ifPresent(c.mappedClasses::add);
            case "date" -> {
                Integer year = year(value);
                if (property != null && year != null) {
                    c.years.computeIfAbsent(property, k -> new java.util.TreeSet<>()).add(year);
                }
            }
            case "context" -> {
                if (property != null) {
                    qid(value).ifPresent(v -> c.context.computeIfAbsent(property, k -> new java.util.TreeSet<>()).add(v));
                }
            }
            default -> { }
        }
    }

    private static java.util.Optional<String> qid(Node n) {
        return n.isURI() && n.getURI().startsWith(WD) ? java.util.Optional.of(n.getURI().substring(WD.length()))
                : java.util.Optional.empty();
    }

    /** The year of a date value (xsd:dateTime as Wikidata gives it, or a plain date or year); null for BCE or odd forms. */
    static Integer year(Node n) {
        if (!n.isLiteral()) {
            return null;
        }
        String lexical = n.getLiteralLexicalForm();
        var m = java.util.regex.Pattern.compile("^\\+?(\\d{4})").matcher(lexical);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String literal(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n == null || !n.isLiteral() ? null : n.getLiteralLexicalForm();
    }

}
