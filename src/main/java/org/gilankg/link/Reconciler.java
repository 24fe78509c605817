package org.gilankg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Finds candidates for our things in a Wikidata endpoint by label and alias (English and
 * Persian), many names per request, and scores them with {@link CandidateScorer}.
 */
public final class Reconciler {

    /** One thing's result: its best candidate (or none) and how sure we are. */
    public record Proposal(LinkTarget target, Candidate best, int score, String confidence, int candidates) {}

    private static final int NAMES_PER_REQUEST = 40;
    private static final String WD = "http://www.wikidata.org/entity/";

    private final WikidataEndpoint endpoint;

    public Reconciler(WikidataEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public List<Proposal> reconcile(List<LinkTarget> targets) {
        // Every distinct name, asked once.
        Set<LinkTarget.Name> names = new HashSet<>();
        targets.forEach(t -> names.addAll(t.names()));
        List<LinkTarget.Name> all = names.stream()
                .sorted(Comparator.comparing(LinkTarget.Name::text).thenComparing(LinkTarget.Name::lang)).toList();
        Map<LinkTarget.Name, Map<String, Candidate>> byName = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i += NAMES_PER_REQUEST) {
            List<LinkTarget.Name> batch = all.subList(i, Math.min(all.size(), i + NAMES_PER_REQUEST));
            for (Binding row : endpoint.select(query(batch))) {
                collect(row, byName);
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (LinkTarget target : targets) {
            Map<String, Candidate> candidates = new LinkedHashMap<>();
            for (LinkTarget.Name name : target.names()) {
                byName.getOrDefault(name, Map.of()).forEach((qid, c) -> candidates.merge(qid, c,
                        (a, b) -> a.matchedLabel() ? a : b));
            }
            Candidate best = null;
            int bestScore = -1;
            int second = 0;
            for (Candidate c : candidates.values()) {
                int s = CandidateScorer.score(target, c);
                if (s > bestScore) {
                    second = Math.max(second, bestScore);
                    best = c;
                    bestScore = s;
                } else {
                    second = Math.max(second, s);
                }
            }
            if (bestScore < 0) {
                proposals.add(new Proposal(target, null, 0, "low", candidates.size()));
            } else {
                proposals.add(new Proposal(target, best, bestScore, CandidateScorer.confidence(bestScore, second), candidates.size()));
            }
        }
        return proposals;
    }

    static String query(List<LinkTarget.Name> names) {
        StringBuilder values = new StringBuilder();
        for (LinkTarget.Name n : names) {
            values.append(' ').append(FmtUtils.stringForNode(org.apache.jena.graph.NodeFactory.createLiteralLang(n.text(), n.lang())));
        }
        return """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                SELECT ?name ?item ?how ?label ?description ?type WHERE {
                  VALUES ?name {%s }
                  { ?item rdfs:label ?name BIND("label" AS ?how) } UNION { ?item skos:altLabel ?name BIND("alias" AS ?how) }
                  OPTIONAL { ?item rdfs:label ?label FILTER(lang(?label) = "en") }
                  OPTIONAL { ?item schema:description ?description FILTER(lang(?description) = "en") }
                  OPTIONAL { ?item wdt:P31 ?type }
                }""".formatted(values);
    }

    private static void collect(Binding row, Map<LinkTarget.Name, Map<String, Candidate>> byName) {
        Node name = row.get(Var.alloc("name"));
        Node item = row.get(Var.alloc("item"));
        if (name == null || item == null || !item.isURI() || !item.getURI().startsWith(WD)) {
            return;
        }
        LinkTarget.Name key = new LinkTarget.Name(name.getLiteralLexicalForm(), name.getLiteralLanguage());
        String qid = item.getURI().substring(WD.length());
        Map<String, Candidate> candidates = byName.computeIfAbsent(key, k -> new LinkedHashMap<>());
        Candidate existing = candidates.get(qid);
        Set<String> types = existing == null ? new HashSet<>() : new HashSet<>(existing.types());
        Node type = row.get(Var.alloc("type"));
        if (type != null && type.isURI() && type.getURI().startsWith(WD)) {
            types.add(type.getURI().substring(WD.length()));
        }
        boolean label = "label".equals(literal(row, "how")) || (existing != null && existing.matchedLabel());
        candidates.put(qid, new Candidate(qid, literal(row, "label"), literal(row, "description"), Set.copyOf(types),
                key.text(), label));
    }

    private static String literal(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n == null || !n.isLiteral() ? null : n.getLiteralLexicalForm();
    }
}
