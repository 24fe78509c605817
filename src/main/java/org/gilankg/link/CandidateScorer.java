package org.gilankg.link;

import java.util.Locale;
import org.gilankg.mentions.EntityType;

/**
 * Scores a candidate for a target, in points out of 100:
 * <ul>
 *   <li>name: 50 when the candidate's label is one of our names, 40 when an alias is;</li>
 *   <li>type: 20 when the kinds agree (a person is a human, Q5; anything else is not), and a
 *       disagreement rules the candidate out;</li>
 *   <li>context: 20 when the description names something around the thing in our graph, and 10
 *       more when it gives one of the thing's years.</li>
 * </ul>
 * High confidence needs 80 points and a 20-point lead over the next candidate; medium 60.
 */
public final class CandidateScorer {

    public static final int HIGH = 80;
    public static final int MEDIUM = 60;
    public static final int LEAD = 20;

    private CandidateScorer() {}

    /** The score, or -1 where the candidate cannot be this thing. */
    public static int score(LinkTarget target, Candidate candidate) {
        boolean person = target.type() == EntityType.PERSON;
        if (person != candidate.isHuman()) {
            return -1;
        }
        int score = candidate.matchedLabel() ? 50 : 40;
        score += 20;
        String description = candidate.description() == null ? "" : candidate.description().toLowerCase(Locale.ROOT);
        if (target.contextWords().stream().anyMatch(w -> description.contains(w.toLowerCase(Locale.ROOT)))) {
            score += 20;
        }
        if (target.years().stream().anyMatch(description::contains)) {
            score += 10;
        }
        return score;
    }

    public static String confidence(int best, int runnerUp) {
        if (best >= HIGH && best - runnerUp >= LEAD) {
            return "high";
        }
        return best >= MEDIUM ? "medium" : "low";
    }
}
