package org.journalkg.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.journalkg.query.GraphView;

/**
 * The two-file formats, written into a folder: CSV (nodes.csv, edges.csv) and VOSviewer
 * (map.txt with items and clusters, network.txt with links and strengths).
 */
public final class TableFormats {

    private TableFormats() { }

    public static void csv(GraphView.Graph g, String lang, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
            w.write("id,label,kind,type,label_zh,label_ru,label_en,weight\r\n");
            for (GraphView.Node n : g.nodes()) {
                w.write(String.join(",", cell(n.id()), cell(n.label(lang)), cell(n.kind()), cell(n.type()),
                        cell(n.labels().getOrDefault("zh", "")), cell(n.labels().getOrDefault("ru", "")),
                        cell(n.labels().getOrDefault("en", "")), Xml.num(n.weight())) + "\r\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("edges.csv"), StandardCharsets.UTF_8)) {
            w.write("source,target,kind,weight\r\n");
            for (GraphView.Edge e : g.edges()) {
                w.write(String.join(",", cell(e.source()), cell(e.target()), cell(e.kind()), Xml.num(e.weight())) + "\r\n");
            }
        }
    }

    /** RFC 4180: quoted where it holds a comma, a quote or a line break. */
    private static String cell(String s) {
        return s.matches("(?s).*[,\"\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    public static void vosviewer(GraphView.Graph g, String lang, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Integer> ids = GraphFormats.numbers(g);
        Map<String, Integer> clusters = GraphFormats.clusters(g.nodes());
        try (Writer w = Files.newBufferedWriter(dir.resolve("map.txt"), StandardCharsets.UTF_8)) {
            w.write("id\tlabel\turl\tcluster\tweight<Weight>\tdescription\n");
            for (GraphView.Node n : g.nodes()) {
                w.write(ids.get(n.id()) + "\t" + tab(n.label(lang)) + "\t" + tab(n.id()) + "\t" + clusters.get(n.kind() + "/" + n.type())
                        + "\t" + Xml.num(n.weight()) + "\t" + tab(n.kind() + " · " + n.type()) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("network.txt"), StandardCharsets.UTF_8)) {
            for (GraphView.Edge e : g.edges()) {
                w.write(ids.get(e.source()) + "\t" + ids.get(e.target()) + "\t" + Xml.num(e.weight()) + "\n");
            }
        }
    }

    private static String tab(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

}
