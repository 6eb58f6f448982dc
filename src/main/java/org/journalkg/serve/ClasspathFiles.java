package org.journalkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves files from the jar: the page (web/) and the WebJars (META-INF/resources/webjars/), so
 * the page works offline with no CDN.
 */
final class ClasspathFiles extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf",
            "map", "application/json", "json", "application/json");

    private final String root;
    private final String index;
    private final boolean always;

    /** root: the classpath folder; index: the file served for the folder itself (or null). */
    ClasspathFiles(String root, String index) {
        this(root, index, false);
    }

    private ClasspathFiles(String root, String index, boolean always) {
        this.root = root;
        this.index = index;
        this.always = always;
    }

    /** Serves one file for every path below the mapping: the page, which reads its address itself. */
    static ClasspathFiles page(String root, String file) {
        return new ClasspathFiles(root, file, true);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = always || req.getPathInfo() == null || req.getPathInfo().equals("/") ? index : req.getPathInfo().substring(1);
        if (path == null || path.contains("..")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(root + path)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
