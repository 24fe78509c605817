package org.gilankg.mentions;

import java.util.List;
import org.gilankg.text.Passage;

/**
 * A passage with what was recognised in it: its mentions in text order, and for the structured
 * lines the structure read from them.
 *
 * @param roleLine set for a "Name – Office" list line, else null
 * @param reference set for a reference line that could be read, else null
 */
public record MentionedPassage(Passage passage, List<Mention> mentions, RoleLine roleLine,
                               BibliographicRecord reference) {}
