package org.journalkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --db DIR, shared by every command that uses the database (extended by {@link ReadDbOption} for the read-only ones). */
class DbOption {

    @Option(names = "--db", paramLabel = "DIR",
            description = "The TDB2 database folder (default: $JOURNAL_KG_DB, else db/ in the checkout).")
    Path db;

    Path path() {
        return db != null ? db : Defaults.db();
    }
}
