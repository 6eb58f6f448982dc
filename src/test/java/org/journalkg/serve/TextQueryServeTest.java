package org.journalkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Base64;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.journalkg.cli.CliAccess;
import org.journalkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text:query on the server's SPARQL endpoint, and SPARQL updates through it keeping the index in step. */
class TextQueryServeTest {

    static final String ARTICLE = "https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/";
    /** With updates allowed the server asks every client for a password, readers too. */
    static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void text_query_over_http_follows_updates() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString()));
        Path passwords = Files.writeString(dir.resolve("passwords"), "editor: s3cret\n");
        Dataset ds = Store.open(db);
        FusekiServer server = KgServer.builder(ds).port(0).allowUpdate(passwords).build();
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getPort();
            List<String> grandBargain = List.of(ARTICLE + "48/paragraph/53", ARTICLE + "48/paragraph/54",
                    ARTICLE + "48/paragraph/55", ARTICLE + "48/paragraph/56");
            assertEquals(grandBargain, parts(url));
            String triple = "GRAPH <https://w3id.org/journal-kg/id/graph/issue/1009-721X/2026/2/article/5> { <" + ARTICLE
                    + "5/paragraph/999> <http://purl.org/spar/c4o/hasContent> \"一项大交易。\"@zh }";
            assertEquals(204, update(url, "INSERT DATA { " + triple + " }").statusCode());
            List<String> more = new ArrayList<>(grandBargain);
            more.add(ARTICLE + "5/paragraph/999");
            assertEquals(more, parts(url));
            assertEquals(204, update(url, "DELETE DATA { " + triple + " }").statusCode());
            assertEquals(grandBargain, parts(url));
        } finally {
            server.stop();
            Store.release(ds);
        }
    }

    /** The paragraphs text:query finds for 大交易 on the endpoint, in order. */
    private static List<String> parts(String url) throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?p { (?p ?score) text:query"
                + " (<http://purl.org/spar/c4o/hasContent> '\"大交易\"') } ORDER BY ?p";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").header("Authorization", EDITOR).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        for (JsonValue b : JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray()) {
            out.add(b.getAsObject().get("p").getAsObject().get("value").getAsString().value());
        }
        return out;
    }

    private static HttpResponse<String> update(String url, String update) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", EDITOR)
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
