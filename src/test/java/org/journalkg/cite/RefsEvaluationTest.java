package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * Field-level precision, recall and F1 on src/test/resources/eval/refs/refs-heldout.json: 114
 * reference strings in GB/T 7714, APA, Chicago, GOST, MLA, the Chinese house style and real
 * notes, written and annotated without sight of the parser (see that folder's README). Values are
 * compared case-, width- and space-insensitively; a book's cited pages may stand in the
 * citation's locator. The headline fields are those of the quality bar: title, family
 * names, container, year, publisher.
 */
class RefsEvaluationTest {

    static final List<String> HEADLINE = List.of("title", "family", "container-title", "year", "publisher");
    static final List<String> OTHER = List.of("type", "publisher-place", "volume", "issue", "page", "DOI", "URL", "language");

    /** Per style and field: true positives, false positives, false negatives. */
    final Map<String, Map<String, int[]>> counts = new TreeMap<>();

    static JsonArray set() throws Exception {
        try (InputStream in = RefsEvaluationTest.class.getResourceAsStream("/eval/refs/refs-heldout.json")) {
            return JSON.parseAny(in).getAsArray();
        }
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}“”‘’«»《》「」—–\u3000，。：；、]+", "");
        return n.isEmpty() ? null : n;
    }

    /** The values of one field of a CSL item (names as family names or literals), normalized. */
    static List<String> values(JsonObject item, String field, String locator) {
        List<String> out = new ArrayList<>();
        if (item == null) {
            return out;
        }
        switch (field) {
            case "family" -> {
                for (String role : List.of("author", "editor")) {
                    if (item.hasKey(role)) {
                        for (JsonValue n : item.get(role).getAsArray()) {
                            JsonObject o = n.getAsObject();
                            String v = o.hasKey("family") ? str(o, "family") : str(o, "literal");
                            if (norm(v) != null) {
                                out.add(norm(v));
                            }
                        }
                    }
                }
            }
            case "year" -> {
                String iso = item.hasKey("issued") ? issued(item.get("issued")) : null;
                if (iso != null && iso.length() >= 4) {
                    out.add(iso.substring(0, 4));
                }
            }
            case "page" -> {
                String p = str(item, "page");
                if (p == null) {
                    p = locator;
                }
                if (norm(p) != null) {
                    out.add(norm(p));
                }
            }
            default -> {
                if (norm(str(item, field)) != null) {
                    out.add(norm(str(item, field)));
                }
            }
        }
        return out;
    }

    /** "issued" is an ISO string in the set and CSL date-parts in the parser's items. */
    static String issued(JsonValue v) {
        if (v.isString()) {
            return v.getAsString().value();
        }
        return CslJson.iso(v);
    }

    static String str(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }

    void score(String style, String field, List<String> expected, List<String> actual) {
        int[] c = counts.computeIfAbsent(style, k -> new LinkedHashMap<>()).computeIfAbsent(field, k -> new int[3]);
        List<String> left = new ArrayList<>(expected);
        for (String a : actual) {
            if (left.remove(a)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        c[2] += left.size();
    }

    @Test
    void field_level_scores_per_style_on_references_the_rules_were_not_written_against() throws Exception {
        int entries = 0;
        for (JsonValue v : set()) {
            JsonObject e = v.getAsObject();
            String style = e.get("style").getAsString().value();
            NoteParser.Result r = NoteParser.parse(ReferenceList.withoutLabel(e.get("text").getAsString().value()));
            JsonValue exp = e.get("expected");
            List<JsonObject> expectedItems = new ArrayList<>();
            boolean ibid = false;
            if (exp != null && !exp.isNull()) {
                if (exp.isArray()) {
                    exp.getAsArray().forEach(x -> expectedItems.add(x.getAsObject()));
                } else if (exp.getAsObject().hasKey("ibid")) {
                    ibid = true;
                } else {
                    expectedItems.add(exp.getAsObject());
                }
            }
            entries++;
            score(style, "ibid", ibid ? List.of("ibid") : List.of(), r.ibid() ? List.of("ibid") : List.of());
            int n = Math.max(expectedItems.size(), r.citations().size());
            for (int i = 0; i < n; i++) {
                JsonObject want = i < expectedItems.size() ? expectedItems.get(i) : null;
                Citation got = i < r.citations().size() ? r.citations().get(i) : null;
                JsonObject item = got == null ? null : CslJson.item("x", got.work());
                for (String f : concat(HEADLINE, OTHER)) {
                    score(style, f, values(want, f, null), values(item, f, got == null ? null : got.locator()));
                }
            }
        }
        System.out.println(table());
        assertEquals(114, entries);
        // The quality bar of the styles issue: F1 over the headline fields ≥ 0.92 overall, ≥ 0.85 in
        // each style, ≥ 0.80 on real notes (measured 0.968 overall, 0.911 the lowest style).
        int[] all = new int[3];
        for (var style : counts.entrySet()) {
            int[] t = headline(style.getValue());
            for (int i = 0; i < 3; i++) {
                all[i] += t[i];
            }
            double floor = style.getKey().equals("real-notes") ? 0.80 : 0.85;
            org.junit.jupiter.api.Assertions.assertTrue(f1(t) >= floor, style.getKey() + " F1 " + f1(t));
        }
        org.junit.jupiter.api.Assertions.assertTrue(f1(all) >= 0.92, "overall F1 " + f1(all));
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** P/R/F1 per style over the headline fields, then per field over all styles. */
    String table() {
        StringBuilder b = new StringBuilder("style                 P      R      F1   (title, family names, container, year, publisher)\n");
        int[] all = new int[3];
        for (var style : counts.entrySet()) {
            int[] t = new int[3];
            for (String f : HEADLINE) {
                int[] c = style.getValue().getOrDefault(f, new int[3]);
                for (int i = 0; i < 3; i++) {
                    t[i] += c[i];
                    all[i] += c[i];
                }
            }
            b.append(row(style.getKey(), t));
        }
        b.append(row("all", all)).append("\nfield                 P      R      F1   (all styles)\n");
        for (String f : concat(HEADLINE, concat(OTHER, List.of("ibid")))) {
            int[] t = new int[3];
            counts.values().forEach(m -> {
                int[] c = m.getOrDefault(f, new int[3]);
                for (int i = 0; i < 3; i++) {
                    t[i] += c[i];
                }
            });
            b.append(row(f, t));
        }
        return b.toString();
    }

    static int[] headline(Map<String, int[]> fields) {
        int[] t = new int[3];
        for (String f : HEADLINE) {
            int[] c = fields.getOrDefault(f, new int[3]);
            for (int i = 0; i < 3; i++) {
                t[i] += c[i];
            }
        }
        return t;
    }

    static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String row(String name, int[] c) {
        double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%-20s %6.3f %6.3f %6.3f%n", name, p, r, f);
    }
}
