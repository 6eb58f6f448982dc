package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text:query through `journal-kg query`, on a database `journal-kg build` made. */
class TextQueryCommandTest {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void build() {
        db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString()));
    }

    @Test
    void the_canned_text_search_finds_the_paragraphs_of_the_grand_bargain() {
        Cli r = Cli.run("query", "--db", db.toString(), "--format", "tsv", "text-search");
        assertEquals(0, r.exit(), r.err());
        System.out.println(r.out());
    }

    @Test
    void text_query_in_an_expression() {
        Cli r = Cli.run("query", "--db", db.toString(), "--format", "tsv", "-e",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?p ?lit { (?p ?score ?lit) text:query (c4o:hasContent '\"大交易\"' \"lang:x-plain\") } ORDER BY ?p");
        System.out.println(r.out() + r.err());
        r = Cli.run("query", "--db", db.toString(), "--format", "tsv", "-e",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?a ?score { (?a ?score) text:query (dcterms:abstract 'Сахалин' \"lang:ru\") } ORDER BY ?a");
        System.out.println(r.out() + r.err());
        r = Cli.run("query", "--db", db.toString(), "--format", "tsv", "-e",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?a ?score { (?a ?score) text:query (dcterms:title 'России' \"lang:ru\") } ORDER BY ?a");
        System.out.println(r.out() + r.err());
    }
}
