package org.journalkg.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The editorial report in three forms: text for the terminal, json for tools, and html, one
 * self-contained page grouped by file and article that prints well.
 */
public final class Reports {

    private Reports() { }

    public static String render(String format, List<Finding> findings) {
        return switch (format) {
            case "json" -> json(findings);
            case "html" -> html(findings);
            default -> text(findings);
        };
    }

    /** One finding a line: {@code file:line: severity kind [p.N]: message — «evidence»}; a count at the end. */
    public static String text(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(f.file());
            if (f.line() > 0) {
                b.append(':').append(f.line());
            }
            b.append(": ").append(f.severity().id()).append(' ').append(f.kind().id());
            if (f.article() != null) {
                b.append(" [p.").append(f.article()).append(']');
            }
            b.append(": ").append(f.message());
            if (f.evidence() != null && !f.evidence().isBlank()) {
                b.append(" — «").append(f.evidence()).append('»');
            }
            b.append('\n');
        }
        b.append(summary(findings)).append('\n');
        return b.toString();
    }

    /** "3 errors, 12 warnings, 5 info" (or "no findings"). */
    public static String summary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                parts.add(n + " " + (s == Severity.INFO ? "info" : s.id() + (n == 1 ? "" : "s")));
            }
        }
        return String.join(", ", parts);
    }

    public static JsonArray toJson(List<Finding> findings) {
        JsonArray a = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.put("file", f.file());
            o.put("line", f.line());
            if (f.article() == null) {
                o.put("article", org.apache.jena.atlas.json.JsonNull.instance);
            } else {
                o.put("article", f.article());
            }
            o.put("kind", f.kind().id());
            o.put("severity", f.severity().id());
            o.put("message", f.message());
            o.put("evidence", f.evidence() == null ? "" : f.evidence());
            a.add(o);
        }
        return a;
    }

    public static String json(List<Finding> findings) {
        return JSON.toString(toJson(findings)) + "\n";
    }

    /** One page, no scripts or outside resources; grouped by file, then article; the evidence marked. */
    public static String html(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>journal-kg check</title>\n<style>\n")
                .append("body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;margin:2em;max-width:60em;color:#222}\n")
                .append("h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #999;margin-top:1.5em}h3{font-size:1.05em;margin:1em 0 .3em}\n")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25em .4em;vertical-align:top;text-align:left}\n")
                .append("th{background:#f3f3f3}tr{page-break-inside:avoid}mark{background:#fff2a8;padding:0 .1em}\n")
                .append(".error td.sev{color:#b00020;font-weight:bold}.warning td.sev{color:#8a5a00}.info td.sev{color:#555}\n")
                .append("@media print{body{margin:0}h2{page-break-before:auto}}\n</style></head><body>\n")
                .append("<h1>journal-kg check</h1>\n<p class=\"summary\">").append(esc(summary(findings))).append("</p>\n");
        Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.file(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.article() == null ? "issue" : "p." + f.article(), k -> new ArrayList<>()).add(f);
        }
        byFile.forEach((file, articles) -> {
            b.append("<h2>").append(esc(file)).append("</h2>\n");
            articles.forEach((article, list) -> {
                b.append("<h3>").append(article.equals("issue") ? "The issue as a whole" : "Article " + esc(article)).append("</h3>\n")
                        .append("<table><tr><th>line</th><th>severity</th><th>kind</th><th>finding</th><th>evidence</th></tr>\n");
                for (Finding f : list) {
                    b.append("<tr class=\"").append(f.severity().id()).append("\"><td>").append(f.line() > 0 ? f.line() : "")
                            .append("</td><td class=\"sev\">").append(f.severity().id()).append("</td><td>").append(f.kind().id())
                            .append("</td><td>").append(esc(f.message())).append("</td><td>")
                            .append(f.evidence() == null || f.evidence().isBlank() ? "" : "<mark>" + esc(f.evidence()) + "</mark>")
                            .append("</td></tr>\n");
                }
                b.append("</table>\n");
            });
        });
        b.append("</body></html>\n");
        return b.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
