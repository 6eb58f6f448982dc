package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.journalkg.serve.KgServer;
import org.journalkg.serve.ServedDatabase;
import org.journalkg.store.ServerRecord;
import org.journalkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve --reload` in a JVM of its own (so that TDB2's lock is real) while clients keep asking:
 * a build into its database switches it to the new data, no request fails or sees a mixture,
 * and what the server derived from the old data (ask's tables) goes with it.
 */
class ReloadWhileServingTest {

    @TempDir
    Path dir;

    private static final String COUNT = "SELECT (COUNT(?a) AS ?n) { ?a a bibo:AcademicArticle }";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_build_switches_a_reloading_server_to_the_new_data_while_clients_keep_asking() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, Cli.run("build", "--quiet", "--db", db.toString()).exit());
        Store.release(Store.open(db));
        Process serve = ReadWhileServingTest.journalKg("serve", "--db", db.toString(), "--port", "0", "--reload");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.endsWith("; a build into " + db + " switches it to the new data"), String.valueOf(line));
            Matcher m = Pattern.compile("at (http://\\S+?)/ ").matcher(line);
            assertTrue(m.find(), line);
            String url = m.group(1);
            assertEquals("7", count(url));
            assertEquals(7, overviewArticles(url));
            String scoBefore = get(url + "/api/ask?q=SCO").body();
            assertTrue(scoBefore.contains("/article/5\""), "the issue's article 5 names the SCO");

            // Clients ask without pause while a build replaces the issue (7 articles) by one single article.
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    String last = "7";
                    while (!stop.get()) {
                        try {
                            String n = count(url);
                            if (!n.equals(last) && !(last.equals("7") && n.equals("1"))) {
                                seen.add("went from " + last + " to " + n);
                            }
                            last = n;
                            seen.add(n);
                        } catch (Exception e) {
                            seen.add("failed: " + e);
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            Thread.sleep(300);
            Cli build = Cli.run("build", "--quiet", "--db", db.toString(), "src/test/resources/samples/article-24.jats.xml");
            assertEquals(0, build.exit(), build.err());
            // The build returns once the server serves the new data.
            assertEquals("1", count(url));
            Thread.sleep(300);
            stop.set(true);
            for (Thread t : clients) {
                t.join(20_000);
            }
            List<String> odd = seen.stream().filter(s -> !s.equals("7") && !s.equals("1")).toList();
            assertEquals(List.of(), odd, "every request answered, with the old data or the new, never a mixture");
            assertTrue(seen.contains("7") && seen.contains("1"), "requests ran before and after the switch");

            // ask's tables were made again from the new data: the article 5 is gone.
            String scoAfter = get(url + "/api/ask?q=" + URLEncoder.encode("上海合作组织", StandardCharsets.UTF_8)).body();
            assertFalse(scoAfter.contains("/article/5\""), scoAfter);
            assertTrue(scoAfter.contains("\"total\" : 1 "), scoAfter);
            assertEquals(1, overviewArticles(url), "the overview's outline was made again");
            ServerRecord record = ServerRecord.live(db).orElseThrow();
            assertEquals(serve.pid(), record.pid(), "the new database names its server");
            assertTrue(record.reloads());
            assertFalse(Files.exists(Store.building(db)));
            assertFalse(Files.exists(db.resolveSibling("db.previous")));

            // Only who can read the record may ask for a switch; with no build finished there is nothing to switch to.
            assertEquals(403, post(url + "/api/reload", "wrong").statusCode());
            HttpResponse<String> nothing = post(url + "/api/reload", record.reloadToken());
            assertEquals(409, nothing.statusCode());
            assertEquals("{\"error\" : \"" + db + ": no finished build at " + Store.building(db) + "\" }", nothing.body());

            // A build that fails changes nothing: the server goes on with what it had.
            Cli bad = Cli.run("build", "--quiet", "--db", db.toString(), dir.resolve("missing.md").toString());
            assertEquals(1, bad.exit());
            assertEquals("1", count(url));

            // A second switch, back to the issue.
            assertEquals(0, Cli.run("build", "--quiet", "--db", db.toString()).exit());
            assertEquals("7", count(url));
            assertEquals(scoBefore, get(url + "/api/ask?q=SCO").body());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(20, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(db.resolve(ServerRecord.FILE)), "a stopped server removes its record");
    }

    /**
     * In one JVM, so that a request can be held in flight: a client reads the first kilobyte of the
     * whole graph (30 MB of N-Quads) and stops reading. The switch waits for it; a request that
     * arrives meanwhile waits for the switch; the slow reader still gets the whole old graph.
     */
    @Test
    void a_request_in_flight_finishes_on_the_old_data_and_the_switch_waits_for_it() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, Cli.run("build", "--quiet", "--db", db.toString()).exit());
        ServedDatabase served = ServedDatabase.open(db);
        FusekiServer server = KgServer.builder(served).port(0).build();
        server.start();
        String url = "http://127.0.0.1:" + server.getPort();
        served.record(ServerRecord.write(db, url, 10_000, "s3cret"));
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress("127.0.0.1", server.getPort()));
            slow.getOutputStream().write(("GET /kg/get HTTP/1.1\r\nHost: x\r\nAccept: application/n-quads\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = slow.getInputStream();
            byte[] first = in.readNBytes(1024);
            assertTrue(new String(first, StandardCharsets.UTF_8).startsWith("HTTP/1.1 200"));

            Cli[] built = new Cli[1];
            Thread build = new Thread(() -> built[0] = Cli.run("build", "--quiet", "--db", db.toString(), "src/test/resources/samples/article-24.jats.xml"));
            build.start();
            for (int i = 0; i < 600 && !served.switching() && build.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertTrue(served.switching(), "the server was asked to switch: " + built[0]);
            String[] held = new String[1];
            Thread later = new Thread(() -> {
                try {
                    held[0] = count(url);
                } catch (Exception e) {
                    held[0] = e.toString();
                }
            });
            later.start();
            Thread.sleep(1500);
            assertTrue(build.isAlive(), "the switch waits for the request in flight: " + built[0]);
            assertTrue(later.isAlive(), "a request that arrives during the switch waits for it: " + held[0]);

            String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(rest.contains("/issue/1009-721X/2026/2/article/5>"), "the slow reader got the old data");
            assertTrue(rest.length() > 20_000_000, "the whole graph: " + rest.length());
            build.join(60_000);
            later.join(60_000);
            assertEquals(0, built[0].exit(), built[0].err());
            assertEquals("1", held[0], "the held request was answered from the new data");
            assertEquals(1, served.reloads());
        } finally {
            server.stop();
            served.close();
        }
    }

    private int overviewArticles(String url) throws Exception {
        return org.apache.jena.atlas.json.JSON.parse(get(url + "/api/overview").body()).getObj("counts").get("articles").getAsNumber().value().intValue();
    }

    private String count(String url) throws Exception {
        HttpResponse<String> r = get(url + "/kg/sparql?query=" + URLEncoder.encode(org.journalkg.rdf.Vocab.sparqlPrefixes() + COUNT, StandardCharsets.UTF_8)
                + "&format=csv");
        if (r.statusCode() != 200) {
            return "HTTP " + r.statusCode();
        }
        return r.body().lines().skip(1).findFirst().orElse("no rows").strip();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header(ServerRecord.TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
