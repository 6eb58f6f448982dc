package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** journal-kg citations: every format, on a real database. */
class CitationsCommandTest {

    static String db;

    @BeforeAll
    static void build() {
        db = org.journalkg.SharedDatabase.path().toString();
    }

    @Test
    void json_lists_every_footnote_in_document_order_with_csl_items() {
        Cli r = Cli.run("citations", "--db", db);
        assertEquals(0, r.exit(), r.err());
        JsonArray notes = JSON.parseAny(r.out()).getAsArray();
        assertEquals(268, notes.size());
        JsonObject first = notes.get(1).getAsObject();
        assertEquals("https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/5", first.get("article").getAsString().value());
        assertEquals(5, first.get("firstPage").getAsNumber().value().intValue());
        assertEquals(1, first.get("footnote").getAsNumber().value().intValue());
        assertEquals("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。", first.get("text").getAsString().value());
        assertFalse(first.get("ibid").getAsBoolean().value());
        JsonObject item = first.get("items").getAsArray().get(0).getAsObject();
        assertEquals("book", item.get("type").getAsString().value());
        assertEquals("战略环境与国家方略", item.get("title").getAsString().value());
        assertEquals("王存刚", item.get("author").getAsArray().get(0).getAsObject().get("literal").getAsString().value());
        assertEquals("北京大学出版社", item.get("publisher").getAsString().value());
        assertEquals("北京", item.get("publisher-place").getAsString().value());
        assertEquals(2016, item.get("issued").getAsObject().get("date-parts").getAsArray().get(0).getAsArray().get(0).getAsNumber().value().intValue());
        assertTrue(item.get("id").getAsString().value().startsWith("https://w3id.org/journal-kg/id/work/"));

        JsonObject ibid = notes.get(13).getAsObject();
        assertEquals(13, ibid.get("footnote").getAsNumber().value().intValue());
        assertTrue(ibid.get("ibid").getAsBoolean().value());
        JsonObject cited = ibid.get("items").getAsArray().get(0).getAsObject();
        assertEquals("National Security Strategy of the United States of America", cited.get("title").getAsString().value());
        assertEquals("20", cited.get("locator").getAsString().value());
    }

    @Test
    void one_article_only() {
        String art = "https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/24";
        JsonArray notes = JSON.parseAny(Cli.run("citations", "--db", db, "--article", art).out()).getAsArray();
        assertEquals(30, notes.size());
        Cli none = Cli.run("citations", "--db", db, "--article", "https://example.org/nothing");
        assertEquals(1, none.exit());
    }

    @Test
    void csl_json_bibtex_and_ris_give_each_work_once() {
        JsonArray works = JSON.parseAny(Cli.run("citations", "--db", db, "--format", "csl-json").out()).getAsArray();
        List<String> ids = works.stream().map(JsonValue::getAsObject).map(o -> o.get("id").getAsString().value()).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(works.stream().noneMatch(o -> o.getAsObject().hasKey("locator")), "locators belong to citations, not works");
        String bib = Cli.run("citations", "--db", db, "--format", "bibtex").out();
        assertEquals(ids.size(), bib.lines().filter(l -> l.startsWith("@")).count());
        assertTrue(bib.contains("title = {战略环境与国家方略},"), bib.substring(0, 400));
        String ris = Cli.run("citations", "--db", db, "--format", "ris").out();
        assertEquals(ids.size(), ris.lines().filter(l -> l.startsWith("TY  - ")).count());
        assertEquals(ids.size(), ris.lines().filter(l -> l.startsWith("ER  - ")).count());
        Cli docx = Cli.run("citations", "--db", db, "--format", "docx");
        assertEquals(1, docx.exit());
        assertEquals("journal-kg: --format docx: expected json, csl-json, bibtex or ris", docx.err().strip());
    }

    @Test
    void a_csl_style_formats_each_work_once_in_the_order_of_first_citation() {
        int works = JSON.parseAny(Cli.run("citations", "--db", db, "--format", "csl-json").out()).getAsArray().size();
        Cli gb = Cli.run("citations", "--db", db, "--style", "chinese-gb7714-2005-numeric");
        assertEquals(0, gb.exit(), gb.err());
        List<String> lines = gb.out().lines().toList();
        assertEquals(works, lines.size());
        assertEquals("[3]王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016.", lines.get(2));
        Cli html = Cli.run("citations", "--db", db, "--style", "apa", "--output-format", "html");
        assertEquals(works, html.out().split("<div class=\"csl-entry\">", -1).length - 1);
        Cli both = Cli.run("citations", "--db", db, "--style", "apa", "--format", "ris");
        assertEquals(1, both.exit());
        assertEquals("journal-kg: --format and --style: give one of them", RefsCommandTest.lastLine(both.err()));
        Cli alone = Cli.run("citations", "--db", db, "--output-format", "html");
        assertEquals("journal-kg: --output-format needs --style", RefsCommandTest.lastLine(alone.err()));
        Cli unknown = Cli.run("citations", "--db", db, "--style", "gost");
        assertEquals(1, unknown.exit());
        assertEquals("journal-kg: --style gost: no such CSL style; close ones: gost-r-7-0-5-2008, gost-r-7-0-5-2008-numeric, "
                + "gost-r-7-0-5-2008-numeric-alphabetical, apa, chicago-note-bibliography", RefsCommandTest.lastLine(unknown.err()));
    }

    @Test
    void unparsed_notes_are_listed() {
        Cli r = Cli.run("citations", "--db", db, "--unparsed");
        assertEquals(List.of("91#54"), r.out().lines().map(l -> l.split("\t")[0]).toList());
    }

    @Test
    void self_citations_and_shared_sources_by_canned_query() {
        String self = Cli.run("query", "--db", db, "--format", "csv", "self-citations").out();
        assertTrue(self.contains("67,AuthorSelfCitation,远东西伯利亚开发的国际政治经济学,61-94"), self);
        assertTrue(self.contains("48,AuthorSelfCitation,Es schwindelt. Перекройка мира как MAGA-проект,74"), self);
        assertTrue(self.contains("91,JournalSelfCitation,南高加索安全复合体的生成困境探析,128"), self);
        String shared = Cli.run("query", "--db", db, "--format", "csv", "shared-sources").out();
        assertEquals(5, shared.strip().split("\r\n").length, shared);
    }
}
