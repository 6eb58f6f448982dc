package org.journalkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.journalkg.query.Ask;
import org.journalkg.export.CytoscapeJson;
import org.journalkg.query.GraphView;
import org.journalkg.query.QueryLibrary;
import org.journalkg.query.pages.GraphBase;
import org.journalkg.query.pages.Overview;
import org.journalkg.query.pages.Pages;
import org.journalkg.query.pages.WorkPage;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;

/**
 * The page's JSON API: /api/ask?q=…, /api/queries, /api/articles, /api/report, /api/graph?view=…&amp;lang=…
 * &amp;min=…&amp;article=…&amp;type=…&amp;ego=…, /api/overview?offset=…&amp;limit=…, /api/page?path=/id/…|iri=…
 * (a typed page; 404 with {"error"} for what the graph does not hold), /api/work?iri=…&amp;format=csl-json|bibtex|ris
 * or &amp;style=… (one work's export or entry in a CSL style, as text).
 */
final class Api extends HttpServlet {

    private final Dataset dataset;
    private final java.nio.file.Path report;
    private final Derived derived;
    /** The most articles one overview page lists. */
    private static final int MAX_LIMIT = 200;

    /** derived: what is made once per database served (ask's label tables, the overview's outline). */
    Api(Dataset dataset, java.nio.file.Path report, Derived derived) {
        this.dataset = dataset;
        this.report = report;
        this.derived = derived;
    }

    /** What the graph does not hold: answered 404 with {"error": message}. */
    private static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        JsonValue body;
        try {
            if (path.equals("/work")) {
                work(req, resp);
                return;
            }
            body = switch (path) {
                case "/ask" -> ask(req);
                case "/queries" -> queries();
                case "/articles" -> articles();
                case "/graph" -> graph(req);
                case "/report" -> report();
                case "/overview" -> derived.get("overview", Overview::new).page(number(req, "offset", 0, 0), Math.min(number(req, "limit", Overview.DEFAULT_LIMIT, 1), MAX_LIMIT));
                case "/page" -> page(req);
                default -> null;
            };
        } catch (InputException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, error(e.getMessage()));
            return;
        } catch (NotFound e) {
            send(resp, HttpServletResponse.SC_NOT_FOUND, error(e.getMessage()));
            return;
        }
        if (body == null) {
            send(resp, HttpServletResponse.SC_NOT_FOUND, error("no such API route: /api" + path));
            return;
        }
        send(resp, HttpServletResponse.SC_OK, body);
    }

    /** What a client of the API reads on a 400 or 404: {"error": "…"}, JSON like every answer. */
    private static JsonObject error(String message) {
        JsonObject error = new JsonObject();
        error.put("error", message);
        return error;
    }

    private static void send(HttpServletResponse resp, int status, JsonValue body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.getOutputStream().write(JSON.toStringFlat(body).getBytes(StandardCharsets.UTF_8));
    }

    /** /api/page?path=/id/…[&amp;lang=zh|ru|en] or ?iri=…: the typed page of a resource. */
    private JsonValue page(HttpServletRequest req) {
        String path = req.getParameter("path");
        String iri = req.getParameter("iri");
        String lang = param(req, "lang", "zh");
        Pages pages = new Pages(dataset, this::ask);
        JsonObject p;
        if (path != null && !path.isBlank()) {
            if (!path.startsWith(GraphBase.PAGES)) {
                throw new InputException("path: a page address under " + GraphBase.PAGES + " is needed, not \"" + path + "\"");
            }
            p = pages.byPath(path, lang);
        } else if (iri != null && !iri.isBlank()) {
            p = pages.byIri(iri, lang);
        } else {
            throw new InputException("path or iri: one of them is needed");
        }
        if (p == null) {
            throw new NotFound("nothing in the graph at " + (path != null && !path.isBlank() ? path : iri));
        }
        return p;
    }

    /**
     * /api/work?iri=…&amp;format=csl-json|bibtex|ris: one work as `journal-kg citations` writes it,
     * with its media type; …&amp;style=ID[&amp;locale=TAG]: its entry in a CSL style, as plain text.
     */
    private void work(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = param(req, "format", "csl-json");
        String style = req.getParameter("style");
        if (style == null && !WorkPage.FORMATS.containsKey(format)) {
            throw new InputException("format: one of csl-json, bibtex, ris is needed, not \"" + format + "\"");
        }
        String iri = param(req, "iri", "");
        String text = style != null ? WorkPage.styled(dataset, iri, style, req.getParameter("locale")) : WorkPage.export(dataset, iri, format);
        if (text == null) {
            JsonObject error = new JsonObject();
            error.put("error", "no cited work at " + param(req, "iri", "(no iri)"));
            send(resp, HttpServletResponse.SC_NOT_FOUND, error);
            return;
        }
        resp.setContentType((style != null ? "text/plain" : WorkPage.FORMATS.get(format)) + "; charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The Ask of the database served now: it reads every label of the knowledge base once. */
    private Ask ask() {
        return derived.get("ask", Ask::new);
    }

    /**
     * /api/report: {"available": true|false, "findings": [...]}, the editorial report build wrote
     * beside the data (the same as `journal-kg check --format json` on the files built); not
     * available for a database built by an older journal-kg, or a server started without one.
     */
    private JsonValue report() throws IOException {
        JsonObject o = new JsonObject();
        boolean available = report != null && java.nio.file.Files.isRegularFile(report);
        o.put("available", available);
        o.put("findings", available ? JSON.parseAny(java.nio.file.Files.readString(report, StandardCharsets.UTF_8)) : new JsonArray());
        return o;
    }

    /** /api/ask?q=TERM[&amp;limit=N][&amp;offset=N][&amp;text=true][&amp;lang=zh|ru|en]: one page of an answer (titles in lang where given). */
    private JsonValue ask(HttpServletRequest req) {
        String q = req.getParameter("q");
        if (q == null || q.isBlank()) {
            throw new InputException("q: a term is needed");
        }
        int limit = number(req, "limit", Ask.DEFAULT_LIMIT, 1);
        int offset = number(req, "offset", 0, 0);
        Ask.Answer a = ask().ask(new Ask.Request(q, limit, offset, "true".equals(req.getParameter("text"))));
        JsonObject o = new JsonObject();
        JsonArray articles = new JsonArray();
        java.util.Map<String, String> titles = titlesIn(req.getParameter("lang"), a.articles());
        a.articles().forEach(h -> {
            // The score ranks the page's articles; `journal-kg ask` beside a server prints it, as it does locally.
            JsonObject j = h.toJson();
            j.put("score", org.apache.jena.atlas.json.JsonNumber.value(h.score()));
            if (titles.containsKey(h.article())) {
                j.put("title", titles.get(h.article()));
            }
            articles.add(j);
        });
        JsonArray entities = new JsonArray();
        a.entities().forEach(entities::add);
        JsonArray nearest = new JsonArray();
        a.nearest().forEach(nearest::add);
        o.put("entities", entities);
        o.put("match", a.match().json());
        o.put("total", a.total());
        o.put("offset", a.offset());
        o.put("articles", articles);
        o.put("nearest", nearest);
        return o;
    }

    /**
     * The titles of the answer's articles in the reader's language (lang=zh|ru|en, the page's
     * interface language), where an article has one: ask itself titles them in the term's language,
     * which would give a Chinese reader who asks "ШОС" Russian titles. Without lang, ask's own.
     */
    private java.util.Map<String, String> titlesIn(String lang, java.util.List<Ask.Hit> hits) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        if (lang == null || !lang.matches("zh|ru|en") || hits.isEmpty()) {
            return titles;
        }
        java.util.Set<String> iris = new java.util.LinkedHashSet<>();
        hits.forEach(h -> iris.add(h.article()));
        Pages.labels(dataset, iris).forEach((iri, label) -> {
            if (label.hasKey(lang)) {
                titles.put(iri, label.get(lang).getAsString().value());
            }
        });
        return titles;
    }

    /** A number of at least 0 (2.5 is one), else the default where the parameter is absent. */
    private static double decimal(HttpServletRequest req, String name, double otherwise) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        if (v.strip().matches("\\d{1,9}(\\.\\d{1,9})?")) {
            return Double.parseDouble(v.strip());
        }
        throw new InputException(name + ": a number of at least 0 is needed, not \"" + v + "\"");
    }

    private static int number(HttpServletRequest req, String name, int otherwise, int least) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InputException(name + ": a whole number of at least " + least + " is needed, not \"" + v + "\"");
    }

    private static JsonValue queries() {
        JsonArray a = new JsonArray();
        for (String name : QueryLibrary.names()) {
            String text = QueryLibrary.text(name);
            JsonObject o = new JsonObject();
            o.put("name", name);
            o.put("description", QueryLibrary.description(text));
            o.put("query", Vocab.sparqlPrefixes() + text);
            a.add(o);
        }
        return a;
    }

    private JsonValue articles() {
        JsonArray a = new JsonArray();
        String q = Vocab.sparqlPrefixes() + "SELECT ?a ?p ?zh ?ru ?en { ?a a bibo:AcademicArticle OPTIONAL { ?a bibo:pageStart ?p } "
                + "OPTIONAL { ?a dcterms:isPartOf ?i . ?i bibo:volume ?y ; bibo:issue ?n } OPTIONAL { ?a dcterms:title ?zh FILTER(lang(?zh)='zh') } "
                + "OPTIONAL { ?a dcterms:title ?ru FILTER(lang(?ru)='ru') } OPTIONAL { ?a dcterms:title ?en FILTER(lang(?en)='en') } } "
                + "ORDER BY (!BOUND(?y)) xsd:integer(?y) xsd:integer(?n) ?p ?zh ?a";
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    JsonObject o = new JsonObject();
                    o.put("article", r.getResource("a").getURI());
                    if (r.contains("p")) {
                        o.put("firstPage", JsonNumber.value(r.getLiteral("p").getInt()));
                    }
                    for (String l : new String[] {"zh", "ru", "en"}) {
                        if (r.contains(l)) {
                            o.put("title_" + l, r.getLiteral(l).getString());
                        }
                    }
                    a.add(o);
                });
            }
        });
        return a;
    }

    private JsonValue graph(HttpServletRequest req) {
        String view = param(req, "view", "mentions");
        String lang = param(req, "lang", "en");
        double min = decimal(req, "min", view.equals("mentions") ? 3 : 1);
        String article = req.getParameter("article") == null || req.getParameter("article").isBlank() ? null : req.getParameter("article");
        String type = req.getParameter("type") == null || req.getParameter("type").isBlank() ? null : req.getParameter("type");
        String ego = req.getParameter("ego") == null || req.getParameter("ego").isBlank() ? null : req.getParameter("ego");
        return CytoscapeJson.of(GraphView.build(dataset, new GraphView.Options(view, lang, min, article, type, ego)), lang, ego);
    }

    private static String param(HttpServletRequest req, String name, String dflt) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
