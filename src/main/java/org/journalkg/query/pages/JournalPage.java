package org.journalkg.query.pages;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/** A journal's page: "titles", "issn", and its "issues" in order, each with "volume", "number", "issued" and "articles" (a count). */
final class JournalPage {

    private JournalPage() { }

    static void fill(Dataset ds, Refs refs, String journal, JsonObject o) {
        String j = Sparql.iri(journal);
        o.put("titles", Refs.texts(Sparql.select(ds, "SELECT ?t { " + j + " dcterms:title ?t }"), "t"));
        for (QuerySolution r : Sparql.select(ds, "SELECT ?issn { " + j + " bibo:issn ?issn } ORDER BY ?issn LIMIT 1")) {
            o.put("issn", Sparql.text(r, "issn"));
        }
        JsonArray issues = new JsonArray();
        Overview.issues(ds, refs, journal).forEach(issues::add);
        o.put("issues", issues);
    }
}
