package org.journalkg.cite;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.issue.Transliteration;

/** CSL-JSON items as BibTeX entries (biblatex-friendly types, UTF-8 text). */
public final class BibTeX {

    private BibTeX() { }

    public static String write(List<JsonObject> items) {
        StringBuilder b = new StringBuilder();
        Map<String, Integer> used = new HashMap<>();
        for (JsonObject o : items) {
            String key = key(o);
            int n = used.merge(key, 1, Integer::sum);
            if (n > 1) {
                key = key + (char) ('a' + n - 1);
            }
            b.append('@').append(type(CslJson.str(o, "type"))).append('{').append(key).append(",\n");
            field(b, "author", String.join(" and ", CslJson.names(o, "author", ", ")));
            field(b, "editor", String.join(" and ", CslJson.names(o, "editor", ", ")));
            field(b, "translator", String.join(" and ", CslJson.names(o, "translator", ", ")));
            field(b, "title", CslJson.str(o, "title"));
            String container = CslJson.str(o, "container-title");
            String type = CslJson.str(o, "type");
            field(b, "article-journal".equals(type) || type.startsWith("article") ? "journal"
                    : "chapter".equals(type) || "paper-conference".equals(type) ? "booktitle" : "howpublished", container);
            // A thesis names its university where others name a publisher.
            field(b, "thesis".equals(type) ? "school" : "publisher", CslJson.str(o, "publisher"));
            field(b, "address", CslJson.str(o, "publisher-place"));
            String iso = CslJson.iso(o.get("issued"));
            if (iso != null) {
                field(b, "year", iso.substring(0, 4));
                field(b, "date", iso);
            }
            field(b, "volume", CslJson.str(o, "volume"));
            field(b, "number", CslJson.str(o, "issue"));
            field(b, "pages", CslJson.str(o, "page") == null ? null : CslJson.str(o, "page").replace("-", "--"));
            field(b, "url", CslJson.str(o, "URL"));
            field(b, "doi", CslJson.str(o, "DOI"));
            field(b, "language", CslJson.str(o, "language"));
            field(b, "note", CslJson.str(o, "id"));
            b.append("}\n\n");
        }
        return b.toString();
    }

    private static String type(String csl) {
        return switch (csl) {
            case "article-journal", "article-magazine", "article-newspaper" -> "article";
            case "book" -> "book";
            case "chapter" -> "incollection";
            case "report" -> "techreport";
            case "thesis" -> "phdthesis";
            case "paper-conference" -> "inproceedings";
            default -> "misc";
        };
    }

    /** family + year + first title word, in ASCII: karaganov2022ot. */
    private static String key(JsonObject o) {
        List<String> authors = CslJson.names(o, "author", ", ");
        List<String> editors = CslJson.names(o, "editor", ", ");
        String who = !authors.isEmpty() ? authors.get(0) : !editors.isEmpty() ? editors.get(0) : "anon";
        who = who.split(",")[0];
        String iso = CslJson.iso(o.get("issued"));
        String title = CslJson.str(o, "title") == null ? "" : CslJson.str(o, "title");
        String word = title.split("[\\s:：,，.]+")[0];
        String k = ascii(who) + (iso == null ? "" : iso.substring(0, 4)) + ascii(word);
        return k.isEmpty() ? "item" : k.length() > 40 ? k.substring(0, 40) : k;
    }

    private static String ascii(String s) {
        String t = Transliteration.latin(s);
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder();
        t.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.appendCodePoint(c);
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                b.append(String.format("u%x", c));
            }
        });
        return b.length() > 16 ? b.substring(0, 16) : b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_");
        if (name.equals("url") || name.equals("doi") || name.equals("note")) {
            v = value;
        }
        b.append("  ").append(name).append(" = {").append(v).append("},\n");
    }
}
