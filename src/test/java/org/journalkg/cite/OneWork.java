package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one work a reference cites, as a map of CSL field names to strings, for the style tests to
 * compare with exactly what they expect; names are written by the test's own convention.
 * <pre>
 *   OneWork.read("王存刚. 战略环境与国家方略[M]. …", n -&gt; n.display());   // {title=…, author=…, …}
 * </pre>
 * Where the reference cites no work or several, the map is {citations=N}.
 */
final class OneWork {

    private OneWork() { }

    static Map<String, String> read(String reference, Function<Name, String> name) {
        NoteParser.Result r = NoteParser.parse(reference);
        if (r.citations().size() != 1) {
            return Map.of("citations", String.valueOf(r.citations().size()));
        }
        Citation c = r.citations().get(0);
        Work w = c.work();
        Map<String, String> m = new TreeMap<>();
        put(m, "type", w.type);
        put(m, "title", w.title);
        put(m, "author", names(w.author, name));
        put(m, "editor", names(w.editor, name));
        put(m, "translator", names(w.translator, name));
        put(m, "container-title", w.containerTitle);
        put(m, "publisher", w.publisher);
        put(m, "publisher-place", w.publisherPlace);
        put(m, "issued", w.issued);
        put(m, "volume", w.volume);
        put(m, "issue", w.issue);
        put(m, "page", w.page);
        put(m, "number", w.number);
        put(m, "URL", w.url);
        put(m, "DOI", w.doi);
        put(m, "language", w.language);
        put(m, "locator", c.locator());
        return m;
    }

    private static String names(List<Name> names, Function<Name, String> name) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(name.apply(n)));
        return out.isEmpty() ? null : String.join("|", out);
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
