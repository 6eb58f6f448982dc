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
        String q = switch (o.view()) {
            case "mentions" -> "SELECT ?x ?y ?w ('mentions' AS ?k) { ?s a jkg:MentionSummary ; jkg:article ?a ; jkg:entity ?e ; jkg:mentionCount ?w . "
                    + article + " BIND(?a AS ?x) BIND(?e AS ?y) " + typeY + " }";
            case "comentions" -> "SELECT ?x ?y (SUM(?n) AS ?w) ('comention' AS ?k) { ?c a jkg:CoMention ; jkg:article ?a ; jkg:entity ?x, ?y ; jkg:mentionCount ?n . "
                    + "FILTER(STR(?x) < STR(?y)) " + article + " " + type + " " + typeY + " } GROUP BY ?x ?y";
            case "citations" -> "SELECT ?x ?y (COUNT(DISTINCT ?c) AS ?w) ('cites' AS ?k) { ?c cito:hasCitingEntity ?a ; cito:hasCitedEntity ?y . "
                    + article + " BIND(?a AS ?x) } GROUP BY ?x ?y";
            case "cocitation" -> "SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('cocited' AS ?k) { ?a cito:cites ?x, ?y . FILTER(STR(?x) < STR(?y)) "
                    + article + " } GROUP BY ?x ?y";
            case "coauthors" -> "SELECT ?x ?y ?w ?k { { SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('coauthor' AS ?k) { ?a a bibo:AcademicArticle ; dcterms:creator ?x, ?y . "
                    + "FILTER(STR(?x) < STR(?y)) " + article + " } GROUP BY ?x ?y } UNION "
                    + "{ SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('affiliation' AS ?k) { ?a a bibo:AcademicArticle ; dcterms:creator ?x . ?x schema:affiliation ?y . "
                    + article + " } GROUP BY ?x ?y } }";
            default -> "SELECT ?x ?y (COUNT(DISTINCT ?a) AS ?w) ('cooccurs' AS ?k) { ?a dcterms:subject ?x, ?y . FILTER(STR(?x) < STR(?y)) "
                    + article + " } GROUP BY ?x ?y";
        };
        List<Edge> edges = new ArrayList<>();
        Map<String, Double> weights = new TreeMap<>();
        Txn.executeRead(ds, () -> {
            for (QuerySolution r : select(ds, q)) {
                double w = r.getLiteral("w").getDouble();
                if (w < o.minWeight()) {
                    continue;
                }
                String x = r.getResource("x").getURI();
                String y = r.getResource("y").getURI();
                if (o.ego() != null && !o.ego().equals(x) && !o.ego().equals(y)) {
                    continue;
                }
                edges.add(new Edge(x, y, r.getLiteral("k").getString(), w));
                weights.merge(x, w, Double::sum);
                weights.merge(y, w, Double::sum);
            }
        });
        edges.sort((a, b) -> (a.source() + " " + a.target() + " " + a.kind()).compareTo(b.source() + " " + b.target() + " " + b.kind()));
        if (o.ego() != null && weights.isEmpty() && isResource(ds, o.ego())) {
            // The node asked for stays on the page even where no edge of the view reaches it.
            weights.put(o.ego(), 0.0);
        }
        return new Graph(nodes(ds, weights), edges);
    }

    /** True where the graph has a triple about this IRI. */
    private static boolean isResource(Dataset ds, String iri) {
        if (!iri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$")) {
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
