package org.journalkg.cite;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A work as a CSL-JSON item, the format Zotero and citeproc read.
 * <pre>
 *   JsonObject item = CslJson.item("https://…/work/3f90e764931fc836", work);
 * </pre>
 */
public final class CslJson {

    private CslJson() { }

    public static JsonObject item(String id, Work w) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("type", w.type);
        put(o, "title", w.title);
        names(o, "author", w.author);
        names(o, "editor", w.editor);
        names(o, "translator", w.translator);
        put(o, "container-title", w.containerTitle);
        put(o, "publisher", w.publisher);
        put(o, "publisher-place", w.publisherPlace);
        if (w.issued != null) {
            o.put("issued", date(w.issued));
        }
        put(o, "volume", w.volume);
        put(o, "issue", w.issue);
        put(o, "page", w.page);
        put(o, "URL", w.url);
        put(o, "DOI", w.doi);
        put(o, "language", w.language);
        return o;
    }

    /** {"date-parts": [[2025, 2, 21]]} from 2025-02-21. */
    public static JsonObject date(String iso) {
        JsonArray parts = new JsonArray();
        for (String p : iso.split("-")) {
            parts.add(JsonNumber.value(Integer.parseInt(p)));
        }
        JsonArray outer = new JsonArray();
        outer.add(parts);
        JsonObject d = new JsonObject();
        d.put("date-parts", outer);
        return d;
    }

    /** 2025-02-21 from {"date-parts": [[2025, 2, 21]]}, or null. */
    public static String iso(JsonValue issued) {
        if (issued == null || !issued.isObject() || !issued.getAsObject().hasKey("date-parts")) {
            return null;
        }
        JsonArray parts = issued.getAsObject().get("date-parts").getAsArray().get(0).getAsArray();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            int n = parts.get(i).getAsNumber().value().intValue();
            b.append(i == 0 ? "" : "-").append(i == 0 ? String.valueOf(n) : String.format("%02d", n));
        }
        return b.toString();
    }

    private static void names(JsonObject o, String key, List<Name> names) {
        if (names.isEmpty()) {
            return;
        }
        JsonArray a = new JsonArray();
        for (Name n : names) {
            JsonObject j = new JsonObject();
            if (n.isLiteral()) {
                j.put("literal", n.literal());
            } else {
                j.put("family", n.family());
                if (n.given() != null) {
                    j.put("given", n.given());
                }
            }
            a.add(j);
        }
        o.put(key, a);
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null && !value.isBlank()) {
            o.put(key, value);
        }
    }

    static String str(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }

    /** "Family, Given" or the literal, for each name under key. */
    static List<String> names(JsonObject o, String key, String separator) {
        if (!o.hasKey(key)) {
            return List.of();
        }
        return o.get(key).getAsArray().stream().map(JsonValue::getAsObject).map(n -> {
            String lit = str(n, "literal");
            if (lit != null) {
                return lit;
            }
            String given = str(n, "given");
            return given == null ? str(n, "family") : str(n, "family") + separator + given;
        }).toList();
    }
}
