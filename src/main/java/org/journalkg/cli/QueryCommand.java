package org.journalkg.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journalkg.query.QueryLibrary;
import org.journalkg.query.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the database.",
                "The default graph is the union of all named graphs; the core-profile prefixes"
                        + " (dcterms, bibo, foaf, skos, schema, jkg, …) are predeclared.",
                "--list shows the canned queries of queries/ with what each answers."})
final class QueryCommand implements Callable<Integer> {

    @Mixin
    ReadDbOption db;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text.")
        String expression;

        @Parameters(paramLabel = "FILE.rq|NAME", description = "A query file, or the name of a canned query in queries/.")
        String fileOrName;

        @Option(names = "--list", description = "List the canned queries and what each answers.")
        boolean list;
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|tsv|xml",
            description = "text (a table), json (SPARQL 1.1 results JSON), csv, tsv or xml. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        QueryRunner.Format f = QueryRunner.Format.valueOf(Choice.of("--format", format,
                Arrays.stream(QueryRunner.Format.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList()).toUpperCase(Locale.ROOT));
        if (source.list) {
            for (String name : QueryLibrary.names()) {
                System.out.printf("%-18s %s%n", name, QueryLibrary.description(QueryLibrary.text(name)));
            }
            return 0;
        }
        String sparql = source.expression != null ? source.expression : QueryLibrary.resolve(source.fileOrName);
        QueryRunner.parse(sparql);
        var server = db.server();
        if (server.isPresent()) {
            long rows = QueryRunner.run(server.get().url() + "/kg/sparql", sparql, f, System.out);
            if (server.get().maxRows() > 0 && rows >= server.get().maxRows()) {
                // Locally there is no cap: say that this answer may be shorter than the local one.
                System.out.flush();
                System.err.println("journal-kg: " + server.get().url() + " answers at most " + server.get().maxRows()
                        + " rows; this answer may be cut short (use LIMIT and OFFSET, or stop the server)");
            }
        } else {
            QueryRunner.run(db.open(), sparql, f, System.out);
        }
        System.out.flush();
        return 0;
    }
}
