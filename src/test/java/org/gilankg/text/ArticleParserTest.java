package org.gilankg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.gilankg.TestStores;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    @Test
    void everyPassageIsTheArticleTextAtItsOffsets() throws IOException {
        String text = TestStores.article();
        Article article = ArticleParser.parse("article", text);
        for (Passage p : article.passages()) {
            assertEquals(p.text(), text.substring(p.begin(), p.end()));
            assertEquals(p.text(), text.substring(text.offsetByCodePoints(0, p.codePointBegin()),
                    text.offsetByCodePoints(0, p.codePointEnd())));
            assertEquals(p.text(), p.text().strip(), "passages are trimmed");
        }
    }

    @Test
    void sectionsAndKindsFollowTheHeadings() throws IOException {
        Article article = ArticleParser.parse("article", TestStores.article());
        assertEquals(List.of("Lead", "Background and history", "Declaration of the Republic", "First Cabinet", "Coup d'état",
                "Historical analysis", "See also", "Notes", "References", "External links"),
                article.sections().stream().map(Section::title).toList());
        assertEquals("coup-d-etat", article.sections().get(4).slug());
        assertEquals(3, article.sections().get(4).level());
        assertEquals(11, article.passages().stream().filter(p -> p.section().title().equals("First Cabinet"))
                .filter(p -> p.kind() == PassageKind.LIST_LINE).count());
        assertEquals(7, article.passages(PassageKind.REFERENCE_LINE).size());
        assertEquals(2, article.passages().stream().filter(p -> p.section().isLead()).count(), "two sentences in the lead");
    }

    @Test
    void sentencesDoNotBreakAfterAbbreviationsOrInsideBrackets() {
        String text = "Dr. Smith met Gen. Jones in 1920. He left (as J. R. Brown said. Or not) soon. Then \"Quoted.\" Next one.";
        List<String> sentences = ArticleParser.parse("t", text).passages().stream().map(Passage::text).toList();
        assertEquals(List.of("Dr. Smith met Gen. Jones in 1920.", "He left (as J. R. Brown said. Or not) soon.",
                "Then \"Quoted.\"", "Next one."), sentences);
    }

    @Test
    void offsetsCountCodePointsBeyondTheBasicPlane() {
        String text = "An emoji \uD83D\uDE00 here. Second sentence.";
        Passage second = ArticleParser.parse("t", text).passages().get(1);
        assertEquals("Second sentence.", second.text());
        assertEquals(second.begin() - 1, second.codePointBegin(), "a surrogate pair is one character");
        assertTrue(second.codePointEnd() < second.end());
    }

    @Test
    void slugsAreReadableAndSafe() {
        assertEquals("coup-d-etat", Slugs.of("Coup d'état"));
        assertEquals("post-and-telegraph-commissioner", Slugs.of("Post & telegraph commissioner"));
    }
}
