package org.journalkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.journalkg.rdf.Vocab;

/**
 * The footnotes and the works they cite, read back from the graph: in document order for
 * {@code citations --format json}, each distinct work once for CSL-JSON, BibTeX and RIS.
 * <pre>
 *   List&lt;CitationExport.Note&gt; notes = CitationExport.notes(dataset, null);
 * </pre>
 */
public final class CitationExport {

    private static final String NOTES = """
            SELECT ?article ?start ?pos ?text ?ibid ?unparsed ?k ?work ?csl ?loc WHERE {
              ?article a bibo:AcademicArticle ; jkg:hasFootnote ?note .
              OPTIONAL { ?article bibo:pageStart ?start }
              OPTIONAL { ?article dcterms:isPartOf ?issue . ?issue bibo:volume ?year ; bibo:issue ?no }
              ?note jkg:position ?pos ; c4o:hasContent ?text .
              OPTIONAL { ?note jkg:sameAsAbove ?ibid }
              OPTIONAL { ?note jkg:unparsed ?unparsed }
              OPTIONAL { ?c jkg:inFootnote ?note ; jkg:position ?k ; cito:hasCitedEntity ?work .
                         ?work jkg:csl ?csl OPTIONAL { ?c jkg:locator ?loc } }
              FILTER_ARTICLE
            } ORDER BY (!BOUND(?year)) xsd:integer(?year) xsd:integer(?no) ?start ?article ?pos ?k
            """;

    private CitationExport() { }

    /** One footnote and what it cites; {@code firstPage} is 0 where the article has no pages. */
    public record Note(String article, int firstPage, int footnote, String text, boolean ibid, boolean unparsed, List<JsonObject> items) {

        public JsonObject toJson() {
            JsonObject o = new JsonObject();
            o.put("article", article);
            if (firstPage > 0) {
                o.put("firstPage", JsonNumber.value(firstPage));
            } else {
                o.put("firstPage", org.apache.jena.atlas.json.JsonNull.instance);
            }
            o.put("footnote", JsonNumber.value(footnote));
            o.put("text", text);
            o.put("ibid", new JsonBoolean(ibid));
            JsonArray a = new JsonArray();
            items.forEach(a::add);
            o.put("items", a);
            return o;
        }
    }

    /** The footnotes in document order; {@code article} limits them to one article's IRI. */
    public static List<Note> notes(Dataset ds, String article) {
        String filter = article == null ? "" : "FILTER(?article = <" + article.replace(">", "") + ">)";
        String q = Vocab.sparqlPrefixes() + NOTES.replace("FILTER_ARTICLE", filter);
        Map<String, Note> out = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(row -> add(out, row));
            }
        });
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Note> out, QuerySolution row) {
        String article = row.getResource("article").getURI();
        int pos = row.getLiteral("pos").getInt();
        String key = article + "#" + pos;
        Note n = out.computeIfAbsent(key, k -> new Note(article, row.contains("start") ? row.getLiteral("start").getInt() : 0, pos,
                row.getLiteral("text").getString(), row.contains("ibid"), row.contains("unparsed"), new ArrayList<>()));
        if (row.contains("csl")) {
            JsonObject item = JSON.parse(row.getLiteral("csl").getLexicalForm());
            if (row.contains("loc")) {
                item.put("locator", row.getLiteral("loc").getString());
                item.put("label", "page");
            }
            n.items().add(item);
        }
    }

    /** Each distinct work once, in the order of its first citation, without per-note locators. */
    public static List<JsonObject> works(List<Note> notes) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (Note n : notes) {
            for (JsonObject item : n.items()) {
                String id = item.get("id").getAsString().value();
                if (!out.containsKey(id)) {
                    JsonObject copy = JSON.parse(JSON.toStringFlat(item));
                    copy.remove("locator");
                    copy.remove("label");
                    out.put(id, copy);
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
