package org.journalkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;

/**
 * Runs SELECT, ASK, CONSTRUCT and DESCRIBE against a dataset and writes the answer.
 * {@code json} is the W3C SPARQL 1.1 results JSON format for SELECT and ASK, JSON-LD for graphs.
 * <pre>
 *   QueryRunner.run(dataset, "SELECT * { ?s ?p ?o } LIMIT 1", Format.JSON, System.out);
 * </pre>
 */
public final class QueryRunner {

    public enum Format { TEXT, JSON, CSV, TSV, XML }

    private QueryRunner() { }

    /** Parses SPARQL; the core-profile prefixes are declared unless the query declares its own. */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(Vocab.sparqlPrefixes() + sparql);
        } catch (QueryParseException e) {
            throw new InputException("the query does not parse: " + e.getMessage().replace('\n', ' '));
        }
    }

    public static void run(Dataset dataset, String sparql, Format format, OutputStream out) {
        Query query = parse(sparql);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                write(query, qe, format, out, false);
            }
        });
    }

    /**
     * As {@link #run(Dataset, String, Format, OutputStream)}, on a SPARQL endpoint (the server that
     * holds the database): the same answer, written the same way. The server's limits apply (its
     * query timeout and row cap). Returns the number of rows of a SELECT (-1 for other queries), for
     * the caller to say where the server's cap may have cut the answer short.
     */
    public static long run(String endpoint, String sparql, Format format, OutputStream out) {
        Query query = parse(sparql);
        try (QueryExecution qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return write(query, qe, format, out, true);
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            // The server's refusal (a timeout, a bad query it alone sees) in a line, as a local failure would be.
            throw new InputException(endpoint + " refused the query: " + e.getMessage());
        }
    }

    /** Writes the answer; with {@code count}, a SELECT's rows are kept (not streamed) to be counted, and their number returned. */
    private static long write(Query query, QueryExecution qe, Format format, OutputStream out, boolean count) {
        if (query.isSelectType()) {
            org.apache.jena.query.ResultSet rs = count ? org.apache.jena.query.ResultSetFactory.makeRewindable(qe.execSelect()) : qe.execSelect();
            switch (format) {
                case TEXT -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            }
            return count ? ((org.apache.jena.query.ResultSetRewindable) rs).size() : -1;
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case TEXT -> new PrintStream(out, true, StandardCharsets.UTF_8).println(b);
                case JSON -> ResultSetFormatter.output(out, b, ResultSetLang.RS_JSON);
                case CSV -> ResultSetFormatter.output(out, b, ResultSetLang.RS_CSV);
                case TSV -> ResultSetFormatter.output(out, b, ResultSetLang.RS_TSV);
                case XML -> ResultSetFormatter.output(out, b, ResultSetLang.RS_XML);
            }
        } else {
            Model answer = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            // A graph has no order, and the writers follow the order triples were added in: sorted, the
            // output is the same wherever the graph came from (this database, or the server that holds it).
            Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            answer.listStatements().toList().stream()
                    .sorted(java.util.Comparator.comparing((org.apache.jena.rdf.model.Statement st) -> st.asTriple().toString()))
                    .forEach(m::add);
            m.setNsPrefixes(Vocab.prefixes());
            RDFFormat f = switch (format) {
                case TEXT -> RDFFormat.TURTLE_PRETTY;
                case JSON -> RDFFormat.JSONLD_PRETTY;
                case XML -> RDFFormat.RDFXML_PRETTY;
                case CSV, TSV -> RDFFormat.NTRIPLES;
            };
            RDFDataMgr.write(out, m, f);
        }
        return -1;
    }
}
