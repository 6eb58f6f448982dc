package org.journalkg.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * A dataset whose database can be exchanged under it: Fuseki and the page's API hold this one
 * object, and {@link ServedDatabase} points it at the new database after a reload. Safe only
 * because the switch happens while no request is running ({@link RequestGate}): a transaction
 * begins and ends on the same database.
 */
final class SwitchingDatasetGraph extends DatasetGraphWrapper {

    private volatile DatasetGraph current;

    SwitchingDatasetGraph(DatasetGraph first) {
        super(first);
        this.current = first;
    }

    @Override
    protected DatasetGraph get() {
        return current;
    }

    /** The database's own context (its text index, its union default graph, the server's limits). */
    @Override
    protected Context getCxt() {
        return current.getContext();
    }

    void set(DatasetGraph next) {
        this.current = next;
    }
}
