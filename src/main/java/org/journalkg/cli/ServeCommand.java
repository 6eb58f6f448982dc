package org.journalkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.journalkg.issue.Issue;
import org.journalkg.read.InputException;
import org.journalkg.serve.KgServer;
import org.journalkg.serve.ServedDatabase;
import org.journalkg.store.ServerRecord;
import org.journalkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph: SPARQL at /kg/sparql, the Graph Store Protocol (read) at /kg/get, and a web page at /.",
                "Builds the database from the bundled issue first when there is none. Read-only unless --allow-update.",
                "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "127.0.0.1 (default) serves this machine only; any other value serves every interface.")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Default: ${DEFAULT-VALUE}; 0 picks a free port.")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Query timeout; clients may ask for less, never more. Default: ${DEFAULT-VALUE}.")
    double timeout;

    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N", description = "Most rows a query returns. Default: ${DEFAULT-VALUE}.")
    long maxRows;

    @Option(names = "--allow-update", description = "Allow SPARQL Update and Graph Store writes (needs --password-file).")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users who may write: lines of 'user: password'.")
    Path passwordFile;

    @Option(names = "--reload", description = {"Let 'journal-kg build' into this database switch the running server to the new build"
            + " (without it, such a build refuses). Requests in flight finish on the old data; those arriving during the switch wait for it."})
    boolean reload;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new InputException("--port " + port + ": expected 0–65535 (0 picks a free port)");
        }
        if (allowUpdate && passwordFile == null) {
            throw new InputException("--allow-update needs --password-file FILE: writes are never open to anyone");
        }
        Path path = db.path();
        if (!Store.exists(path)) {
            System.out.println("journal-kg: no database at " + path + "; building it from the bundled issue…");
            Inputs inputs = new Inputs();
            Inputs.Loaded loaded = inputs.load();
            // The notes parsed once, for the graph and the report.
            List<org.apache.jena.sparql.core.Quad> quads = inputs.issueQuads(loaded).all();
            long n = Store.build(path, stream -> quads.forEach(stream::quad), (fmt, args) -> { }, true, CheckCommand.reportFiles(loaded));
            System.out.println("journal-kg: built " + path + " (" + n + " quads)");
            Inputs.printWarnings(loaded, System.err);
        }
        if (reload && allowUpdate) {
            throw new InputException("--reload and --allow-update together: a reload would drop the updates; choose one");
        }
        ServedDatabase served = ServedDatabase.open(path);
        KgServer.Builder b = KgServer.builder(served).report(path.resolve(Store.REPORT)).host(host).port(port)
                .timeoutMillis((long) (timeout * 1000)).maxRows(maxRows);
        if (allowUpdate) {
            b.allowUpdate(passwordFile);
        }
        FusekiServer server = b.build();
        server.start();
        String where = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getPort();
        // The other commands find the server here and ask it, since TDB2 lets only this process open the database;
        // a build finds the secret that lets it ask for a reload.
        served.record(ServerRecord.write(path, where, maxRows, reload ? secret() : null));
        served.onOpen(ds -> warmUp(where));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ServerRecord.remove(path);
            server.stop();
            served.close();
        }));
        System.out.println("journal-kg: serving " + path + " at " + where + "/  (SPARQL: " + where + "/kg/sparql)  Ctrl-C stops it"
                + (reload ? "; a build into " + path + " switches it to the new data" : ""));
        System.out.flush();
        server.join();
        return 0;
    }

    /**
     * Asks this server once, in the background, for what its first readers would otherwise wait for:
     * the overview (at 100 issues its first answer took 6–10 s, later ones 0.1–0.4 s) and ask's label
     * tables and text searcher. After a reload the request waits at the gate until the switch ends.
     */
    private static void warmUp(String where) {
        Thread t = new Thread(() -> {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            for (String path : List.of("/api/overview", "/api/ask?q=warm-up")) {
                try {
                    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(where + path)).GET().build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                } catch (java.io.IOException e) {
                    return;   // The server is stopping: nothing to warm.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "journal-kg warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** 128 random bits, hex: what a build must read from server.json to make this server reload. */
    private static String secret() {
        byte[] b = new byte[16];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }
}
