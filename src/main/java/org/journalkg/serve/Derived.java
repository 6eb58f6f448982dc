package org.journalkg.serve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.query.Dataset;

/**
 * What the server derives from the data once and keeps (ask's label tables and text searcher, the
 * overview's outline), one of each per database: a reload drops them with the old database
 * ({@link ServedDatabase#get}).
 */
interface Derived {

    /** The thing called {@code key}, made by {@code make} from the served dataset the first time it is asked for. */
    <T> T get(String key, Function<Dataset, T> make);

    /** Made once and kept for as long as the server runs: a server whose database never changes. */
    static Derived once(Dataset dataset) {
        ConcurrentHashMap<String, Object> made = new ConcurrentHashMap<>();
        return new Derived() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T get(String key, Function<Dataset, T> make) {
                return (T) made.computeIfAbsent(key, k -> make.apply(dataset));
            }
        };
    }
}
