package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.journalkg.store.ServerRecord;
import org.journalkg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a real `journal-kg serve` in a second JVM (TDB2 locks per process, so the
 * server must be another process for the lock to be real): reads ask the server and print what
 * they print locally, a build refuses, a stale record is removed, and a held database is waited for.
 */
class ReadWhileServingTest {

    @TempDir
    static Path dir;
    static Path db;
    static String[][] reads = {
        {"ask", "SCO"},
        {"ask", "--format", "json", "--limit", "2", "--offset", "1", "Зангезурского коридора"},
        {"ask", "大交易"},
        {"query", "--format", "csv", "-e", "SELECT ?a ?p { ?a bibo:pageStart ?p } ORDER BY ?a"},
        {"query", "-e", "CONSTRUCT { ?a bibo:pageStart ?p } { ?a bibo:pageStart ?p } ORDER BY ?a LIMIT 3"},
        {"citations", "--format", "json"},
        {"export", "--view", "mentions", "--format", "dot"},
        {"export", "--view", "all", "--format", "nq"},
        {"validate"},
        {"stats"},
    };
    static List<Cli> local = new ArrayList<>();

    @BeforeAll
    static void buildAndReadLocally() {
        db = dir.resolve("db");
        assertEquals(0, Cli.run("build", "--quiet", "--db", db.toString()).exit());
        for (String[] r : reads) {
            local.add(Cli.run(withDb(r)));
        }
        release();
    }

    /** Lets another process open the database: this JVM keeps a database it opened until told. */
    static void release() {
        Store.release(Store.open(db));
    }

    static String[] withDb(String[] args) {
        List<String> a = new ArrayList<>(List.of(args[0], "--db", db.toString()));
        a.addAll(List.of(args).subList(1, args.length));
        return a.toArray(String[]::new);
    }

    /** journal-kg in a JVM of its own, on this test's classpath. */
    static Process journalKg(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }

    @Test
    void reads_beside_a_live_server_answer_as_locally_a_build_refuses_and_the_record_goes_with_the_server() throws Exception {
        Process serve = journalKg("serve", "--db", db.toString(), "--port", "0", "--max-rows", "50");
        String url;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.contains("serving"), String.valueOf(line));
            Matcher m = Pattern.compile("at (http://\\S+?)/ ").matcher(line);
            assertTrue(m.find(), line);
            url = m.group(1);
            ServerRecord record = ServerRecord.live(db).orElseThrow();
            assertEquals(url, record.url());
            assertEquals(serve.pid(), record.pid());

            // This JVM cannot open the database now: every answer below came from the server.
            for (int i = 0; i < reads.length; i++) {
                Cli r = Cli.run(withDb(reads[i]));
                assertEquals(local.get(i), r, String.join(" ", reads[i]));
            }
            assertTrue(local.get(0).out().contains("score"), local.get(0).out());

            // The server's row cap cuts what a local query would answer in full: said on stderr.
            Cli capped = Cli.run("query", "--db", db.toString(), "--format", "csv", "-e", "SELECT ?s { ?s a ?t } LIMIT 60");
            assertEquals(0, capped.exit());
            assertEquals(51, capped.out().lines().count());
            assertEquals("journal-kg: " + url + " answers at most 50 rows; this answer may be cut short (use LIMIT and OFFSET, or stop the server)\n",
                    capped.err());

            Cli build = Cli.run("build", "--quiet", "--db", db.toString());
            assertEquals(1, build.exit());
            assertEquals("journal-kg: " + db + " is served by " + url + " (pid " + serve.pid() + "); stop it first, or start it with --reload\n", build.err());

        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(db.resolve(ServerRecord.FILE)), "a stopped server removes its record");

        // A record left by a server that died (kill -9): ignored and removed by the next reader.
        Files.writeString(db.resolve(ServerRecord.FILE), "{\"url\": \"" + url + "\", \"pid\": " + serve.pid() + ", \"started\": \"2026-01-01T00:00:00Z\"}");
        Cli stats = Cli.run("stats", "--db", db.toString());
        assertEquals(local.get(reads.length - 1), stats);
        assertFalse(Files.exists(db.resolve(ServerRecord.FILE)), "a stale record is removed");
        release();
    }

    @Test
    void a_read_waits_for_a_database_another_process_holds_and_gives_up_after_wait_seconds() throws Exception {
        Dataset held = Store.open(db);
        String pid = "(pid " + ProcessHandle.current().pid() + ")";
        String waiting = "journal-kg: " + db + " is in use by another journal-kg process " + pid + "; waiting… (--wait SECONDS, default 60)";
        try {
            long start = System.nanoTime();
            Process ask = journalKg("ask", "--db", db.toString(), "--wait", "3", "SCO");
            assertTrue(ask.waitFor(30, TimeUnit.SECONDS));
            String err = new String(ask.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, ask.exitValue(), err);
            assertEquals(waiting + "\njournal-kg: " + db + ": the database is in use by another journal-kg process " + pid + "; stop it first\n", err);
            assertTrue(System.nanoTime() - start >= 3_000_000_000L);

            // Released while it waits: the read goes on and answers as it would have at once.
            Process stats = journalKg("stats", "--db", db.toString());
            BufferedReader errs = new BufferedReader(new InputStreamReader(stats.getErrorStream(), StandardCharsets.UTF_8));
            assertEquals(waiting, errs.readLine());
            Store.release(held);
            held = null;
            assertTrue(stats.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, stats.exitValue());
            assertEquals(local.get(reads.length - 1).out(), new String(stats.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            if (held != null) {
                Store.release(held);
            }
        }
    }
}
