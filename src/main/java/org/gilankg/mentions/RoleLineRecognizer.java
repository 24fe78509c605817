package org.gilankg.mentions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilankg.text.Slugs;

/**
 * Recognises "Name (Alias) – Office" list lines. The name may be one the name list does not
 * hold: a structured line like this is where the article introduces new people, so the person
 * is minted from the line itself. A known name (or alias) resolves to the known thing.
 */
public final class RoleLineRecognizer {

    private static final Pattern ROLE_LINE = Pattern.compile(
            "^(?<name>\\p{Lu}[^–—()]*?)(?: \\((?<alias>[^()]+)\\))? [–—] (?<office>" + OfficePhrases.OFFICE_TITLE + ")$");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Dr|Mr|Mrs|Prof)\\.? ");

    private final Lexicon lexicon;

    public RoleLineRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Optional<RoleLine> recognise(String line, int offset) {
        Matcher m = ROLE_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group("name");
        String alias = m.group("alias");
        EntityRef person = lexicon.byName(name)
                .or(() -> alias == null ? Optional.empty() : lexicon.byName(alias))
                .filter(entry -> entry.type() == EntityType.PERSON)
                .map(LexiconEntry::ref)
                .orElseGet(() -> {
                    String label = HONORIFIC.matcher(name).replaceFirst("");
                    return new EntityRef(Slugs.of(label), EntityType.PERSON, label, true);
                });
        String officeTitle = m.group("office");
        EntityRef office = new EntityRef(Slugs.of(officeTitle), EntityType.OFFICE, officeTitle, true);
        Mention personMention = Mention.name(offset + m.start("name"), offset + m.end("name"), name, person);
        Mention aliasMention = alias == null ? null
                : Mention.name(offset + m.start("alias"), offset + m.end("alias"), alias, person);
        Mention officeMention = Mention.name(offset + m.start("office"), offset + m.end("office"), officeTitle, office);
        return Optional.of(new RoleLine(personMention, aliasMention, officeMention));
    }
}
