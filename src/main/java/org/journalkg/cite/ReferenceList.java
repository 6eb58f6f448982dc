package org.journalkg.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Reference strings or notes, one a line, read without a database: each non-blank line, its list
 * label (<code>[12] </code>, ［12］, <code>12. </code>, <code>12) </code>, ①) taken off, is read by
 * {@link NoteParser} into CSL-JSON items. A "same as above" line (同上, Ibid., Там же) cites the
 * previous line's work where that line cites exactly one, as the build resolves notes.
 * <pre>
 *   List&lt;ReferenceList.Entry&gt; refs = ReferenceList.read(text, 0);
 *   List&lt;JsonObject&gt; works = ReferenceList.works(refs);   // each distinct work once
 * </pre>
 */
public final class ReferenceList {

    /** A list label at the start of a line: [12], ［12］, 12., 12), （12）, 12、, or a circled number. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:[\\[［]\\s*\\d{1,4}\\s*[\\]］]|[(（]\\d{1,4}[)）]|\\d{1,3}(?:[.)](?=\\s)|[、）])|[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF])\\s*");

    private ReferenceList() { }

    /**
     * One reference line: its number (counting every line, blank ones too), the line as given,
     * whether it is a "same as above" line, whether the parser could read what it names, and
     * its CSL-JSON items with ids <code>ref-LINE-K</code> (an ibid line's item keeps the id of
     * the work it repeats) and a "locator" where it cites a page.
     */
    public record Entry(int line, String text, boolean ibid, boolean parsed, List<JsonObject> items) {

        public Entry {
            items = List.copyOf(items);
        }

        /** {"text": …, "ibid": …, "items": […]}. */
        public JsonObject toJson() {
            JsonObject o = new JsonObject();
            o.put("text", text);
            o.put("ibid", new JsonBoolean(ibid));
            JsonArray a = new JsonArray();
            items.forEach(i -> a.add(copy(i)));
            o.put("items", a);
            return o;
        }
    }

    /**
     * The non-blank lines of a text as entries, in order; lines are numbered from
     * {@code linesBefore} + 1, so that several inputs number on as if they were one.
     * "Same as above" is resolved within this text only.
     */
    public static List<Entry> read(String text, int linesBefore) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Entry previous = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int number = linesBefore + i + 1;
            NoteParser.Result r = NoteParser.parse(withoutLabel(line));
            List<JsonObject> items = new ArrayList<>();
            if (r.ibid()) {
                if (previous != null && previous.items().size() == 1) {
                    JsonObject item = copy(previous.items().get(0));
                    item.remove("locator");
                    item.remove("label");
                    locator(item, r.ibidLocator());
                    items.add(item);
                }
            } else {
                int k = 0;
                for (Citation c : r.citations()) {
                    JsonObject item = CslJson.item("ref-" + number + "-" + (++k), c.work());
                    locator(item, c.locator());
                    items.add(item);
                }
            }
            boolean parsed = r.ibid() ? !items.isEmpty() : r.parsed();
            Entry e = new Entry(number, line, r.ibid(), parsed, items);
            out.add(e);
            previous = e;
        }
        return out;
    }

    /** The line without its list label: "[12] 王存刚：…" → "王存刚：…". */
    public static String withoutLabel(String line) {
        return LABEL.matcher(line).replaceFirst("");
    }

    /**
     * Each distinct work once, in the order of its first line, without locators: items that are
     * identical but for their ids and locators are one work, with the first one's id.
     */
    public static List<JsonObject> works(List<Entry> entries) {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (JsonObject item : e.items()) {
                JsonObject work = copy(item);
                work.remove("locator");
                work.remove("label");
                JsonObject key = copy(work);
                key.remove("id");
                out.putIfAbsent(JSON.toStringFlat(key), work);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void locator(JsonObject item, String locator) {
        if (locator != null && !locator.isBlank()) {
            item.put("locator", locator);
            item.put("label", "page");
        }
    }

    private static JsonObject copy(JsonObject o) {
        return JSON.parse(JSON.toStringFlat(o));
    }
}
