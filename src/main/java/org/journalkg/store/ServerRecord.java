package org.journalkg.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * DIR/server.json: the address of the `journal-kg serve` that holds DIR. TDB2 locks a database
 * to one process, so the other commands read this to ask the server instead. A record whose
 * process is gone, or whose address does not answer, is stale: whoever finds it removes it.
 * <pre>
 *   ServerRecord.write(db, "http://127.0.0.1:3030", 10_000);   // serve, once it listens
 *   ServerRecord.live(db).ifPresent(r -> … r.url() …);  // any other command
 * </pre>
 */
public record ServerRecord(String url, long pid, String started, long maxRows) {

    public static final String FILE = "server.json";

    /**
     * Records this process as DIR's server, with the most rows it answers a query with; written
     * whole (a temp file moved in), so a reader never sees half of it.
     */
    public static void write(Path db, String url, long maxRows) throws IOException {
        JsonObject o = new JsonObject();
        o.put("url", url);
        o.put("pid", ProcessHandle.current().pid());
        o.put("started", Instant.now().toString());
        o.put("maxRows", maxRows);
        Path tmp = db.resolve(FILE + ".tmp");
        Files.writeString(tmp, JSON.toString(o), StandardCharsets.UTF_8);
        Files.move(tmp, db.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes DIR's record if it is this process's (a later server's record is left alone). */
    public static void remove(Path db) {
        read(db).filter(r -> r.pid() == ProcessHandle.current().pid()).ifPresent(r -> delete(db));
    }

    /** The server that holds DIR, if one is alive and answers; a stale record is removed. */
    public static Optional<ServerRecord> live(Path db) {
        Optional<ServerRecord> r = read(db);
        if (r.isEmpty()) {
            return r;
        }
        if (ProcessHandle.of(r.get().pid()).map(ProcessHandle::isAlive).orElse(false) && answers(r.get().url())) {
            return r;
        }
        delete(db);
        return Optional.empty();
    }

    private static Optional<ServerRecord> read(Path db) {
        Path f = db.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonObject o = JSON.parse(Files.readString(f, StandardCharsets.UTF_8));
            return Optional.of(new ServerRecord(o.get("url").getAsString().value(),
                    o.get("pid").getAsNumber().value().longValue(), o.get("started").getAsString().value(),
                    o.hasKey("maxRows") ? o.get("maxRows").getAsNumber().value().longValue() : 0));
        } catch (IOException | RuntimeException e) {
            // Unreadable or half a file: no server can be reached through it, so it counts as stale.
            return Optional.of(new ServerRecord("", -1, "", 0));
        }
    }

    /** Any HTTP answer within two seconds counts: the address is a live server. */
    private static boolean answers(String url) {
        try {
            HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            c.send(HttpRequest.newBuilder(URI.create(url + "/api/queries")).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void delete(Path db) {
        try {
            Files.deleteIfExists(db.resolve(FILE));
        } catch (IOException ignored) {
            // Best effort: the next reader finds it stale again.
        }
    }
}
