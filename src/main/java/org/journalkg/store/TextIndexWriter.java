package org.journalkg.store;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the full-text index of a new database while its quads stream to the bulk loader: each
 * quad with a text predicate becomes a document as jena-text would make it on an update, so the
 * database need not be read again. The documents are written on threads of their own: Chinese word segmentation is slow, and this way it runs beside the
 * loading instead of before it. The mention graph's copies of titles, abstracts and keywords are
 * left out: their text is indexed from the article.
 */
final class TextIndexWriter implements AutoCloseable {

    /** No index: the stream passes through untouched. */
    static final TextIndexWriter NONE = new TextIndexWriter();

    private static final Quad END = Quad.create(Quad.defaultGraphIRI, Quad.defaultGraphIRI, Quad.defaultGraphIRI, Quad.defaultGraphIRI);

    private final TextIndexLucene index;
    private final EntityDefinition definition;
    private final BlockingQueue<Quad> queue = new ArrayBlockingQueue<>(4096);
    /**
     * One thread: two were measured no faster on two cores (20 issues: 64–74 s against 65–66 s),
     * since the loader keeps the other core busy.
     */
    private static final int WRITERS = 1;
    private final java.util.List<Thread> writers = new java.util.ArrayList<>();
    private volatile RuntimeException failure;

    TextIndexWriter(Path dir) {
        this.index = FullText.open(dir);
        this.definition = index.getDocDef();
        for (int i = 0; i < WRITERS; i++) {
            Thread t = new Thread(this::write, "journal-kg text index " + i);
            t.setDaemon(true);
            t.start();
            writers.add(t);
        }
    }

    private TextIndexWriter() {
        this.index = null;
        this.definition = null;
    }

    /** The stream that passes every quad on to {@code loader} and indexes the text ones. */
    StreamRDF tee(StreamRDF loader) {
        if (index == null) {
            return loader;
        }
        return new StreamRDFWrapper(loader) {
            @Override
            public void quad(Quad quad) {
                offer(quad);
                super.quad(quad);
            }

            @Override
            public void triple(Triple triple) {
                offer(Quad.create(Quad.defaultGraphNodeGenerated, triple));
                super.triple(triple);
            }
        };
    }

    private void offer(Quad quad) {
        if (failure != null) {
            throw failure;
        }
        if (FullText.indexed(quad.getPredicate()) && quad.getObject().isLiteral() && !org.journalkg.rdf.MentionGraph.isTextPartCopy(quad.getSubject())) {
            put(quad);
        }
    }

    private void put(Quad quad) {
        try {
            queue.put(quad);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the text index", e);
        }
    }

    private void write() {
        try {
            for (Quad q = queue.take(); q != END; q = queue.take()) {
                if (failure == null) {
                    try {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
                        if (entity != null) {
                            index.addEntity(entity);
                        }
                    } catch (RuntimeException e) {
                        failure = e; // told to the streaming thread; the queue is still drained so that it never blocks
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the last document and commits the index. */
    void commit() {
        if (index == null) {
            return;
        }
        finish();
        if (failure != null) {
            throw failure;
        }
        index.commit();
    }

    private void finish() {
        for (Thread t : writers) {
            if (t.isAlive()) {
                put(END);
            }
        }
        for (Thread t : writers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the text index", e);
            }
        }
    }

    @Override
    public void close() {
        if (index != null) {
            finish();
            index.close();
        }
    }
}
