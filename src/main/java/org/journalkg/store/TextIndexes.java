package org.journalkg.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The open full-text indexes of this JVM, one per database. Lucene lets one writer at a time hold
 * an index, and TDB2 hands out one dataset per database: opening a database again gives the same
 * text dataset, as TDB2 gives the same dataset, until it is released.
 */
final class TextIndexes {

    private record Open(DatasetGraph base, DatasetGraphText text) { }

    private static final Map<Path, Open> OPEN = new HashMap<>();

    private TextIndexes() { }

    /** The database's dataset with its index attached. */
    static synchronized DatasetGraph attach(Path db, DatasetGraph base) {
        Path key = key(db);
        Open open = OPEN.get(key);
        if (open != null && open.base() == base) {
            return open.text();
        }
        close(key);
        TextIndexLucene index = FullText.open(key.resolve(FullText.DIR));
        DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.create(base, index, false);
        OPEN.put(key, new Open(base, text));
        return text;
    }

    /** Closes the index of a dataset {@link #attach} gave, and returns the database's own dataset. */
    static synchronized DatasetGraph detach(DatasetGraph dsg) {
        if (!(dsg instanceof DatasetGraphText text)) {
            return dsg;
        }
        OPEN.entrySet().removeIf(e -> {
            if (e.getValue().text() == text) {
                text.getTextIndex().close();
                return true;
            }
            return false;
        });
        return text.getWrapped();
    }

    /** Closes the index of DIR, if open (a rebuild is about to replace it). */
    static synchronized void close(Path db) {
        Open open = OPEN.remove(key(db));
        if (open != null) {
            open.text().getTextIndex().close();
        }
    }

    private static Path key(Path db) {
        return db.toAbsolutePath().normalize();
    }
}
