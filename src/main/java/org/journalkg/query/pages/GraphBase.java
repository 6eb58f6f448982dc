package org.journalkg.query.pages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.journalkg.rdf.Iris;

/**
 * The base of the graph's IRIs (the --base a build was given) and the page addresses made from
 * it: the resource BASE + "person/刘军" reads at /id/person/刘军. The base is read back from the
 * data rather than recorded at build time, so that any database, of any journal-kg version,
 * serves its pages: a journal's IRI is BASE + "journal/" + its ISSN (rdf/Iris); without a
 * journal (single articles only), an article's IRI ends in "issue/…/article/N" or "article/…";
 * without either, the default base.
 * <pre>
 *   GraphBase b = GraphBase.of(dataset);
 *   b.page("https://w3id.org/journal-kg/id/entity/sco");   // /id/entity/sco
 * </pre>
 */
public final class GraphBase {

    /** Where the typed pages live on the server. */
    public static final String PAGES = "/id/";

    private static final Pattern ISSUE_ARTICLE = Pattern.compile("^(.*/)issue/[^/]+/\\d+/\\d+/article/[^/]+$");
    private static final Pattern OTHER_ARTICLE = Pattern.compile("^(.*/)article/.+$");

    private final String base;

    private GraphBase(String base) {
        this.base = base;
    }

    public static GraphBase of(String base) {
        return new GraphBase(new Iris(base).base());
    }

    /** The base the data shows (two index look-ups), or the default one for an empty database. */
    public static GraphBase of(Dataset ds) {
        for (QuerySolution r : Sparql.select(ds, "SELECT ?j ?issn { ?j a bibo:Journal ; bibo:issn ?issn } LIMIT 1")) {
            String j = Sparql.uri(r, "j");
            String tail = "journal/" + Iris.segment(Sparql.text(r, "issn"));
            if (j != null && j.endsWith(tail)) {
                return new GraphBase(j.substring(0, j.length() - tail.length()));
            }
        }
        for (QuerySolution r : Sparql.select(ds, "SELECT ?a { ?a a bibo:AcademicArticle } LIMIT 1")) {
            String a = Sparql.uri(r, "a");
            for (Pattern p : List.of(ISSUE_ARTICLE, OTHER_ARTICLE)) {
                Matcher m = p.matcher(a == null ? "" : a);
                if (m.matches()) {
                    return new GraphBase(m.group(1));
                }
            }
        }
        return new GraphBase(Iris.DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The typed page of an IRI of the graph's base, else its raw triples page. */
    public String page(String iri) {
        return iri.startsWith(base) && iri.length() > base.length() ? PAGES + iri.substring(base.length()) : raw(iri);
    }

    public static String raw(String iri) {
        return "/resource?iri=" + java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /**
     * The IRIs a page path may stand for, most likely first. A browser sends /id/person/刘军 as
     * /id/person/%E5%88%98%E5%86%9B, while an IRI keeps some characters percent-encoded
     * (Iris.segment encodes a bracket as %28): so the path as given, then each segment decoded
     * and encoded again as the build encodes it, then the path fully decoded.
     */
    public List<String> iris(String path) {
        if (path == null || !path.startsWith(PAGES) || path.length() == PAGES.length()) {
            return List.of();
        }
        String rest = path.substring(PAGES.length());
        Set<String> out = new LinkedHashSet<>();
        out.add(base + rest);
        List<String> segments = new ArrayList<>();
        for (String s : rest.split("/", -1)) {
            segments.add(s.isEmpty() ? s : Iris.segment(decode(s)));
        }
        out.add(base + String.join("/", segments));
        out.add(base + decode(rest));
        return List.copyOf(out);
    }

    /** Percent-decoding as UTF-8 that leaves a malformed escape as it is. */
    static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
