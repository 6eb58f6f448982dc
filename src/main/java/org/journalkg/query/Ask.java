package org.journalkg.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.journalkg.issue.Similarity;
import org.journalkg.mention.Examples;
import org.journalkg.mention.Gazetteer;
import org.journalkg.mention.TextPart;
import org.journalkg.rdf.Vocab;

/**
 * "Which articles discuss X?": a term in any of the three languages, any label or abbreviation,
 * case- and width-insensitive and tolerant of a small typo, resolved to the knowledge base's
 * entities; the articles that mention them, ranked (title, abstract and keywords weigh more than
 * notes), each with up to three sentences that show it.
 * <pre>
 *   Ask.Answer a = new Ask(dataset).ask("ШОС");
 *   a.articles().get(0).firstPage();   // 24
 * </pre>
 */
public final class Ask {

    private static final String LABELS = """
            SELECT ?e ?label WHERE { GRAPH ?kb { ?e skos:prefLabel|skos:altLabel ?label } FILTER(STRENDS(STR(?kb), "/graph/kb")) }
            """;
    // One query per entity, with its IRI written in: TDB2 then starts from the entity's few
    // summaries instead of every summary of every issue. Each row is one example of a summary.
    // The title is in the term's language where the article has one, else in another; an
    // article read from a web page or a manuscript may have no pages (0).
    private static final String SUMMARIES = """
            SELECT ?s ?article ?start ?title ?count ?score ?ann ?kind ?sentence WHERE {
              ?s jkg:entity ENTITY ; jkg:score ?score ; jkg:article ?article ; jkg:mentionCount ?count .
              OPTIONAL { ?article bibo:pageStart ?start }
              OPTIONAL { ?article dcterms:title ?inLang FILTER(lang(?inLang) = "LANG") }
              OPTIONAL { ?article dcterms:title ?zh FILTER(lang(?zh) = "zh") }
              OPTIONAL { ?article dcterms:title ?en FILTER(lang(?en) = "en") }
              OPTIONAL { ?article dcterms:title ?ru FILTER(lang(?ru) = "ru") }
              BIND(COALESCE(?inLang, ?zh, ?en, ?ru, "") AS ?title)
              OPTIONAL { ?s jkg:example ?ann . ?ann jkg:partKind ?kind ; jkg:evidence ?sentence }
            }
            """;

    /** A sentence ask may quote, with what orders it: its language, where it stands, its mention number. */
    private record Quote(String sentence, String lang, int where, int n) { }

    private final Dataset dataset;
    private final Map<String, Set<String>> labels = new TreeMap<>();
    /** The labels as {@link #norm} and {@link #stems} make them, worked out once. */
    private final Map<String, Set<String>> normalized = new LinkedHashMap<>();
    private final Map<String, Set<String>> stemmed = new LinkedHashMap<>();

    /** One article in an answer; {@code firstPage} is 0 where the article has no pages. */
    public record Hit(String article, int firstPage, String title, int mentions, double score, List<String> evidence) {

        /** {"article", "firstPage", "title", "mentions", "evidence"}: the JSON of ask and of /api/ask. */
        public org.apache.jena.atlas.json.JsonObject toJson() {
            org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
            o.put("article", article);
            if (firstPage > 0) {
                o.put("firstPage", org.apache.jena.atlas.json.JsonNumber.value(firstPage));
            } else {
                o.put("firstPage", org.apache.jena.atlas.json.JsonNull.instance);
            }
            o.put("title", title);
            o.put("mentions", org.apache.jena.atlas.json.JsonNumber.value(mentions));
            org.apache.jena.atlas.json.JsonArray ev = new org.apache.jena.atlas.json.JsonArray();
            evidence.forEach(ev::add);
            o.put("evidence", ev);
            return o;
        }
    }

    /** The entities the term named, the ranked articles, and the nearest labels when nothing matched. */
    public record Answer(List<String> entities, List<Hit> articles, List<String> nearest) { }

    public Ask(Dataset dataset) {
        this.dataset = dataset;
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Vocab.sparqlPrefixes() + LABELS).build()) {
                qe.execSelect().forEachRemaining(r -> labels.computeIfAbsent(r.getLiteral("label").getLexicalForm(), k -> new LinkedHashSet<>())
                        .add(r.getResource("e").getURI()));
            }
        });
        labels.forEach((label, es) -> {
            String n = norm(label);
            normalized.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(es);
            stemmed.computeIfAbsent(stems(n), k -> new LinkedHashSet<>()).addAll(es);
        });
    }

    public Answer ask(String term) {
        List<String> entities = resolve(term);
        if (entities.isEmpty()) {
            return new Answer(List.of(), List.of(), nearest(term));
        }
        String lang = Examples.language(term);
        Map<String, double[]> totals = new LinkedHashMap<>();
        Map<String, Object[]> meta = new LinkedHashMap<>();
        Map<String, List<Quote>> evidence = new LinkedHashMap<>();
        Set<String> summaries = new HashSet<>();
        Txn.executeRead(dataset, () -> entities.forEach(entity -> {
            String q = Vocab.sparqlPrefixes() + SUMMARIES.replace("ENTITY", "<" + entity + ">").replace("LANG", lang);
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String a = r.getResource("article").getURI();
                    if (summaries.add(r.getResource("s").getURI())) {
                        double[] t = totals.computeIfAbsent(a, k -> new double[2]);
                        t[0] += r.getLiteral("count").getInt();
                        t[1] += r.getLiteral("score").getDouble();
                        meta.put(a, new Object[] {r.contains("start") ? r.getLiteral("start").getInt() : 0, r.getLiteral("title").getString()});
                    }
                    if (r.contains("ann")) {
                        String ann = r.getResource("ann").getURI();
                        String sentence = r.getLiteral("sentence").getString();
                        evidence.computeIfAbsent(a, k -> new ArrayList<>()).add(new Quote(sentence, Examples.language(sentence),
                                Examples.rank(TextPart.Where.valueOf(r.getLiteral("kind").getString().toUpperCase(Locale.ROOT))),
                                Integer.parseInt(ann.substring(ann.lastIndexOf('/') + 1))));
                    }
                });
            }
        }));
        List<Hit> hits = new ArrayList<>();
        for (var e : totals.entrySet()) {
            Object[] m = meta.get(e.getKey());
            hits.add(new Hit(e.getKey(), (Integer) m[0], (String) m[1], (int) e.getValue()[0],
                    Math.round(e.getValue()[1] * 10) / 10.0, quotes(evidence.getOrDefault(e.getKey(), List.of()), lang)));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Comparator.comparingInt(Hit::mentions).reversed())
                .thenComparingInt(Hit::firstPage).thenComparing(Hit::article));
        return new Answer(entities, hits, List.of());
    }

    /**
     * Up to three distinct sentences: the term's language first, title and abstract before body,
     * notes last. The rows are the examples the build chose (see {@link Examples}).
     */
    private static List<String> quotes(List<Quote> rows, String lang) {
        List<Quote> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((Quote r) -> r.lang().equals(lang) ? 0 : 1).thenComparingInt(Quote::where).thenComparingInt(Quote::n));
        Set<String> out = new LinkedHashSet<>();
        for (Quote r : sorted) {
            if (out.size() == Examples.QUOTES) {
                break;
            }
            out.add(r.sentence());
        }
        return List.copyOf(out);
    }

    /** The entities a term names: exact label, else a Russian form of one, else one typo away. */
    public List<String> resolve(String term) {
        String t = norm(term);
        if (t.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(normalized.getOrDefault(t, Set.of()));
        if (out.isEmpty()) {
            String stem = stems(t);
            if (!stem.isEmpty()) {
                out.addAll(stemmed.getOrDefault(stem, Set.of()));
            }
        }
        if (out.isEmpty() && t.length() >= 4) {
            int allowed = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? 1 : t.length() >= 8 ? 2 : 1;
            int best = Integer.MAX_VALUE;
            for (var e : normalized.entrySet()) {
                String l = e.getKey();
                if (Math.abs(l.length() - t.length()) > allowed || l.length() < 4) {
                    continue;
                }
                int d = Similarity.distance(l, t);
                if (d <= allowed && d < best) {
                    best = d;
                    out.clear();
                }
                if (d <= allowed && d == best) {
                    out.addAll(e.getValue());
                }
            }
        }
        return List.copyOf(out);
    }

    /** The five labels closest to a term that names nothing. */
    public List<String> nearest(String term) {
        String t = norm(term);
        // Labels that contain the term (Minsk → Minsk Group, Minsk agreements) come before near spellings.
        return labels.keySet().stream().sorted(Comparator.comparingInt((String l) -> norm(l).contains(t) ? 0 : 1)
                .thenComparingDouble(l -> Similarity.distance(norm(l), t) / (double) Math.max(norm(l).length(), t.length()))
                .thenComparing(l -> l)).limit(5).toList();
    }

    /** Width, case, ё, dashes, quotes and spaces inside Chinese do not matter. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[–—‑−]", "-").replaceAll("[«»“”\"'‘’《》]", "").replaceAll("\\s+", " ").strip();
        return n.replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "");
    }

    /** Each word by its stem (see {@link Gazetteer#stem}): шанхайской организации → шанхайск организаци. */
    private static String stems(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("[\\s,-]+")) {
            b.append(Gazetteer.stem(w)).append(' ');
        }
        return b.toString().strip();
    }

}
