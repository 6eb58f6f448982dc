package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** journal-kg refs: reference strings or notes, one a line, without a database. */
class RefsCommandTest {

    static final String FOUR = """
            [1] 参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年，第 15 页。
            2. John J. Mearsheimer, *The Tragedy of Great Power Politics*, New York: W. W. Norton, 2001, p. 20.

            Ibid., p. 25.
            这里的讨论参考了多方意见。
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** The same JSON, keys in the same order. */
    private static void assertSameJson(String expected, String actual) {
        assertEquals(JSON.toStringFlat(JSON.parseAny(expected)), JSON.toStringFlat(JSON.parseAny(actual)));
    }

    @Test
    void json_has_one_entry_per_line_with_csl_items() throws IOException {
        Cli r = Cli.run("refs", file("refs.txt", FOUR).toString());
        assertEquals(0, r.exit(), r.err());
        assertSameJson("""
                [
                  {"text": "[1] 参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年，第 15 页。", "ibid": false, "items": [
                    {"id": "ref-1-1", "type": "book", "title": "战略环境与国家方略", "author": [{"literal": "王存刚"}],
                     "publisher": "北京大学出版社", "publisher-place": "北京", "issued": {"date-parts": [[2016]]},
                     "language": "zh", "locator": "15", "label": "page"}]},
                  {"text": "2. John J. Mearsheimer, *The Tragedy of Great Power Politics*, New York: W. W. Norton, 2001, p. 20.", "ibid": false, "items": [
                    {"id": "ref-2-1", "type": "book", "title": "The Tragedy of Great Power Politics",
                     "author": [{"family": "Mearsheimer", "given": "John J."}], "publisher": "W. W. Norton",
                     "publisher-place": "New York", "issued": {"date-parts": [[2001]]}, "language": "en",
                     "locator": "20", "label": "page"}]},
                  {"text": "Ibid., p. 25.", "ibid": true, "items": [
                    {"id": "ref-2-1", "type": "book", "title": "The Tragedy of Great Power Politics",
                     "author": [{"family": "Mearsheimer", "given": "John J."}], "publisher": "W. W. Norton",
                     "publisher-place": "New York", "issued": {"date-parts": [[2001]]}, "language": "en",
                     "locator": "25", "label": "page"}]},
                  {"text": "这里的讨论参考了多方意见。", "ibid": false, "items": []}
                ]
                """, r.out());
        assertEquals(r.out(), Cli.run("refs", file("again.txt", FOUR).toString()).out(), "the same input gives the same output");
    }

    @Test
    void csl_json_bibtex_and_ris_give_each_distinct_work_once() throws IOException {
        Path f = file("dupes.txt", FOUR + """
                ① 王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年，第 99 页。
                12) 同上。
                """);
        JsonArray works = JSON.parseAny(Cli.run("refs", "--format", "csl-json", f.toString()).out()).getAsArray();
        assertEquals(List.of("ref-1-1", "ref-2-1"), works.stream().map(JsonValue::getAsObject).map(o -> o.get("id").getAsString().value()).toList());
        assertTrue(works.stream().noneMatch(o -> o.getAsObject().hasKey("locator")), "locators belong to lines, not works");
        String bib = Cli.run("refs", "--format", "bibtex", f.toString()).out();
        assertEquals(2, bib.lines().filter(l -> l.startsWith("@")).count(), bib);
        String ris = Cli.run("refs", "--format", "ris", f.toString()).out();
        assertEquals(2, ris.lines().filter(l -> l.startsWith("TY  - ")).count(), ris);
    }

    @Test
    void standard_input_with_a_dash_or_no_file() {
        String dash = withInput(FOUR, "refs", "-", "--format", "csl-json");
        String none = withInput(FOUR, "refs", "--format", "csl-json");
        assertEquals(dash, none);
        assertEquals(2, JSON.parseAny(dash).getAsArray().size(), dash);
        assertEquals("[ ]", withInput("", "refs").strip());
    }

    @Test
    void a_missing_file_is_one_line_and_exit_1() {
        Path missing = dir.resolve("missing.txt");
        Cli r = Cli.run("refs", missing.toString());
        assertEquals(1, r.exit());
        assertEquals("journal-kg: " + missing + ": no such file", lastLine(r.err()));
        assertEquals("", r.out());
    }

    @Test
    void labels_are_taken_off_and_gb18030_files_read() throws IOException {
        String text = """
                [12] 王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。
                ［13］王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。
                14. 王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。
                15) 王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。
                ⑯王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。
                """;
        Path gb = dir.resolve("gb.txt");
        Files.write(gb, text.getBytes(Charset.forName("GB18030")));
        JsonArray entries = JSON.parseAny(Cli.run("refs", gb.toString()).out()).getAsArray();
        assertEquals(5, entries.size());
        for (JsonValue e : entries) {
            JsonArray items = e.getAsObject().get("items").getAsArray();
            assertEquals(1, items.size(), e.toString());
            assertEquals("王存刚", items.get(0).getAsObject().get("author").getAsArray().get(0).getAsObject().get("literal").getAsString().value());
        }
        assertEquals(1, JSON.parseAny(Cli.run("refs", "--format", "csl-json", gb.toString()).out()).getAsArray().size());
    }

    @Test
    void unparsed_lines_are_listed_with_their_numbers() throws IOException {
        Path f = file("bad.txt", """
                同上，第 5 页。
                王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。

                《没有作者的书》
                """);
        Cli r = Cli.run("refs", "--unparsed", f.toString(), file("more.txt", "《另一本书》\n").toString());
        assertEquals("1\t同上，第 5 页。\n4\t《没有作者的书》\n5\t《另一本书》\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void a_csl_style_formats_each_work_once() throws IOException {
        Cli r = Cli.run("refs", "--style", "apa", file("refs.txt", FOUR).toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("王存刚. (2016). 战略环境与国家方略. 北京大学出版社.",
                "Mearsheimer, J. J. (2001). The Tragedy of Great Power Politics. W. W. Norton."), r.out().lines().toList());
        String html = Cli.run("refs", "--style", "chinese-gb7714-2005-numeric", "--output-format", "html", file("refs.txt", FOUR).toString()).out();
        assertTrue(html.startsWith("<div class=\"csl-bib-body\">") && html.endsWith("</div>\n"), html);
        assertTrue(html.contains("<div class=\"csl-left-margin\">[2]</div><div class=\"csl-right-inline\">MEARSHEIMER J J. "), html);
        Cli unknown = Cli.run("refs", "--style", "no-such-style", file("x.txt", FOUR).toString());
        assertEquals(1, unknown.exit());
        assertTrue(lastLine(unknown.err()).startsWith("journal-kg: --style no-such-style: no such CSL style; close ones: "), unknown.err());
    }

    /** The command's own message: the last line of stderr (a server thread of another test may log before it). */
    static String lastLine(String err) {
        List<String> lines = err.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static String withInput(String text, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            Cli r = Cli.run(args);
            assertEquals(0, r.exit(), r.err());
            return r.out();
        } finally {
            System.setIn(old);
        }
    }
}
