package org.journalkg.query;

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
public final class Ask implements AutoCloseable {

    private static final String LABELS = """
            SELECT ?e ?label WHERE { GRAPH ?kb { ?e skos:prefLabel|skos:altLabel ?label } FILTER(STRENDS(STR(?kb), "/graph/kb")) }
            """;
    // One query per entity, with its IRI written in: TDB2 then starts from the entity's few
    // summaries instead of every summary of every issue. Sentences are fetched afterwards, for
    // the page of articles shown only.
    private static final String SUMMARIES = """
            SELECT ?s ?article ?count ?score WHERE { ?s jkg:entity ENTITY ; jkg:score ?score ; jkg:article ?article ; jkg:mentionCount ?count }
            """;
    // By the summaries of the articles shown: starting from the entity instead would read the
    // examples of every article that mentions it.
    private static final String EXAMPLES = """
            SELECT ?s ?ann ?kind ?sentence WHERE { VALUES ?s { SUMMARIES } ?s jkg:example ?ann . ?ann jkg:partKind ?kind ; jkg:evidence ?sentence }
            """;
    // Two plain patterns rather than one with OPTIONALs: TDB2 then looks up the articles shown
    // instead of joining every title of the database.
    private static final String TITLES = """
            SELECT ?article ?title WHERE { VALUES ?article { ARTICLES } ?article dcterms:title ?title }
            """;
    private static final String PAGES = """
            SELECT ?article ?start WHERE { VALUES ?article { ARTICLES } ?article bibo:pageStart ?start }
            """;
    /** The title's language where the term's has none. */
    private static final List<String> TITLE_ORDER = List.of("zh", "en", "ru");


    private static final Pattern TRAILING_NUMBER = Pattern.compile("(.*/)(\\d{1,9})$");

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
    private final boolean textIndexed;
    /** Opened at the first text answer: it maps every article to its graph, which entity answers do not need. */
    private TextSearch text;
    private final Map<String, Set<String>> labels = new TreeMap<>();
    /** The labels as {@link #norm} and {@link #stems} make them, worked out once. */
    private final Map<String, Set<String>> normalized = new LinkedHashMap<>();
    private final Map<String, Set<String>> stemmed = new LinkedHashMap<>();
    /** Each label and its {@link #norm} form. */
    private final Map<String, String> labelNorms = new TreeMap<>();

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
    private record Found(String article, int mentions, double score, Match match, List<String> summaries) { }

    public Ask(Dataset dataset) {
        this.dataset = dataset;
        this.textIndexed = TextSearch.available(dataset);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Vocab.sparqlPrefixes() + LABELS).build()) {
                qe.execSelect().forEachRemaining(r -> labels.computeIfAbsent(r.getLiteral("label").getLexicalForm(), k -> new LinkedHashSet<>())
                        .add(r.getResource("e").getURI()));
            }
        });
        labels.forEach((label, es) -> {
            String n = norm(label);
            labelNorms.put(label, n);
            normalized.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(es);
            stemmed.computeIfAbsent(stems(n), k -> new LinkedHashSet<>()).addAll(es);
        });
    }

    /** False for a database built before there was a full-text index: it answers from entities only. */
    public boolean hasTextIndex() {
        return textIndexed;
    }

    /** Closes the text searcher, if one was opened (a server closes the Ask of a database it replaces). */
    @Override
    public synchronized void close() {
        if (text != null) {
            text.close();
            text = null;
        }
    }

    private synchronized TextSearch text() {
        if (text == null) {
            text = new TextSearch(dataset);
        }
        return text;
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
        if (textIndexed && (entities.isEmpty() || request.withText())) {
            Set<String> already = new HashSet<>();
            found.forEach(f -> already.add(f.article()));
            for (TextHit h : text().search(term)) {
                if (!already.contains(h.article())) {
                    found.add(new Found(h.article(), h.parts(), h.score(), Match.TEXT, List.of()));
                }
            }
        }
        Match match = !entities.isEmpty() ? Match.ENTITY : found.isEmpty() ? Match.NONE : Match.TEXT;
        List<String> nearest = entities.isEmpty() ? nearest(term) : List.of();
        int from = Math.min(request.offset(), found.size());
        List<Found> page = found.subList(from, Math.min(found.size(), from + request.limit()));
        Map<String, Object[]> meta = meta(page, lang);
        Map<String, List<String>> quotes = quotes(page, term, lang);
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
        Map<String, List<String>> summariesOf = new HashMap<>();
        Set<String> summaries = new HashSet<>();
        Txn.executeRead(dataset, () -> entities.forEach(entity -> {
            String q = Vocab.sparqlPrefixes() + SUMMARIES.replace("ENTITY", "<" + entity + ">");
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String summary = r.getResource("s").getURI();
                    if (summaries.add(summary)) {
                        summariesOf.computeIfAbsent(r.getResource("article").getURI(), k -> new ArrayList<>()).add(summary);
                        double[] t = totals.computeIfAbsent(r.getResource("article").getURI(), k -> new double[2]);
                        t[0] += r.getLiteral("count").getInt();
                        t[1] += r.getLiteral("score").getDouble();
                    }
                });
            }
        }));
        List<Found> out = new ArrayList<>();
        totals.forEach((a, t) -> out.add(new Found(a, (int) t[0], Math.round(t[1] * 10) / 10.0, Match.ENTITY, summariesOf.get(a))));
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

    /**
     * Per article shown: its first page (0 where it has none: an article read from a web page or
     * a manuscript) and its title in the term's language where it has one, else in another.
     */
    private Map<String, Object[]> meta(List<Found> page, String lang) {
        Map<String, Object[]> out = new HashMap<>();
        if (page.isEmpty()) {
            return out;
        }
        Map<String, Map<String, String>> titles = new HashMap<>();
        Map<String, Integer> pages = new HashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Vocab.sparqlPrefixes() + TITLES.replace("ARTICLES", values(page))).build()) {
                qe.execSelect().forEachRemaining(r -> titles.computeIfAbsent(r.getResource("article").getURI(), k -> new TreeMap<>())
                        .putIfAbsent(r.getLiteral("title").getLanguage(), r.getLiteral("title").getString()));
            }
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Vocab.sparqlPrefixes() + PAGES.replace("ARTICLES", values(page))).build()) {
                qe.execSelect().forEachRemaining(r -> pages.putIfAbsent(r.getResource("article").getURI(), r.getLiteral("start").getInt()));
            }
        });
        for (Found f : page) {
            Map<String, String> t = titles.getOrDefault(f.article(), Map.of());
            String title = t.get(lang);
            for (int i = 0; title == null && i < TITLE_ORDER.size(); i++) {
                title = t.get(TITLE_ORDER.get(i));
            }
            out.put(f.article(), new Object[] {pages.getOrDefault(f.article(), 0), title == null ? "" : title});
        }
        return out;
    }

    /** Up to three sentences per article shown: the entities' chosen examples, or the text's sentences that hold the term. */
    private Map<String, List<String>> quotes(List<Found> page, String term, String lang) {
        Map<String, List<String>> out = new HashMap<>();
        Map<String, String> articleOf = new HashMap<>();
        StringBuilder values = new StringBuilder();
        for (Found f : page) {
            for (String summary : f.summaries()) {
                articleOf.put(summary, f.article());
                values.append('<').append(summary).append("> ");
            }
        }
        if (!articleOf.isEmpty()) {
            Map<String, List<Quote>> rows = new HashMap<>();
            String q = Vocab.sparqlPrefixes() + EXAMPLES.replace("SUMMARIES", values);
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                    qe.execSelect().forEachRemaining(r -> {
                        String ann = r.getResource("ann").getURI();
                        String sentence = r.getLiteral("sentence").getString();
                        rows.computeIfAbsent(articleOf.get(r.getResource("s").getURI()), k -> new ArrayList<>()).add(new Quote(sentence,
                                Examples.language(sentence), Examples.rank(TextPart.Where.valueOf(r.getLiteral("kind").getString().toUpperCase(Locale.ROOT))),
                                Integer.parseInt(ann.substring(ann.lastIndexOf('/') + 1))));
                    });
                }
            });
            rows.forEach((a2, r) -> out.put(a2, quotes(r, lang)));
        }
        List<String> byText = page.stream().filter(f -> f.match() == Match.TEXT).map(Found::article).toList();
        if (!byText.isEmpty()) {
            out.putAll(text().evidence(byText, term, Examples.QUOTES));
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
        // Labels that contain the term (Minsk → Minsk Group, Minsk agreements) come before near
        // spellings; each label's distance is worked out once, not in every comparison.
        record Near(String label, int contains, double distance) { }
        List<Near> near = new ArrayList<>(labelNorms.size());
        labelNorms.forEach((label, n) -> near.add(new Near(label, n.contains(t) ? 0 : 1,
                Similarity.distance(n, t) / (double) Math.max(n.length(), t.length()))));
        return near.stream().sorted(Comparator.comparingInt(Near::contains).thenComparingDouble(Near::distance).thenComparing(Near::label))
                .limit(5).map(Near::label).toList();
    }

    /** Width, case, ё, dashes, quotes and spaces inside Chinese do not matter. */
    static String norm(String s) {
        return TermPattern.normalize(s);
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
