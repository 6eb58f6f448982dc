package org.journalkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mention precision and recall against sentences annotated by hand by someone who did not see the
 * rules (src/test/resources/eval/mentions, its README gives the guidelines): a random sample of
 * the bundled issue, which the rules were written against, and held-out sentences written for
 * the purpose, in Chinese, Russian and English. A gold mention names its entity in English; it
 * counts as in the knowledge base when that name is one of an entity's labels. Counted per
 * sentence and entity: a sentence that names Russia twice and is found to name it once has one
 * hit and one miss.
 */
class MentionQualityTest {

    private static final Path DIR = Path.of("src/test/resources/eval/mentions");
    private static KnowledgeBase kb;
    private static Gazetteer gazetteer;
    private static Map<String, String> byLabel;

    /** Counts for one group of sentences. */
    static final class Tally {
        int sentences;
        int found;
        int right;
        int goldInKb;
        int goldAll;

        double precision() { return found == 0 ? 1 : right / (double) found; }

        double recall() { return goldInKb == 0 ? 1 : right / (double) goldInKb; }

        /** Of every gold mention, in the knowledge base or not: how open the vocabulary is. */
        double openRecall() { return goldAll == 0 ? 1 : right / (double) goldAll; }

        void add(Tally t) {
            sentences += t.sentences;
            found += t.found;
            right += t.right;
            goldInKb += t.goldInKb;
            goldAll += t.goldAll;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%4d sentences  found %4d  right %4d  gold in kb %4d (all %4d)  precision %.3f  recall %.3f  open recall %.3f",
                    sentences, found, right, goldInKb, goldAll, precision(), recall(), openRecall());
        }
    }

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.load("https://w3id.org/journal-kg/id/");
        gazetteer = new Gazetteer(kb);
        byLabel = new HashMap<>();
        for (Entity e : kb.entities()) {
            for (Entity.Label l : e.labels()) {
                byLabel.putIfAbsent(key(l.text()), e.iri());
            }
        }
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[–—‑-]", "-").replaceAll("[’']", "'").strip();
    }

    /** The gold and found entities of one sentence, as counts per entity IRI (gold outside the kb under "?name"). */
    static Tally score(JsonObject sentence, List<String> misses, List<String> wrong) {
        String text = sentence.get("text").getAsString().value();
        Map<String, Integer> gold = new TreeMap<>();
        for (JsonValue m : sentence.get("mentions").getAsArray()) {
            String name = m.getAsObject().get("entity").getAsString().value();
            String iri = byLabel.get(key(name));
            gold.merge(iri != null ? iri : "?" + name, 1, Integer::sum);
        }
        Map<String, Integer> found = new TreeMap<>();
        for (Gazetteer.Hit h : gazetteer.find(text)) {
            found.merge(h.entity().iri(), 1, Integer::sum);
        }
        Tally t = new Tally();
        t.sentences = 1;
        String id = sentence.get("id").getAsString().value();
        for (var g : gold.entrySet()) {
            t.goldAll += g.getValue();
            if (!g.getKey().startsWith("?")) {
                t.goldInKb += g.getValue();
                int f = found.getOrDefault(g.getKey(), 0);
                t.right += Math.min(f, g.getValue());
                if (f < g.getValue()) {
                    misses.add(id + " " + local(g.getKey()) + " ×" + (g.getValue() - f));
                }
            }
        }
        for (var f : found.entrySet()) {
            t.found += f.getValue();
            int g = gold.getOrDefault(f.getKey(), 0);
            if (f.getValue() > g) {
                wrong.add(id + " " + local(f.getKey()) + " ×" + (f.getValue() - g));
            }
        }
        return t;
    }

    private static String local(String iri) {
        return iri.startsWith("?") ? iri : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Per language and in all, for one file; prints the table and what was missed or wrongly found. */
    static Map<String, Tally> measure(String file) throws IOException {
        Map<String, Tally> out = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject s = JSON.parse(line);
            Tally t = score(s, misses, wrong);
            out.computeIfAbsent(s.get("lang").getAsString().value(), k -> new Tally()).add(t);
            out.computeIfAbsent("all", k -> new Tally()).add(t);
        }
        System.out.println("mention quality, " + file + ":");
        out.forEach((lang, t) -> System.out.println("  " + String.format("%-3s", lang) + " " + t));
        System.out.println("  missed: " + misses);
        System.out.println("  wrongly found: " + wrong);
        return out;
    }

    @Test
    void the_gold_files_are_as_large_as_the_issue_asks() throws IOException {
        Map<String, Integer> perLang = new TreeMap<>();
        int all = 0;
        for (String file : List.of("heldout.jsonl", "issue-sample.jsonl")) {
            for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    all++;
                    perLang.merge(file + " " + JSON.parse(line).get("lang").getAsString().value(), 1, Integer::sum);
                }
            }
        }
        assertEquals(220, all);
        assertEquals(Map.of("heldout.jsonl en", 40, "heldout.jsonl ru", 40, "heldout.jsonl zh", 40,
                "issue-sample.jsonl en", 10, "issue-sample.jsonl ru", 15, "issue-sample.jsonl zh", 75), perLang);
    }

    /** Held out: sentences the rules were never tuned on. The floors are the measured values, rounded down. */
    @Test
    void held_out_precision_and_recall() throws IOException {
        Map<String, Tally> m = measure("heldout.jsonl");
        Tally all = m.get("all");
        assertTrue(all.precision() >= HELDOUT_PRECISION, all.toString());
        assertTrue(all.recall() >= HELDOUT_RECALL, all.toString());
    }

    /** The random sample of the bundled issue (the data the rules were written against). */
    @Test
    void issue_sample_precision_and_recall() throws IOException {
        Map<String, Tally> m = measure("issue-sample.jsonl");
        Tally all = m.get("all");
        assertTrue(all.precision() >= SAMPLE_PRECISION, all.toString());
        assertTrue(all.recall() >= SAMPLE_RECALL, all.toString());
    }

    // Measured 2026-11-29 (held out: 225 right of 232 found, 252 gold in the knowledge base;
    // sample: 172 of 184, 198 gold), rounded down.
    static final double HELDOUT_PRECISION = 0.96;
    static final double HELDOUT_RECALL = 0.89;
    static final double SAMPLE_PRECISION = 0.93;
    static final double SAMPLE_RECALL = 0.86;
}
