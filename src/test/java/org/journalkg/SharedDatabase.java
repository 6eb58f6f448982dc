package org.journalkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journalkg.cli.CliAccess;

/**
 * The bundled issue built once per test JVM, for the tests that only read a database. Tests that
 * rebuild or write use a database of their own.
 */
public final class SharedDatabase {

    private static Path db;

    private SharedDatabase() { }

    public static synchronized Path path() {
        if (db == null) {
            try {
                Path dir = Files.createTempDirectory("journal-kg-test-");
                Path p = dir.resolve("db");
                if (CliAccess.run("build", "--quiet", "--db", p.toString()) != 0) {
                    throw new IllegalStateException("the shared test database could not be built");
                }
                db = p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return db;
    }
}
