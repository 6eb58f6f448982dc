package org.journalkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /api/ping: {"alive": true}, at once, even while the server switches databases (other commands check a server with it). */
final class PingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write("{\"alive\": true}".getBytes(StandardCharsets.UTF_8));
    }
}
