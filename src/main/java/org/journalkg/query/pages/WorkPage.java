package org.journalkg.query.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.journalkg.cite.BibTeX;
import org.journalkg.cite.CslJson;
import org.journalkg.cite.Name;
import org.journalkg.cite.Ris;

/**
 * A cited work's page: its "type", its "fields" as the notes gave them (from the work's CSL
 * item, the one `journal-kg citations` exports), "creators" and "container" as references,
 * "citedIn" (every note that cites it, with its locator, in the collection's order) and the
 * "exports" of the work alone as CSL-JSON, BibTeX and RIS ({@link #export}).
 */
public final class WorkPage {

    /** The export formats and their media types. */
    public static final Map<String, String> FORMATS = Map.of(
            "csl-json", "application/vnd.citationstyles.csl+json",
            "bibtex", "application/x-bibtex",
            "ris", "application/x-research-info-systems");

    /** CSL-JSON keys and the field names the page shows them under, in this order. */
    private static final String[][] FIELDS = {
        {"title", "title"}, {"author", "creators"}, {"editor", "editors"}, {"translator", "translators"}, {"issued", "issued"},
        {"container-title", "container"}, {"volume", "volume"}, {"issue", "issue"}, {"page", "pages"}, {"publisher", "publisher"},
        {"publisher-place", "place"}, {"URL", "url"}, {"DOI", "doi"}, {"language", "language"}};

    private WorkPage() { }

    static void fill(Dataset ds, Refs refs, String work, JsonObject o) {
        String w = Sparql.iri(work);
        JsonObject item = item(ds, work);
        for (QuerySolution r : Sparql.select(ds, "SELECT ?t { " + w + " a ?t } ORDER BY ?t LIMIT 1")) {
            o.put("type", Sparql.uri(r, "t").replaceFirst("^.*[/#]", ""));
        }
        o.put("cslType", item == null || !item.hasKey("type") ? "" : item.get("type").getAsString().value());
        o.put("fields", fields(item));
        List<String> creators = new ArrayList<>();
        Sparql.select(ds, "SELECT ?c { " + w + " dcterms:creator ?c } ORDER BY ?c").forEach(r -> creators.add(Sparql.uri(r, "c")));
        o.put("creators", ArticlePage.refList(refs, creators));
        for (QuerySolution r : Sparql.select(ds, "SELECT ?v { " + w + " dcterms:isPartOf ?v } ORDER BY ?v LIMIT 1")) {
            o.put("container", refs.ref(Sparql.uri(r, "v")));
        }
        o.put("citedIn", citedIn(ds, refs, w));
        JsonObject exports = new JsonObject();
        for (String f : List.of("csl-json", "bibtex", "ris")) {
            exports.put(f, "/api/work?iri=" + URLEncoder.encode(work, StandardCharsets.UTF_8) + "&format=" + f);
        }
        o.put("exports", exports);
    }

    /** The work alone in a format of {@link #FORMATS}, written as `citations` writes it; null where the IRI carries no CSL item. */
    public static String export(Dataset ds, String work, String format) {
        if (!Sparql.writable(work) || !FORMATS.containsKey(format)) {
            return null;
        }
        JsonObject item = item(ds, work);
        if (item == null) {
            return null;
        }
        return switch (format) {
            case "csl-json" -> {
                JsonArray a = new JsonArray();
                a.add(item);
                yield JSON.toString(a) + "\n";
            }
            case "bibtex" -> BibTeX.write(List.of(item));
            default -> Ris.write(List.of(item));
        };
    }

    /** The work's CSL-JSON item (jkg:csl, the item CitationExport reads for `citations`), or null. */
    private static JsonObject item(Dataset ds, String work) {
        for (QuerySolution r : Sparql.select(ds, "SELECT ?c { " + Sparql.iri(work) + " jkg:csl ?c } LIMIT 1")) {
            return JSON.parse(Sparql.text(r, "c"));
        }
        return null;
    }

    private static JsonArray fields(JsonObject item) {
        JsonArray out = new JsonArray();
        if (item == null) {
            return out;
        }
        for (String[] f : FIELDS) {
            JsonValue v = item.get(f[0]);
            String value = v == null ? null : v.isString() ? v.getAsString().value()
                    : v.isArray() ? String.join("; ", names(item, f[0])) : f[0].equals("issued") ? CslJson.iso(v) : v.isNumber() ? v.getAsNumber().value().toString() : null;
            if (value != null && !value.isBlank()) {
                JsonObject field = new JsonObject();
                field.put("name", f[1]);
                field.put("value", value);
                out.add(field);
            }
        }
        return out;
    }

    /** The names of a CSL item under a key (author, editor …) as one prints them. */
    static List<String> names(JsonObject item, String key) {
        List<String> out = new ArrayList<>();
        if (item.hasKey(key) && item.get(key).isArray()) {
            for (JsonValue n : item.get(key).getAsArray()) {
                if (n.isObject()) {
                    JsonObject o = n.getAsObject();
                    out.add(new Name(str(o, "family"), str(o, "given"), str(o, "literal")).display());
                }
            }
        }
        return out;
    }

    private static String str(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }

    /** Every note that cites the work: {"article", "note", "text", "locator"}, articles in the collection's order. */
    private static JsonArray citedIn(Dataset ds, Refs refs, String w) {
        Map<String, List<QuerySolution>> byArticle = new LinkedHashMap<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?a ?pos ?text ?loc { ?c cito:hasCitedEntity " + w + " ; cito:hasCitingEntity ?a ; "
                + "jkg:inFootnote ?n . ?n jkg:position ?pos ; c4o:hasContent ?text OPTIONAL { ?c jkg:locator ?loc } } ORDER BY ?a ?pos ?loc")) {
            byArticle.computeIfAbsent(Sparql.uri(r, "a"), k -> new ArrayList<>()).add(r);
        }
        JsonArray out = new JsonArray();
        Map<String, Boolean> seen = new HashMap<>();
        for (String a : ArticleOrder.sort(ds, byArticle.keySet())) {
            for (QuerySolution r : byArticle.get(a)) {
                long note = Sparql.number(r, "pos", 0);
                if (seen.put(a + "#" + note + "#" + Sparql.text(r, "loc"), true) != null) {
                    continue;
                }
                JsonObject c = new JsonObject();
                c.put("article", refs.ref(a));
                c.put("note", JsonNumber.value(note));
                c.put("text", Sparql.text(r, "text"));
                if (Sparql.text(r, "loc") != null) {
                    c.put("locator", Sparql.text(r, "loc"));
                }
                out.add(c);
            }
        }
        return out;
    }
}
