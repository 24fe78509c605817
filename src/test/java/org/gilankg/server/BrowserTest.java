package org.gilankg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gilankg.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person uses them, in a headless chromium driven by its chromedriver, found
 * through CHROME_BIN and CHROMEDRIVER or on the PATH (Debian's chromium and chromium-driver,
 * installed by .ci/run; no browser is downloaded). Without them the tests are skipped, except
 * under CI=true, where they fail. A screenshot of each page goes to target/screenshots/ for review.
 */
class BrowserTest {

    static final Path CHROMIUM = find("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
    static final Path CHROMEDRIVER = find("CHROMEDRIVER", "chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** Selenium warns through java.util.logging that it has no DevTools support for this chromium; the tests use none. */
    static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    static Path dir;

    static GilanServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = CHROMIUM != null && CHROMEDRIVER != null;
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs chromium and chromedriver on the PATH or in CHROME_BIN and CHROMEDRIVER (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "no chromium and chromedriver on the PATH or in CHROME_BIN and CHROMEDRIVER (.ci/run installs Debian's)");
        server = GilanServer.create().store(TestStores.build(TestStores.ARTICLE, dir)).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** An executable named by the environment variable, else the first of the names found on the PATH; null if none. */
    static Path find(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(variable + "=" + given + ": not an executable file");
            }
            return p;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    static void open(String path) {
        browser.get(server.url() + path);
    }

    static WebDriverWait waiting() {
        // A poll that lands while the page is navigating fails with "aborted by navigation": poll again.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theHomePageEditorRunsAnExampleQueryAndShowsRows() throws IOException {
        open("/");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        waiting().until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 10);
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(table.contains("Mirza Kuchik Khan"), "the first example (everyone the article names) lists Mirza");
        screenshot("home");
    }

    @Test
    void aResourcePageShowsItsFactsAndTheirSourceSentences() throws IOException {
        open("/resource/mirza-kuchik-khan");
        assertEquals("Mirza Kuchik Khan", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector(".aliases")).getText().contains("Mirza Koochak Khan"));
        WebElement facts = browser.findElement(By.tagName("table"));
        assertTrue(facts.findElement(By.linkText("Alborz Mountains")).getAttribute("href").endsWith("/resource/alborz-mountains"));
        List<String> marked = browser.findElements(By.cssSelector("blockquote.source mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(s -> s.contains("fled alone into the Alborz Mountains")), "the source sentence, highlighted");
        assertTrue(browser.findElement(By.cssSelector(".summary")).getText().contains("died in Alborz Mountains"));
        screenshot("resource-mirza-kuchik-khan");
    }

    @Test
    void theTimelineListsTheEventsInOrder() throws IOException {
        open("/timeline");
        List<WebElement> items = browser.findElements(By.cssSelector("ol.timeline li"));
        List<String> dates = browser.findElements(By.cssSelector("ol.timeline time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
        assertTrue(items.size() >= 10, "entries: " + items.size());
        assertEquals(dates.stream().sorted().toList(), dates, "in date order");
        List<String> text = items.stream().map(WebElement::getText).toList();
        int fleet = indexOf(text, "Entry of Soviet Caspian Fleet into Anzali");
        int rasht = indexOf(text, "Departure of Mirza Kuchik Khan from Rasht");
        int end = indexOf(text, "Persian Socialist Soviet Republic ends");
        assertTrue(fleet >= 0 && fleet < rasht && rasht < end, text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("sources differ")), "the conflicting start dates are shown as such");
        screenshot("timeline");
    }

    @Test
    void searchFindsMirzaKuchikKhanUnderTwoSpellings() throws IOException {
        for (String spelling : List.of("Kuchik", "Koochak")) {
            open("/");
            WebElement box = browser.findElement(By.id("site-search"));
            box.sendKeys(spelling, Keys.ENTER);
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
            WebElement first = browser.findElement(By.cssSelector("ol.results a"));
            assertTrue(first.getAttribute("href").endsWith("/resource/mirza-kuchik-khan"), spelling + " finds " + first.getText());
            screenshot("search-" + spelling.toLowerCase());
        }
    }

    @Test
    void theNetworkDrawsPeopleAndOpensTheirPages() throws IOException {
        open("/network");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        waiting().until(d -> js.executeScript("return window.gilanNetwork ? window.gilanNetwork.nodes().length : 0") instanceof Long n && n > 20);
        screenshot("network");
        // One component: Mirza Kuchik Khan reaches Lenin, Ehsanollah Khan and Soviet Russia.
        assertEquals(1L, js.executeScript("return window.gilanNetwork.elements().components().length"));
        for (String other : List.of("vladimir-lenin", "ehsanollah-khan-dustdar", "soviet-russia")) {
            assertEquals(Boolean.TRUE, js.executeScript("""
                    const cy = window.gilanNetwork, r = 'https://w3id.org/gilan-kg/resource/';
                    return cy.elements().aStar({ root: cy.getElementById(r + 'mirza-kuchik-khan'),
                                                 goal: cy.getElementById(r + arguments[0]) }).found;""", other), other);
        }
        assertEquals(List.of(), overlappingLabels(js), "no two node labels overlap");
        // Events are nodes that connect: the filter hides them, and the labels still do not overlap.
        long events = (Long) js.executeScript("return window.gilanNetwork.nodes('[type = \\'Event\\']').length");
        assertTrue(events > 5, "events drawn: " + events);
        browser.findElement(By.id("show-Event")).click();
        assertEquals(0L, js.executeScript("return window.gilanNetwork.nodes('[type = \\'Event\\']:visible').length"));
        assertEquals(List.of(), overlappingLabels(js), "no overlap after filtering");
        browser.findElement(By.id("show-Event")).click();
        js.executeScript("window.gilanNetwork.getElementById('https://w3id.org/gilan-kg/resource/vladimir-lenin').emit('tap')");
        waiting().until(ExpectedConditions.urlContains("/resource/vladimir-lenin"));
        assertEquals("Vladimir Lenin", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void pagesPassABasicAccessibilityCheck() {
        for (String path : List.of("/", "/resource/mirza-kuchik-khan", "/timeline", "/network", "/search?q=khan")) {
            open(path);
            JavascriptExecutor js = (JavascriptExecutor) browser;
            // Keyboard: the first Tab reaches the skip link, which leads to the main content.
            // (The editor on the home page takes focus when it loads; a keyboard user starts from the top.)
            js.executeScript("document.body.setAttribute('tabindex', '-1'); document.body.focus(); "
                    + "document.body.removeAttribute('tabindex'); window.scrollTo(0, 0);");
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            assertEquals("Skip to content", focused.getText(), path + ": focus went to " + focused.getAttribute("outerHTML"));
            // Every image has alternative text; every form field has a label.
            assertEquals(0L, js.executeScript("return document.querySelectorAll('img:not([alt])').length"), path);
            assertEquals(0L, js.executeScript("""
                    return [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
                      .filter(e => !e.closest('.yasgui, .CodeMirror'))
                      .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]')) && !e.getAttribute('aria-label')).length"""), path);
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
            // Text contrast at least 4.5:1 (WCAG AA) for our own text.
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> low = (List<Map<String, Object>>) js.executeScript(CONTRAST_CHECK);
            assertTrue(low.isEmpty(), path + " has low-contrast text: " + low);
        }
    }

    /** The pairs of visible nodes whose label boxes (node and label, as cytoscape draws them) intersect. */
    @SuppressWarnings("unchecked")
    static List<String> overlappingLabels(JavascriptExecutor js) {
        return (List<String>) js.executeScript("""
                const nodes = window.gilanNetwork.nodes(':visible');
                const boxes = nodes.map(n => n.boundingBox({ includeLabels: true, includeOverlays: false }));
                const out = [];
                for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(nodes[i].data('label') + ' / ' + nodes[j].data('label'));
                }
                return out;""");
    }

    private static int indexOf(List<String> items, String text) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Computes WCAG contrast of text elements against the nearest opaque background. */
    private static final String CONTRAST_CHECK = """
            function rgb(s) { const m = s.match(/[\\d.]+/g); return m ? m.map(Number) : [0,0,0,0]; }
            function lum(c) { const a = c.slice(0,3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                              return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2]; }
            function bg(e) { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
                              if (c.length < 4 || c[3] > 0) return c; } return [255,255,255,1]; }
            const low = [];
            for (const e of document.querySelectorAll('main p, main a, main th, main td, main li, main span, main h1, main h2, nav a, footer p, mark')) {
              if (e.closest('.yasgui') || !e.textContent.trim() || e.offsetParent === null) continue;
              const f = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));
              const ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
              if (ratio < 4.5) low.push({ text: e.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
            }
            return low.slice(0, 5);""";
}
