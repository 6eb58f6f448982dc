package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.journalkg.rdf.Vocab;

/** The few things every page does with SPARQL: select rows, write an IRI into a query, read a cell. */
final class Sparql {

    /** What an IRI written into a query as &lt;…&gt; may not contain (RFC 3987's excluded characters). */
    private static final String NOT_IN_IRI = "<>\"{}|\\^`";

    private Sparql() { }

    /**
     * The rows of a SELECT (the core-profile prefixes predeclared), read in a transaction of
     * their own and copied out of it: TDB2 fetches a row's nodes only when they are read.
     */
    static List<QuerySolution> select(Dataset ds, String query) {
        List<QuerySolution> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Vocab.sparqlPrefixes() + query).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    r.varNames().forEachRemaining(v -> {
                        if (r.get(v) != null) {
                            copy.add(v, r.get(v));
                        }
                    });
                    out.add(copy);
                });
            }
        });
        return out;
    }

    /** True where an IRI can be written into a query: absolute, and without spaces or the characters IRIs exclude. */
    static boolean writable(String iri) {
        if (iri == null || !iri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return false;
        }
        return iri.codePoints().noneMatch(c -> c <= 0x20 || NOT_IN_IRI.indexOf(c) >= 0);
    }

    /** &lt;iri&gt; for a query; an IRI that cannot be written is a programming error here (callers check {@link #writable}). */
    static String iri(String iri) {
        if (!writable(iri)) {
            throw new IllegalArgumentException("not an IRI a query can hold: " + iri);
        }
        return "<" + iri + ">";
    }

    /** VALUES content: the IRIs that can be written, each as &lt;…&gt;. */
    static String values(Collection<String> iris) {
        StringBuilder b = new StringBuilder();
        for (String i : iris) {
            if (writable(i)) {
                b.append('<').append(i).append("> ");
            }
        }
        return b.toString();
    }

    static String uri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    static String lang(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLanguage() : "";
    }

    /** A whole number cell, or {@code otherwise} where it is unbound or not a number. */
    static long number(QuerySolution r, String var, long otherwise) {
        RDFNode n = r.get(var);
        if (n == null || !n.isLiteral()) {
            return otherwise;
        }
        try {
            return Long.parseLong(n.asLiteral().getLexicalForm().strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
