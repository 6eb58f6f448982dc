package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * An issue's page: "journal", "volume", "number", "issued", "editors" (editor-in-chief first,
 * then the deputies) and its "articles" by first page, each with "pageStart", "pageEnd" and "authors".
 */
final class IssuePage {

    private IssuePage() { }

    static void fill(Dataset ds, Refs refs, String issue, JsonObject o) {
        String i = Sparql.iri(issue);
        for (QuerySolution r : Sparql.select(ds, "SELECT ?j ?v ?n ?d { " + i + " a bibo:Issue OPTIONAL { " + i + " dcterms:isPartOf ?j } "
                + "OPTIONAL { " + i + " bibo:volume ?v } OPTIONAL { " + i + " bibo:issue ?n } OPTIONAL { " + i + " dcterms:issued ?d } } LIMIT 1")) {
            if (Sparql.uri(r, "j") != null) {
                o.put("journal", refs.ref(Sparql.uri(r, "j")));
            }
            facts(o, r);
        }
        List<String> editors = new ArrayList<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?p ?k { { " + i + " jkg:editorInChief ?p BIND(0 AS ?k) } UNION { " + i
                + " jkg:deputyEditor ?p BIND(1 AS ?k) } } ORDER BY ?k ?p")) {
            editors.add(Sparql.uri(r, "p"));
        }
        o.put("editors", ArticlePage.refList(refs, editors));
        JsonArray articles = new JsonArray();
        List<String> iris = new ArrayList<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?a { ?a dcterms:isPartOf " + i + " ; a bibo:AcademicArticle }")) {
            iris.add(Sparql.uri(r, "a"));
        }
        for (JsonObject a : Overview.articles(ds, refs, ArticleOrder.sort(ds, iris))) {
            articles.add(a);
        }
        o.put("articles", articles);
    }

    /** "volume", "number", "issued" from a row's ?v ?n ?d. */
    static void facts(JsonObject o, QuerySolution r) {
        if (Sparql.text(r, "v") != null) {
            o.put("volume", Sparql.text(r, "v"));
        }
        if (Sparql.text(r, "n") != null) {
            o.put("number", Sparql.text(r, "n"));
        }
        if (Sparql.text(r, "d") != null) {
            o.put("issued", Sparql.text(r, "d"));
        }
    }

    /** The journal an issue is part of, or null. */
    static String journalOf(Dataset ds, String issue) {
        if (!Sparql.writable(issue)) {
            return null;
        }
        for (QuerySolution r : Sparql.select(ds, "SELECT ?j { " + Sparql.iri(issue) + " dcterms:isPartOf ?j . ?j a bibo:Journal } LIMIT 1")) {
            return Sparql.uri(r, "j");
        }
        return null;
    }
}
