package org.journalkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.journalkg.cli.CliAccess;
import org.journalkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: Debian's headless Chromium, driven by Selenium through
 * chromium-driver. Asks, runs a query in YASGUI, opens the graph view and the report (the walk
 * through the views), and in the pages' tests opens every kind of address by URL: the overview,
 * /?ask=, typed pages, the graph with its filters, another interface language, the back button.
 * After each test, no request failed and none went to another host. Screenshots go to
 * target/screenshots. {@link #readme_screenshots} makes the README's three small ones (overview, article,
 * graph) in target/screenshots/readme, and writes them to docs/img when asked:
 * <pre>
 *   mvn -B -o -q test -Dtest=BrowserTest#readme_screenshots -Dreadme.img=docs/img
 * </pre>
 * The browser's language is German, so the page starts in its default, Chinese.
 * Skipped, saying why, where Chromium is not installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String ID = "https://w3id.org/journal-kg/id/";
    static final String ARTICLE_24 = "/id/issue/1009-721X/2026/2/article/24";

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
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        o.setBinary(CHROMIUM.toString());
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de",
                "download.default_directory", dir.resolve("downloads").toAbsolutePath().toString(), "download.prompt_for_download", false));
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--lang=de-DE",
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

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** Opens an address of the page and waits until the view's content (css) is there. */
    static void open(String address, String css) {
        browser.get(base + address);
        waiting().until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }

    /**
     * No request failed (the browser's console, and the page's own count of failed fetches and
     * resources), and every request to the network went to this server.
     */
    @AfterEach
    void noFailedOrOutsideRequest() {
        if (browser == null) {
            return;
        }
        List<String> failed = new ArrayList<>();
        for (LogEntry l : browser.manage().logs().get(LogType.BROWSER)) {
            if (l.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                failed.add(l.getMessage());
            }
        }
        Object counted = js("return window.journalKgFailures || []");
        ((List<?>) counted).forEach(f -> failed.add("page: " + f));
        List<String> outside = new ArrayList<>();
        for (LogEntry l : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject m = JSON.parse(l.getMessage()).getObj("message");
            if (m.getString("method").equals("Network.requestWillBeSent")) {
                String url = m.getObj("params").getObj("request").getString("url");
                // The browser's own pages (chrome://) are not the network; data: and blob: stay in the page.
                if (url.matches("(?i)(https?|wss?|ftp)://.*") && !url.startsWith(base + "/")) {
                    outside.add(url);
                }
            }
        }
        assertEquals(List.of(), failed, "failed requests or errors in the console");
        assertEquals(List.of(), outside, "requests to other hosts");
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
        browser.get(base + "/?lang=en");
        assertTrue(browser.getTitle().startsWith("journal-kg"));

        WebElement term = browser.findElement(By.id("ask-term"));
        term.sendKeys("ШОС");
        browser.findElement(By.cssSelector("#ask-form button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("li.hit")).isEmpty());
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertEquals(4, hits.size());
        assertTrue(hits.get(0).getText().contains("p. 24"), hits.get(0).getText());
        assertEquals("/?ask=%D0%A8%D0%9E%D0%A1&lang=en", js("return location.pathname + location.search"));
        screenshot("ask");

        // A term no entity is called: the answer says it is a text match, and so does each hit.
        term = browser.findElement(By.id("ask-term"));
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

        browser.findElement(By.cssSelector("nav a[data-nav=sparql]")).click();
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return !!window.journalKgYasgui") == Boolean.TRUE);
        waiting().until(d -> d.findElements(By.cssSelector("#canned-list a")).size() == org.journalkg.query.QueryLibrary.names().size());
        js("const t = window.journalKgYasgui.getTab();"
                + "t.setQuery('SELECT ?page WHERE { ?a a <http://purl.org/ontology/bibo/AcademicArticle> ; <http://purl.org/ontology/bibo/pageStart> ?page } ORDER BY ?page');"
                + "t.query();");
        waiting().until(d -> d.findElement(By.id("yasgui")).getText().contains("121"));
        screenshot("sparql");
        // A canned query has an address: its link puts it in the editor and runs it.
        browser.findElement(By.linkText("keywords")).click();
        waiting().until(d -> "/sparql?canned=keywords&lang=en".equals(js("return location.pathname + location.search")));
        assertEquals(org.journalkg.rdf.Vocab.sparqlPrefixes() + org.journalkg.query.QueryLibrary.text("keywords"), js("return window.journalKgYasgui.getTab().getQuery()"));
        // Prefixes complete from the graph's own list (YASGUI would ask prefix.cc).
        js("const y = window.journalKgYasgui.getTab().getYasqe(); y.setValue('PREFIX bi'); y.focus(); y.getDoc().setCursor({line: 0, ch: 9}); y.autocomplete();");
        waiting().until(d -> !d.findElements(By.cssSelector(".CodeMirror-hints")).isEmpty());
        assertEquals("bibo: <http://purl.org/ontology/bibo/>", text(".CodeMirror-hints"));

        browser.findElement(By.cssSelector("nav a[data-nav=graph]")).click();
        waiting().until(d -> {
            Object n = ((JavascriptExecutor) d).executeScript("return window.journalKgCy ? window.journalKgCy.nodes().length : 0");
            return ((Number) n).intValue() > 10;
        });
        js("window.journalKgCy.getElementById('" + ID + "entity/sco').emit('tap');");
        waiting().until(d -> d.findElement(By.id("details")).getText().contains("Shanghai Cooperation Organization"));
        screenshot("graph");

        // The Report view: every finding build wrote, then only the names findings.
        int findings = JSON.parseAny(Files.readString(dir.resolve("db").resolve(Store.REPORT))).getAsArray().size();
        browser.findElement(By.cssSelector("nav a[data-nav=report]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("tr.finding")).isEmpty());
        assertEquals(findings, browser.findElements(By.cssSelector("tr.finding")).size());
        new Select(browser.findElement(By.id("r-kind"))).selectByVisibleText("names");
        waiting().until(d -> d.findElements(By.cssSelector("tr.finding")).size() < findings);
        List<WebElement> names = browser.findElements(By.cssSelector("tr.finding"));
        assertEquals(4, names.size());
        assertTrue(names.stream().anyMatch(r -> r.getText().contains("付兴旻 / 付兴昶")), names.get(0).getText());
        assertTrue(browser.findElement(By.id("report-summary")).getText().endsWith("· 4 shown"), browser.findElement(By.id("report-summary")).getText());
        assertEquals("/report?kind=names&lang=en", js("return location.pathname + location.search"));
        screenshot("report");
    }

    @Test
    void the_report_address_opens_the_filtered_report_with_kinds_and_severities_in_the_interface_language() throws Exception {
        open("/report?kind=names", "tr.finding");
        List<WebElement> rows = all("tr.finding");
        assertEquals(4, rows.size());
        assertEquals("人名", new Select(browser.findElement(By.id("r-kind"))).getFirstSelectedOption().getText());
        assertEquals("names", browser.findElement(By.id("r-kind")).getAttribute("value"));
        assertEquals("人名", rows.get(0).findElements(By.tagName("td")).get(2).getText());
        assertTrue(List.of("错误", "警告", "提示").contains(rows.get(0).findElement(By.cssSelector("td.sev")).getText()), rows.get(0).getText());
        open("/report?kind=names&lang=ru", "tr.finding");
        assertEquals("имена", new Select(browser.findElement(By.id("r-kind"))).getFirstSelectedOption().getText());
    }

    @Test
    void the_ask_address_opens_the_answer_in_chinese() throws Exception {
        open("/?ask=ШОС", "li.hit");
        assertEquals("zh", js("return document.documentElement.lang"));
        assertEquals("ШОС", browser.findElement(By.id("ask-term")).getAttribute("value"));
        List<WebElement> hits = all("li.hit");
        assertEquals(4, hits.size());
        assertTrue(hits.get(0).getText().contains("第 24 页"), hits.get(0).getText());
        assertEquals("非西方视角下的上合组织：治理绩效、现实挑战与优化路径", hits.get(0).findElement(By.cssSelector("a.title")).getText(),
                "titles in the interface's language, not the term's");
        assertEquals(base + ARTICLE_24, hits.get(0).findElement(By.cssSelector("a.title")).getAttribute("href"));
        waiting().until(d -> text("#ask-entities").startsWith("上海合作组织 · 4 篇文章"));
        assertEquals("概览", text("nav a[data-nav=overview]"));
        screenshot("ask-zh");
    }

    @Test
    void the_overview_shows_the_collection() throws Exception {
        open("/", "li.article");
        assertEquals("7", text("[data-count=articles] b"));
        assertEquals("1", text("[data-count=issues] b"));
        assertEquals("1", text("[data-count=journals] b"));
        assertEquals("2026 年第 2 期", text("#outline ul.issues a"));
        List<WebElement> articles = all("li.article");
        assertEquals(7, articles.size());
        assertEquals("论中俄教育年与中俄关系", articles.get(0).findElement(By.cssSelector("a.title")).getText());
        assertTrue(articles.get(0).getText().contains("阿纳托利·托尔库诺夫"), articles.get(0).getText());
        assertTrue(articles.get(2).getText().contains("邓浩") && articles.get(2).getText().contains("第 24–47 页"), articles.get(2).getText());
        assertTrue(articles.get(2).getText().contains("30 条注释"), articles.get(2).getText());
        assertEquals(15, all("#top-actors tr").size() - 1);
        assertFalse(all("#top-works li").isEmpty());
        screenshot("overview");
    }

    @Test
    void an_article_page_reads_like_a_journal_page() throws Exception {
        open(ARTICLE_24, "#page h1");
        assertEquals("非西方视角下的上合组织：治理绩效、现实挑战与优化路径", text("#page h1"));
        assertEquals("文章", text("#page .kind"));
        assertTrue(text("#page .authors").contains("邓浩"), text("#page .authors"));
        assertEquals(3, all("#page ol.institutions li").size());
        assertEquals(List.of("zh", "ru", "en"), all("#abstracts .abstract").stream().map(e -> e.getAttribute("lang")).toList());
        assertEquals(30, all("#notes ol.notes > li").size());
        assertFalse(all("#notes ul.note-works a.work").isEmpty());
        WebElement sco = all("#actors tr.actor").stream().filter(r -> r.getText().startsWith("上海合作组织")).findFirst().orElseThrow();
        assertFalse(sco.findElements(By.tagName("blockquote")).isEmpty());
        assertEquals(ID + ARTICLE_24.substring(4), text("#page code.iri"));
        assertEquals(base + "/resource?iri=" + java.net.URLEncoder.encode(ID + ARTICLE_24.substring(4), java.nio.charset.StandardCharsets.UTF_8),
                browser.findElement(By.cssSelector("#page a.raw")).getAttribute("href"));
        screenshot("article");
    }

    @Test
    void person_work_and_actor_pages() throws Exception {
        open("/id/person/邓浩", "#page h1");
        assertEquals("邓浩", text("#page h1"));
        assertEquals(List.of("邓浩", "Дэн Хао", "Deng Hao"), all("#page .name").stream().map(e -> e.getText().replaceFirst("^\\S+ ", "")).toList());
        assertTrue(text("#wrote").contains("非西方视角下的上合组织"), text("#wrote"));
        screenshot("person");

        open("/id/work/4a69cd953d0bb1ed", "#page h1");
        assertEquals("От не-Запада к Мировому большинству", text("#page h1"));
        List<WebElement> citing = all("#cited-in li.citing");
        assertEquals(3, citing.size());
        assertEquals(3, all("#page a.export").size());
        screenshot("work");

        open("/id/entity/sco", "#page h1");
        assertEquals("上海合作组织", text("#page h1"));
        assertEquals(4, all("#ranked li.ranked").size());
        assertTrue(text("#page .alt").contains("ШОС"), text("#page .alt"));
        screenshot("actor");

        // An organization whose IRI keeps a character percent-encoded (、 as %E3%80%81), with its former member.
        open("/id/org/中国驻吉尔吉斯斯坦%E3%80%81格鲁吉亚大使馆", "#page h1");
        assertEquals("中国驻吉尔吉斯斯坦、格鲁吉亚大使馆", text("#page h1"));
        assertEquals("邓浩", text("#members li"));

        open("/id/entity/sco", "#page h1");
        // "show in graph": the actor and the four articles that name it.
        browser.findElement(By.cssSelector("#page a.ego")).click();
        waiting().until(d -> text("#g-ego").contains("上海合作组织"));
        waiting().until(d -> ((Number) js("return window.journalKgCy ? window.journalKgCy.nodes().length : 0")).intValue() == 5);
    }

    @Test
    void the_graph_address_keeps_its_filters_and_the_back_button_returns() throws Exception {
        String article = ID + "issue/1009-721X/2026/2/article/91";
        open("/graph?view=mentions&min=2&type=State&article=" + java.net.URLEncoder.encode(article, java.nio.charset.StandardCharsets.UTF_8), "#g-view option");
        waiting().until(d -> ((Number) js("return window.journalKgCy ? window.journalKgCy.nodes().length : 0")).intValue() > 1);
        assertEquals("mentions", browser.findElement(By.id("g-view")).getAttribute("value"));
        assertEquals("2", browser.findElement(By.id("g-min")).getAttribute("value"));
        assertEquals("State", browser.findElement(By.id("g-type")).getAttribute("value"));
        assertEquals(article, browser.findElement(By.id("g-article")).getAttribute("value"));
        assertEquals("俄罗斯", js("return window.journalKgCy.getElementById('" + ID + "entity/russia').data('text')"));

        // The whole mentions graph: only the larger nodes are labelled until one zooms in.
        open("/graph?view=mentions&min=1", "#g-view option");
        waiting().until(d -> ((Number) js("return window.journalKgCy ? window.journalKgCy.nodes().length : 0")).intValue() > 100);
        long nodes = ((Number) js("return window.journalKgCy.nodes().length")).longValue();
        long labelled = ((Number) js("return window.journalKgGraph.readable().length")).longValue();
        assertTrue(labelled > 0 && labelled < nodes, labelled + " of " + nodes);
        assertEquals(labelled, ((Number) js("return window.journalKgCy.nodes('.labelled').length")).longValue());
        assertTrue(((List<?>) js("return window.journalKgGraph.readable()")).contains("俄罗斯"));
        js("window.journalKgCy.zoom({level: window.journalKgCy.zoom() * 3, renderedPosition: {x: 400, y: 300}})");
        assertTrue(((Number) js("return window.journalKgGraph.readable().length")).longValue() > labelled);
        js("window.journalKgCy.fit()");
        screenshot("graph-zh");

        // Exports: the PNG of the view, and the SVG written from the nodes (every node, the readable labels).
        String png = (String) js("return window.journalKgGraph.png()");
        assertTrue(png.startsWith("data:image/png;base64,") && png.length() > 10_000, png.substring(0, 40));
        String svg = (String) js("return window.journalKgGraph.svg()");
        assertEquals(nodes, svg.split("<circle", -1).length - 1);
        assertEquals(((Number) js("return window.journalKgGraph.readable().length")).longValue(), svg.split("<text", -1).length - 1);
        assertTrue(svg.contains(">俄罗斯</text>"), svg.substring(0, 300));
        // The buttons download them.
        browser.findElement(By.id("g-png")).click();
        browser.findElement(By.id("g-svg")).click();
        Path png1 = dir.resolve("downloads").resolve("journal-kg-mentions.png"), svg1 = dir.resolve("downloads").resolve("journal-kg-mentions.svg");
        waiting().until(d -> Files.isRegularFile(png1) && Files.isRegularFile(svg1));
        byte[] pngBytes = Files.readAllBytes(png1);
        assertEquals("\u0089PNG", new String(pngBytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(Files.readString(svg1).contains(">俄罗斯</text>"));

        // A node's details lead to its ego view; back returns to the whole graph with the same filters.
        js("window.journalKgCy.getElementById('" + ID + "entity/sco').emit('tap');");
        waiting().until(d -> d.findElement(By.id("details")).getText().contains("上海合作组织"));
        browser.findElement(By.id("d-ego")).click();
        waiting().until(d -> !d.findElement(By.id("g-ego")).getText().isEmpty());
        assertTrue(((String) js("return location.search")).contains("ego=" + java.net.URLEncoder.encode(ID + "entity/sco", java.nio.charset.StandardCharsets.UTF_8)));
        waiting().until(d -> ((Number) js("return window.journalKgCy.nodes().length")).longValue() < nodes);
        assertTrue(((Boolean) js("return window.journalKgCy.getElementById('" + ID + "entity/sco').hasClass('ego')")));
        browser.navigate().back();
        waiting().until(d -> ((Number) js("return window.journalKgCy.nodes().length")).longValue() == nodes);
        assertEquals("/graph?view=mentions&min=1", js("return location.pathname + location.search"));
        assertEquals("", text("#g-ego"));
        assertEquals("1", browser.findElement(By.id("g-min")).getAttribute("value"));
    }

    /**
     * Labels never overlap: in the mentions graph and in an article's ego view, at the fitted zoom and zoomed
     * in twice, no two shown labels' boxes on screen (Cytoscape's own bounds: text, background, margin) meet,
     * and no label lies under another labelled node's disc. Zooming in shows more labels. Reopening the
     * address draws the same picture.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shown_labels_never_overlap_at_the_fitted_zoom_or_zoomed_in() throws Exception {
        String ego = java.net.URLEncoder.encode(ID + ARTICLE_24.substring(4), java.nio.charset.StandardCharsets.UTF_8);
        // Each view, and a label it must show at the fitted zoom: the heaviest actor, the article at the ego view's centre.
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("/graph?view=mentions&min=3", "俄罗斯");
        views.put("/graph?view=mentions&min=1&ego=" + ego, "非西方视角下的上合组织：治理绩效、现实挑战与优化路径");
        for (Map.Entry<String, String> view : views.entrySet()) {
            String address = view.getKey();
            open(address, "#g-view option");
            waiting().until(d -> ((Number) js("return window.journalKgCy ? window.journalKgCy.nodes().length : 0")).intValue() > 10
                    && (Boolean) js("return window.journalKgGraph.settled()"));
            List<String> fitted = shownLabels(address + " at the fitted zoom");
            assertTrue(fitted.size() >= 4 && fitted.contains(view.getValue()), address + ": " + fitted);
            double fittedZoom = ((Number) js("return window.journalKgCy.zoom()")).doubleValue();
            js("const cy = window.journalKgCy; cy.zoom({level: cy.zoom() * 2, renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}});");
            waiting().until(d -> (Boolean) js("return window.journalKgGraph.settled()"));
            assertEquals(2 * fittedZoom, ((Number) js("return window.journalKgCy.zoom()")).doubleValue(), 1e-9, "the view stays zoomed in");
            List<String> zoomed = shownLabels(address + " zoomed in ×2");
            assertTrue(zoomed.size() > fitted.size(), address + ": " + fitted + " then " + zoomed);
            screenshot("graph-labels-" + (address.contains("ego") ? "ego" : "mentions"));
        }
        // The same address draws the same picture: every node within a tenth of a pixel of where it was, the same labels.
        String address = views.keySet().iterator().next();
        String positions = "return window.journalKgCy.nodes().map(n => [n.id(), n.renderedPosition('x'), n.renderedPosition('y')])";
        String labels = "return window.journalKgCy.nodes('.labelled').map(n => n.id())";
        open(address, "#g-view option");
        waiting().until(d -> ((Number) js("return window.journalKgCy ? window.journalKgCy.nodes().length : 0")).intValue() > 10 && (Boolean) js("return window.journalKgGraph.settled()"));
        List<List<Object>> before = (List<List<Object>>) js(positions);
        Object labelledBefore = js(labels);
        open(address, "#g-view option");
        waiting().until(d -> ((Number) js("return window.journalKgCy ? window.journalKgCy.nodes().length : 0")).intValue() > 10 && (Boolean) js("return window.journalKgGraph.settled()"));
        List<List<Object>> after = (List<List<Object>>) js(positions);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).get(0), after.get(i).get(0));
            assertEquals(((Number) before.get(i).get(1)).doubleValue(), ((Number) after.get(i).get(1)).doubleValue(), 0.1, before.get(i).get(0) + " x");
            assertEquals(((Number) before.get(i).get(2)).doubleValue(), ((Number) after.get(i).get(2)).doubleValue(), 0.1, before.get(i).get(0) + " y");
        }
        assertEquals(labelledBefore, js(labels));
    }

    /**
     * The labels on screen, each checked to have a box that meets no other shown label's box and no other
     * labelled node's disc.
     */
    @SuppressWarnings("unchecked")
    private static List<String> shownLabels(String where) {
        List<Map<String, Object>> labels = (List<Map<String, Object>>) js(
                "const o = {includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false};"
                + "const d = {includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false};"
                + "return window.journalKgCy.nodes('.labelled').map(n => ({id: n.id(), text: n.pstyle('label').strValue,"
                + " label: n.renderedBoundingBox(o), disc: n.renderedBoundingBox(d)}));");
        List<String> meeting = new ArrayList<>();
        for (Map<String, Object> a : labels) {
            Map<String, Object> box = (Map<String, Object>) a.get("label");
            assertTrue(num(box, "w") > 4 && num(box, "h") > 4, where + ": " + a.get("text") + " has no label box " + box);
            for (Map<String, Object> b : labels) {
                if (a == b) {
                    continue;
                }
                if (a.get("id").toString().compareTo(b.get("id").toString()) < 0 && meet(box, (Map<String, Object>) b.get("label"))) {
                    meeting.add(a.get("text") + " / " + b.get("text"));
                }
                if (meet(box, (Map<String, Object>) b.get("disc"))) {
                    meeting.add(a.get("text") + " under the disc of " + b.get("text"));
                }
            }
        }
        assertEquals(List.of(), meeting, where + ": labels that overlap");
        return labels.stream().map(l -> (String) l.get("text")).toList();
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static boolean meet(Map<String, Object> a, Map<String, Object> b) {
        return num(a, "x1") < num(b, "x2") && num(b, "x1") < num(a, "x2") && num(a, "y1") < num(b, "y2") && num(b, "y1") < num(a, "y2");
    }

    @Test
    void links_lead_from_page_to_page_and_back() throws Exception {
        open("/", "li.article");
        all("li.article a.title").get(2).click();
        waiting().until(d -> text("#page h1").startsWith("非西方视角下的上合组织"));
        assertEquals(ARTICLE_24, js("return location.pathname"));
        browser.findElement(By.cssSelector("#page .authors a")).click();
        waiting().until(d -> text("#page h1").equals("邓浩"));
        browser.navigate().back();
        waiting().until(d -> text("#page h1").startsWith("非西方视角下的上合组织"));
        browser.navigate().back();
        waiting().until(d -> d.findElement(By.id("view-overview")).isDisplayed() && all("li.article").size() == 7);
        assertEquals("/", js("return location.pathname"));
    }

    @Test
    void the_interface_in_russian() throws Exception {
        open(ARTICLE_24 + "?lang=ru", "#page h1");
        assertEquals("ru", js("return document.documentElement.lang"));
        assertEquals("Обзор", text("nav a[data-nav=overview]"));
        assertEquals("Статья", text("#page .kind"));
        assertTrue(text("#page h1").startsWith("Шанхайская организация сотрудничества"), text("#page h1"));
        assertTrue(browser.findElement(By.cssSelector("#page .authors a")).getAttribute("href").endsWith("?lang=ru"));
        assertEquals("Аннотация", text("#abstracts h2"));
        screenshot("article-ru");
    }

    /** The README's screenshots: 1000 px wide, in a palette of 256 colours, each under 150 KB. */
    @Test
    void readme_screenshots() throws Exception {
        Path out = Path.of("target", "screenshots", "readme");
        Files.createDirectories(out);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1000, 700));
        try {
            open("/", "li.article");
            small(out.resolve("overview.png"));
            open(ARTICLE_24, "#notes");
            small(out.resolve("article.png"));
            open("/graph?view=mentions&min=3", "#g-view option");
            waiting().until(d -> ((Number) js("return window.journalKgCy ? window.journalKgCy.nodes().length : 0")).intValue() > 10);
            small(out.resolve("graph.png"));
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
        String to = System.getProperty("readme.img");
        if (to != null) {
            Files.createDirectories(Path.of(to));
            for (String f : List.of("overview.png", "article.png", "graph.png")) {
                Files.copy(out.resolve(f), Path.of(to).resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void small(Path file) throws Exception {
        java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)));
        byte[] png = PalettePng.of(shot);
        Files.write(file, png);
        assertTrue(shot.getWidth() >= 900 && shot.getWidth() <= 1100, file + ": " + shot.getWidth() + " px wide");
        assertTrue(png.length < 150_000, file + ": " + png.length + " bytes");
    }
}
