package org.gilankg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gilankg.dataset.WikidataLinks;
import org.junit.jupiter.api.Test;

/**
 * The reviewed links file speaks of the graph the article gives today. The build only refuses a
 * published link to an unknown thing; a "none" line may outlive its thing (an edited article may
 * drop it). For the shipped article and its shipped file, every line must name a thing, so a rule
 * change that renames an event also updates the line a reviewer reads.
 */
class ReviewedLinksFileTest {

    private static final Path LINKS = Path.of("data/wikidata-links.tsv");

    @Test
    void everyLineNamesAThingOfTheArticlesGraph() {
        Pipeline.Result result = Pipeline.create().article(TestStores.ARTICLE).run();
        Set<String> things = WikidataLinks.things(result.dataset(), List.of());
        List<String> stale = WikidataLinks.read(LINKS).links().stream()
                .filter(l -> !things.contains(l.id()))
                .map(l -> LINKS + ":" + l.line() + ": " + l.id())
                .toList();
        assertEquals(List.of(), stale, "lines of the links file that name no thing of the graph");
    }
}
