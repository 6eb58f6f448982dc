package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.journalkg.issue.BundledIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser measured against annotated footnotes: the worked examples of
 * spec/citations-dev.json and the developers' own annotations across all articles and styles.
 * Field-level precision, recall and F1 are printed and must reach 0.95.
 */
class CitationQualityTest {

    static CitationReader.Reading reading;

    @BeforeAll
    static void read() {
        reading = CitationReader.read(List.of(BundledIssue.get()));
    }

    static JsonObject load(String name) throws Exception {
        try (InputStream in = CitationQualityTest.class.getResourceAsStream("/spec/" + name)) {
            return JSON.parse(in);
        }
    }

    static Stream<JsonObject> annotated() throws Exception {
        List<JsonObject> all = new ArrayList<>();
        for (String f : List.of("citations-dev.json", "citations-annotated.json")) {
            load(f).get("footnotes").getAsArray().forEach(v -> all.add(v.getAsObject()));
        }
        return all.stream();
    }

    static NoteCitations note(int page, int footnote) {
        return reading.notes().stream().filter(n -> n.article() == page && n.footnote() == footnote).findFirst().orElseThrow();
    }

    static Citation citation(JsonObject ref) {
        int item = ref.hasKey("item") ? ref.get("item").getAsNumber().value().intValue() : 1;
        return note(num(ref, "page"), num(ref, "footnote")).citations().get(item - 1);
    }

    static int num(JsonObject o, String k) {
        return o.get(k).getAsNumber().value().intValue();
    }

    @Test
    void every_footnote_is_read_and_few_are_left_unparsed() {
        assertEquals(268, reading.notes().size());
        Map<Integer, Long> perArticle = new TreeMap<>();
        reading.notes().forEach(n -> perArticle.merge(n.article(), 1L, Long::sum));
        assertEquals(Map.of(3, 1L, 5, 47L, 24, 30L, 48, 42L, 67, 44L, 91, 61L, 121, 43L), perArticle);
        assertEquals(List.of("91#54"), reading.notes().stream().filter(n -> !n.parsed())
                .map(n -> n.article() + "#" + n.footnote()).toList());
        long ibid = reading.notes().stream().filter(NoteCitations::ibid).count();
        assertEquals(ibid, reading.notes().stream().filter(n -> n.ibid() && n.citations().size() == 1).count(),
                "every same-as-above note resolved");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotated")
    void ibid_and_same_work_as_annotated(JsonObject e) {
        NoteCitations n = note(num(e, "page"), num(e, "footnote"));
        boolean ibid = e.hasKey("ibid") && e.get("ibid").getAsBoolean().value();
        assertEquals(ibid, n.ibid());
        if (ibid) {
            NoteCitations previous = note(num(e, "page"), num(e, "footnote") - 1);
            assertSame(previous.citations().get(0).work(), n.citations().get(0).work());
            if (e.hasKey("locator")) {
                assertEquals(e.get("locator").getAsString().value().replaceAll("[^0-9\\-]", ""), n.citations().get(0).locator());
            }
        } else {
            assertEquals(e.get("items").getAsArray().size(), n.citations().size(), "items");
        }
        if (e.hasKey("sameWorkAs")) {
            for (JsonValue ref : e.get("sameWorkAs").getAsArray()) {
                assertSame(citation(ref.getAsObject()).work(), n.citations().get(0).work(), ref.toString());
            }
        }
    }

    @Test
    void duplicates_merge_and_distinct_works_stay_apart() throws Exception {
        JsonObject a = load("citations-annotated.json");
        for (JsonValue pair : a.get("same").getAsArray()) {
            assertSame(citation(pair.getAsArray().get(0).getAsObject()).work(), citation(pair.getAsArray().get(1).getAsObject()).work(), pair.toString());
        }
        for (JsonValue pair : a.get("apart").getAsArray()) {
            assertNotSame(citation(pair.getAsArray().get(0).getAsObject()).work(), citation(pair.getAsArray().get(1).getAsObject()).work(), pair.toString());
        }
        // URL tracking parameters are not part of a work: 24#22 has ?ysclid=… in the note.
        assertEquals("https://promishkino.ru/articles/politika/2025-09-01/zasedanie-v-formate-shos-plyus-4386246", note(24, 22).citations().get(0).work().url);
    }

    @Test
    void field_level_f1_reaches_095() throws Exception {
        Map<String, int[]> counts = new TreeMap<>();
        for (JsonObject e : annotated().toList()) {
            if (!e.hasKey("items")) {
                continue;
            }
            NoteCitations n = note(num(e, "page"), num(e, "footnote"));
            var items = e.get("items").getAsArray();
            for (int i = 0; i < Math.max(items.size(), n.citations().size()); i++) {
                Map<String, String> expected = i < items.size() ? expected(items.get(i).getAsObject()) : Map.of();
                Map<String, String> actual = i < n.citations().size() ? actual(n.citations().get(i)) : Map.of();
                for (String field : union(expected, actual)) {
                    int[] c = counts.computeIfAbsent(field, k -> new int[3]);
                    String x = expected.get(field);
                    String y = actual.get(field);
                    if (x != null && x.equals(y)) {
                        c[0]++;
                    } else {
                        if (y != null) {
                            c[1]++;
                        }
                        if (x != null) {
                            c[2]++;
                        }
                    }
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder report = new StringBuilder("field            tp  fp  fn\n");
        for (var c : counts.entrySet()) {
            report.append(String.format("%-15s %4d %3d %3d%n", c.getKey(), c.getValue()[0], c.getValue()[1], c.getValue()[2]));
            tp += c.getValue()[0];
            fp += c.getValue()[1];
            fn += c.getValue()[2];
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        double f1 = 2 * p * r / (p + r);
        report.append(String.format("precision %.3f recall %.3f F1 %.3f%n", p, r, f1));
        System.out.println(report);
        assertTrue(f1 >= 0.95, report.toString());
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> out = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(out::add);
        return out;
    }

    static Map<String, String> expected(JsonObject o) {
        Map<String, String> m = new TreeMap<>();
        for (String k : List.of("type", "title", "container", "publisher", "publisher-place", "url", "doi", "issue", "volume", "lang")) {
            if (o.hasKey(k)) {
                m.put(k, norm(o.get(k).getAsString().value()));
            }
        }
        for (String k : List.of("authors", "editors", "translators")) {
            if (o.hasKey(k)) {
                List<String> names = new ArrayList<>();
                o.get(k).getAsArray().forEach(v -> names.add(norm(v.getAsString().value())));
                m.put(k, String.join("|", names));
            }
        }
        if (o.hasKey("date")) {
            m.put("issued", o.get("date").getAsString().value());
        } else if (o.hasKey("year")) {
            m.put("issued", String.valueOf(o.get("year").getAsNumber().value().intValue()));
        }
        if (o.hasKey("page")) {
            m.put("page", o.get("page").getAsString().value());
        }
        return m;
    }

    static Map<String, String> actual(Citation c) {
        Work w = c.work();
        Map<String, String> m = new TreeMap<>();
        put(m, "type", w.type);
        put(m, "title", w.title);
        put(m, "container", w.containerTitle);
        put(m, "publisher", w.publisher);
        put(m, "publisher-place", w.publisherPlace);
        put(m, "url", w.url);
        put(m, "doi", w.doi);
        put(m, "issue", w.issue);
        put(m, "volume", w.volume);
        put(m, "lang", w.language);
        put(m, "issued", w.issued);
        put(m, "page", c.locator() != null ? c.locator() : w.page);
        names(m, "authors", w.author);
        names(m, "editors", w.editor);
        names(m, "translators", w.translator);
        return m;
    }

    private static void names(Map<String, String> m, String k, List<Name> names) {
        if (!names.isEmpty()) {
            m.put(k, String.join("|", names.stream().map(n -> norm(n.isLiteral() ? n.literal() : n.family())).toList()));
        }
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, norm(v));
        }
    }

    /** Quotes and spaces as printed vary; what they enclose does not. */
    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[“”]", "\"").replaceAll("[‘’]", "'")
                .replaceAll("\\s+", " ").strip();
    }
}
