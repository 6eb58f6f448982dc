package org.journalkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.journalkg.cli.CliAccess;
import org.journalkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: Debian's headless Chromium, driven by Selenium through
 * chromium-driver. Loads the page, asks, runs a query in YASGUI, opens the graph view and saves
 * screenshots in target/screenshots. Skipped, saying why, where Chromium is not installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    static Dataset ds;
    static FusekiServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: no " + CHROMIUM + " or " + DRIVER + " (apt-get install chromium chromium-driver)");
        Path db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString()));
        ds = Store.open(db);
        server = KgServer.builder(ds).report(db.resolve(Store.REPORT)).port(0).build();
        server.start();
        base = "http://127.0.0.1:" + server.getPort();
        ChromeOptions o = new ChromeOptions();
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("chrome"), "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
            Store.release(ds);
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    static void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void ask_query_and_graph_in_the_page() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            browser.manage().logs().get("browser").forEach(l -> System.out.println("browser: " + l));
            throw e;
        }
    }

    private void walkThrough() throws Exception {
        browser.get(base + "/");
        assertTrue(browser.getTitle().startsWith("journal-kg"));

        WebElement term = browser.findElement(By.id("ask-term"));
        term.sendKeys("ШОС");
        browser.findElement(By.cssSelector("#ask-form button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("li.hit")).isEmpty());
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertEquals(4, hits.size());
        assertTrue(hits.get(0).getText().contains("p. 24"), hits.get(0).getText());
        screenshot("ask");

        // A term no entity is called: the answer says it is a text match, and so does each hit.
        term.clear();
        term.sendKeys("大交易");
        browser.findElement(By.cssSelector("#ask-form button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("p.text-match")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("p.text-match")).getText().startsWith("Text match: no actor or concept is called “大交易”; 1 article contains it."),
                browser.findElement(By.cssSelector("p.text-match")).getText());
        List<WebElement> textHits = browser.findElements(By.cssSelector("li.hit.text"));
        assertEquals(1, textHits.size());
        assertTrue(textHits.get(0).getText().contains("text match") && textHits.get(0).getText().contains("大交易"), textHits.get(0).getText());
        screenshot("ask-text");

        browser.findElement(By.cssSelector("nav button[data-tab=sparql]")).click();
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return !!window.journalKgYasgui") == Boolean.TRUE);
        waiting().until(d -> d.findElements(By.cssSelector("#canned-list button")).size() == org.journalkg.query.QueryLibrary.names().size());
        ((JavascriptExecutor) browser).executeScript("const t = window.journalKgYasgui.getTab();"
                + "t.setQuery('SELECT ?page WHERE { ?a a <http://purl.org/ontology/bibo/AcademicArticle> ; <http://purl.org/ontology/bibo/pageStart> ?page } ORDER BY ?page');"
                + "t.query();");
        waiting().until(d -> d.findElement(By.id("yasgui")).getText().contains("121"));
        screenshot("sparql");

        browser.findElement(By.cssSelector("nav button[data-tab=graph]")).click();
        waiting().until(d -> {
            Object n = ((JavascriptExecutor) d).executeScript("return window.journalKgCy ? window.journalKgCy.nodes().length : 0");
            return ((Number) n).intValue() > 10;
        });
        ((JavascriptExecutor) browser).executeScript("const cy = window.journalKgCy;"
                + "cy.getElementById('https://w3id.org/journal-kg/id/entity/sco').emit('tap');");
        waiting().until(d -> d.findElement(By.id("details")).getText().contains("Shanghai Cooperation Organization"));
        screenshot("graph");

        // The Report view: every finding build wrote, then only the names findings.
        int all = org.apache.jena.atlas.json.JSON.parseAny(Files.readString(dir.resolve("db").resolve(Store.REPORT))).getAsArray().size();
        browser.findElement(By.cssSelector("nav button[data-tab=report]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr.finding")).isEmpty());
        assertEquals(all, browser.findElements(By.cssSelector("tr.finding")).size());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("r-kind"))).selectByVisibleText("names");
        waiting().until(d -> d.findElements(By.cssSelector("tr.finding")).size() < all);
        List<WebElement> names = browser.findElements(By.cssSelector("tr.finding"));
        assertEquals(4, names.size());
        assertTrue(names.stream().anyMatch(r -> r.getText().contains("付兴旻 / 付兴昶")), names.get(0).getText());
        assertTrue(browser.findElement(By.id("report-summary")).getText().endsWith("· 4 shown"), browser.findElement(By.id("report-summary")).getText());
        screenshot("report");
    }
}
