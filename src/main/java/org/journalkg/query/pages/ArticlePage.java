package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.journalkg.issue.Lang;
import org.journalkg.query.CitationExport;
import org.journalkg.rdf.Vocab;

/**
 * An article's page: "titles", "abstracts", "issue", "journal", "pageStart", "pageEnd",
 * "authors" (byline order, each with "affiliations"), "translators", "editors", "keywords",
 * "funding", "sections", "notes" (each with the works it cites and their locators, read as
 * `journal-kg citations` reads them), "actors" (by mentions, each with up to three sentences)
 * and "parts" (the text parts that hold its title, abstract and keywords).
 */
final class ArticlePage {

    private ArticlePage() { }

    static void fill(Dataset ds, Refs refs, String article, JsonObject o) {
        String a = Sparql.iri(article);
        List<QuerySolution> head = Sparql.select(ds, "SELECT ?p ?o { " + a + " ?p ?o FILTER(?p IN (dcterms:title, dcterms:abstract, "
                + "bibo:pageStart, bibo:pageEnd, dcterms:isPartOf, bibo:authorList, dcterms:creator, bibo:translator, bibo:editor, dcterms:subject, "
                + "schema:funding, bibo:doi)) } ORDER BY ?p ?o");
        Map<String, List<QuerySolution>> by = new LinkedHashMap<>();
        head.forEach(r -> by.computeIfAbsent(Sparql.uri(r, "p"), k -> new ArrayList<>()).add(r));
        o.put("titles", Refs.texts(by.getOrDefault(Vocab.TITLE.getURI(), List.of()), "o"));
        o.put("abstracts", Refs.texts(by.getOrDefault(Vocab.ABSTRACT.getURI(), List.of()), "o"));
        String issue = first(by, Vocab.IS_PART_OF);
        if (issue != null) {
            o.put("issue", refs.ref(issue));
            String journal = IssuePage.journalOf(ds, issue);
            if (journal != null) {
                o.put("journal", refs.ref(journal));
            }
        }
        number(o, "pageStart", first(by, Vocab.PAGE_START));
        number(o, "pageEnd", first(by, Vocab.PAGE_END));
        if (first(by, Vocab.DOI) != null) {
            o.put("doi", first(by, Vocab.DOI));
        }
        JsonArray authors = new JsonArray();
        List<String> byline = byline(ds, first(by, Vocab.AUTHOR_LIST), all(by, Vocab.CREATOR));
        Map<String, List<String>> affiliations = affiliations(ds, byline);
        for (String p : byline) {
            JsonObject r = refs.ref(p);
            JsonArray orgs = new JsonArray();
            affiliations.getOrDefault(p, List.of()).forEach(org -> orgs.add(refs.ref(org)));
            r.put("affiliations", orgs);
            authors.add(r);
        }
        o.put("authors", authors);
        o.put("translators", refList(refs, all(by, Vocab.TRANSLATOR)));
        o.put("editors", refList(refs, all(by, Vocab.EDITOR)));
        o.put("keywords", refList(refs, printedOrder(ds, a, all(by, Vocab.SUBJECT))));
        o.put("funding", funding(ds, all(by, Vocab.FUNDING)));
        o.put("sections", sections(ds, a));
        o.put("notes", notes(ds, refs, article));
        o.put("actors", actors(ds, refs, article));
        o.put("parts", parts(ds, a));
    }

    private static String first(Map<String, List<QuerySolution>> by, org.apache.jena.graph.Node p) {
        List<String> all = all(by, p);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> all(Map<String, List<QuerySolution>> by, org.apache.jena.graph.Node p) {
        return by.getOrDefault(p.getURI(), List.of()).stream().map(r -> Sparql.text(r, "o")).toList();
    }

    static void number(JsonObject o, String key, String value) {
        if (value == null) {
            return;
        }
        try {
            o.put(key, JsonNumber.value(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            o.put(key, value);
        }
    }

    static JsonArray refList(Refs refs, List<String> iris) {
        JsonArray a = new JsonArray();
        iris.forEach(i -> a.add(refs.ref(i)));
        return a;
    }

    /**
     * The keywords in the order the article prints them. The graph holds them as a set (dcterms:subject);
     * the keyword line of each language, a text part, keeps the order. A keyword's place is where one
     * of its labels stands in the first line, zh then ru then en, that holds one; any it places
     * nowhere follow in IRI order.
     */
    static List<String> printedOrder(Dataset ds, String a, List<String> keywords) {
        if (keywords.size() < 2) {
            return keywords;
        }
        Map<String, List<String>> lines = new HashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?c { ?p dcterms:isPartOf " + a
                + " ; a jkg:TextPart ; jkg:partKind \"keywords\" ; c4o:hasContent ?c }")) {
            lines.put(Sparql.lang(r, "c"), List.of(Sparql.text(r, "c").strip().split("\\s*[；;]\\s*")));
        }
        Map<String, Map<String, Integer>> places = new HashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?k ?l { VALUES ?k { " + Sparql.values(keywords)
                + "} ?k skos:prefLabel|skos:altLabel ?l }")) {
            int i = lines.getOrDefault(Sparql.lang(r, "l"), List.of()).indexOf(Sparql.text(r, "l").strip());
            if (i >= 0) {
                places.computeIfAbsent(Sparql.uri(r, "k"), k -> new HashMap<>()).merge(Sparql.lang(r, "l"), i, Math::min);
            }
        }
        List<String> out = new ArrayList<>(keywords);
        out.sort(Comparator.comparingInt(k -> place(places.getOrDefault(k, Map.of()))));
        return out;
    }

    private static int place(Map<String, Integer> byLang) {
        for (Lang l : Lang.values()) {
            Integer i = byLang.get(l.tag());
            if (i != null) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The authors in byline order: the bibo:authorList walked from its head; the creators where there is no list. */
    static List<String> byline(Dataset ds, String head, List<String> creators) {
        if (head == null || !Sparql.writable(head)) {
            return creators;
        }
        Map<String, String[]> cells = new HashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?cell ?first ?rest { " + Sparql.iri(head) + " rdf:rest* ?cell . ?cell rdf:first ?first ; rdf:rest ?rest }")) {
            cells.put(Sparql.uri(r, "cell"), new String[] {Sparql.uri(r, "first"), Sparql.uri(r, "rest")});
        }
        List<String> out = new ArrayList<>();
        for (String cell = head; cell != null && cells.containsKey(cell) && out.size() <= cells.size(); cell = cells.get(cell)[1]) {
            out.add(cells.get(cell)[0]);
        }
        for (String c : creators) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Each person's organizations (schema:affiliation), by IRI. */
    static Map<String, List<String>> affiliations(Dataset ds, List<String> people) {
        Map<String, List<String>> out = new HashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        for (QuerySolution r : Sparql.select(ds, "SELECT ?p ?o { VALUES ?p { " + Sparql.values(people) + "} ?p schema:affiliation ?o } ORDER BY ?p ?o")) {
            out.computeIfAbsent(Sparql.uri(r, "p"), k -> new ArrayList<>()).add(Sparql.uri(r, "o"));
        }
        return out;
    }

    /** Each grant as one line: programme, title, identifier. */
    private static JsonArray funding(Dataset ds, List<String> grants) {
        JsonArray a = new JsonArray();
        if (grants.isEmpty()) {
            return a;
        }
        for (QuerySolution r : Sparql.select(ds, "SELECT ?g ?prog ?name ?id { VALUES ?g { " + Sparql.values(grants) + "} "
                + "OPTIONAL { ?g jkg:programme ?prog } OPTIONAL { ?g schema:name ?name } OPTIONAL { ?g schema:identifier ?id } } ORDER BY ?g")) {
            List<String> parts = new ArrayList<>();
            for (String v : new String[] {"prog", "name", "id"}) {
                if (Sparql.text(r, v) != null) {
                    parts.add(v.equals("name") ? "“" + Sparql.text(r, v) + "”" : Sparql.text(r, v));
                }
            }
            a.add(String.join(" ", parts));
        }
        return a;
    }

    /** The headings in reading order: {"number" (the heading's own label, 一, 1.2), "title", "level"}. */
    private static JsonArray sections(Dataset ds, String a) {
        JsonArray out = new JsonArray();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?pos ?label ?title ?level { " + a + " jkg:hasSection ?s . ?s jkg:position ?pos "
                + "OPTIONAL { ?s jkg:sectionLabel ?label } OPTIONAL { ?s dcterms:title ?title } OPTIONAL { ?s jkg:level ?level } } ORDER BY ?pos")) {
            JsonObject s = new JsonObject();
            s.put("number", Sparql.text(r, "label") != null ? Sparql.text(r, "label") : String.valueOf(Sparql.number(r, "pos", 0)));
            s.put("title", Sparql.text(r, "title") == null ? "" : Sparql.text(r, "title"));
            s.put("level", JsonNumber.value(Sparql.number(r, "level", 1)));
            out.add(s);
        }
        return out;
    }

    /** The footnotes as `citations` reads them (CitationExport): number, text, and each work cited with its locator. */
    private static JsonArray notes(Dataset ds, Refs refs, String article) {
        JsonArray out = new JsonArray();
        for (CitationExport.Note n : CitationExport.notes(ds, article)) {
            JsonObject note = new JsonObject();
            note.put("number", JsonNumber.value(n.footnote()));
            note.put("text", n.text());
            JsonArray works = new JsonArray();
            for (JsonObject item : n.items()) {
                JsonObject w = refs.ref(item.get("id").getAsString().value());
                if (item.hasKey("locator")) {
                    w.put("locator", item.get("locator").getAsString().value());
                }
                works.add(w);
            }
            note.put("works", works);
            out.add(note);
        }
        return out;
    }

    /** The entities the article names, by mentions: type, count and up to three sentences that show them. */
    private static JsonArray actors(Dataset ds, Refs refs, String article) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> summaries = new HashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?s ?e ?n { ?s jkg:article " + Sparql.iri(article) + " ; a jkg:MentionSummary ; "
                + "jkg:entity ?e ; jkg:mentionCount ?n } ORDER BY DESC(?n) ?e")) {
            counts.put(Sparql.uri(r, "e"), new long[] {Sparql.number(r, "n", 0)});
            summaries.put(Sparql.uri(r, "s"), Sparql.uri(r, "e"));
        }
        JsonArray out = new JsonArray();
        if (counts.isEmpty()) {
            return out;
        }
        Map<String, String> types = ActorPage.types(ds, refs.base(), counts.keySet());
        Map<String, TreeMap<String, String>> evidence = new HashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?s ?ann ?sentence { VALUES ?s { " + Sparql.values(summaries.keySet()) + "} "
                + "?s jkg:example ?ann . ?ann jkg:evidence ?sentence }")) {
            // An annotation's IRI ends in its mention number (…/mention/12): the sentences in reading order.
            String ann = Sparql.uri(r, "ann");
            String tail = ann.substring(ann.lastIndexOf('/') + 1);
            String order = (tail.matches("\\d{1,18}") ? String.format("%018d", Long.parseLong(tail)) : "9".repeat(18)) + ann;
            evidence.computeIfAbsent(summaries.get(Sparql.uri(r, "s")), k -> new TreeMap<>()).put(order, Sparql.text(r, "sentence"));
        }
        counts.forEach((e, n) -> {
            JsonObject ref = refs.ref(e);
            ref.put("type", types.getOrDefault(e, "Entity"));
            ref.put("mentions", JsonNumber.value(n[0]));
            JsonArray ev = new JsonArray();
            evidence.getOrDefault(e, new TreeMap<>()).values().stream().distinct().limit(3).forEach(ev::add);
            ref.put("evidence", ev);
            out.add(ref);
        });
        return out;
    }

    /** The nodes that hold the article's title, abstract and keywords in each language: {"iri", "where", "lang"}. */
    private static JsonArray parts(Dataset ds, String a) {
        JsonArray out = new JsonArray();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?p ?k ?c { ?p dcterms:isPartOf " + a + " ; a jkg:TextPart ; jkg:partKind ?k ; c4o:hasContent ?c } ORDER BY ?k ?p")) {
            JsonObject p = new JsonObject();
            p.put("iri", Sparql.uri(r, "p"));
            p.put("where", Sparql.text(r, "k"));
            p.put("lang", Sparql.lang(r, "c"));
            out.add(p);
        }
        return out;
    }
}
