package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits keyword lists: Chinese ones by spaces, Russian and English ones by semicolons where
 * there are any, else by commas outside quotes (Один пояс, один путь stays one keyword).
 */
public final class Keywords {

    private static final String QUOTES = "“”\"'‘’«»《》「」";

    private Keywords() { }

    public static List<String> chinese(String raw, int expected) {
        List<String> out = new ArrayList<>();
        for (String t : Markup.strip(raw).strip().split("[\\s\u3000；;，,]+")) {
            String k = unquote(t);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        // A space the conversion put inside a keyword splits it; the other languages say how many.
        while (expected > 0 && out.size() > expected) {
            int best = 0;
            for (int i = 1; i < out.size() - 1; i++) {
                if (out.get(i).length() + out.get(i + 1).length() < out.get(best).length() + out.get(best + 1).length()) {
                    best = i;
                }
            }
            out.set(best, out.get(best) + out.remove(best + 1));
        }
        return out;
    }

    public static List<String> western(String raw) {
        String s = Markup.strip(raw).strip().replaceAll("[.;；。]\\s*$", "");
        char sep = s.contains(";") || s.contains("；") ? ';' : ',';
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '«' || c == '“' || c == '《') {
                depth++;
            } else if ((c == '»' || c == '”' || c == '》') && depth > 0) {
                depth--;
            }
            boolean isSep = depth == 0 && (c == sep || (sep == ';' && c == '；') || (sep == ',' && c == '，'));
            if (isSep) {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String k = unquote(cur.toString().strip().replaceAll("\\s+", " "));
        if (!k.isEmpty()) {
            out.add(k);
        }
        cur.setLength(0);
    }

    /** Quotes around a whole keyword are not part of it (“一带一路”, «Один пояс, один путь»). */
    static String unquote(String s) {
        String t = s.strip();
        while (t.length() >= 2 && QUOTES.indexOf(t.charAt(0)) >= 0 && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
