package org.journalkg.export;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.query.GraphView;

/**
 * A graph as Cytoscape.js elements JSON: {"elements": {"nodes": [{"data": …}], "edges": [...]}};
 * in an ego view the node asked for has "ego": true in its data, so that a page can mark it.
 */
public final class CytoscapeJson {

    private CytoscapeJson() { }

    public static JsonObject of(GraphView.Graph g, String lang) {
        return of(g, lang, null);
    }

    public static JsonObject of(GraphView.Graph g, String lang, String ego) {
        JsonArray nodes = new JsonArray();
        for (GraphView.Node n : g.nodes()) {
            JsonObject d = new JsonObject();
            d.put("id", n.id());
            d.put("label", n.label(lang));
            d.put("kind", n.kind());
            d.put("type", n.type());
            for (String l : new String[] {"zh", "ru", "en"}) {
                if (n.labels().containsKey(l)) {
                    d.put("label_" + l, n.labels().get(l));
                }
            }
            d.put("weight", number(n.weight()));
            if (n.id().equals(ego)) {
                d.put("ego", true);
            }
            JsonObject wrap = new JsonObject();
            wrap.put("data", d);
            nodes.add(wrap);
        }
        JsonArray edges = new JsonArray();
        int i = 0;
        for (GraphView.Edge e : g.edges()) {
            JsonObject d = new JsonObject();
            d.put("id", "e" + (++i));
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("kind", e.kind());
            d.put("weight", number(e.weight()));
            JsonObject wrap = new JsonObject();
            wrap.put("data", d);
            edges.add(wrap);
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject o = new JsonObject();
        o.put("elements", elements);
        return o;
    }

    private static JsonNumber number(double w) {
        return w == Math.rint(w) ? JsonNumber.value((long) w) : JsonNumber.value(w);
    }
}
