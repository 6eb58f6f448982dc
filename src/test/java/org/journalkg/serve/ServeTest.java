package org.journalkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.journalkg.cli.CliAccess;
import org.journalkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server on an ephemeral port, with real HTTP clients. */
class ServeTest {

    static final String ARTICLES = "SELECT (COUNT(*) AS ?n) { ?a a <http://purl.org/ontology/bibo/AcademicArticle> }";
    static final String CONSTRUCT = "CONSTRUCT { ?a <http://purl.org/dc/terms/title> ?t } WHERE { ?a a <http://purl.org/ontology/bibo/AcademicArticle> ; <http://purl.org/dc/terms/title> ?t }";

    @TempDir
    static Path dir;

    static Path db;
    static Dataset ds;
    static FusekiServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString()));
        ds = Store.open(db);
        server = KgServer.builder(ds).port(0).timeoutMillis(1000).maxRows(50).build();
        server.start();
        base = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
        Store.release(ds);
    }

    /** A server started without a report (or on a database from an older journal-kg) says so; it never fails. */
    @org.junit.jupiter.api.Test
    void the_report_api_says_when_there_is_no_report() throws Exception {
        HttpResponse<String> r = get("/api/report", null);
        assertEquals(200, r.statusCode());
        org.apache.jena.atlas.json.JsonObject o = org.apache.jena.atlas.json.JSON.parse(r.body());
        assertEquals(false, o.get("available").getAsBoolean().value());
        assertEquals(0, o.get("findings").getAsArray().size());
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POST and PUT on a connection of their own: the server may close a connection after it
     * refuses a write, and the JDK client retries only GETs on a pooled connection found closed.
     */
    static HttpResponse<String> write(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return write(b.build());
    }

    static String q(String query) {
        return "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void select_in_json_xml_csv_and_tsv_by_accept_header() throws Exception {
        HttpResponse<String> json = get("/kg/sparql" + q(ARTICLES), "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals("7", JSON.parse(json.body()).get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject().get("n").getAsObject().get("value").getAsString().value());
        HttpResponse<String> xml = get("/kg/sparql" + q(ARTICLES), "application/sparql-results+xml");
        assertTrue(xml.body().contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">7</literal>"), xml.body());
        assertEquals("n\r\n7\r\n", get("/kg/sparql" + q(ARTICLES), "text/csv").body());
        assertEquals("?n\n7\n", get("/kg/sparql" + q(ARTICLES), "text/tab-separated-values").body());
        assertEquals(200, get("/kg/query" + q(ARTICLES), "application/sparql-results+json").statusCode());
    }

    @Test
    void post_as_form_and_as_sparql_query() throws Exception {
        HttpResponse<String> form = post("/kg/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(ARTICLES, StandardCharsets.UTF_8), null);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("\"7\""));
        HttpResponse<String> direct = post("/kg/sparql", "application/sparql-query", ARTICLES, null);
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("\"7\""));
    }

    @Test
    void construct_as_turtle_ntriples_jsonld_and_rdfxml() throws Exception {
        for (String[] f : List.of(new String[] {"text/turtle", "TTL"}, new String[] {"application/n-triples", "NT"},
                new String[] {"application/ld+json", "JSONLD"}, new String[] {"application/rdf+xml", "RDFXML"})) {
            HttpResponse<String> r = get("/kg/sparql" + q(CONSTRUCT), f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[0]);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                    .lang(org.apache.jena.riot.RDFLanguages.shortnameToLang(f[1])).parse(m);
            assertEquals(21, m.size(), f[0]);
        }
    }

    @Test
    void jena_remote_query_execution() {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(base + "/kg/sparql").query(ARTICLES).build()) {
            assertEquals(7, qe.execSelect().next().getLiteral("n").getInt());
        }
    }

    @Test
    void graph_store_protocol_reads_a_named_graph() throws Exception {
        String g = URLEncoder.encode("https://w3id.org/journal-kg/id/graph/issue/1009-721X/2026/2", StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/kg/get?graph=" + g, "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.size() > 30);
    }

    @Test
    void updates_graph_store_writes_and_service_are_refused() throws Exception {
        String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertNotEquals(200, post("/kg/update", "application/sparql-update", insert, null).statusCode());
        assertNotEquals(200, post("/kg", "application/sparql-update", insert, null).statusCode());
        assertNotEquals(200, post("/kg/sparql", "application/sparql-update", insert, null).statusCode());
        String g = URLEncoder.encode("urn:g", StandardCharsets.UTF_8);
        HttpResponse<String> put = write(HttpRequest.newBuilder(URI.create(base + "/kg/get?graph=" + g))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(put.statusCode() >= 400, "PUT " + put.statusCode());
        assertTrue(post("/kg/get?graph=" + g, "text/turtle", "<urn:a> <urn:b> <urn:c> .", null).statusCode() >= 400);
        assertEquals("false", count("ASK { <urn:x> ?p ?o }"), "nothing was written");
        HttpResponse<String> service = get("/kg/sparql" + q("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
                "application/sparql-results+json");
        assertTrue(service.statusCode() >= 400, "SERVICE answered " + service.statusCode());
    }

    static String count(String ask) throws Exception {
        return JSON.parse(get("/kg/sparql" + q(ask), "application/sparql-results+json").body()).get("boolean").toString();
    }

    @Test
    void the_timeout_holds_and_clients_cannot_raise_it() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/kg/sparql" + q(heavy) + "&timeout=600", "application/sparql-results+json");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 15_000, "took " + ms + " ms");
    }

    @Test
    void rows_are_capped() throws Exception {
        JsonArray rows = JSON.parse(get("/kg/sparql" + q("SELECT * { ?s ?p ?o }"), "application/sparql-results+json").body())
                .get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(50, rows.size());
        JsonArray ten = JSON.parse(get("/kg/sparql" + q("SELECT * { ?s ?p ?o } LIMIT 10"), "application/sparql-results+json").body())
                .get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(10, ten.size());
    }

    @Test
    void cors_allows_reading_from_other_origins() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql" + q(ARTICLES)))
                .header("Origin", "http://example.org").header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map().toString());
    }

    @Test
    void the_page_works_offline_and_the_api_answers() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js"));
        assertFalse(page.body().matches("(?s).*(src|href)=\"https?://.*"), "no CDN");
        assertEquals(200, get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", null).statusCode());
        assertEquals(200, get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", null).statusCode());
        assertEquals(200, get("/web/app.js", null).statusCode());
        JsonObject ask = JSON.parse(get("/api/ask?q=" + URLEncoder.encode("ШОС", StandardCharsets.UTF_8), null).body());
        assertEquals(24, ask.get("articles").getAsArray().get(0).getAsObject().get("firstPage").getAsNumber().value().intValue());
        assertEquals("entity", ask.get("match").getAsString().value());
        assertEquals(4, ask.get("total").getAsNumber().value().intValue());
        assertEquals("Шанхайская организация сотрудничества с точки зрения незападных стран: эффективность управления, текущие вызовы и пути оптимизации",
                ask.get("articles").getAsArray().get(0).getAsObject().get("title").getAsString().value(), "ask titles in the term's language");
        // The page asks with its interface language, and gets the titles in it.
        JsonObject zh = JSON.parse(get("/api/ask?lang=zh&q=" + URLEncoder.encode("ШОС", StandardCharsets.UTF_8), null).body());
        assertEquals("非西方视角下的上合组织：治理绩效、现实挑战与优化路径",
                zh.get("articles").getAsArray().get(0).getAsObject().get("title").getAsString().value());
        assertEquals(ask.get("articles").getAsArray().size(), zh.get("articles").getAsArray().size());
        // A page of the answer, and a term answered from the full text.
        JsonObject second = JSON.parse(get("/api/ask?limit=2&offset=2&q=" + URLEncoder.encode("ШОС", StandardCharsets.UTF_8), null).body());
        assertEquals(2, second.get("offset").getAsNumber().value().intValue());
        assertEquals(List.of(5, 67), second.get("articles").getAsArray().stream()
                .map(v -> v.getAsObject().get("firstPage").getAsNumber().value().intValue()).toList());
        JsonObject text = JSON.parse(get("/api/ask?q=" + URLEncoder.encode("大交易", StandardCharsets.UTF_8), null).body());
        assertEquals("text", text.get("match").getAsString().value());
        assertEquals(1, text.get("total").getAsNumber().value().intValue());
        assertEquals("text", text.get("articles").getAsArray().get(0).getAsObject().get("match").getAsString().value());
        assertEquals(400, get("/api/ask?limit=0&q=SCO", null).statusCode());
        assertEquals(org.journalkg.query.QueryLibrary.names().size(), JSON.parseAny(get("/api/queries", null).body()).getAsArray().size());
        JsonObject g = JSON.parse(get("/api/graph?view=mentions&lang=zh&min=3", null).body());
        JsonArray nodes = g.get("elements").getAsObject().get("nodes").getAsArray();
        JsonArray edges = g.get("elements").getAsObject().get("edges").getAsArray();
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.getAsObject().get("data").getAsObject().get("id").getAsString().value()));
        assertTrue(nodes.size() > 20 && edges.size() > 20);
        for (JsonValue e : edges) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            assertTrue(ids.contains(d.get("source").getAsString().value()) && ids.contains(d.get("target").getAsString().value()));
        }
        String art = "https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/24";
        HttpResponse<String> res = get("/resource?iri=" + URLEncoder.encode(art, StandardCharsets.UTF_8), null);
        assertEquals(200, res.statusCode());
        assertTrue(res.body().contains("非西方视角下的上合组织：治理绩效、现实挑战与优化路径"), res.body().substring(0, 300));
        assertTrue(res.body().contains("/resource?iri=https%3A%2F%2Fw3id.org%2Fjournal-kg%2Fid%2Fperson%2F"), "links to the author");
    }

    @Test
    void updates_need_a_password_when_allowed() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "editor: s3cret\n");
        Dataset mem = DatasetFactory.createTxnMem();
        FusekiServer rw = KgServer.builder(mem).port(0).allowUpdate(passwords).build();
        rw.start();
        try {
            String url = "http://127.0.0.1:" + rw.getPort();
            String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
            HttpResponse<String> anonymous = write(HttpRequest.newBuilder(URI.create(url + "/kg/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertEquals(401, anonymous.statusCode());
            HttpResponse<String> editor = write(HttpRequest.newBuilder(URI.create(url + "/kg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertEquals(204, editor.statusCode(), editor.body());
            assertTrue(org.apache.jena.system.Txn.calculateRead(mem, () -> mem.getDefaultModel().size() == 1));
        } finally {
            rw.stop();
        }
        // The password file's reloading scanner stops with the server (it used to outlive it, and warn).
        Thread.sleep(200);
        assertEquals(0, Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith("Scanner-")).count());
    }

    @Test
    void a_host_other_than_loopback_binds_that_address_only() throws Exception {
        FusekiServer other = KgServer.builder(DatasetFactory.createTxnMem()).host("127.0.0.2").port(0).build();
        other.start();
        try {
            HttpResponse<String> there = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + other.getPort() + "/kg/sparql?query="
                    + java.net.URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, there.statusCode());
            // Every interface would answer on 127.0.0.1 too; the one address asked for does not.
            assertThrows(java.net.ConnectException.class, () -> HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + other.getPort() + "/kg/sparql?query=ASK%20%7B%7D")).build(), HttpResponse.BodyHandlers.ofString()));
        } finally {
            other.stop();
        }
    }

    @Test
    void a_second_server_on_the_same_database_fails_with_a_clear_message() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.journalkg.cli.Main", "serve", "--db", db.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the second server should stop by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.strip().endsWith(db + ": the database is in use by another journal-kg process (pid " + ProcessHandle.current().pid() + "); stop it first"), out);
        assertFalse(out.contains("Exception"), out);
    }
}
