package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/** An organization's page: "names" by language and "members", the people whose affiliation it is (or was). */
final class OrganizationPage {

    private OrganizationPage() { }

    static void fill(Dataset ds, Refs refs, String org, JsonObject o) {
        String g = Sparql.iri(org);
        o.put("names", Refs.texts(Sparql.select(ds, "SELECT ?n { " + g + " foaf:name ?n }"), "n"));
        List<String> members = new ArrayList<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT DISTINCT ?p { ?p schema:affiliation|jkg:formerAffiliation " + g + " } ORDER BY ?p")) {
            members.add(Sparql.uri(r, "p"));
        }
        o.put("members", ArticlePage.refList(refs, members));
    }
}
