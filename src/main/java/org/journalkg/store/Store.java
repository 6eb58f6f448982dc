package org.journalkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.journalkg.read.InputException;

/**
 * The TDB2 database. A build writes a new database beside the old one and switches only when it
 * is complete, so a failed build leaves the previous database exactly as it was.
 * <pre>
 *   Store.build(Path.of("db"), quads);
 *   Dataset ds = Store.open(Path.of("db"));   // queries see the union of the named graphs
 * </pre>
 */
public final class Store {

    private Store() { }

    /** True where DIR holds a TDB2 database. */
    public static boolean exists(Path db) {
        if (!Files.isDirectory(db)) {
            return false;
        }
        try (Stream<Path> s = Files.list(db)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the quads to a new database at DIR, replacing what was there only on success. */
    public static long build(Path db, List<Quad> quads, MonitorOutput progress) {
        return build(db, stream -> quads.forEach(stream::quad), progress);
    }

    /**
     * Writes what {@code writer} streams to a new database at DIR with Jena's parallel bulk
     * loader, replacing what was there only on success.
     */
    public static long build(Path db, java.util.function.Consumer<StreamRDF> writer, MonitorOutput progress) {
        return build(db, writer, progress, true);
    }

    /**
     * As {@link #build(Path, java.util.function.Consumer, MonitorOutput)}; without the full-text
     * index where {@code textIndex} is false (a faster build whose ask answers from entities only).
     */
    public static long build(Path db, java.util.function.Consumer<StreamRDF> writer, MonitorOutput progress, boolean textIndex) {
        return build(db, writer, progress, textIndex, java.util.Map.of());
    }

    /** The editorial report of what a database holds, written by build beside the data (see {@code journal-kg check}). */
    public static final String REPORT = "check.json";

    /**
     * As {@link #build(Path, java.util.function.Consumer, MonitorOutput, boolean)}, and writes
     * {@code alongside} (file name → content) into the new database's folder before it is
     * switched in, so that they are replaced with the data or not at all.
     */
    public static long build(Path db, java.util.function.Consumer<StreamRDF> writer, MonitorOutput progress, boolean textIndex,
            java.util.Map<String, byte[]> alongside) {
        Path target = db.toAbsolutePath().normalize();
        if (Files.exists(target) && !exists(target) && !isEmptyDir(target)) {
            throw new InputException(db + ": exists and is not a journal-kg database; choose another --db");
        }
        try (BuildLock lock = BuildLock.take(db)) {
            Path fresh = building(target);
            try {
                Files.createDirectories(target.getParent());
                deleteTree(fresh);
                java.util.Optional<ServerRecord> server = exists(target) ? ServerRecord.live(target) : java.util.Optional.empty();
                if (server.isPresent() && !server.get().reloads()) {
                    // A server holds the database: say which one, rather than that some process does.
                    ServerRecord r = server.get();
                    throw new InputException(db + " is served by " + r.url() + " (pid " + r.pid() + "); stop it first, or start it with --reload");
                }
                if (server.isEmpty() && exists(target)) {
                    ensureNotInUse(target);
                }
                long count;
                DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(fresh.toString());
                try (TextIndexWriter text = textIndex ? new TextIndexWriter(fresh.resolve(FullText.DIR)) : TextIndexWriter.NONE) {
                    DataLoader loader = LoaderFactory.parallelLoader(dsg, progress);
                    loader.startBulk();
                    try {
                        writer.accept(text.tee(loader.stream()));
                        loader.finishBulk();
                    } catch (RuntimeException e) {
                        loader.finishException(e);
                        throw e;
                    }
                    text.commit();
                    count = loader.countQuads();
                    for (var file : new java.util.TreeMap<>(alongside).entrySet()) {
                        Files.write(fresh.resolve(file.getKey()), file.getValue());
                    }
                } finally {
                    TDBInternal.expel(dsg, true);
                }
                if (server.isPresent()) {
                    // The server started with --reload holds the database open: it switches itself, between requests.
                    server.get().handOver(db);
                } else {
                    TextIndexes.close(target);
                    switchIn(target);
                    dropPrevious(target);
                }
                return count;
            } catch (IOException e) {
                deleteQuietly(fresh);
                throw IoFailure.at(db, e);
            } catch (RuntimeException e) {
                deleteQuietly(fresh);
                throw e;
            }
        }
    }

    /** DIR.building: where a build writes the new database before it is switched in. */
    public static Path building(Path db) {
        Path target = db.toAbsolutePath().normalize();
        return target.resolveSibling(target.getFileName() + ".building");
    }

    private static Path previous(Path target) {
        return target.resolveSibling(target.getFileName() + ".previous");
    }

    /**
     * Moves the finished build (DIR.building) in as DIR and the old database aside, returning DIR
     * (the old one, if any, is at DIR.previous until {@link #dropPrevious} or
     * {@link #restorePrevious}). Nothing may have either open. Each move is atomic: DIR is
     * missing only between the two.
     */
    public static Path switchIn(Path db) throws IOException {
        Path target = db.toAbsolutePath().normalize();
        Path fresh = finishedBuild(db);
        Path old = previous(target);
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** DIR.building, where it holds a finished build (a database); otherwise a one-line error. */
    public static Path finishedBuild(Path db) {
        Path fresh = building(db);
        if (!exists(fresh)) {
            throw new InputException(db + ": no finished build at " + fresh);
        }
        return fresh;
    }

    /** Deletes DIR.previous, the database {@link #switchIn} moved aside. */
    public static void dropPrevious(Path db) throws IOException {
        deleteTree(previous(db.toAbsolutePath().normalize()));
    }

    /** Undoes {@link #switchIn} after the new database failed to open: DIR.previous goes back (the new one is deleted). */
    public static void restorePrevious(Path db) throws IOException {
        Path target = db.toAbsolutePath().normalize();
        Path old = previous(target);
        if (!Files.exists(old)) {
            return;
        }
        deleteTree(target);
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Opens DIR for queries; the default graph is the union of all named graphs. Where the
     * database has a full-text index ({@link #hasTextIndex}) it is attached: SPARQL's text:query
     * works, and updates keep the index in step.
     */
    public static Dataset open(Path db) {
        if (!exists(db)) {
            throw new InputException(db + ": no database here; run 'journal-kg build' first");
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            if (hasTextIndex(db)) {
                dsg = TextIndexes.attach(db, dsg);
            }
            return DatasetFactory.wrap(dsg);
        } catch (RuntimeException e) {
            throw inUse(db, e);
        }
    }

    /** True where DIR holds a full-text index; a database built before there was one has none. */
    public static boolean hasTextIndex(Path db) {
        return Files.isDirectory(db.resolve(FullText.DIR));
    }

    /** Releases DIR (and its full-text index) so that it can be rebuilt or deleted in this JVM. */
    public static void release(Dataset ds) {
        DatasetGraph dsg = TextIndexes.detach(ds.asDatasetGraph());
        TDBInternal.expel(dsg, true);
    }

    private static void ensureNotInUse(Path db) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
            TDBInternal.expel(dsg, true);
        } catch (RuntimeException e) {
            throw inUse(db, e);
        }
    }

    /** TDB2 locks a database to one process: say so in a line, not a stack trace. */
    static RuntimeException inUse(Path db, RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("lock")) {
            String pid = m.replaceAll("(?s).*process (\\d+).*", "$1");
            return new InUse(db, pid.matches("\\d+") ? pid : null);
        }
        return e;
    }

    /** DIR is locked by another process ({@code pid} where TDB2 names it): read-only commands may wait and try again. */
    public static final class InUse extends InputException {
        private final String pid;

        InUse(Path db, String pid) {
            super(db + ": the database is in use by another journal-kg process" + (pid != null ? " (pid " + pid + ")" : "") + "; stop it first");
            this.pid = pid;
        }

        /** The holder's process id as TDB2 gives it, or null. */
        public String pid() {
            return pid;
        }
    }

    private static boolean isEmptyDir(Path p) {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException ignored) {
            // Best effort: a leftover .building directory is removed by the next build.
        }
    }
}
