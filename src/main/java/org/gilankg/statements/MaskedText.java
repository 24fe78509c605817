package org.gilankg.statements;

import java.util.List;
import org.gilankg.mentions.Mention;
import org.gilankg.mentions.MentionedPassage;

/**
 * A passage's text with every mention replaced by a token {@code §Cn§}: C is the mention's code
 * (a type letter, lower case for an adjective form, D for a date, R for a relative date) and n
 * its index in the passage's mention list. Rules are patterns over this text, so they speak of
 * recognised mentions, not of particular names. Offsets map back to the article.
 *
 * <p>Runs of white space are folded into one space, so that patterns need not allow for a double space.
 *
 * <p>"In May 1920 the Soviet Caspian Fleet led by Fedor Raskolnikov entered the port of Anzali"
 * becomes {@code In §D0§ the §O1§ led by §P2§ entered the port of §L3§}.
 */
public final class MaskedText {

    private final String masked;
    private final List<Mention> mentions;
    private final String articleText;
    /** For each masked character, the article offset where it starts and where it ends. */
    private final int[] begins;
    private final int[] ends;

    public MaskedText(MentionedPassage passage, String articleText) {
        this.mentions = passage.mentions();
        this.articleText = articleText;
        String text = passage.passage().text();
        int base = passage.passage().begin();
        StringBuilder out = new StringBuilder();
        int[] b = new int[text.length() * 2 + mentions.size() * 8 + 1];
        int[] e = new int[b.length];
        int cursor = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            for (; cursor < m.begin() - base; cursor++) {
                append(out, b, e, text.charAt(cursor), base + cursor);
            }
            String token = "§" + m.code() + i + "§";
            for (int k = 0; k < token.length(); k++) {
                b[out.length()] = m.begin();
                e[out.length()] = m.end();
                out.append(token.charAt(k));
            }
            cursor = m.end() - base;
        }
        for (; cursor < text.length(); cursor++) {
            append(out, b, e, text.charAt(cursor), base + cursor);
        }
        this.masked = out.toString();
        this.begins = java.util.Arrays.copyOf(b, masked.length());
        this.ends = java.util.Arrays.copyOf(e, masked.length());
    }

    private static void append(StringBuilder out, int[] begins, int[] ends, char c, int articleOffset) {
        boolean space = Character.isWhitespace(c);
        if (space && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            ends[out.length() - 1] = articleOffset + 1;
            return;
        }
        begins[out.length()] = articleOffset;
        ends[out.length()] = articleOffset + 1;
        out.append(space ? ' ' : c);
    }

    public String text() {
        return masked;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** The article offset of the masked position {@code i} (the end of the passage for i = length). */
    public int articleOffset(int i) {
        return i < masked.length() ? begins[i] : ends[masked.length() - 1];
    }

    /** The masked position of the character at article offset {@code offset} (the length past the end). */
    public int positionOf(int offset) {
        int lo = 0;
        int hi = masked.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The article's own text for the masked span [from, to). */
    public String original(int from, int to) {
        if (from >= to) {
            return "";
        }
        return articleText.substring(begins[from], ends[to - 1]);
    }

    @Override
    public String toString() {
        return masked;
    }
}
