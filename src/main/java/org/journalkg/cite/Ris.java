package org.journalkg.cite;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;

/** CSL-JSON items as RIS records, the format EndNote, Zotero and Mendeley all import. */
public final class Ris {

    private Ris() { }

    public static String write(List<JsonObject> items) {
        StringBuilder b = new StringBuilder();
        for (JsonObject o : items) {
            String type = CslJson.str(o, "type");
            line(b, "TY", ty(type));
            CslJson.names(o, "author", ", ").forEach(n -> line(b, "AU", n));
            CslJson.names(o, "editor", ", ").forEach(n -> line(b, "ED", n));
            CslJson.names(o, "translator", ", ").forEach(n -> line(b, "A4", n));
            line(b, "TI", CslJson.str(o, "title"));
            line(b, "article-journal".equals(type) ? "JO" : "T2", CslJson.str(o, "container-title"));
            line(b, "PB", CslJson.str(o, "publisher"));
            line(b, "CY", CslJson.str(o, "publisher-place"));
            String iso = CslJson.iso(o.get("issued"));
            if (iso != null) {
                line(b, "PY", iso.substring(0, 4));
                String[] p = iso.split("-");
                line(b, "DA", p[0] + "/" + (p.length > 1 ? p[1] : "") + "/" + (p.length > 2 ? p[2] : "") + "/");
            }
            line(b, "VL", CslJson.str(o, "volume"));
            line(b, "IS", CslJson.str(o, "issue"));
            String page = CslJson.str(o, "page");
            if (page != null) {
                String[] p = page.split("-", 2);
                line(b, "SP", p[0]);
                if (p.length > 1) {
                    line(b, "EP", p[1]);
                }
            }
            line(b, "UR", CslJson.str(o, "URL"));
            line(b, "DO", CslJson.str(o, "DOI"));
            line(b, "LA", CslJson.str(o, "language"));
            line(b, "ID", CslJson.str(o, "id"));
            b.append("ER  - \n\n");
        }
        return b.toString();
    }

    private static String ty(String csl) {
        return switch (csl) {
            case "article-journal" -> "JOUR";
            case "article-magazine" -> "MGZN";
            case "article-newspaper" -> "NEWS";
            case "book" -> "BOOK";
            case "chapter" -> "CHAP";
            case "report" -> "RPRT";
            case "legislation" -> "STAT";
            case "treaty" -> "LEGAL";
            case "webpage" -> "ELEC";
            case "thesis" -> "THES";
            case "paper-conference" -> "CPAPER";
            case "standard" -> "STAND";
            case "patent" -> "PAT";
            default -> "GEN";
        };
    }

    private static void line(StringBuilder b, String tag, String value) {
        if (value != null && !value.isBlank()) {
            b.append(tag).append("  - ").append(value.replace('\n', ' ')).append('\n');
        }
    }
}
