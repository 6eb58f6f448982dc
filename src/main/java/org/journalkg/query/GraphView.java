package org.journalkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;

/**
 * The networks researchers draw from the graph, as nodes and weighted edges: article–entity
 * (mentions), entity–entity (co-mentions in a sentence), article→work (citations), works cited
 * together (cocitation), co-authors with their institutions, keyword co-occurrence. Node ids are
 * IRIs; nodes carry their kind, type and labels in zh, ru and en. Everything comes sorted, so the
 * same database gives the same graph.
 * <pre>
 *   GraphView.Graph g = GraphView.build(dataset, new GraphView.Options("mentions", "en", 3, null, null));
 * </pre>
 */
public final class GraphView {

    public static final List<String> VIEWS = List.of("mentions", "comentions", "citations", "cocitation", "coauthors", "keywords");

    /** A node: its IRI, what it is, its labels by language. */
    public record Node(String id, String kind, String type, Map<String, String> labels, double weight) {

        public String label(String lang) {
            String l = labels.get(lang);
            if (l == null) {
                l = labels.getOrDefault("en", labels.getOrDefault("zh", labels.getOrDefault("ru", labels.getOrDefault("", id))));
            }
            return l;
        }
    }

    /** A weighted edge. */
    public record Edge(String source, String target, String kind, double weight) { }

    public record Graph(List<Node> nodes, List<Edge> edges) { }

    /**
     * What to draw: the view, the label language, the least edge weight, one article, one entity
     * type, and one node (ego, or null) whose edges alone are kept: the node and its neighbours.
     */
    public record Options(String view, String lang, double minWeight, String article, String entityType, String ego) {

        public Options(String view, String lang, double minWeight, String article, String entityType) {
            this(view, lang, minWeight, article, entityType, null);
        }
    }

    private GraphView() { }

    public static Graph build(Dataset ds, Options o) {
        if (!VIEWS.contains(o.view())) {
            throw new InputException("--view " + o.view() + ": expected one of " + String.join(", ", VIEWS));
        }
        String article = o.article() == null ? "" : "FILTER(?a = <" + o.article().replace(">", "") + ">)";
        String type = o.entityType() == null ? "" : "?x a jkg:" + o.entityType().replaceAll("[^A-Za-z]", "") + " .";
        String typeY = o.entityType() == null ? "" : "?y a jkg:" + o.entityType().replaceAll("[^A-Za-z]", "") + " .";
        // EGO marks where an ego view binds one end of the edges (see egoQueries).
        String q = switch (o.view()) {
            case "mentions" -> "SELECT ?x ?y ?w ('mentions' AS ?k) { EGO ?s a jkg:MentionSummary ; jkg:article ?a ; jkg:entity ?e ; jkg:mentionCount ?w . "
                    + article + " BIND(?a AS ?x) BIND(?e AS ?y) " + typeY + " }";
            case "comentions" -> "SELECT ?x ?y (SUM(?n) AS ?w) ('comention' AS ?k) { EGO ?c a jkg:CoMention ; jkg:article ?a ; jkg:entity ?x, ?y ; jkg:mentionCount ?n . "
                    + "FILTER(STR(?x) < STR(?y)) " + article + " " + type + " " + typeY + " } GROUP BY ?x ?y";
            case "citations" -> "SELECT ?x ?y (COUNT(DISTINCT ?c) AS ?w) ('cites' AS ?k) { EGO ?c cito:hasCitingEntity ?a ; cito:hasCitedEntity ?y . "
                    + article + " BIND(?a AS ?x) } GROUP BY ?x ?y";
            case "cocitation" -> "SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('cocited' AS ?k) { EGO ?a cito:cites ?x, ?y . FILTER(STR(?x) < STR(?y)) "
                    + article + " } GROUP BY ?x ?y";
            case "coauthors" -> "SELECT ?x ?y ?w ?k { { SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('coauthor' AS ?k) { EGO ?a a bibo:AcademicArticle ; dcterms:creator ?x, ?y . "
                    + "FILTER(STR(?x) < STR(?y)) " + article + " } GROUP BY ?x ?y } UNION "
                    + "{ SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('affiliation' AS ?k) { EGO ?a a bibo:AcademicArticle ; dcterms:creator ?x . ?x schema:affiliation ?y . "
                    + article + " } GROUP BY ?x ?y } }";
            default -> "SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('cooccurs' AS ?k) { EGO ?a dcterms:subject ?x, ?y . FILTER(STR(?x) < STR(?y)) "
                    + article + " } GROUP BY ?x ?y";
        };
        List<Edge> edges = new ArrayList<>();
        Map<String, Double> weights = new TreeMap<>();
        Txn.executeRead(ds, () -> {
            for (String query : egoQueries(q, o)) {
                for (QuerySolution r : select(ds, query)) {
                    double w = r.getLiteral("w").getDouble();
                    if (w < o.minWeight()) {
                        continue;
                    }
                    String x = r.getResource("x").getURI();
                    String y = r.getResource("y").getURI();
                    edges.add(new Edge(x, y, r.getLiteral("k").getString(), w));
                    weights.merge(x, w, Double::sum);
                    weights.merge(y, w, Double::sum);
                }
            }
        });
        edges.sort((a, b) -> (a.source() + " " + a.target() + " " + a.kind()).compareTo(b.source() + " " + b.target() + " " + b.kind()));
        if (o.ego() != null && weights.isEmpty() && isResource(ds, o.ego())) {
            // The node asked for stays on the page even where no edge of the view reaches it.
            weights.put(o.ego(), 0.0);
        }
        return new Graph(nodes(ds, weights), edges);
    }

    /**
     * The view's query as it runs: whole; or for an ego view twice, once with the ego bound as
     * the edges' first end and once as their second (each edge is found once: its two ends
     * differ). Bound by VALUES at the start of the pattern, TDB2 starts from the ego's few
     * triples instead of reading the whole view and dropping most of it. An ego that is no IRI
     * a query can hold gives no query, and so no edges.
     */
    private static List<String> egoQueries(String q, Options o) {
        if (o.ego() == null) {
            return List.of(q.replace("EGO ", ""));
        }
        if (!writable(o.ego())) {
            return List.of();
        }
        // The variables that become ?x and ?y: the mentions and citations views bind ?x from the article ?a, mentions ?y from ?e.
        String first = o.view().equals("mentions") || o.view().equals("citations") ? "?a" : "?x";
        String second = o.view().equals("mentions") ? "?e" : "?y";
        List<String> out = new ArrayList<>();
        for (String v : List.of(first, second)) {
            out.add(q.replace("EGO ", "VALUES " + v + " { <" + o.ego() + "> } "));
        }
        return out;
    }

    private static boolean writable(String iri) {
        return iri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$");
    }

    /** True where the graph has a triple about this IRI. */
    private static boolean isResource(Dataset ds, String iri) {
        if (!writable(iri)) {
            return false;
        }
        boolean[] found = {false};
        Txn.executeRead(ds, () -> found[0] = !select(ds, "SELECT ?p { <" + iri + "> ?p ?o } LIMIT 1").isEmpty());
        return found[0];
    }

    /** Labels, kinds and types of the nodes, in IRI order. */
    private static List<Node> nodes(Dataset ds, Map<String, Double> weights) {
        if (weights.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> labels = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        List<String> iris = new ArrayList<>(weights.keySet());
        for (int from = 0; from < iris.size(); from += 400) {
            String values = String.join(" ", iris.subList(from, Math.min(iris.size(), from + 400)).stream().map(i -> "<" + i + ">").toList());
            String q = "SELECT ?n ?l ?t { VALUES ?n { " + values + " } "
                    + "{ ?n skos:prefLabel|foaf:name|dcterms:title ?l } UNION { ?n a ?t } }";
            Txn.executeRead(ds, () -> {
                for (QuerySolution r : select(ds, q)) {
                    String n = r.getResource("n").getURI();
                    if (r.contains("l")) {
                        String lang = r.getLiteral("l").getLanguage();
                        labels.computeIfAbsent(n, k -> new TreeMap<>()).merge(lang, r.getLiteral("l").getString(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                    if (r.contains("t")) {
                        String t = r.getResource("t").getURI();
                        String local = t.replaceFirst("^.*[/#]", "");
                        String kind = kindOf(t);
                        if (kind != null && (kinds.get(n) == null || kind.equals("entity"))) {
                            kinds.put(n, kind);
                            types.put(n, local);
                        }
                    }
                }
            });
        }
        List<Node> out = new ArrayList<>();
        for (String iri : iris) {
            out.add(new Node(iri, kinds.getOrDefault(iri, "resource"), types.getOrDefault(iri, "Resource"),
                    labels.getOrDefault(iri, Map.of()), weights.get(iri)));
        }
        return out;
    }

    /** article, entity, work, person, organization or keyword for an rdf:type, or null. */
    public static String kindOf(String type) {
        if (type.startsWith(Vocab.JKG)) {
            return "entity";
        }
        return switch (type.replaceFirst("^.*[/#]", "").toLowerCase(Locale.ROOT)) {
            case "academicarticle" -> "article";
            case "person" -> "person";
            case "organization" -> "organization";
            case "concept" -> "keyword";
            case "journalarticle", "book", "bookchapter", "webpage", "newspaperarticle", "magazinearticle", "reportdocument",
                 "legislation", "legaldocument", "document" -> "work";
            default -> null;
        };
    }

    private static List<QuerySolution> select(Dataset ds, String q) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Vocab.sparqlPrefixes() + q).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }


}
