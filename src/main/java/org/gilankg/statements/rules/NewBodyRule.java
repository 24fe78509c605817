package org.gilankg.statements.rules;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gilankg.Vocabulary;
import org.gilankg.analysis.AnalysedPassage;
import org.gilankg.mentions.EntityRef;
import org.gilankg.mentions.EntityType;
import org.gilankg.mentions.Mention;
import org.gilankg.statements.EventRegistry;
import org.gilankg.statements.PassageContext;

/**
 * A new body of government introduced right after the event that installs it: "… opened the way for
 * the Communist (Edalat) party to set a coup d'état. The new administration, …, started …". A
 * definite "the new X" (X a noun for a governing body, new-bodies.tsv) that names an organisation
 * or state presupposes that X has just come into being; the nearest event before it, in its
 * sentence or the one before, of a kind that installs a government (a coup, a revolution, an
 * election; data, new-bodies.tsv) resulted in its establishment: an event "Establishment of X"
 * with X as participant. Nothing without such an event, or when the phrase names nothing (an
 * unnamed "new government" is not invented), or for "a new X" (which introduces one, and says
 * nothing of where it came from).
 */
public final class NewBodyRule extends SentenceRule {

    private static final Map<String, Set<String>> WORDS = read();

    @Override
    public String name() {
        return "new-body";
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> words = new HashMap<>();
        String name = "/org/gilankg/statements/new-bodies.tsv";
        try (InputStream in = NewBodyRule.class.getResourceAsStream(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 2) {
                    throw new IllegalStateException(name + ":" + n + ": expected 2 tab-separated columns");
                }
                words.put(c[0].strip(), Set.of(c[1].strip().split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!words.containsKey("noun") || !words.containsKey("event")) {
            throw new IllegalStateException(name + ": needs a noun row and an event row");
        }
        return Map.copyOf(words);
    }

    @Override
    public void apply(PassageContext ctx) {
        AnalysedPassage analysis = ctx.analysis().orElse(null);
        if (analysis == null || analysis.graph() == null) {
            return;
        }
        SemanticGraph g = analysis.graph();
        for (IndexedWord w : g.vertexListSorted()) {
            String lemma = w.lemma() == null ? "" : w.lemma().toLowerCase(Locale.ROOT);
            if (!WORDS.get("noun").contains(lemma) || !definiteAndNew(g, w)) {
                continue;
            }
            Mention m = ctx.mentionAt(w);
            if (m == null || m.kind() != Mention.Kind.NAME
                    || !(m.entity().type() == EntityType.ORGANIZATION || m.entity().type() == EntityType.STATE)) {
                continue;
            }
            EntityRef body = m.entity();
            for (EventRegistry.Occurrence o : ctx.eventsBefore(ctx.offsetOf(w), 1)) {
                String first = o.kind().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")[0];
                if (!WORDS.get("event").contains(first)) {
                    continue;
                }
                ctx.at(w);
                EntityRef established = ctx.event("Establishment", "Establishment of " + body.label(), body, null, null,
                        ctx.offsetOf(w));
                ctx.emit(established, Vocabulary.PARTICIPANT, body);
                ctx.emit(o.event(), Vocabulary.RESULTED_IN, established);
                break;
            }
        }
    }

    /** "the new administration": the determiner "the" and the adjective "new" on the noun. */
    private static boolean definiteAndNew(SemanticGraph g, IndexedWord w) {
        boolean the = false;
        boolean fresh = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            String word = e.getDependent().word().toLowerCase(Locale.ROOT);
            the |= rel.equals("det") && word.equals("the");
            fresh |= rel.equals("amod") && word.equals("new");
        }
        return the && fresh;
    }
}
