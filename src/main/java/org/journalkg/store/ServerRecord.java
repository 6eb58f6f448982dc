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
import org.journalkg.read.InputException;

/**
 * DIR/server.json: the address of the `journal-kg serve` that holds DIR. TDB2 locks a database
 * to one process, so the other commands read this to ask the server instead. A record whose
 * process is gone, or whose address does not answer, is stale: whoever finds it removes it.
 * <pre>
 *   ServerRecord.write(db, "http://127.0.0.1:3030", 10_000);   // serve, once it listens
 *   ServerRecord.live(db).ifPresent(r -> … r.url() …);  // any other command
 * </pre>
 */
public record ServerRecord(String url, long pid, String started, long maxRows, String reloadToken) {

    public static final String FILE = "server.json";

    /** The header that carries {@link #reloadToken} to /api/reload: only who can read DIR may switch the server. */
    public static final String TOKEN_HEADER = "X-Journal-KG-Reload";

    /** True where the server was started with --reload: a build hands it the new database instead of refusing. */
    public boolean reloads() {
        return reloadToken != null;
    }

    /**
     * Records this process as DIR's server, with the most rows it answers a query with, and the
     * secret a build must show to make it reload (null: it does not reload). Written whole (a temp
     * file moved in), so a reader never sees half of it, and readable by this user only.
     */
    public static ServerRecord write(Path db, String url, long maxRows, String reloadToken) throws IOException {
        ServerRecord r = new ServerRecord(url, ProcessHandle.current().pid(), Instant.now().toString(), maxRows, reloadToken);
        r.writeTo(db);
        return r;
    }

    /** Writes this record into DIR (the server copies it into a new build before switching to it). */
    public void writeTo(Path db) throws IOException {
        JsonObject o = new JsonObject();
        o.put("url", url);
        o.put("pid", pid);
        o.put("started", started);
        o.put("maxRows", maxRows);
        if (reloadToken != null) {
            o.put("reload", reloadToken);
        }
        Path tmp = db.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions guard it.
        }
        Files.writeString(tmp, JSON.toString(o), StandardCharsets.UTF_8);
        Files.move(tmp, db.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Asks this server (started with --reload) to switch to the finished build beside DIR; returns
     * once it serves it. Requests in flight finish on the old database; those that arrive meanwhile
     * wait for the switch. A refusal or failure is an InputException naming the server.
     */
    public void handOver(Path db) {
        HttpResponse<String> answer;
        try {
            HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            answer = c.send(HttpRequest.newBuilder(URI.create(url + "/api/reload")).timeout(Duration.ofMinutes(10))
                    .header(TOKEN_HEADER, reloadToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(db + ": the server at " + url + " did not answer the switch to the new build (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(db + ": interrupted while the server at " + url + " switched to the new build");
        }
        if (answer.statusCode() != 200) {
            String why = answer.body();
            try {
                why = JSON.parse(answer.body()).get("error").getAsString().value();
            } catch (RuntimeException e) {
                // Not our JSON: the body as it is.
            }
            throw new InputException(db + ": the server at " + url + " did not switch to the new build: " + why.strip());
        }
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
                    o.hasKey("maxRows") ? o.get("maxRows").getAsNumber().value().longValue() : 0,
                    o.hasKey("reload") ? o.get("reload").getAsString().value() : null));
        } catch (IOException | RuntimeException e) {
            // Unreadable or half a file: no server can be reached through it, so it counts as stale.
            return Optional.of(new ServerRecord("", -1, "", 0, null));
        }
    }

    /**
     * Any HTTP answer within two seconds counts: the address is a live server. /api/ping answers
     * even while a server switches databases (everything else waits for the switch).
     */
    private static boolean answers(String url) {
        try {
            HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            c.send(HttpRequest.newBuilder(URI.create(url + "/api/ping")).timeout(Duration.ofSeconds(2)).GET().build(),
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
