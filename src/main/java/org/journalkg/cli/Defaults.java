package org.journalkg.cli;

import java.nio.file.Path;

/** Where things are when the user does not say: the launcher passes the checkout's folder. */
final class Defaults {

    private Defaults() { }

    /** $JOURNAL_KG_DB, else db/ in the checkout (bin/journal-kg), else db/ here. */
    static Path db() {
        String env = System.getenv("JOURNAL_KG_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("journalkg.home");
        return home != null ? Path.of(home, "db") : Path.of("db");
    }
}
