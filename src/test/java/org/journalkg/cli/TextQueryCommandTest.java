package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text:query through `journal-kg query`, on a database `journal-kg build` made. */
class TextQueryCommandTest {

    static final String ARTICLE = "<https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/";

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void build() {
        db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString()));
    }

    /** The first two columns of each row of TSV, without the header. */
    static List<String> rows(Cli r) {
        assertEquals(0, r.exit(), r.err());
        return Arrays.stream(r.out().strip().split("\n")).skip(1).map(l -> String.join("\t", Arrays.asList(l.split("\t")).subList(0, 2))).toList();
    }

    @Test
    void the_canned_text_search_finds_the_paragraphs_of_the_grand_bargain() {
        List<String> rows = rows(Cli.run("query", "--db", db.toString(), "--format", "tsv", "text-search"));
        assertEquals(List.of("48>\t" + ARTICLE + "48/paragraph/53>", "48>\t" + ARTICLE + "48/paragraph/54>",
                "48>\t" + ARTICLE + "48/paragraph/55>", "48>\t" + ARTICLE + "48/paragraph/56>"),
                rows.stream().map(r -> r.substring(ARTICLE.length())).sorted().toList());
    }

    @Test
    void the_plain_field_finds_any_string_and_the_russian_field_word_forms() {
        String prefix = "PREFIX text: <http://jena.apache.org/text#> ";
        // In “世界多数”概念 the word segmenter cuts 多数概念 otherwise than alone: only the base field (plain, no language) finds it.
        List<String> plain = rows(Cli.run("query", "--db", db.toString(), "--format", "tsv", "-e",
                prefix + "SELECT ?a ?p { (?p ?score) text:query (c4o:hasContent '\"多数概念\"') . ?p dcterms:isPartOf ?a } ORDER BY ?p"));
        assertEquals(List.of(ARTICLE + "48>\t" + ARTICLE + "48/paragraph/41>", ARTICLE + "48>\t" + ARTICLE + "48/paragraph/43>",
                ARTICLE + "48>\t" + ARTICLE + "48/paragraph/50>"), plain);
        List<String> words = rows(Cli.run("query", "--db", db.toString(), "--format", "tsv", "-e",
                prefix + "SELECT ?a ?p { (?p ?score) text:query (c4o:hasContent '\"多数概念\"' \"lang:zh\") . ?p dcterms:isPartOf ?a } ORDER BY ?p"));
        assertEquals(List.of(), words);
        // Россия in the Russian titles finds the genitive России, by stem.
        List<String> titles = rows(Cli.run("query", "--db", db.toString(), "--format", "tsv", "-e",
                prefix + "SELECT DISTINCT ?a ?t { (?a ?score ?t) text:query (dcterms:title 'Россия' \"lang:ru\") . ?a a bibo:AcademicArticle } ORDER BY ?a"));
        assertEquals(List.of(ARTICLE + "5>", ARTICLE + "67>"), titles.stream().map(t -> t.split("\t")[0]).toList());
    }
}
