package org.gilankg.text;

/**
 * A section of the article under its heading. The lead has the title "Lead" and level 1.
 *
 * @param slug a stable, IRI-safe form of the title, used in passage graph names
 */
public record Section(String title, String slug, int level, int begin, int end) {
    public boolean isLead() {
        return level == 1;
    }
}
