package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.query.QueryLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The commands end to end on a real TDB2 database in a temporary folder. */
class CliTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void build() {
        db = dir.resolve("db");
        Cli r = Cli.run("build", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("""
                file                                     layout  articles  footnotes  citations  warnings
                bundled:data/russian-studies-2026-02.md  issue          7        268        298         0
                built %s: 1 file(s), 1 issue(s), 7 articles, 268 footnotes, 117419 quads
                """.formatted(db), r.out());
    }

    /** Every --format takes its words in any case and names them all when given another. */
    @Test
    void an_unknown_format_is_one_line_naming_the_choices() {
        assertEquals(0, Cli.run("query", "--db", db.toString(), "--format", "CSV", "-e", "ASK {}").exit());
        String[][] cases = {
                {"query", "text, json, csv, tsv or xml"},
                {"ask", "text or json"},
                {"export", "graphml, gexf, cyjs, dot, vosviewer, csv, ttl, nq or jsonld"},
        };
        for (String[] c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of(c[0], "--db", db.toString(), "--format", "docx"));
            if (c[0].equals("query")) {
                args.addAll(List.of("-e", "ASK {}"));
            } else if (c[0].equals("ask")) {
                args.add("SCO");
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(1, r.exit(), c[0]);
            assertEquals("journal-kg: --format docx: expected " + c[1], r.err().strip(), c[0]);
        }
    }

    @Test
    void query_lists_the_articles_as_sparql_results_json() {
        Cli r = Cli.run("query", "--db", db.toString(), "--format", "json", "-e",
                "SELECT ?p ?en { ?a bibo:pageStart ?p ; dcterms:title ?en FILTER(lang(?en) = 'en') } ORDER BY ?p");
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JSON.parse(r.out());
        assertEquals(List.of("p", "en"), json.get("head").getAsObject().get("vars").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList());
        var bindings = json.get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(7, bindings.size());
        assertEquals("3", bindings.get(0).getAsObject().get("p").getAsObject().get("value").getAsString().value());
    }

    @Test
    void ask_construct_and_describe_run_too() {
        Cli ask = Cli.run("query", "--db", db.toString(), "-e", "ASK { ?p foaf:name \"崔珩\"@zh }");
        assertEquals("true", ask.out().strip());
        Cli construct = Cli.run("query", "--db", db.toString(), "-e",
                "CONSTRUCT { ?a dcterms:title ?t } WHERE { ?a bibo:pageStart 5 ; dcterms:title ?t }");
        assertEquals(0, construct.exit(), construct.err());
        assertTrue(construct.out().contains("\"中俄美国际战略互动和全球治理体系建设\"@zh"), construct.out());
        Cli describe = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e",
                "DESCRIBE ?p WHERE { ?p foaf:name \"杨洁勉\"@zh }");
        assertTrue(describe.out().contains("\"Yang Jiemian\"@en"), describe.out());
        Cli csv = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e", "SELECT (COUNT(*) AS ?n) { ?x a jkg:Footnote }");
        assertEquals("n\r\n268\r\n", csv.out());
    }

    static List<String> canned() {
        return QueryLibrary.names();
    }

    @ParameterizedTest
    @MethodSource("canned")
    void each_canned_query_answers(String name) {
        assertFalse(QueryLibrary.description(QueryLibrary.text(name)).isBlank(), name + " opens with a comment");
        Cli r = Cli.run("query", "--db", db.toString(), "--format", "tsv", name);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().strip().split("\n").length >= 2, name + " returns rows: " + r.out());
    }

    @Test
    void canned_queries_give_the_issue_values() {
        assertEquals(7 + 1, Cli.run("query", "--db", db.toString(), "--format", "tsv", "articles").out().strip().split("\n").length);
        String editors = Cli.run("query", "--db", db.toString(), "--format", "csv", "author-editors").out();
        assertEquals("name,authored,edited\r\n崔珩,67,5\r\n", editors);
        String funding = Cli.run("query", "--db", db.toString(), "--format", "tsv", "funding").out();
        assertTrue(funding.contains("\"20YJC752014\"\t\"教育部\"@zh"), funding);
        assertEquals(20, canned().size());
    }

    @Test
    void validate_and_stats() {
        Cli v = Cli.run("validate", "--db", db.toString());
        assertEquals(0, v.exit(), v.out());
        assertTrue(v.out().startsWith("conforms: "), v.out());
        Cli s = Cli.run("stats", "--db", db.toString());
        assertTrue(s.out().contains("| \"footnotes\"     | 268   |"), s.out());
        assertTrue(s.out().contains("| \"articles\"      | 7     |"), s.out());
    }

    @Test
    void extract_writes_the_same_quads_twice() throws Exception {
        Path a = dir.resolve("a.nq");
        Path b = dir.resolve("b.nq");
        assertEquals(0, Cli.run("extract", "--format", "nq", "-o", a.toString()).exit());
        assertEquals(0, Cli.run("extract", "--format", "nq", "-o", b.toString()).exit());
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals(0, Cli.run("extract", "--format", "trig", "-o", dir.resolve("x.trig").toString()).exit());
        assertEquals(0, Cli.run("extract", "--format", "ttl", "-o", dir.resolve("x.ttl").toString()).exit());
        assertTrue(Files.readString(dir.resolve("x.trig"), StandardCharsets.UTF_8)
                .contains("<https://w3id.org/journal-kg/id/graph/issue/1009-721X/2026/2/article/5> {"), "named graphs in TriG");
    }

    @Test
    void usage_errors_exit_2_and_failures_exit_1_in_one_line() throws Exception {
        assertEquals(2, Cli.run("query", "--db", db.toString(), "--no-such-option").exit());
        assertEquals(2, Cli.run().exit());
        Cli bad = Cli.run("query", "--db", db.toString(), "-e", "SELECT nonsense");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("journal-kg: the query does not parse: "), bad.err());
        assertEquals(1, bad.err().strip().split("\n").length, bad.err());
        Cli none = Cli.run("query", "--db", dir.resolve("nowhere").toString(), "articles");
        assertEquals(1, none.exit());
        assertEquals("journal-kg: " + dir.resolve("nowhere") + ": no database here; run 'journal-kg build' first", none.err().strip());
        Cli version = Cli.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("journal-kg "), version.out());
        for (String cmd : List.of("build", "extract", "query", "validate", "stats")) {
            assertEquals(0, Cli.run(cmd, "--help").exit(), cmd);
        }
    }

    @Test
    void a_database_where_none_can_be_written_and_a_port_out_of_range_fail_in_one_line() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        Cli build = Cli.run("build", "--db", plain.resolve("db").toString());
        assertEquals(1, build.exit(), build.err());
        assertEquals("journal-kg: " + plain.resolve("db") + ": cannot use " + plain + " (a file of that name is in the way)",
                build.err().strip());
        // Refused before anything is built.
        Cli serve = Cli.run("serve", "--db", dir.resolve("never").toString(), "--port", "99999");
        assertEquals(1, serve.exit(), serve.err());
        assertEquals("journal-kg: --port 99999: expected 0–65535 (0 picks a free port)", serve.err().strip());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void a_bug_is_an_internal_error_with_exit_3_and_bad_input_exit_1() {
        java.io.StringWriter bug = new java.io.StringWriter();
        assertEquals(3, Main.fail(new IllegalStateException("index 3 out of bounds"), new java.io.PrintWriter(bug)));
        assertEquals("journal-kg: internal error: index 3 out of bounds; run with --verbose and report it\n", bug.toString());
        java.io.StringWriter input = new java.io.StringWriter();
        assertEquals(1, Main.fail(new org.journalkg.read.InputException("x.md: the file is empty"), new java.io.PrintWriter(input)));
        assertEquals("journal-kg: x.md: the file is empty\n", input.toString());
    }
}
