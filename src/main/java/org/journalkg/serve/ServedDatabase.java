package org.journalkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.journalkg.read.InputException;
import org.journalkg.store.ServerRecord;
import org.journalkg.store.Store;

/**
 * The database a server serves, which a reload exchanges for a new build without dropping a
 * request (`journal-kg serve --reload`). A build writes DIR.building and asks the server to switch
 * ({@link ServerRecord#handOver}); the server waits until no request runs (those arriving meanwhile
 * wait too), closes the old database, moves the new one in as DIR, opens it, and lets the requests
 * go on. Whatever was derived from the old data ({@link #get}) is dropped. If the new database
 * does not open, the old one is put back and served again.
 * <pre>
 *   ServedDatabase served = ServedDatabase.open(db);
 *   FusekiServer s = KgServer.builder(served).port(0).build();   // gate and /api/reload included
 *   served.record(ServerRecord.write(db, url, maxRows, secret));
 *   served.reload(60_000);                                        // what /api/reload runs
 * </pre>
 */
public final class ServedDatabase implements Derived {

    private final Path db;
    private final SwitchingDatasetGraph dsg;
    private final Dataset dataset;
    private final RequestGate gate = new RequestGate();
    private final List<Consumer<Dataset>> onOpen = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
    private volatile Dataset current;
    private volatile int reloads;
    private volatile ServerRecord record;

    private ServedDatabase(Path db, Dataset first) {
        this.db = db;
        this.current = first;
        this.dsg = new SwitchingDatasetGraph(first.asDatasetGraph());
        this.dataset = DatasetFactory.wrap(dsg);
    }

    public static ServedDatabase open(Path db) {
        return new ServedDatabase(db, Store.open(db));
    }

    /** The dataset to serve: always the database of the moment. */
    public Dataset dataset() {
        return dataset;
    }

    /** How many times the server switched to a new build. */
    public int reloads() {
        return reloads;
    }

    /** The server's record in DIR (its address and reload secret), once it listens. */
    public void record(ServerRecord r) {
        this.record = r;
    }

    ServerRecord record() {
        return record;
    }

    /** True while a reload waits for the requests in flight or switches (requests arriving now wait). */
    public boolean switching() {
        return gate.closing();
    }

    RequestGate gate() {
        return gate;
    }

    /** Runs {@code settings} on the database now and on every database a reload opens (limits, timeouts, warming up). */
    public void onOpen(Consumer<Dataset> settings) {
        settings.accept(current);
        onOpen.add(settings);
    }

    /** What {@code make} derives from the data (ask's label tables, the text searcher), made once per database. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Function<Dataset, T> make) {
        return (T) cache.computeIfAbsent(key, k -> make.apply(dataset));
    }

    /**
     * Switches to the finished build beside DIR, waiting at most {@code waitMillis} for the
     * requests in flight. The server's record is copied into the new database's folder before it
     * moves in, so that DIR always names its server.
     */
    public void reload(long waitMillis) throws InterruptedException {
        ServerRecord record = this.record;
        Store.finishedBuild(db);   // nothing to switch to: said before the requests are held
        RuntimeException[] failed = new RuntimeException[1];
        boolean done = gate.whileClosed(waitMillis, () -> {
            try {
                switchTo(record);
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        if (!done) {
            throw new InputException(db + ": requests were still running after " + waitMillis / 1000 + " s; the server goes on with the previous database");
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        try {
            Store.dropPrevious(db);
        } catch (IOException e) {
            // The next build removes it.
        }
    }

    /** Runs with no request in flight. */
    private void switchTo(ServerRecord record) {
        try {
            record.writeTo(Store.building(db));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closeCurrent();
        try {
            Store.switchIn(db);
            use(Store.open(db));
            reloads++;
        } catch (IOException | RuntimeException e) {
            try {
                Store.restorePrevious(db);
                use(Store.open(db));
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw new InputException(db + ": the new build did not open (" + e.getMessage() + "); the previous database is served again");
        }
    }

    private void use(Dataset next) {
        current = next;
        dsg.set(next.asDatasetGraph());
        onOpen.forEach(s -> s.accept(next));
    }

    private void closeCurrent() {
        cache.values().forEach(ServedDatabase::closeQuietly);
        cache.clear();
        Store.release(current);
    }

    /** Closes the database (at server stop). */
    public void close() {
        closeCurrent();
    }

    private static void closeQuietly(Object o) {
        if (o instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // A searcher over a database being closed: nothing left to save.
            }
        }
    }
}
