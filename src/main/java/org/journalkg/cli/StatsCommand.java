package org.journalkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.journalkg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints counts: issues, articles, people, organizations, footnotes, paragraphs, keywords, and triples per named graph.")
final class StatsCommand implements Callable<Integer> {

    static final String COUNTS = """
            SELECT ?what ?count {
              { SELECT ("issues" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?x a bibo:Issue } }
              UNION { SELECT ("articles" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?x a bibo:AcademicArticle } }
              UNION { SELECT ("people" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?x a foaf:Person } }
              UNION { SELECT ("organizations" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?x a foaf:Organization } }
              UNION { SELECT ("footnotes" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?x a jkg:Footnote } }
              UNION { SELECT ("paragraphs" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?x a jkg:Paragraph } }
              UNION { SELECT ("keywords" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?a dcterms:subject ?x } }
              UNION { SELECT ("grants" AS ?what) (COUNT(DISTINCT ?x) AS ?count) { ?x a schema:Grant } }
            }
            """;

    static final String PER_GRAPH = """
            SELECT ?graph (COUNT(*) AS ?triples) { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph ORDER BY ?graph
            """;

    @Mixin
    ReadDbOption db;

    @Override
    public Integer call() {
        var server = db.server();
        if (server.isPresent()) {
            String endpoint = server.get().url() + "/kg/sparql";
            QueryRunner.run(endpoint, COUNTS, QueryRunner.Format.TEXT, System.out);
            QueryRunner.run(endpoint, PER_GRAPH, QueryRunner.Format.TEXT, System.out);
        } else {
            Dataset ds = db.open();
            QueryRunner.run(ds, COUNTS, QueryRunner.Format.TEXT, System.out);
            QueryRunner.run(ds, PER_GRAPH, QueryRunner.Format.TEXT, System.out);
        }
        System.out.flush();
        return 0;
    }
}
