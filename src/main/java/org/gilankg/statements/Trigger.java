package org.gilankg.statements;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilankg.mentions.EntityType;

/**
 * One row of the trigger lexicon (triggers.tsv): lemmas that say something, as a Semgrex pattern
 * over the enhanced++ graph, and the roles their dependents fill.
 *
 * @param frame event, relation or treaty
 * @param output the event's noun and preposition ("Departure from"), or the gk: property ("founder")
 * @param roles role name to its filler: allowed types and dependency relations
 * @param requires a relation and lemma the trigger must have as a dependent ("obj=way"), or null
 * @param nounTheme for a treaty: the common nouns that stand for an agreement not named
 * @param lemmas the trigger's lemmas, lower case (empty: any word of its part of speech)
 * @param tag the part-of-speech prefix of the trigger word
 */
public record Trigger(String frame, SemgrexPattern pattern, String source, String output, Map<String, Role> roles,
                      String[] requires, Set<String> nounTheme, Set<String> lemmas, String tag) {

    /**
     * Whether the pattern can match anywhere in {@code g}: a word of the trigger's part of speech with one
     * of its lemmas. A cheap test before Semgrex runs, which would find nothing otherwise; it may say yes
     * where Semgrex finds nothing, never the reverse.
     */
    public boolean mayOccurIn(edu.stanford.nlp.semgraph.SemanticGraph g) {
        for (edu.stanford.nlp.ling.IndexedWord w : g.vertexSet()) {
            if (w.tag() != null && w.tag().startsWith(tag)
                    && (lemmas.isEmpty() || (w.lemma() != null && lemmas.contains(w.lemma().toLowerCase(java.util.Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    /** Which relations fill a role (a trailing ^ means the governor's relation), and the types allowed. */
    public record Role(String name, Set<EntityType> types, List<String> relations, boolean required) {}

    private static final Map<String, EntityType> TYPES = Map.of(
            "PERSON", EntityType.PERSON, "ORG", EntityType.ORGANIZATION, "STATE", EntityType.STATE,
            "PLACE", EntityType.PLACE, "EVENT", EntityType.EVENT, "TREATY", EntityType.TREATY);

    private static volatile List<Trigger> standard;

    /** The lexicon of the resource file triggers.tsv beside this class (read and compiled once). */
    public static List<Trigger> standard() {
        List<Trigger> s = standard;
        if (s == null) {
            try (InputStream in = Trigger.class.getResourceAsStream("triggers.tsv")) {
                s = List.copyOf(read(in, "triggers.tsv"));
                standard = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s;
    }

    /** A lexicon in this format from another resource file beside this class (agreements.tsv). */
    public static List<Trigger> resource(String name) {
        try (InputStream in = Trigger.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return List.copyOf(read(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Trigger> read(InputStream in, String name) throws IOException {
        List<Trigger> triggers = new ArrayList<>();
        for (DataTable.Line line : DataTable.lines(in, name, 6)) {
            String[] c = line.cells();
            String where = line.where();
            for (String lemma : c[1].equals("*") ? new String[0] : c[1].split("\\|")) {
                if (!lemma.matches("[\\p{L}'’-]+")) {
                    throw new IllegalArgumentException(where + ": not a lemma: " + lemma);
                }
            }
            if (!c[2].matches("[A-Z]+")) {
                throw new IllegalArgumentException(where + ": not a part-of-speech prefix: " + c[2]);
            }
            // "*": any word of that part of speech (the roles then say which, e.g. the name of an organisation).
            String semgrex = c[1].equals("*") ? "{tag:/^" + c[2] + ".*/}=trigger"
                    : "{lemma:/(?i)^(" + c[1] + ")$/;tag:/^" + c[2] + ".*/}=trigger";
            Map<String, Role> roles = new LinkedHashMap<>();
            Set<String> nounTheme = Set.of();
            for (String spec : c[4].split(";")) {
                String[] kv = spec.strip().split("=", 2);
                if (kv[0].equals("nountheme")) {
                    nounTheme = Set.of(kv[1].split("\\|"));
                    continue;
                }
                String[] nameTypes = kv[0].split(":", 2);
                Set<EntityType> types = EnumSet.noneOf(EntityType.class);
                for (String t : nameTypes.length > 1 ? nameTypes[1].split("\\|") : new String[0]) {
                    EntityType type = TYPES.get(t);
                    if (type == null) {
                        throw new IllegalArgumentException(where + ": unknown type " + t);
                    }
                    types.add(type);
                }
                boolean required = nameTypes[0].endsWith("!");
                String roleName = required ? nameTypes[0].substring(0, nameTypes[0].length() - 1) : nameTypes[0];
                roles.put(roleName, new Role(roleName, types, List.of(kv[1].split(",")), required));
            }
            String[] requires = c[5].equals("-") ? null : c[5].split("=", 2);
            Set<String> lemmas = c[1].equals("*") ? Set.of()
                    : Set.copyOf(java.util.Arrays.asList(c[1].toLowerCase(java.util.Locale.ROOT).split("\\|")));
            triggers.add(new Trigger(c[0], SemgrexPattern.compile(semgrex), where, c[3], roles, requires, nounTheme,
                    lemmas, c[2]));
        }
        return triggers;
    }

    public Role role(String name) {
        return roles.get(name);
    }
}
