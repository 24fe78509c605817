package org.gilankg.mentions;

import java.util.regex.Pattern;

/**
 * The grammar of office titles: a phrase is an office when its head is a role noun
 * ("Finance commissioner", "Head of war commission", "Soviet premier", "second-in-command").
 * This is knowledge of English, not of the republic: it names no office of the article.
 */
public final class OfficePhrases {

    /** Role nouns that head an office title, singular and plural. */
    public static final String ROLE_NOUN = "(?:[Cc]ommissioners?|[Cc]ommissars?|[Cc]hiefs?|[Hh]eads?|[Mm]inisters?"
            + "|[Pp]remiers?|[Aa]mbassadors?|[Pp]residents?|[Cc]hairm[ae]n|[Ss]ecretar(?:y|ies)|[Gg]overnors?"
            + "|[Cc]ommanders?|second-in-command|[Cc]onsuls?|[Dd]irectors?)";

    /** An office title: up to four modifier words, the role noun, and an optional "of …" complement. */
    public static final String OFFICE_TITLE = "(?:[\\p{L}&'-]+ ){0,4}" + ROLE_NOUN + "(?: of (?:the )?[\\p{L}'-]+(?: [\\p{L}'-]+){0,2})?";

    private static final Pattern WHOLE_TITLE = Pattern.compile(OFFICE_TITLE);

    private OfficePhrases() {}

    public static boolean isOfficeTitle(String phrase) {
        return WHOLE_TITLE.matcher(phrase).matches();
    }
}
