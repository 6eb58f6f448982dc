package org.journalkg.cli;

import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.journalkg.store.ServerRecord;
import org.journalkg.store.Store;
import picocli.CommandLine.Option;

/**
 * --db DIR and --wait SECONDS, for the commands that only read. TDB2 locks a database to one
 * process: where `journal-kg serve` holds DIR the command asks that server ({@link #server()});
 * where another command holds it, {@link #open()} waits for it rather than failing at once.
 */
class ReadDbOption extends DbOption {

    /** How long the holder may keep DIR before the wait is said on stderr. */
    private static final long SAY_AFTER_MILLIS = 2000;

    @Option(names = "--wait", defaultValue = "60", paramLabel = "SECONDS",
            description = "How long to wait for a database another journal-kg command is building or reading. Default: ${DEFAULT-VALUE}.")
    double waitSeconds;

    /** The live server that holds DIR, if any (a stale record is removed). */
    Optional<ServerRecord> server() {
        return ServerRecord.live(path());
    }

    /** Opens DIR, waiting up to --wait seconds while another process holds it; then fails as Store.open does. */
    Dataset open() {
        long start = System.nanoTime();
        boolean said = false;
        while (true) {
            try {
                return Store.open(path());
            } catch (Store.InUse e) {
                long waited = (System.nanoTime() - start) / 1_000_000;
                if (waited >= waitSeconds * 1000) {
                    throw e;
                }
                if (!said && waited >= SAY_AFTER_MILLIS) {
                    System.err.println("journal-kg: " + path() + " is in use by another journal-kg process"
                            + (e.pid() != null ? " (pid " + e.pid() + ")" : "") + "; waiting… (--wait SECONDS, default 60)");
                    System.err.flush();
                    said = true;
                }
                try {
                    Thread.sleep(Math.min(250, Math.max(1, (long) (waitSeconds * 1000) - waited)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * The database to read whole: DIR itself, or where a live server holds it, a copy of every
     * quad the server's Graph Store endpoint gives (read-only, no row cap) in an in-memory TDB2
     * dataset whose default graph is the union of the named graphs, as in DIR. For the commands
     * whose reading is more than a few SPARQL queries (citations, export): they run unchanged on
     * the copy, at the price of the graph in memory.
     */
    Dataset openOrCopy() {
        Optional<ServerRecord> s = server();
        if (s.isEmpty()) {
            return open();
        }
        org.apache.jena.sparql.core.DatasetGraph copy = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        org.apache.jena.system.Txn.executeWrite(copy, () ->
                org.apache.jena.sparql.exec.http.DSP.service(s.get().url() + "/kg/get").GET().find().forEachRemaining(copy::add));
        copy.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return org.apache.jena.query.DatasetFactory.wrap(copy);
    }
}
