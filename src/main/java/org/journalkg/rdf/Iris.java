package org.journalkg.rdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the graph's IRIs from what identifies a thing in the world, never from where it was
 * read: the same person, organization or keyword gets the same IRI in every issue.
 * <pre>
 *   Iris iris = new Iris("https://w3id.org/journal-kg/id/");
 *   iris.person("杨洁勉");   // https://w3id.org/journal-kg/id/person/杨洁勉
 * </pre>
 */
public final class Iris {

    /** The default base, overridden with --base or JOURNAL_KG_BASE. */
    public static final String DEFAULT_BASE = "https://w3id.org/journal-kg/id/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() { return base; }

    public Node journal(String issn) { return iri("journal/" + segment(issn)); }

    public String issuePath(String issn, int year, int number) {
        return "issue/" + segment(issn) + "/" + year + "/" + number;
    }

    public Node issue(String issuePath) { return iri(issuePath); }

    public Node issueGraph(String issuePath) { return iri("graph/" + issuePath); }

    /** An article by its path: {@code issue/…/article/5}, {@code article/doi/…} or {@code article/…key}. */
    public Node article(String articlePath) { return iri(articlePath); }

    /** The named graph of a thing with this path. */
    public Node graph(String path) { return iri("graph/" + path); }

    /** A DOI as a path: lower case (DOIs are case-insensitive), each segment encoded. */
    public static String doiPath(String doi) {
        StringBuilder b = new StringBuilder();
        for (String part : doi.strip().toLowerCase(java.util.Locale.ROOT).split("/")) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(segment(part));
        }
        return b.toString();
    }

    public Node within(Node parent, String path) { return NodeFactory.createURI(parent.getURI() + "/" + path); }

    public Node person(String key) { return iri("person/" + segment(key)); }

    public Node organization(String name) { return iri("org/" + segment(name)); }

    public Node keyword(String key) { return iri("keyword/" + segment(key)); }

    public Node keywordScheme() { return iri("keyword"); }

    public Node column(String name) { return iri("column/" + segment(name)); }

    public Node work(String id) { return iri("work/" + segment(id)); }

    public Node venue(String title) { return iri("venue/" + segment(title)); }

    public Node kbGraph() { return iri("graph/kb"); }

    public Node grant(String identifier) { return iri("grant/" + segment(identifier)); }

    private Node iri(String path) { return NodeFactory.createURI(base + path); }

    /**
     * A path segment: letters and digits of any script stay as they are (IRIs allow them),
     * spaces become underscores, everything else is percent-encoded.
     */
    public static String segment(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        n.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '·') {
                b.appendCodePoint(c);
            } else if (Character.isWhitespace(c)) {
                if (b.length() == 0 || b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
            } else {
                for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xFF));
                }
            }
        });
        return b.toString();
    }
}
