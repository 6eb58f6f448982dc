package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.journalkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editorial report build writes beside the data (from the notes it parsed once for the
 * graph) is the report `check --format json` writes of the same files, byte for byte: here for
 * the issue with every sample article (each merged into the article, so that only the
 * checks read those files' own notes) and the note-style fixtures, whose works later notes fill.
 */
class BuildReportTest {

    static final String[] FILES = {"data/russian-studies-2026-02.md", "src/test/resources/samples", "src/test/resources/check/note-style"};

    @TempDir
    Path tmp;

    @Test
    void the_report_build_writes_is_what_check_says_in_json() throws Exception {
        Path db = tmp.resolve("db");
        Cli build = Cli.run(concat(new String[] {"build", "--quiet", "--no-text-index", "--db", db.toString()}, FILES));
        assertEquals(0, build.exit(), build.err());
        Path json = tmp.resolve("check.json");
        Cli check = Cli.run(concat(new String[] {"check", "--format", "json", "-o", json.toString()}, FILES));
        assertEquals(1, check.exit(), check.err());
        assertEquals("journal-kg: 1 error, 77 warnings, 49 info; report written to " + json, check.err().lines().reduce((a, b) -> b).orElseThrow());
        byte[] built = Files.readAllBytes(db.resolve(Store.REPORT));
        assertArrayEquals(Files.readAllBytes(json), built);
        // Every file has its findings, the sample articles merged away from the graph among them.
        Map<String, Integer> byFile = new TreeMap<>();
        for (JsonValue v : JSON.parseAny(new String(built, StandardCharsets.UTF_8)).getAsArray()) {
            byFile.merge(Path.of(v.getAsObject().get("file").getAsString().value()).getFileName().toString(), 1, Integer::sum);
        }
        assertEquals(Map.ofEntries(Map.entry("russian-studies-2026-02.md", 64), Map.entry("notes.article.md", 36),
                Map.entry("notes.web.txt", 4), Map.entry("plain.web.txt", 3),
                Map.entry("article-05.article.md", 2), Map.entry("article-05.docx", 2), Map.entry("article-05.jats.xml", 2),
                Map.entry("article-05.markdown.md", 2), Map.entry("article-05.web.txt", 2),
                Map.entry("article-24.article.md", 2), Map.entry("article-24.docx", 2), Map.entry("article-24.jats.xml", 2),
                Map.entry("article-24.markdown.md", 2), Map.entry("article-24.web.txt", 2)), byFile);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
