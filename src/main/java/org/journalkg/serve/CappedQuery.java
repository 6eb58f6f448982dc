package org.journalkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL query service with a cap on result rows: a query without LIMIT, or with a larger
 * one, is answered with at most {@code maxRows} solutions.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    private final long maxRows;

    CappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight() != null ? p.getRight() : query;
        if (maxRows > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q.setLimit(maxRows);
        }
        return Pair.create(p.getLeft(), q);
    }
}
