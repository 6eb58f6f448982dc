package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.journalkg.issue.Article;
import org.journalkg.issue.Lang;
import org.junit.jupiter.api.Test;

/**
 * The evaluation set of src/test/resources/eval: 23 files of the articles on pp. 3, 48, 67, 91
 * and 121 in the five single-article layouts, made (with pandoc and by hand, see its README) and
 * annotated without sight of the readers. Every field of every file is compared with its
 * annotation, and a table per field is printed. Two differences remain, pinned here: an article
 * layout file without 【文章编号】 has no page to read (the annotation took it from the contents
 * the file does not hold), and a Markdown file that carries 【文章编号】 is read with its pages
 * (the annotation expects none for Markdown).
 */
class EvaluationTest {

    static final Path EVAL = Path.of("src/test/resources/eval");
    static final List<String> FIELDS = List.of("layout", "title_zh", "authors_zh", "keywords_zh", "footnotes", "first_footnote",
            "last_footnote", "abstract_zh_start", "firstPage", "sections");

    static Map<String, String> read(Path file) {
        Layouts.Reading r = Layouts.read(file, null);
        Article a = r.issue().articles().get(0);
        Map<String, String> got = new LinkedHashMap<>();
        got.put("layout", r.layout().tag());
        got.put("title_zh", String.valueOf(a.title().get(Lang.ZH)));
        got.put("authors_zh", a.authors().stream().map(c -> String.valueOf(c.person().name().get(Lang.ZH))).toList().toString());
        got.put("keywords_zh", a.keywords(Lang.ZH).toString());
        got.put("footnotes", String.valueOf(a.footnotes().size()));
        got.put("first_footnote", a.footnotes().isEmpty() ? "null" : a.footnotes().get(0).text());
        got.put("last_footnote", a.footnotes().isEmpty() ? "null" : a.footnotes().get(a.footnotes().size() - 1).text());
        String abs = a.abstracts().get(Lang.ZH);
        got.put("abstract_zh_start", abs == null ? "null" : abs.substring(0, Math.min(20, abs.length())));
        got.put("firstPage", a.firstPage() == 0 ? "null" : String.valueOf(a.firstPage()));
        got.put("sections", String.valueOf(a.sections().stream().filter(s -> s.label() != null && s.label().matches("[一二三四五六七八九十]+")).count()));
        got.put("warnings", String.valueOf(r.issue().warnings().size()));
        return got;
    }

    static String expected(JsonValue v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isArray()) {
            return v.getAsArray().stream().map(j -> j.getAsString().value()).toList().toString();
        }
        return v.isString() ? v.getAsString().value() : v.getAsNumber().value().toString();
    }

    @Test
    void every_file_reads_as_annotated_but_two_pinned_differences() throws IOException {
        List<String> differences = new ArrayList<>();
        Map<String, int[]> right = new LinkedHashMap<>();
        FIELDS.forEach(f -> right.put(f, new int[2]));
        int files = 0;
        int warned = 0;
        try (Stream<Path> s = Files.list(EVAL.resolve("expected"))) {
            for (Path e : s.sorted().toList()) {
                JsonObject x = JSON.read(e.toString());
                String file = x.get("file").getAsString().value();
                Map<String, String> got = read(EVAL.resolve(file));
                files++;
                warned += got.get("warnings").equals("0") ? 0 : 1;
                for (String f : FIELDS) {
                    boolean ok = expected(x.get(f)).equals(got.get(f));
                    right.get(f)[ok ? 0 : 1]++;
                    if (!ok) {
                        differences.add(file + " " + f + ": expected " + expected(x.get(f)) + ", read " + got.get(f));
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("field              right of " + files + "\n");
        right.forEach((f, c) -> table.append(String.format("%-18s %5d%n", f, c[0])));
        System.out.println(table + "files with reader warnings: " + warned);
        assertEquals(23, files);
        assertEquals(List.of("rs2026-2_p003_torkunov.article.md firstPage: expected 3, read null",
                "yefremenko_eurasianism_2026.md firstPage: expected null, read 48"), differences);
        assertEquals(1, warned, "the article without an article number says so");
    }
}
