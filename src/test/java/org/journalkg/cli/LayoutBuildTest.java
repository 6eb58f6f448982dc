package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.journalkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building from single articles in every layout, alone, together, in folders and beside the
 * whole issue: the per-file report, one node per article however often it is read, IRIs from
 * issue and page, DOI or title and author, --strict and --layout.
 */
class LayoutBuildTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples");
    static final Path FIXTURES = Path.of("src/test/resources/layout");

    @TempDir
    Path tmp;

    /** What the command said on stderr: its warnings and its failure (not a server thread of another test). */
    static String said(Cli r) {
        return r.err().lines().filter(l -> l.startsWith("warning: ") || l.startsWith("journal-kg: ")).map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining());
    }

    static List<String> column(Path db, String sparql) {
        Dataset ds = Store.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(org.journalkg.rdf.Vocab.sparqlPrefixes() + sparql).build()) {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> out.add(r.get(r.varNames().next()).toString()));
                    return out;
                }
            });
        } finally {
            Store.release(ds);
        }
    }

    /** The build report: one row per file, the README skipped with a warning. */
    static final String REPORT = """
            file                                               layout    articles  footnotes  citations  warnings
            data/russian-studies-2026-02.md                    issue            7        268        298         0
            src/test/resources/samples/article-05.article.md   article          1         47         47         0
            src/test/resources/samples/article-05.docx         docx             1         47         47         0
            src/test/resources/samples/article-05.jats.xml     jats             1         47         47         0
            src/test/resources/samples/article-05.markdown.md  markdown         1         47         47         0
            src/test/resources/samples/article-05.web.txt      web              1         47         47         0
            src/test/resources/samples/article-24.article.md   article          1         30         30         0
            src/test/resources/samples/article-24.docx         docx             1         30         30         0
            src/test/resources/samples/article-24.jats.xml     jats             1         30         30         0
            src/test/resources/samples/article-24.markdown.md  markdown         1         30         30         0
            src/test/resources/samples/article-24.web.txt      web              1         30         30         0""";

    @Test
    void every_sample_together_with_the_issue_is_seven_articles() {
        Path db = tmp.resolve("db");
        Cli r = Cli.run("build", "--db", db.toString(), "data/russian-studies-2026-02.md", SAMPLES.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("file                                               layout    articles  footnotes  citations  warnings", lines.get(0));
        assertEquals(REPORT, String.join("\n", lines.subList(0, 12)));
        assertEquals(10, r.out().lines().filter(l -> l.startsWith("same article: ")).count(), r.out());
        assertTrue(r.out().contains("same article: src/test/resources/samples/article-05.web.txt: 《中俄美国际战略互动和全球治理体系建设》 is the article also read from"
                + " data/russian-studies-2026-02.md (same title and first author); one node, from the reading of data/russian-studies-2026-02.md"), r.out());
        assertTrue(r.out().contains("built " + db + ": 11 file(s), 1 issue(s), 7 articles, 268 footnotes,"), r.out());
        assertEquals("warning: src/test/resources/samples/README.md: no known layout (tried issue, article, web, markdown, docx and jats):"
                + " no title with labelled head fields (摘要, 关键词, Abstract, Keywords), no notes list and no table of contents (目录) (skipped)\n", said(r));
        assertEquals(List.of("\"7\"^^xsd:integer"),
                column(db, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a bibo:AcademicArticle }"));
    }

    @Test
    void each_sample_builds_alone_with_its_own_iri() {
        String base = "https://w3id.org/journal-kg/id/";
        for (String[] c : new String[][] {
                {"article-05.article.md", base + "issue/1009-721X/2026/2/article/5"},
                {"article-24.jats.xml", base + "issue/1009-721X/2026/2/article/24"},
                {"article-05.web.txt", base + "article/" + key("中俄美国际战略互动和全球治理体系建设|杨洁勉")},
                {"article-05.markdown.md", base + "article/" + key("中俄美国际战略互动和全球治理体系建设|杨洁勉")},
                {"article-24.docx", base + "article/" + key("非西方视角下的上合组织治理绩效现实挑战与优化路径|邓浩")}}) {
            Path db = tmp.resolve(c[0]);
            Cli r = Cli.run("build", "--quiet", "--db", db.toString(), SAMPLES.resolve(c[0]).toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("", said(r));
            assertEquals(List.of(c[1]), column(db, "SELECT ?a { ?a a bibo:AcademicArticle }"), c[0]);
        }
    }

    static String key(String k) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(k.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_doi_names_an_article_that_has_no_issue() {
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("build", "--quiet", "--db", db.toString(), FIXTURES.resolve("web/cnki-colon.txt").toString()).exit());
        assertEquals(List.of("https://w3id.org/journal-kg/id/article/doi/10.16794/j.cnki.example.2025.03.004"),
                column(db, "SELECT ?a { ?a a bibo:AcademicArticle }"));
        assertEquals(List.of("10.16794/j.cnki.example.2025.03.004"), column(db, "SELECT ?d { ?a bibo:doi ?d }"));
        assertEquals(List.of(), column(db, "SELECT ?p { ?a bibo:pageStart ?p }"));
    }

    @Test
    void strict_turns_warnings_into_a_failure_and_keeps_the_old_database() {
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run("build", "--quiet", "--db", db.toString(), SAMPLES.resolve("article-05.web.txt").toString()).exit());
        Cli r = Cli.run("build", "--strict", "--db", db.toString(), FIXTURES.resolve("web/damaged.txt").toString());
        assertEquals(1, r.exit());
        assertEquals("warning: src/test/resources/layout/web/damaged.txt: line 1: no byline (authors) found under the title\n"
                + "warning: src/test/resources/layout/web/damaged.txt: line 8: marker 4 has no note\n"
                + "warning: src/test/resources/layout/web/damaged.txt: line 13: note 3 has no marker in the text\n"
                + "journal-kg: --strict: 3 warning(s) in the input; nothing was stored\n", said(r));
        assertEquals(List.of("\"中俄美国际战略互动和全球治理体系建设\"@zh"), column(db, "SELECT ?t { ?a a bibo:AcademicArticle ; dcterms:title ?t }"));
        Cli lenient = Cli.run("build", "--db", db.toString(), FIXTURES.resolve("web/damaged.txt").toString());
        assertEquals(0, lenient.exit());
        assertTrue(lenient.out().contains("src/test/resources/layout/web/damaged.txt  web            1          3          3         3"), lenient.out());
    }

    @Test
    void a_named_file_in_no_layout_fails_in_one_line() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "买菜\n\n记得周三开会。\n");
        Cli r = Cli.run("build", "--db", tmp.resolve("db").toString(), notes.toString());
        assertEquals(1, r.exit());
        assertEquals("journal-kg: " + notes + ": no known layout (tried issue, article, web, markdown, docx and jats): no title with labelled head"
                + " fields (摘要, 关键词, Abstract, Keywords), no notes list and no table of contents (目录)\n", said(r));
        // Beside an article, the same file is passed over with a warning; --strict makes that a failure.
        Path db = tmp.resolve("db2");
        Cli beside = Cli.run("build", "--db", db.toString(), notes.toString(), SAMPLES.resolve("article-05.web.txt").toString());
        assertEquals(0, beside.exit(), beside.err());
        assertEquals("warning: " + notes + ": no known layout (tried issue, article, web, markdown, docx and jats): no title with labelled head"
                + " fields (摘要, 关键词, Abstract, Keywords), no notes list and no table of contents (目录) (skipped)\n", said(beside));
        assertEquals(1, Cli.run("build", "--strict", "--db", db.toString(), notes.toString(), SAMPLES.resolve("article-05.web.txt").toString()).exit());
        Cli bad = Cli.run("build", "--layout", "pdf", "--db", tmp.resolve("db").toString(), notes.toString());
        assertEquals(1, bad.exit());
        assertEquals("journal-kg: unknown layout pdf; expected auto, issue, article, web, markdown, docx or jats\n", said(bad));
    }

    @Test
    void extract_of_mixed_layouts_is_the_same_bytes_twice() throws Exception {
        String[] args = {"extract", SAMPLES.resolve("article-05.web.txt").toString(), SAMPLES.resolve("article-24.docx").toString(),
                FIXTURES.resolve("web/english.txt").toString(), "-o", tmp.resolve("a.nq").toString()};
        assertEquals(0, Cli.run(args).exit());
        args[args.length - 1] = tmp.resolve("b.nq").toString();
        assertEquals(0, Cli.run(args).exit());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.nq")), Files.readAllBytes(tmp.resolve("b.nq")));
    }
}
