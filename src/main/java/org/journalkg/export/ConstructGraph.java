package org.journalkg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.journalkg.query.GraphView;
import org.journalkg.rdf.Vocab;

/**
 * The result of a CONSTRUCT query as a graph to export: every IRI a node, every triple between
 * two IRIs an edge named after its predicate; labels and types come from the result itself.
 */
public final class ConstructGraph {

    private ConstructGraph() { }

    public static GraphView.Graph of(Model model) {
        Map<String, Map<String, String>> labels = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        Map<String, double[]> edges = new TreeMap<>();
        Map<String, Double> degree = new TreeMap<>();
        List<Triple> triples = new ArrayList<>();
        model.getGraph().find().forEachRemaining(triples::add);
        for (Triple t : triples) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (!s.isURI()) {
                continue;
            }
            degree.putIfAbsent(s.getURI(), 0.0);
            if (p.equals(Vocab.TYPE) && o.isURI()) {
                String kind = GraphView.kindOf(o.getURI());
                if (kind != null) {
                    kinds.put(s.getURI(), kind);
                    types.put(s.getURI(), o.getURI().replaceFirst("^.*[/#]", ""));
                }
            } else if (o.isLiteral() && (p.equals(Vocab.PREF_LABEL) || p.equals(Vocab.NAME) || p.equals(Vocab.TITLE) || p.equals(Vocab.LABEL))) {
                labels.computeIfAbsent(s.getURI(), k -> new TreeMap<>()).merge(o.getLiteralLanguage(), o.getLiteralLexicalForm(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            } else if (o.isURI()) {
                String kind = p.getURI().replaceFirst("^.*[/#]", "");
                edges.computeIfAbsent(s.getURI() + "\u0000" + o.getURI() + "\u0000" + kind, k -> new double[1])[0]++;
                degree.merge(s.getURI(), 1.0, Double::sum);
                degree.merge(o.getURI(), 1.0, Double::sum);
            }
        }
        List<GraphView.Node> nodes = new ArrayList<>();
        degree.forEach((iri, d) -> nodes.add(new GraphView.Node(iri, kinds.getOrDefault(iri, "resource"), types.getOrDefault(iri, "Resource"),
                labels.getOrDefault(iri, Map.of()), d)));
        List<GraphView.Edge> out = new ArrayList<>();
        edges.forEach((k, w) -> {
            String[] p = k.split("\u0000");
            out.add(new GraphView.Edge(p[0], p[1], p[2], w[0]));
        });
        return new GraphView.Graph(nodes, out);
    }
}
