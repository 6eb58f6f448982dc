package org.journalkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.journalkg.query.pages.GraphBase;
import org.journalkg.query.pages.Pages;
import org.journalkg.rdf.Vocab;

/**
 * A readable page for any resource of the graph, /resource?iri=…: its labels and types, what it
 * says and what points to it, every IRI a link to its own page; at the top, the link to its
 * typed page (/id/…) where it has one.
 */
final class ResourcePage extends HttpServlet {

    private final Dataset dataset;

    ResourcePage(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri");
        if (iri == null || !iri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"]*$")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "iri: an absolute IRI is needed");
            return;
        }
        List<String[]> out = new ArrayList<>();
        List<String[]> in = new ArrayList<>();
        String label = iri;
        Txn.executeRead(dataset, () -> {
            rows(Vocab.sparqlPrefixes() + "SELECT DISTINCT ?p ?o { <" + iri + "> ?p ?o } ORDER BY ?p ?o LIMIT 500", out, "p", "o");
            rows(Vocab.sparqlPrefixes() + "SELECT DISTINCT ?s ?p { ?s ?p <" + iri + "> } ORDER BY ?p ?s LIMIT 200", in, "s", "p");
        });
        for (String[] r : out) {
            if (r[0].equals(Vocab.PREF_LABEL.getURI()) || r[0].equals(Vocab.NAME.getURI()) || r[0].equals(Vocab.TITLE.getURI())) {
                label = r[1].replaceAll("^\"|\"(@\\w+)?$", "");
                break;
            }
        }
        StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(label)).append("</title><link rel=\"stylesheet\" href=\"/web/app.css\"></head><body class=\"resource\">")
                .append("<p><a href=\"/\">journal-kg</a></p>");
        String typed = typedPage(iri);
        if (typed != null) {
            h.append("<p class=\"typed\"><a href=\"").append(esc(typed)).append("\">").append(esc(typed)).append("</a></p>");
        }
        h.append("<h1>").append(esc(label)).append("</h1><p class=\"iri\">").append(esc(iri)).append("</p>");
        if (out.isEmpty() && in.isEmpty()) {
            h.append("<p>Nothing in the graph is said about this IRI.</p>");
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        h.append("<h2>Properties</h2><table>");
        for (String[] r : out) {
            h.append("<tr><td>").append(link(r[0])).append("</td><td>").append(value(r[1], r[2])).append("</td></tr>");
        }
        h.append("</table><h2>Linked from</h2><table>");
        for (String[] r : in) {
            h.append("<tr><td>").append(link(r[0])).append("</td><td>").append(link(r[1])).append("</td></tr>");
        }
        h.append("</table></body></html>");
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(h.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The readable page (/id/…) of an article, person, work, actor … of the graph's base, or null where it has none. */
    private String typedPage(String iri) {
        String kind = new Pages(dataset, () -> null).kind(iri);
        if (kind == null || kind.equals("other")) {
            return null;
        }
        String page = GraphBase.of(dataset).page(iri);
        return page.startsWith(GraphBase.PAGES) ? page : null;
    }

    private void rows(String q, List<String[]> to, String a, String b) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> {
                RDFNode x = r.get(a);
                RDFNode y = r.get(b);
                to.add(new String[] {x.isURIResource() ? x.asResource().getURI() : x.toString(),
                        y.isURIResource() ? y.asResource().getURI() : y.isLiteral() ? y.asLiteral().getLexicalForm() : y.toString(),
                        y.isURIResource() ? "iri" : y.isLiteral() ? "literal:" + y.asLiteral().getLanguage() : "blank"});
            });
        }
    }

    private static String value(String v, String kind) {
        if (kind.equals("iri")) {
            return link(v);
        }
        String lang = kind.startsWith("literal:") ? kind.substring(8) : "";
        return esc(v) + (lang.isEmpty() ? "" : " <span class=\"lang\">@" + esc(lang) + "</span>");
    }

    private static String link(String iri) {
        String shown = iri;
        for (var e : Vocab.prefixes().getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue())) {
                shown = e.getKey() + ":" + iri.substring(e.getValue().length());
                break;
            }
        }
        return "<a href=\"/resource?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8) + "\">" + esc(shown) + "</a>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
