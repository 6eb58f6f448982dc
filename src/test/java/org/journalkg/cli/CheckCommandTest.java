package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `journal-kg check`: the report in text, json and html, and its exit codes as a gate. */
class CheckCommandTest {

    static final String NO_ABSTRACT = "src/test/resources/check/rules/no-abstract.web.txt";
    static final String SHORT = "src/test/resources/check/rules/short-abstract.web.txt";

    @TempDir
    Path dir;

    @Test
    void the_bundled_issue_passes_the_gate_with_warnings_and_info() {
        Cli c = Cli.run("check");
        assertEquals(0, c.exit(), c.err());
        List<String> lines = c.out().lines().toList();
        assertEquals(BUNDLED_SUMMARY, lines.get(lines.size() - 1));
        assertTrue(lines.contains("bundled:data/russian-studies-2026-02.md:45: warning names [p.67]: Author 2 (付兴昶) of the article on page 67 is spelled 付兴旻"
                + " in the Chinese contents (line 45) but 付兴昶 in the byline (line 1078) and the author note (line 1088); one spelling should be used throughout."
                + " — «付兴旻 / 付兴昶»"), c.out());
    }

    /** What check says of the bundled issue, the last line of its text report. */
    static final String BUNDLED_SUMMARY = "35 warnings, 29 info";

    @Test
    void an_error_fails_the_gate_and_the_text_names_file_line_and_kind() {
        Cli c = Cli.run("check", NO_ABSTRACT, SHORT);
        assertEquals(1, c.exit(), c.err());
        assertTrue(c.out().startsWith(NO_ABSTRACT + ":1: error abstract: The article has no 内容提要; the journal asks for 300–500 characters. — «北极航道与俄罗斯的港口建设»\n"), c.out());
        assertTrue(c.out().contains(SHORT + ":7: warning keywords: The article has 2 关键词; the journal asks for 3–5. — «欧亚经济联盟；过境运输»\n"), c.out());
    }

    @Test
    void json_has_the_fields_the_issue_names() {
        Cli c = Cli.run("check", "--format", "json", SHORT);
        assertEquals(0, c.exit(), c.err());
        JsonArray a = JSON.parseAny(c.out()).getAsArray();
        assertFalse(a.isEmpty());
        JsonObject kw = a.stream().map(v -> v.getAsObject()).filter(o -> o.get("kind").getAsString().value().equals("keywords")).findFirst().orElseThrow();
        assertEquals(List.of("article", "evidence", "file", "kind", "line", "message", "severity"), kw.keys().stream().sorted().toList());
        assertEquals(SHORT, kw.get("file").getAsString().value());
        assertEquals(7, kw.get("line").getAsNumber().value().intValue());
        assertTrue(kw.get("article").isNull());
        assertEquals("warning", kw.get("severity").getAsString().value());
        assertEquals("欧亚经济联盟；过境运输", kw.get("evidence").getAsString().value());
    }

    @Test
    void html_is_one_page_grouped_by_article_with_the_evidence_marked() throws Exception {
        Path out = dir.resolve("report.html");
        Cli c = Cli.run("check", "--format", "html", "-o", out.toString());
        assertEquals(0, c.exit(), c.err());
        assertEquals("journal-kg: " + BUNDLED_SUMMARY + "; report written to " + out, c.err().strip());
        assertEquals("", c.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        // Self-contained: no scripts, style sheets, images or fonts from elsewhere (the evidence may quote web addresses).
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains(" src=") || html.contains("url("), "self-contained");
        assertTrue(html.contains("<h3>Article p.67</h3>"), html);
        assertTrue(html.contains("<mark>付兴旻 / 付兴昶</mark>"), html);
        assertTrue(html.contains("@media print"));
    }

    @Test
    void bad_usage_is_exit_2_and_an_unreadable_file_exit_1() {
        Cli bad = Cli.run("check", "--format", "pdf");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--format pdf: expected text, json or html"), bad.err());
        Cli missing = Cli.run("check", dir.resolve("nothing.md").toString());
        assertEquals(1, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("journal-kg: " + dir.resolve("nothing.md")), missing.err());
    }

    /** A damaged copy: what the reader repaired or could not find is said on stderr, as build says it. */
    @Test
    void reader_warnings_of_a_damaged_file_are_said() throws Exception {
        Path damaged = damagedIssue();
        Cli c = Cli.run("check", damaged.toString());
        assertEquals(0, c.exit(), c.err());
        assertEquals(List.of("warning: " + damaged + ": line 474: 1 unreadable byte sequence(s) in UTF-8 replaced by U+FFFD, on line(s) 474"),
                c.err().lines().toList());
        assertTrue(c.out().endsWith(BUNDLED_SUMMARY + "\n"), c.out());
    }

    /** extract and candidates read files too: a damaged one is said there as well, not only by build and check. */
    @Test
    void extract_and_candidates_say_the_reader_warnings() throws Exception {
        Path damaged = damagedIssue();
        List<String> said = List.of("warning: " + damaged + ": line 474: 1 unreadable byte sequence(s) in UTF-8 replaced by U+FFFD, on line(s) 474");
        Cli extract = Cli.run("extract", "-o", dir.resolve("out.nq").toString(), damaged.toString());
        assertEquals(0, extract.exit(), extract.err());
        assertEquals(said, extract.err().lines().toList());
        Cli candidates = Cli.run("candidates", "--format", "json", damaged.toString());
        assertEquals(0, candidates.exit(), candidates.err());
        assertEquals(said, candidates.err().lines().toList());
    }

    /** The bundled issue with one byte broken, which the reader repairs with a warning for line 474. */
    private Path damagedIssue() throws IOException {
        byte[] b = org.journalkg.read.TextReader.bytes(Path.of("data/russian-studies-2026-02.md"));
        b[50000] = (byte) 0xff;
        return Files.write(dir.resolve("damaged.md"), b);
    }
}
