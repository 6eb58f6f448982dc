package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.journalkg.cite.CslJson;

/**
 * What the database holds, for the page at /: "counts" (journals, issues, articles, authors,
 * notes, works, actors), one page of "articles" in the collection's order with their authors,
 * pages, keywords and counts, every issue (the collection's outline), the most-named actors and
 * the most-cited works. Counts come from aggregate queries and only the page of articles shown
 * is read in detail. The parts that do not depend on the page (the order of the articles, the
 * issues, the top actors and works: aggregates over every mention and citation) are kept
 * between requests while the counts stay the same, so paging through the collection costs a
 * page's queries only.
 * <pre>
 *   JsonObject o = new Overview(dataset).page(0, 20);
 * </pre>
 */
public final class Overview {

    public static final int DEFAULT_LIMIT = 20;
    static final int TOP = 15;

    /** The page-independent parts, and the counts they were read with. */
    private record Collection(String counts, List<String> order, JsonArray issues, JsonArray topActors, JsonArray topWorks) { }

    private final Dataset ds;
    private Collection collection;

    public Overview(Dataset ds) {
        this.ds = ds;
    }

    public JsonObject page(int offset, int limit) {
        JsonObject counts = counts(ds);
        Collection c = collection(counts);
        Refs refs = new Refs(ds, GraphBase.of(ds));
        JsonObject o = new JsonObject();
        o.put("counts", counts);
        o.put("total", c.order().size());
        o.put("offset", offset);
        o.put("limit", limit);
        int from = Math.min(offset, c.order().size());
        int to = (int) Math.min(c.order().size(), (long) offset + limit);
        JsonArray articles = new JsonArray();
        articles(ds, refs, c.order().subList(from, to)).forEach(articles::add);
        refs.label();
        o.put("articles", articles);
        o.put("issues", c.issues());
        o.put("topActors", c.topActors());
        o.put("topWorks", c.topWorks());
        return o;
    }

    /** The page-independent parts, read again where the counts have changed (a database rebuilt or updated). */
    private synchronized Collection collection(JsonObject counts) {
        String key = JSON.toStringFlat(counts);
        if (collection == null || !collection.counts().equals(key)) {
            Refs refs = new Refs(ds, GraphBase.of(ds));
            JsonArray issues = new JsonArray();
            issues(ds, refs, null).forEach(issues::add);
            JsonArray actors = topActors(ds, refs);
            JsonArray works = topWorks(ds, refs);
            refs.label();
            collection = new Collection(key, List.copyOf(ArticleOrder.all(ds)), issues, actors, works);
        }
        return collection;
    }

    private static JsonObject counts(Dataset ds) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("journals", "SELECT (COUNT(?x) AS ?n) { ?x a bibo:Journal }");
        queries.put("issues", "SELECT (COUNT(?x) AS ?n) { ?x a bibo:Issue }");
        queries.put("articles", "SELECT (COUNT(?x) AS ?n) { ?x a bibo:AcademicArticle }");
        queries.put("authors", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a a bibo:AcademicArticle ; dcterms:creator ?x }");
        queries.put("notes", "SELECT (COUNT(?x) AS ?n) { ?x a jkg:Footnote }");
        queries.put("works", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a cito:cites ?x }");
        queries.put("actors", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?a schema:mentions ?x }");
        JsonObject o = new JsonObject();
        queries.forEach((k, q) -> o.put(k, JsonNumber.value(Sparql.number(Sparql.select(ds, q).get(0), "n", 0))));
        return o;
    }

    /**
     * The entries of these articles, in the order given: ref, "journal", "issue" (with
     * "volume", "number", "issued"), "pageStart", "pageEnd", "authors", "keywords", and the
     * counts of "notes", "works" cited and "actors" named.
     */
    static List<JsonObject> articles(Dataset ds, Refs refs, List<String> page) {
        List<JsonObject> out = new ArrayList<>();
        if (page.isEmpty()) {
            return out;
        }
        String values = "VALUES ?a { " + Sparql.values(page) + "} ";
        Map<String, JsonObject> entries = new LinkedHashMap<>();
        for (String a : page) {
            JsonObject e = refs.ref(a);
            entries.put(a, e);
            out.add(e);
        }
        for (QuerySolution r : Sparql.select(ds, "SELECT ?a ?i ?j ?v ?n ?d ?ps ?pe { " + values + " OPTIONAL { ?a bibo:pageStart ?ps } OPTIONAL { ?a bibo:pageEnd ?pe } "
                + "OPTIONAL { ?a dcterms:isPartOf ?i . ?i a bibo:Issue OPTIONAL { ?i dcterms:isPartOf ?j } OPTIONAL { ?i bibo:volume ?v } "
                + "OPTIONAL { ?i bibo:issue ?n } OPTIONAL { ?i dcterms:issued ?d } } }")) {
            JsonObject e = entries.get(Sparql.uri(r, "a"));
            if (e.hasKey("pageStart") || e.hasKey("issue")) {
                continue;
            }
            if (Sparql.uri(r, "j") != null) {
                e.put("journal", refs.ref(Sparql.uri(r, "j")));
            }
            if (Sparql.uri(r, "i") != null) {
                JsonObject issue = refs.ref(Sparql.uri(r, "i"));
                IssuePage.facts(issue, r);
                e.put("issue", issue);
            }
            ArticlePage.number(e, "pageStart", Sparql.text(r, "ps"));
            ArticlePage.number(e, "pageEnd", Sparql.text(r, "pe"));
        }
        Map<String, String> heads = new HashMap<>();
        Map<String, List<String>> creators = new HashMap<>();
        Map<String, List<String>> keywords = new HashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?a ?h ?c ?k { " + values + " { ?a bibo:authorList ?h } UNION { ?a dcterms:creator ?c } UNION "
                + "{ ?a dcterms:subject ?k } } ORDER BY ?a ?c ?k")) {
            String a = Sparql.uri(r, "a");
            if (Sparql.uri(r, "h") != null) {
                heads.put(a, Sparql.uri(r, "h"));
            }
            if (Sparql.uri(r, "c") != null) {
                creators.computeIfAbsent(a, k -> new ArrayList<>()).add(Sparql.uri(r, "c"));
            }
            if (Sparql.uri(r, "k") != null) {
                keywords.computeIfAbsent(a, k -> new ArrayList<>()).add(Sparql.uri(r, "k"));
            }
        }
        Map<String, long[]> counts = new HashMap<>();
        String[] kinds = {"?a jkg:hasFootnote ?x", "?a cito:cites ?x", "?a schema:mentions ?x"};
        for (int k = 0; k < kinds.length; k++) {
            for (QuerySolution r : Sparql.select(ds, "SELECT ?a (COUNT(DISTINCT ?x) AS ?n) { " + values + kinds[k] + " } GROUP BY ?a")) {
                counts.computeIfAbsent(Sparql.uri(r, "a"), x -> new long[3])[k] = Sparql.number(r, "n", 0);
            }
        }
        entries.forEach((a, e) -> {
            e.put("authors", ArticlePage.refList(refs, ArticlePage.byline(ds, heads.get(a), creators.getOrDefault(a, List.of()))));
            e.put("keywords", ArticlePage.refList(refs, keywords.getOrDefault(a, List.of())));
            long[] c = counts.getOrDefault(a, new long[3]);
            e.put("notes", JsonNumber.value(c[0]));
            e.put("works", JsonNumber.value(c[1]));
            e.put("actors", JsonNumber.value(c[2]));
        });
        return out;
    }

    /** Every issue (of one journal, or of all): ref, "journal", "volume", "number", "issued", "articles" (how many), in order. */
    static List<JsonObject> issues(Dataset ds, Refs refs, String journal) {
        String of = journal == null ? "OPTIONAL { ?i dcterms:isPartOf ?j . ?j a bibo:Journal }" : "?i dcterms:isPartOf " + Sparql.iri(journal) + " BIND("
                + Sparql.iri(journal) + " AS ?j)";
        List<JsonObject> out = new ArrayList<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?i ?j ?v ?n ?d (COUNT(?a) AS ?count) { ?i a bibo:Issue . " + of
                + " OPTIONAL { ?i bibo:volume ?v } OPTIONAL { ?i bibo:issue ?n } OPTIONAL { ?i dcterms:issued ?d } "
                + "OPTIONAL { ?a dcterms:isPartOf ?i . ?a a bibo:AcademicArticle } } GROUP BY ?i ?j ?v ?n ?d "
                + "ORDER BY (!BOUND(?j)) ?j xsd:integer(?v) xsd:integer(?n) ?i")) {
            JsonObject issue = refs.ref(Sparql.uri(r, "i"));
            if (Sparql.uri(r, "j") != null) {
                issue.put("journal", refs.ref(Sparql.uri(r, "j")));
            }
            IssuePage.facts(issue, r);
            issue.put("articles", JsonNumber.value(Sparql.number(r, "count", 0)));
            out.add(issue);
        }
        return out;
    }

    /** The {@link #TOP} entities named in the most articles (then with the most mentions): ref, "type", "articles", "mentions". */
    private static JsonArray topActors(Dataset ds, Refs refs) {
        List<QuerySolution> rows = Sparql.select(ds, "SELECT ?e (COUNT(?s) AS ?articles) (SUM(?c) AS ?mentions) { ?s a jkg:MentionSummary ; "
                + "jkg:entity ?e ; jkg:mentionCount ?c } GROUP BY ?e ORDER BY DESC(?articles) DESC(?mentions) ?e LIMIT " + TOP);
        Map<String, String> types = ActorPage.types(ds, refs.base(), rows.stream().map(r -> Sparql.uri(r, "e")).toList());
        JsonArray out = new JsonArray();
        for (QuerySolution r : rows) {
            JsonObject e = refs.ref(Sparql.uri(r, "e"));
            e.put("type", types.getOrDefault(Sparql.uri(r, "e"), "Entity"));
            e.put("articles", JsonNumber.value(Sparql.number(r, "articles", 0)));
            e.put("mentions", JsonNumber.value(Sparql.number(r, "mentions", 0)));
            out.add(e);
        }
        return out;
    }

    /** The {@link #TOP} works cited in the most notes: ref, "type", "creators" (as the notes name them), "issued", "citedBy". */
    private static JsonArray topWorks(Dataset ds, Refs refs) {
        List<QuerySolution> rows = Sparql.select(ds, "SELECT ?w (COUNT(DISTINCT ?n) AS ?notes) { ?c cito:hasCitedEntity ?w ; jkg:inFootnote ?n } "
                + "GROUP BY ?w ORDER BY DESC(?notes) ?w LIMIT " + TOP);
        Map<String, QuerySolution> facts = new HashMap<>();
        if (!rows.isEmpty()) {
            for (QuerySolution r : Sparql.select(ds, "SELECT ?w ?t ?csl { VALUES ?w { " + Sparql.values(rows.stream().map(x -> Sparql.uri(x, "w")).toList())
                    + "} ?w a ?t OPTIONAL { ?w jkg:csl ?csl } } ORDER BY ?w ?t")) {
                facts.putIfAbsent(Sparql.uri(r, "w"), r);
            }
        }
        JsonArray out = new JsonArray();
        for (QuerySolution r : rows) {
            String w = Sparql.uri(r, "w");
            JsonObject e = refs.ref(w);
            QuerySolution f = facts.get(w);
            e.put("type", f == null ? "Work" : Sparql.uri(f, "t").replaceFirst("^.*[/#]", ""));
            JsonArray creators = new JsonArray();
            String csl = f == null ? null : Sparql.text(f, "csl");
            if (csl != null) {
                JsonObject item = JSON.parse(csl);
                WorkPage.names(item, "author").forEach(creators::add);
                String issued = item.hasKey("issued") ? CslJson.iso(item.get("issued")) : null;
                if (issued != null) {
                    e.put("issued", issued);
                }
            }
            e.put("creators", creators);
            e.put("citedBy", JsonNumber.value(Sparql.number(r, "notes", 0)));
            out.add(e);
        }
        return out;
    }
}
