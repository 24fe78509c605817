package org.gilankg.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gilankg.GilanKgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionsTest {

    @TempDir
    Path dir;

    @Test
    void datesKeepThePrecisionTheTextGives() {
        List<Mention> dates = DateFinder.find("On June 9, 1920 and 3 May 1921, in May 1920, in 1914, ISBN 0-8371-0144-1, 1920-21.", 0);
        assertEquals(List.of("1920-06-09", "1921-05-03", "1920-05", "1914"),
                dates.stream().map(m -> m.date().lexical()).toList());
        assertEquals(List.of(DatePrecision.DAY, DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR),
                dates.stream().map(m -> m.date().precision()).toList());
    }

    @Test
    void relativeDatesShiftYearsAndNeverInventPrecision() {
        assertEquals(DateValue.year(1919), RelativeDateResolver.resolve("a year before", DateValue.month(1920, 5)));
        assertEquals(DateValue.year(1923), RelativeDateResolver.resolve("two years later", DateValue.year(1921)));
        assertEquals(DateValue.month(1921, 2), RelativeDateResolver.resolve("several days beforehand", DateValue.day(1921, 2, 26)));
        assertEquals(DateValue.year(1921), RelativeDateResolver.resolve("several days beforehand", DateValue.year(1921)));
        // A window that leaves the anchor's month gives the year; one that leaves the year gives nothing.
        assertEquals(DateValue.year(1920), RelativeDateResolver.resolve("several days before", DateValue.day(1920, 6, 4)));
        assertNull(RelativeDateResolver.resolve("a few days later", DateValue.day(1920, 12, 28)));
        assertEquals(DateValue.year(1920), RelativeDateResolver.resolve("several days later", DateValue.month(1920, 5)));
        // An exact count keeps the anchor's precision.
        assertEquals(DateValue.day(1920, 6, 11), RelativeDateResolver.resolve("two days after", DateValue.day(1920, 6, 9)));
        assertEquals(DateValue.day(1920, 5, 31), RelativeDateResolver.resolve("three days earlier", DateValue.day(1920, 6, 3)));
        assertEquals(DateValue.month(1920, 6), RelativeDateResolver.resolve("a month later", DateValue.month(1920, 5)));
        assertEquals(DateValue.month(1920, 5), RelativeDateResolver.resolve("two weeks later", DateValue.day(1920, 5, 4)));
        assertEquals(DateValue.year(1920), RelativeDateResolver.resolve("a few weeks later", DateValue.day(1920, 5, 4)));
        assertNull(RelativeDateResolver.resolve("a few months later", DateValue.month(1920, 11)));
        assertNull(RelativeDateResolver.resolve("several years before", DateValue.year(1921)));
    }

    @Test
    void longestNameWins() {
        Lexicon lexicon = new Lexicon(List.of(
                new LexiconEntry("pssr", EntityType.STATE, List.of("Soviet Republic of Gilan"), List.of(), 1),
                new LexiconEntry("gilan", EntityType.PLACE, List.of("Gilan"), List.of(), 2),
                new LexiconEntry("russia", EntityType.STATE, List.of("Russia"), List.of("Soviet"), 3)));
        List<Mention> found = new EntityMentionFinder(lexicon).find("The Soviet Republic of Gilan, Soviet premier, Gilan's", 10);
        assertEquals(List.of("pssr", "russia", "gilan"), found.stream().map(m -> m.entity().id()).toList());
        assertEquals(Mention.Kind.ADJECTIVE, found.get(1).kind());
        assertEquals(14, found.get(0).begin(), "offsets are article offsets");
    }

    @Test
    void roleLinesMintNewPeopleButKnowKnownOnes() {
        Lexicon lexicon = new Lexicon(List.of(new LexiconEntry("mirza", EntityType.PERSON, List.of("Mirza"), List.of(), 1)));
        RoleLineRecognizer roles = new RoleLineRecognizer(lexicon);
        RoleLine line = roles.recognise("Dr. Karim Nazari (Nazar) – Education commissioner", 0).orElseThrow();
        assertEquals("Karim Nazari", line.person().entity().label());
        assertTrue(line.person().entity().minted());
        assertEquals("Nazar", line.alias().surface());
        assertEquals("Education commissioner", line.office().entity().label());
        assertEquals("mirza", roles.recognise("Mirza – Head of war commission", 0).orElseThrow().person().entity().id());
        assertTrue(roles.recognise("Brief summary of history with flag", 0).isEmpty());
    }

    @Test
    void referenceLinesInEveryStyle() {
        BibliographicRecord a = ReferenceLineParser.parse(
                "Nasrollah Fatemi (1952). Diplomatic History of Persia. Russell F. Moore. LCCN 52011977. ASIN B0007DXLE2.").orElseThrow();
        assertEquals(List.of("Nasrollah Fatemi"), a.authors());
        assertEquals("Diplomatic History of Persia", a.title());
        assertEquals("Russell F. Moore", a.publisher());
        assertEquals(Map.of("LCCN", "52011977", "ASIN", "B0007DXLE2"), a.identifiers());

        BibliographicRecord b = ReferenceLineParser.parse("Gregor Yaghikiyan, Shooravi and jonbesh-e jangal (The Soviet Union and the Jungle "
                + "Movement), Editor: Borzouyeh Dehgan, Tehran: Novin, 1984.").orElseThrow();
        assertEquals("Shooravi and jonbesh-e jangal", b.title());
        assertEquals("The Soviet Union and the Jungle Movement", b.altTitle());
        assertEquals(List.of("Borzouyeh Dehgan"), b.editors());
        assertEquals("Tehran", b.place());
        assertEquals("Novin", b.publisher());
        assertEquals(DateValue.year(1984), b.year());

        BibliographicRecord c = ReferenceLineParser.parse("Cronin, Stephanie, \"Reformers and Revolutionaries in Modern Iran: New "
                + "Perspectives on the Iranian Left. Routledge, 2004.").orElseThrow();
        assertEquals(List.of("Stephanie Cronin"), c.authors());
        assertEquals("Routledge", c.publisher());

        BibliographicRecord d = ReferenceLineParser.parse("Vladimir Genis, Krasnaia Persiia: Bol'sheviki v Giliane, 1920-1921. "
                + "Dokumental'naia khronika (Moscow 2000).").orElseThrow();
        assertNull(d.publisher(), "a subtitle is not a publisher");
        assertEquals("Moscow", d.place());
    }

    @Test
    void aBadNameListIsRefusedWithFileAndLine() throws IOException {
        assertEquals("names.tsv:2: the name 'Rasht' is already given at line 1: one name, one thing",
                error("rasht\tPlace\tRasht\nrasht-city\tPlace\tRasht\n"));
        assertEquals("names.tsv:1: expected 3 or 4 tab-separated columns (id, type, names, adjectives), found 2",
                error("rasht\tPlace\n"));
        assertEquals("names.tsv:1: bad id 'Rasht City' (lower-case letters, digits and single hyphens)",
                error("Rasht City\tPlace\tRasht\n"));
    }

    private String error(String content) throws IOException {
        Path file = dir.resolve("names.tsv");
        Files.writeString(file, content);
        return assertThrows(GilanKgException.class, () -> NameListReader.read(file)).getMessage().replace(dir + "/", "");
    }
}
