package org.journalkg.query;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.journalkg.read.InputException;

/**
 * {@link Ask} answered by the server that holds the database (its /api/ask), for `journal-kg ask`
 * beside `journal-kg serve`: the same {@link Ask.Answer} the local database would give.
 * <pre>
 *   Ask.Answer a = AskClient.ask("http://127.0.0.1:3030", Ask.Request.of("SCO"));
 * </pre>
 */
public final class AskClient {

    private AskClient() { }

    public static Ask.Answer ask(String server, Ask.Request request) {
        String url = server + "/api/ask?q=" + URLEncoder.encode(request.term(), StandardCharsets.UTF_8)
                + "&limit=" + request.limit() + "&offset=" + request.offset() + (request.withText() ? "&text=true" : "");
        HttpResponse<String> r;
        try {
            r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(server + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(server + " did not answer: interrupted");
        }
        if (r.statusCode() != 200) {
            throw new InputException(server + " refused the question (HTTP " + r.statusCode() + ")");
        }
        JsonObject o = JSON.parse(r.body());
        List<Ask.Hit> hits = o.get("articles").getAsArray().stream().map(v -> hit(v.getAsObject())).toList();
        return new Ask.Answer(strings(o.get("entities").getAsArray()), match(o.get("match")), integer(o.get("total")),
                integer(o.get("offset")), hits, strings(o.get("nearest").getAsArray()));
    }

    private static Ask.Hit hit(JsonObject h) {
        JsonValue page = h.get("firstPage");
        JsonValue title = h.get("title");
        return new Ask.Hit(h.get("article").getAsString().value(), page.isNumber() ? integer(page) : 0,
                title != null && title.isString() ? title.getAsString().value() : null, integer(h.get("mentions")),
                h.get("score").getAsNumber().value().doubleValue(), match(h.get("match")), strings(h.get("evidence").getAsArray()));
    }

    private static Ask.Match match(JsonValue v) {
        return Ask.Match.valueOf(v.getAsString().value().toUpperCase(Locale.ROOT));
    }

    private static int integer(JsonValue v) {
        return v.getAsNumber().value().intValue();
    }

    private static List<String> strings(JsonArray a) {
        return a.stream().map(v -> v.getAsString().value()).toList();
    }
}
