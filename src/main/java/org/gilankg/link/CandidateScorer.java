package org.gilankg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores a candidate for a target on evidence, in points out of 100, each component with the
 * evidence a reviewer sees:
 * <ul>
 *   <li>name (whole name, case and accents aside): 40 when the item's label is our main label,
 *       35 when it is another of our names, 30 when an alias is our main label, 25 another name;</li>
 *   <li>type: 25 when the item is an instance of a class the class map allows for our class;
 *       an item with classes none of which is allowed is ruled out; no class, no points;</li>
 *   <li>dates: 15 when the item's dates fit the years around the thing in our graph (a person born
 *       before and alive through them, an organisation existing then, a publication of that year);
 *       dates that cannot fit rule the item out;</li>
 *   <li>context: 20 when the item points to, or is pointed to by, an item already linked to one of
 *       the thing's neighbours (Rasht in Gilan, a book by its author); 10 when it only points to an
 *       item of the setting (a state of ours that is linked) or shares a linked neighbour's country
 *       (P17, P27: too broad to single a candidate out).</li>
 * </ul>
 * High confidence needs 75 points, a known compatible type, evidence beyond name and type (dates
 * or context), and a lead of 15 over the next candidate that is not ruled out: a tie or a thin lead
 * is never high. Medium needs 55.
 */
public final class CandidateScorer {

    public static final int HIGH = 75;
    public static final int MEDIUM = 55;
    public static final int LEAD = 15;

    /** Properties too broad to single a candidate out (every place in Iran has P17 Iran): setting only. */
    private static final Set<String> BROAD = Set.of("P17", "P27");

    /** A person is taken to be at least this old when active. */
    private static final int ADULT = 12;

    /** One component: its points and what they rest on. */
    public record Part(int points, String evidence) {
        @Override
        public String toString() {
            return evidence + " (" + points + ")";
        }
    }

    /** A candidate's score; {@code ruledOut} names the reason where it cannot be the thing. */
    public record Score(Candidate candidate, Part name, Part type, Part dates, Part context, String ruledOut) {
        public int points() {
            return ruledOut != null ? -1 : name.points + type.points + dates.points + context.points;
        }

        public boolean viable() {
            return ruledOut == null;
        }

        /** The evidence per component, for the reviewer. */
        public String evidence() {
            if (ruledOut != null) {
                return "ruled out: " + ruledOut;
            }
            return "name: " + name + "; type: " + type + "; dates: " + dates + "; context: " + context;
        }
    }

    /** What the scorer knows beyond the candidate: links made so far and every thing's candidates. */
    public record Context(Map<String, String> linked, Set<String> setting, Map<String, Map<String, Candidate>> candidatesOf) {}

    private final ClassMap classes;

    public CandidateScorer(ClassMap classes) {
        this.classes = classes;
    }

    public Score score(LinkTarget target, Candidate c, Context context) {
        Part name = name(target, c);
        // Type.
        Set<String> allowed = classes.classesOf(target.type());
        Set<String> fits = new TreeSet<>(c.mappedClasses());
        fits.retainAll(allowed);
        Part type;
        String out = null;
        if (!fits.isEmpty()) {
            type = new Part(25, "instance of " + names(fits) + ", allowed for " + target.type());
        } else if (!c.directClasses().isEmpty()) {
            type = new Part(0, "instance of " + names(c.directClasses()) + ", not allowed for " + target.type());
            out = "type: " + type.evidence();
        } else {
            type = new Part(0, "no class in Wikidata");
        }
        Part dates = dates(target, c);
        if (dates.points < 0 && out == null) {
            out = "dates: " + dates.evidence();
        }
        Part ctx = context(target, c, context);
        return new Score(c, name, type, dates.points < 0 ? new Part(0, dates.evidence) : dates, ctx, out);
    }

    private static Part name(LinkTarget target, Candidate c) {
        LinkTarget.Name main = target.names().stream().filter(n -> n.main() && n.lang().equals("en")).findFirst()
                .map(LinkTarget.Name::key).orElse(null);
        for (LinkTarget.Name n : c.byLabel) {
            if (n.equals(main)) {
                return new Part(40, "label '" + n.text() + "' is our label");
            }
        }
        if (!c.byLabel.isEmpty()) {
            return new Part(35, "label '" + c.byLabel.iterator().next().text() + "' is one of our names");
        }
        for (LinkTarget.Name n : c.byAlias) {
            if (n.equals(main)) {
                return new Part(30, "alias '" + n.text() + "' is our label");
            }
        }
        String alias = c.byAlias.isEmpty() ? "?" : c.byAlias.iterator().next().text();
        return new Part(25, "alias '" + alias + "' is one of our names");
    }

    /** Points, or negative points where the dates cannot fit. */
    private static Part dates(LinkTarget target, Candidate c) {
        Set<Integer> ys = target.years();
        if (ys.isEmpty()) {
            return new Part(0, "no dates around the thing in the graph");
        }
        int first = ys.stream().min(Integer::compare).orElseThrow();
        int last = ys.stream().max(Integer::compare).orElseThrow();
        String graph = first == last ? "graph: " + first : "graph: " + first + "-" + last;
        switch (target.type()) {
            case "Person" -> {
                Integer born = min(c.years("P569"));
                Integer died = min(c.years("P570"));
                if (born == null && died == null) {
                    return new Part(0, "no birth or death date; " + graph);
                }
                String shown = "born " + (born == null ? "?" : born) + ", died " + (died == null ? "?" : died) + "; " + graph;
                if ((born != null && born > first - ADULT) || (died != null && died < last - 1)) {
                    return new Part(-1, shown + ": not a grown-up alive then");
                }
                return new Part(born != null ? 15 : 10, shown);
            }
            case "Publication" -> {
                Set<Integer> published = new TreeSet<>(c.years("P577"));
                published.addAll(c.years("P571"));
                if (published.isEmpty()) {
                    return new Part(0, "no publication date; " + graph);
                }
                boolean same = published.stream().anyMatch(p -> ys.stream().anyMatch(y -> Math.abs(p - y) <= 1));
                return same ? new Part(15, "published " + published + "; " + graph)
                        : new Part(-1, "published " + published + "; " + graph);
            }
            default -> {
                Set<Integer> starts = new TreeSet<>(c.years("P571"));
                starts.addAll(c.years("P580"));
                Set<Integer> ends = new TreeSet<>(c.years("P576"));
                ends.addAll(c.years("P582"));
                Set<Integer> points = new TreeSet<>(c.years("P585"));
                points.addAll(c.years("P577"));
                Integer start = min(starts);
                Integer end = max(ends);
                if (start == null && end == null && points.isEmpty()) {
                    return new Part(0, "no dates; " + graph);
                }
                String shown = (start != null ? "from " + start : "") + (end != null ? " to " + end : "")
                        + (points.isEmpty() ? "" : " at " + points) + "; " + graph;
                if ((start != null && start > last + 1) || (end != null && end < first - 1)) {
                    return new Part(-1, shown.strip() + ": not in existence then");
                }
                boolean eventLike = target.type().equals("Event") || target.type().equals("Treaty");
                if (eventLike && start == null && end == null
                        && points.stream().noneMatch(p -> p >= first - 1 && p <= last + 1)) {
                    return new Part(-1, shown.strip() + ": another time");
                }
                return new Part(15, shown.strip());
            }
        }
    }

    private static Part context(LinkTarget target, Candidate c, Context context) {
        List<String> agreements = new ArrayList<>();
        for (String neighbour : target.neighbours()) {
            String q = context.linked().get(neighbour);
            if (q == null || q.equals(c.qid())) {
                continue;
            }
            String p = c.contextProperty(q);
            if (p != null && !BROAD.contains(p)) {
                agreements.add(p + " " + q + " = " + neighbour);
                continue;
            }
            Candidate other = context.candidatesOf().getOrDefault(neighbour, Map.of()).get(q);
            if (other != null && other.contextProperty(c.qid()) != null) {
                agreements.add(q + " (" + neighbour + ") " + other.contextProperty(c.qid()) + " this");
            }
        }
        if (!agreements.isEmpty()) {
            return new Part(20, String.join(", ", agreements));
        }
        Set<String> setting = new java.util.LinkedHashSet<>(context.setting());
        for (String neighbour : target.neighbours()) {
            if (context.linked().containsKey(neighbour)) {
                setting.add(context.linked().get(neighbour));
            }
        }
        for (String q : setting) {
            String p = c.contextProperty(q);
            if (p != null) {
                return new Part(10, p + " " + q + " (setting)");
            }
        }
        return new Part(0, "no linked neighbour agrees");
    }

    private String names(Set<String> qids) {
        return qids.stream().map(q -> q + (classes.label(q).equals(q) ? "" : " " + classes.label(q))).collect(Collectors.joining(", "));
    }

    private static Integer min(Set<Integer> s) {
        return s.stream().min(Integer::compare).orElse(null);
    }

    private static Integer max(Set<Integer> s) {
        return s.stream().max(Integer::compare).orElse(null);
    }

    /** Confidence from the best score and the next viable one (0 where there is none). */
    public static String confidence(Score best, int runnerUp) {
        int p = best.points();
        boolean known = best.type().points() > 0;
        boolean beyondName = best.dates().points() > 0 || best.context().points() > 0;
        if (p >= HIGH && known && beyondName && p - runnerUp >= LEAD) {
            return "high";
        }
        return p >= MEDIUM ? "medium" : "low";
    }
}
