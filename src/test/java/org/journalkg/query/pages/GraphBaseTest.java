package org.journalkg.query.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.journalkg.cli.CliAccess;
import org.journalkg.query.Ask;
import org.journalkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph's base read back from the data, and page addresses made from it: a database built
 * with another --base, and one of a single article without journal or issue, serve the same
 * kinds of pages at /id/… as the default one.
 */
class GraphBaseTest {

    static final String OTHER = "https://example.org/kg/";

    @TempDir
    Path dir;

    @Test
    void a_browser_sent_path_and_the_iri_it_stands_for() {
        GraphBase b = GraphBase.of("https://w3id.org/journal-kg/id/");
        assertEquals("/id/person/刘军", b.page("https://w3id.org/journal-kg/id/person/刘军"));
        assertEquals("/resource?iri=https%3A%2F%2Fexample.org%2Fx", b.page("https://example.org/x"));
        // As a browser sends it (UTF-8 percent-encoded), and as typed.
        assertTrue(b.iris("/id/person/%E5%88%98%E5%86%9B").contains("https://w3id.org/journal-kg/id/person/刘军"));
        assertEquals("https://w3id.org/journal-kg/id/person/刘军", b.iris("/id/person/刘军").get(0));
        // A character the build keeps percent-encoded (Iris.segment) stays so, whether the browser decoded it or not.
        assertTrue(b.iris("/id/org/A%28B%29").contains("https://w3id.org/journal-kg/id/org/A%28B%29"));
        assertTrue(b.iris("/id/org/A(B)").contains("https://w3id.org/journal-kg/id/org/A%28B%29"));
        assertTrue(b.iris("/id/org/%EF%BC%88x%EF%BC%89").contains("https://w3id.org/journal-kg/id/org/%EF%BC%88x%EF%BC%89"));
        assertEquals(List.of(), b.iris("/graph"));
        assertEquals(List.of(), b.iris("/id/"));
        assertEquals("100%", GraphBase.decode("100%"));
        assertEquals("a%zz", GraphBase.decode("a%zz"));
    }

    @Test
    void an_issue_built_with_another_base_serves_its_pages_under_id() {
        Path db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--base", OTHER, "--db", db.toString()));
        Dataset ds = Store.open(db);
        try {
            assertEquals(OTHER, GraphBase.of(ds).base());
            Ask ask = new Ask(ds);
            Pages pages = new Pages(ds, () -> ask);
            JsonObject sco = pages.byPath("/id/entity/sco", "ru");
            assertEquals("actor", sco.get("kind").getAsString().value());
            assertEquals(OTHER + "entity/sco", sco.get("iri").getAsString().value());
            assertEquals("/id/entity/sco", sco.get("page").getAsString().value());
            // In Russian the reader's label is asked for.
            assertEquals("Шанхайская организация сотрудничества", sco.get("ask").getAsString().value());
            assertEquals(4, sco.get("articlesTotal").getAsNumber().value().intValue());
            JsonObject article = pages.byPath("/id/issue/1009-721X/2026/2/article/24", "zh");
            assertEquals("article", article.get("kind").getAsString().value());
            assertEquals("/id/person/邓浩", article.get("authors").getAsArray().get(0).getAsObject().get("page").getAsString().value());
            assertNull(pages.byPath("/id/entity/sco-nowhere", "zh"));
            // The default base's IRI is no resource of this graph.
            assertNull(pages.byIri("https://w3id.org/journal-kg/id/entity/sco", "zh"));
            JsonObject overview = new Overview(ds).page(0, 1);
            assertEquals("/id/issue/1009-721X/2026/2/article/3",
                    overview.get("articles").getAsArray().get(0).getAsObject().get("page").getAsString().value());
        } finally {
            Store.release(ds);
        }
    }

    @Test
    void a_single_article_without_journal_or_issue_gives_the_base_by_its_own_iri() {
        Path db = dir.resolve("single");
        assertEquals(0, CliAccess.run("build", "--quiet", "--base", OTHER, "--db", db.toString(),
                "src/test/resources/samples/article-24.web.txt"));
        Dataset ds = Store.open(db);
        try {
            assertEquals(OTHER, GraphBase.of(ds).base());
            JsonObject overview = new Overview(ds).page(0, 20);
            assertEquals(1, overview.get("total").getAsNumber().value().intValue());
            assertEquals(0, overview.get("counts").getAsObject().get("journals").getAsNumber().value().intValue());
            JsonObject entry = overview.get("articles").getAsArray().get(0).getAsObject();
            assertFalse(entry.hasKey("issue"));
            String page = entry.get("page").getAsString().value();
            assertTrue(page.startsWith("/id/article/"), page);
            JsonObject article = new Pages(ds, () -> new Ask(ds)).byPath(page, "zh");
            assertEquals("article", article.get("kind").getAsString().value());
            assertEquals(30, article.get("notes").getAsArray().size());
            assertFalse(article.hasKey("issue"));
        } finally {
            Store.release(ds);
        }
    }
}
