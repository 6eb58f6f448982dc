package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * References to other resources, {"iri", "page", "label": {zh, ru, en}}, made while a page is
 * built and labelled all at once at the end ({@link #label}): one query for every reference of
 * a page, not one per reference.
 * <pre>
 *   Refs refs = new Refs(dataset, base);
 *   JsonObject author = refs.ref(iri);   // label filled in by refs.label()
 *   refs.label();
 * </pre>
 */
final class Refs {

    /** The label properties, preferred first: an entity's or keyword's, a person's or organization's, a title, a grant's name. */
    private static final List<String> LABELS = List.of("skos:prefLabel", "foaf:name", "dcterms:title", "schema:name");
    private static final int BATCH = 400;

    private final Dataset ds;
    private final GraphBase base;
    private final List<JsonObject> made = new ArrayList<>();

    Refs(Dataset ds, GraphBase base) {
        this.ds = ds;
        this.base = base;
    }

    GraphBase base() {
        return base;
    }

    /** A reference whose label {@link #label} fills in. */
    JsonObject ref(String iri) {
        JsonObject o = new JsonObject();
        o.put("iri", iri);
        o.put("page", base.page(iri));
        o.put("label", new JsonObject());
        made.add(o);
        return o;
    }

    /** Labels every reference made so far. */
    void label() {
        Set<String> iris = new LinkedHashSet<>();
        made.forEach(o -> iris.add(o.get("iri").getAsString().value()));
        Map<String, JsonObject> labels = labels(ds, iris);
        for (JsonObject o : made) {
            JsonObject l = labels.get(o.get("iri").getAsString().value());
            if (l != null) {
                o.put("label", l);
            }
        }
        made.clear();
    }

    /**
     * Each IRI's label by language: the first label property it has (in {@link #LABELS} order),
     * and of several values in one language the least, so that a page reads the same each time.
     * A label without a language is keyed "und" (undetermined), one in another language by its tag.
     */
    static Map<String, JsonObject> labels(Dataset ds, Set<String> iris) {
        Map<String, Map<String, String[]>> best = new HashMap<>();
        List<String> all = new ArrayList<>(iris);
        for (int from = 0; from < all.size(); from += BATCH) {
            StringBuilder q = new StringBuilder("SELECT ?n ?k ?l { VALUES ?n { ")
                    .append(Sparql.values(all.subList(from, Math.min(all.size(), from + BATCH)))).append("} ");
            for (int k = 0; k < LABELS.size(); k++) {
                q.append(k == 0 ? "" : " UNION ").append("{ ?n ").append(LABELS.get(k)).append(" ?l BIND(").append(k).append(" AS ?k) }");
            }
            q.append(" }");
            for (QuerySolution r : Sparql.select(ds, q.toString())) {
                String lang = Sparql.lang(r, "l");
                String key = lang.isEmpty() ? "und" : lang.toLowerCase(java.util.Locale.ROOT);
                String[] candidate = {String.format("%02d", Sparql.number(r, "k", 99)), Sparql.text(r, "l")};
                best.computeIfAbsent(Sparql.uri(r, "n"), x -> new TreeMap<>()).merge(key, candidate,
                        (a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]) <= 0 ? a : b);
            }
        }
        Map<String, JsonObject> out = new HashMap<>();
        best.forEach((iri, byLang) -> {
            JsonObject o = new JsonObject();
            byLang.forEach((lang, v) -> o.put(lang, v[1]));
            out.put(iri, o);
        });
        return out;
    }

    /** Texts by language, as a JSON object: the values of one property, one per language (the least). */
    static JsonObject texts(List<QuerySolution> rows, String var) {
        Map<String, String> byLang = new TreeMap<>();
        for (QuerySolution r : rows) {
            String v = Sparql.text(r, var);
            if (v != null) {
                String lang = Sparql.lang(r, var);
                byLang.merge(lang.isEmpty() ? "und" : lang.toLowerCase(java.util.Locale.ROOT), v, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        JsonObject o = new JsonObject();
        byLang.forEach(o::put);
        return o;
    }
}
