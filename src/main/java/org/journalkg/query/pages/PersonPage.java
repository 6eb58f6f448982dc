package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * A person's page: "names" by language, "altLabels" (other spellings the sources use),
 * "affiliations", the articles the person "wrote", "edited" (and the issues edited),
 * "translated", and "cited": each work of theirs a note cites, with the citing articles.
 */
final class PersonPage {

    private PersonPage() { }

    static void fill(Dataset ds, Refs refs, String person, JsonObject o) {
        String p = Sparql.iri(person);
        o.put("names", Refs.texts(Sparql.select(ds, "SELECT ?n { " + p + " foaf:name ?n }"), "n"));
        JsonArray alt = new JsonArray();
        Sparql.select(ds, "SELECT DISTINCT ?l { " + p + " skos:altLabel ?l } ORDER BY ?l").forEach(r -> alt.add(Sparql.text(r, "l")));
        o.put("altLabels", alt);
        o.put("affiliations", ArticlePage.refList(refs, ArticlePage.affiliations(ds, List.of(person)).getOrDefault(person, List.of())));
        o.put("wrote", ArticlePage.refList(refs, articles(ds, "?a dcterms:creator " + p)));
        List<String> edited = articles(ds, "?a bibo:editor " + p);
        Sparql.select(ds, "SELECT ?i { ?i jkg:editorInChief|jkg:deputyEditor " + p + " } ORDER BY ?i").forEach(r -> edited.add(Sparql.uri(r, "i")));
        o.put("edited", ArticlePage.refList(refs, edited));
        o.put("translated", ArticlePage.refList(refs, articles(ds, "?a bibo:translator " + p)));
        o.put("cited", cited(ds, refs, p));
    }

    /** The articles a pattern on ?a finds, in the collection's order. */
    private static List<String> articles(Dataset ds, String pattern) {
        List<String> out = new ArrayList<>();
        Sparql.select(ds, "SELECT DISTINCT ?a { " + pattern + " . ?a a bibo:AcademicArticle }").forEach(r -> out.add(Sparql.uri(r, "a")));
        return new ArrayList<>(ArticleOrder.sort(ds, out));
    }

    /** The person's works that notes cite (the works carry a CSL item), each with the articles that cite it. */
    private static JsonArray cited(Dataset ds, Refs refs, String p) {
        Map<String, List<String>> citing = new LinkedHashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT DISTINCT ?w ?a { ?w dcterms:creator " + p + " ; jkg:csl ?csl . ?a cito:cites ?w } ORDER BY ?w")) {
            citing.computeIfAbsent(Sparql.uri(r, "w"), k -> new ArrayList<>()).add(Sparql.uri(r, "a"));
        }
        JsonArray out = new JsonArray();
        citing.forEach((w, articles) -> {
            JsonObject c = new JsonObject();
            c.put("work", refs.ref(w));
            c.put("articles", ArticlePage.refList(refs, ArticleOrder.sort(ds, articles)));
            out.add(c);
        });
        return out;
    }
}
