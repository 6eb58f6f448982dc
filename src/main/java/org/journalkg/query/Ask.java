package org.journalkg.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
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
 * notes), each with up to three sentences that show it. A term that names no entity is answered
 * from the full-text index (a text match); an entity answer adds the text matches only when asked.
 * Answers come a page at a time, and sentences are fetched for the page shown only.
 * <pre>
 *   Ask.Answer a = new Ask(dataset).ask("ШОС");
 *   a.articles().get(0).firstPage();   // 24
 *   new Ask(dataset).ask(new Ask.Request("大交易", 20, 0, false)).match();   // TEXT
 * </pre>
 */
public final class Ask {

    private static final String LABELS = """
            SELECT ?e ?label WHERE { GRAPH ?kb { ?e skos:prefLabel|skos:altLabel ?label } FILTER(STRENDS(STR(?kb), "/graph/kb")) }
            """;
    // One query per entity, with its IRI written in: TDB2 then starts from the entity's few
    // summaries instead of every summary of every issue. Sentences are fetched afterwards, for
    // the page of articles shown only.
    private static final String SUMMARIES = """
            SELECT ?s ?article ?count ?score WHERE { ?s jkg:entity ENTITY ; jkg:score ?score ; jkg:article ?article ; jkg:mentionCount ?count }
            """;
    private static final String EXAMPLES = """
            SELECT ?article ?ann ?kind ?sentence WHERE {
              VALUES ?article { ARTICLES }
              ?s jkg:entity ENTITY ; jkg:article ?article ; jkg:example ?ann . ?ann jkg:partKind ?kind ; jkg:evidence ?sentence
            }
            """;
    // The title is in the term's language where the article has one, else in another; an
    // article read from a web page or a manuscript may have no pages (0).
    private static final String ARTICLE_META = """
            SELECT ?article ?start ?title WHERE {
              VALUES ?article { ARTICLES }
              OPTIONAL { ?article bibo:pageStart ?start }
              OPTIONAL { ?article dcterms:title ?inLang FILTER(lang(?inLang) = "LANG") }
              OPTIONAL { ?article dcterms:title ?zh FILTER(lang(?zh) = "zh") }
              OPTIONAL { ?article dcterms:title ?en FILTER(lang(?en) = "en") }
              OPTIONAL { ?article dcterms:title ?ru FILTER(lang(?ru) = "ru") }
              BIND(COALESCE(?inLang, ?zh, ?en, ?ru, "") AS ?title)
            }
            """;

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(.*/)(\\d+)$");

    /** How many articles an answer shows unless told otherwise. */
    public static final int DEFAULT_LIMIT = 20;

    /** A sentence ask may quote, with what orders it: its language, where it stands, its mention number. */
    private record Quote(String sentence, String lang, int where, int n) { }

    /** Where an answer comes from: the knowledge base's entities, the words of the text, or nothing. */
    public enum Match {
        ENTITY, TEXT, NONE;

        public String json() { return name().toLowerCase(Locale.ROOT); }
    }

    /** What to ask: the term, which page of the answer, and whether to add text matches to an entity answer. */
    public record Request(String term, int limit, int offset, boolean withText) {

        public Request {
            if (limit < 1 || offset < 0) {
                throw new IllegalArgumentException("limit must be at least 1 and offset at least 0");
            }
        }

        public static Request of(String term) {
            return new Request(term, DEFAULT_LIMIT, 0, false);
        }
    }

    private final Dataset dataset;
    private final TextSearch text;
    private final Map<String, Set<String>> labels = new TreeMap<>();
    /** The labels as {@link #norm} and {@link #stems} make them, worked out once. */
    private final Map<String, Set<String>> normalized = new LinkedHashMap<>();
    private final Map<String, Set<String>> stemmed = new LinkedHashMap<>();

    /**
     * One article in an answer; {@code firstPage} is 0 where the article has no pages;
     * {@code mentions} counts the entity's mentions, or for a text match the text parts that
     * contain the term.
     */
    public record Hit(String article, int firstPage, String title, int mentions, double score, Match match, List<String> evidence) {

        /** {"article", "firstPage", "title", "match", "mentions", "evidence"}: the JSON of ask and of /api/ask. */
        public org.apache.jena.atlas.json.JsonObject toJson() {
            org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
            o.put("article", article);
            if (firstPage > 0) {
                o.put("firstPage", org.apache.jena.atlas.json.JsonNumber.value(firstPage));
            } else {
                o.put("firstPage", org.apache.jena.atlas.json.JsonNull.instance);
            }
            o.put("title", title);
            o.put("match", match.json());
            o.put("mentions", org.apache.jena.atlas.json.JsonNumber.value(mentions));
            org.apache.jena.atlas.json.JsonArray ev = new org.apache.jena.atlas.json.JsonArray();
            evidence.forEach(ev::add);
            o.put("evidence", ev);
            return o;
        }
    }

    /**
     * The entities the term named, how the answer was found, how many articles it has in all, the
     * page of them shown (from {@code offset}), and the nearest labels when no entity matched.
     */
    public record Answer(List<String> entities, Match match, int total, int offset, List<Hit> articles, List<String> nearest) { }

    /** An article found, before its page, title and sentences are fetched. */
    private record Found(String article, int mentions, double score, Match match) { }

    public Ask(Dataset dataset) {
        this.dataset = dataset;
        this.text = TextSearch.available(dataset) ? new TextSearch(dataset) : null;
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

    /** False for a database built before there was a full-text index: it answers from entities only. */
    public boolean hasTextIndex() {
        return text != null;
    }

    /** The first page of the answer, entities only (text where no entity matches). */
    public Answer ask(String term) {
        return ask(Request.of(term));
    }

    /**
     * Entities first: the articles that mention what the term names, ranked by their weighted
     * mentions; with {@code withText}, then the articles whose text holds the term but that
     * mention none of the entities. A term that names no entity is answered from the text index.
     */
    public Answer ask(Request request) {
        String term = request.term();
        String lang = Examples.language(term);
        List<String> entities = resolve(term);
        List<Found> found = new ArrayList<>();
        if (!entities.isEmpty()) {
            found.addAll(mentioning(entities));
        }
        if (text != null && (entities.isEmpty() || request.withText())) {
            Set<String> already = new HashSet<>();
            found.forEach(f -> already.add(f.article()));
            for (TextHit h : text.search(term)) {
                if (!already.contains(h.article())) {
                    found.add(new Found(h.article(), h.parts(), h.score(), Match.TEXT));
                }
            }
        }
        Match match = !entities.isEmpty() ? Match.ENTITY : found.isEmpty() ? Match.NONE : Match.TEXT;
        List<String> nearest = entities.isEmpty() ? nearest(term) : List.of();
        int from = Math.min(request.offset(), found.size());
        List<Found> page = found.subList(from, Math.min(found.size(), from + request.limit()));
        Map<String, Object[]> meta = meta(page, lang);
        Map<String, List<String>> quotes = quotes(entities, page, term, lang);
        List<Hit> hits = new ArrayList<>();
        for (Found f : page) {
            Object[] m = meta.getOrDefault(f.article(), new Object[] {0, ""});
            hits.add(new Hit(f.article(), (Integer) m[0], (String) m[1], f.mentions(), f.score(), f.match(),
                    quotes.getOrDefault(f.article(), List.of())));
        }
        return new Answer(entities, match, found.size(), from, hits, nearest);
    }

    /** The articles that mention any of the entities, ranked: score, then mentions, then IRI. */
    private List<Found> mentioning(List<String> entities) {
        Map<String, double[]> totals = new TreeMap<>();
        Set<String> summaries = new HashSet<>();
        Txn.executeRead(dataset, () -> entities.forEach(entity -> {
            String q = Vocab.sparqlPrefixes() + SUMMARIES.replace("ENTITY", "<" + entity + ">");
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    if (summaries.add(r.getResource("s").getURI())) {
                        double[] t = totals.computeIfAbsent(r.getResource("article").getURI(), k -> new double[2]);
                        t[0] += r.getLiteral("count").getInt();
                        t[1] += r.getLiteral("score").getDouble();
                    }
                });
            }
        }));
        List<Found> out = new ArrayList<>();
        totals.forEach((a, t) -> out.add(new Found(a, (int) t[0], Math.round(t[1] * 10) / 10.0, Match.ENTITY)));
        // Ties in score and mentions go to the earlier page; the IRI of an issue's article ends in its page.
        out.sort(Comparator.comparingDouble(Found::score).reversed().thenComparing(Comparator.comparingInt(Found::mentions).reversed())
                .thenComparing(f -> pageOrder(f.article())));
        return out;
    }

    /** An article IRI with its trailing page number zero-padded, so that p. 5 sorts before p. 24. */
    private static String pageOrder(String iri) {
        Matcher m = TRAILING_NUMBER.matcher(iri);
        return m.matches() ? m.group(1) + String.format("%09d", Long.parseLong(m.group(2))) : iri;
    }

    /** Per article shown: its first page (0 if none) and its title in the term's language where it has one. */
    private Map<String, Object[]> meta(List<Found> page, String lang) {
        Map<String, Object[]> out = new HashMap<>();
        if (page.isEmpty()) {
            return out;
        }
        String q = Vocab.sparqlPrefixes() + ARTICLE_META.replace("ARTICLES", values(page)).replace("LANG", lang);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.putIfAbsent(r.getResource("article").getURI(),
                        new Object[] {r.contains("start") ? r.getLiteral("start").getInt() : 0, r.getLiteral("title").getString()}));
            }
        });
        return out;
    }

    /** Up to three sentences per article shown: the entities' chosen examples, or the text's sentences that hold the term. */
    private Map<String, List<String>> quotes(List<String> entities, List<Found> page, String term, String lang) {
        Map<String, List<String>> out = new HashMap<>();
        List<Found> byEntity = page.stream().filter(f -> f.match() == Match.ENTITY).toList();
        if (!byEntity.isEmpty()) {
            Map<String, List<Quote>> rows = new HashMap<>();
            Txn.executeRead(dataset, () -> entities.forEach(entity -> {
                String q = Vocab.sparqlPrefixes() + EXAMPLES.replace("ENTITY", "<" + entity + ">").replace("ARTICLES", values(byEntity));
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                    qe.execSelect().forEachRemaining(r -> {
                        String ann = r.getResource("ann").getURI();
                        String sentence = r.getLiteral("sentence").getString();
                        rows.computeIfAbsent(r.getResource("article").getURI(), k -> new ArrayList<>()).add(new Quote(sentence,
                                Examples.language(sentence), Examples.rank(TextPart.Where.valueOf(r.getLiteral("kind").getString().toUpperCase(Locale.ROOT))),
                                Integer.parseInt(ann.substring(ann.lastIndexOf('/') + 1))));
                    });
                }
            }));
            rows.forEach((a, r) -> out.put(a, quotes(r, lang)));
        }
        for (Found f : page) {
            if (f.match() == Match.TEXT) {
                out.put(f.article(), text.evidence(f.article(), term, Examples.QUOTES));
            }
        }
        return out;
    }

    private static String values(List<Found> page) {
        StringBuilder b = new StringBuilder();
        page.forEach(f -> b.append('<').append(f.article()).append("> "));
        return b.toString();
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
