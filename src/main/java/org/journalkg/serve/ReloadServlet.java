package org.journalkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.read.InputException;
import org.journalkg.store.ServerRecord;

/**
 * POST /api/reload: switch to the build finished beside the database. Only a caller that shows the
 * secret of DIR/server.json may ask (a build that can write DIR can read it); answers 200
 * {"reloads": n} once the new database is served, 403 without the secret, 409 with {"error"} where
 * there is nothing to switch to or the switch failed (the previous database is still served).
 */
final class ReloadServlet extends HttpServlet {

    private final ServedDatabase served;
    private final long waitMillis;

    ReloadServlet(ServedDatabase served, long waitMillis) {
        this.served = served;
        this.waitMillis = waitMillis;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServerRecord record = served.record();
        String token = req.getHeader(ServerRecord.TOKEN_HEADER);
        if (record == null || !record.reloads() || token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), record.reloadToken().getBytes(StandardCharsets.UTF_8))) {
            answer(resp, HttpServletResponse.SC_FORBIDDEN, "error", "the reload secret of the database's server.json is needed");
            return;
        }
        try {
            served.reload(waitMillis);
        } catch (InputException e) {
            answer(resp, HttpServletResponse.SC_CONFLICT, "error", e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error", "the server is stopping");
            return;
        }
        JsonObject o = new JsonObject();
        o.put("reloads", served.reloads());
        write(resp, HttpServletResponse.SC_OK, o);
    }

    private static void answer(HttpServletResponse resp, int status, String key, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put(key, message);
        write(resp, status, o);
    }

    private static void write(HttpServletResponse resp, int status, JsonObject o) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(JSON.toStringFlat(o).getBytes(StandardCharsets.UTF_8));
    }
}
