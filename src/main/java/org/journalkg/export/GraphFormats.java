package org.journalkg.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.journalkg.query.GraphView;

/**
 * The single-file graph formats: GraphML (Gephi, yEd, Cytoscape), GEXF 1.3 (Gephi, colours by
 * type), Graphviz DOT. Node ids are IRIs; nodes carry the label in the chosen language and in
 * each language, kind, type and weight; edges carry kind and weight.
 */
public final class GraphFormats {

    private GraphFormats() { }

    /** Views whose edges have a direction (article → what it mentions or cites). */
    static boolean directed(String view) {
        return view.equals("mentions") || view.equals("citations");
    }

    public static void graphml(GraphView.Graph g, String view, String lang, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        w.write("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        String[][] nodeKeys = {{"label", "string"}, {"label_zh", "string"}, {"label_ru", "string"}, {"label_en", "string"},
            {"kind", "string"}, {"type", "string"}, {"weight", "double"}, {"color", "string"}};
        for (String[] k : nodeKeys) {
            w.write("  <key id=\"n_" + k[0] + "\" for=\"node\" attr.name=\"" + k[0] + "\" attr.type=\"" + k[1] + "\"/>\n");
        }
        w.write("  <key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        w.write("  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        w.write("  <graph id=\"" + view + "\" edgedefault=\"" + (directed(view) ? "directed" : "undirected") + "\">\n");
        for (GraphView.Node n : g.nodes()) {
            w.write("    <node id=\"" + Xml.esc(n.id()) + "\">\n");
            data(w, "n_label", n.label(lang));
            for (String l : new String[] {"zh", "ru", "en"}) {
                if (n.labels().containsKey(l)) {
                    data(w, "n_label_" + l, n.labels().get(l));
                }
            }
            data(w, "n_kind", n.kind());
            data(w, "n_type", n.type());
            data(w, "n_weight", Xml.num(n.weight()));
            data(w, "n_color", Palette.colour(n.kind(), n.type()));
            w.write("    </node>\n");
        }
        int i = 0;
        for (GraphView.Edge e : g.edges()) {
            w.write("    <edge id=\"e" + (++i) + "\" source=\"" + Xml.esc(e.source()) + "\" target=\"" + Xml.esc(e.target()) + "\">\n");
            data(w, "e_kind", e.kind());
            data(w, "e_weight", Xml.num(e.weight()));
            w.write("    </edge>\n");
        }
        w.write("  </graph>\n</graphml>\n");
    }

    private static void data(Writer w, String key, String value) throws IOException {
        w.write("      <data key=\"" + key + "\">" + Xml.esc(value) + "</data>\n");
    }

    public static void gexf(GraphView.Graph g, String view, String lang, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n");
        w.write("  <meta><creator>journal-kg</creator><description>" + Xml.esc(view) + " network</description></meta>\n");
        w.write("  <graph mode=\"static\" defaultedgetype=\"" + (directed(view) ? "directed" : "undirected") + "\">\n");
        w.write("    <attributes class=\"node\">\n");
        String[] attrs = {"kind", "type", "label_zh", "label_ru", "label_en", "iri"};
        for (int a = 0; a < attrs.length; a++) {
            w.write("      <attribute id=\"" + a + "\" title=\"" + attrs[a] + "\" type=\"string\"/>\n");
        }
        w.write("    </attributes>\n    <attributes class=\"edge\">\n      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n    </attributes>\n");
        w.write("    <nodes>\n");
        for (GraphView.Node n : g.nodes()) {
            w.write("      <node id=\"" + Xml.esc(n.id()) + "\" label=\"" + Xml.esc(n.label(lang)) + "\">\n        <attvalues>\n");
            String[] values = {n.kind(), n.type(), n.labels().get("zh"), n.labels().get("ru"), n.labels().get("en"), n.id()};
            for (int a = 0; a < values.length; a++) {
                if (values[a] != null) {
                    w.write("          <attvalue for=\"" + a + "\" value=\"" + Xml.esc(values[a]) + "\"/>\n");
                }
            }
            int[] c = Palette.rgb(Palette.colour(n.kind(), n.type()));
            w.write("        </attvalues>\n        <viz:color r=\"" + c[0] + "\" g=\"" + c[1] + "\" b=\"" + c[2] + "\"/>\n");
            w.write("        <viz:size value=\"" + Xml.num(Math.round((4 + Math.sqrt(n.weight())) * 10) / 10.0) + "\"/>\n      </node>\n");
        }
        w.write("    </nodes>\n    <edges>\n");
        int i = 0;
        for (GraphView.Edge e : g.edges()) {
            w.write("      <edge id=\"" + (i++) + "\" source=\"" + Xml.esc(e.source()) + "\" target=\"" + Xml.esc(e.target())
                    + "\" weight=\"" + Xml.num(e.weight()) + "\">\n        <attvalues><attvalue for=\"0\" value=\"" + Xml.esc(e.kind())
                    + "\"/></attvalues>\n      </edge>\n");
        }
        w.write("    </edges>\n  </graph>\n</gexf>\n");
    }

    public static void dot(GraphView.Graph g, String view, String lang, Writer w) throws IOException {
        boolean directed = directed(view);
        w.write((directed ? "digraph" : "graph") + " \"" + view + "\" {\n");
        w.write("  graph [overlap=false, splines=true, charset=\"UTF-8\"];\n");
        w.write("  node [shape=ellipse, style=filled, fontname=\"Noto Sans CJK SC\", fontsize=10, fontcolor=white];\n");
        for (GraphView.Node n : g.nodes()) {
            w.write("  \"" + dotEsc(n.id()) + "\" [label=\"" + dotEsc(n.label(lang)) + "\", fillcolor=\"" + Palette.colour(n.kind(), n.type())
                    + "\", tooltip=\"" + dotEsc(n.kind() + " · " + n.type()) + "\"];\n");
        }
        String arrow = directed ? " -> " : " -- ";
        for (GraphView.Edge e : g.edges()) {
            w.write("  \"" + dotEsc(e.source()) + "\"" + arrow + "\"" + dotEsc(e.target()) + "\" [weight=" + Math.max(1, Math.round(e.weight()))
                    + ", penwidth=" + Xml.num(Math.min(8, 0.5 + Math.log1p(e.weight()))) + ", label=\"" + Xml.num(e.weight()) + "\"];\n");
        }
        w.write("}\n");
    }

    private static String dotEsc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    /** Integer ids 1…n in node order, for formats that want numbers (VOSviewer). */
    static Map<String, Integer> numbers(GraphView.Graph g) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        g.nodes().forEach(n -> ids.put(n.id(), ids.size() + 1));
        return ids;
    }

    /** Cluster numbers for VOSviewer: one per kind and type, in name order. */
    static Map<String, Integer> clusters(List<GraphView.Node> nodes) {
        Map<String, Integer> out = new HashMap<>();
        TreeMap<String, Integer> names = new TreeMap<>();
        nodes.forEach(n -> names.put(n.kind() + "/" + n.type(), 0));
        int i = 0;
        for (String k : names.keySet()) {
            out.put(k, ++i);
        }
        return out;
    }
}
