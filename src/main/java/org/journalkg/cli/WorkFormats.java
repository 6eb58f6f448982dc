package org.journalkg.cli;

import java.io.PrintStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.cite.BibTeX;
import org.journalkg.cite.Ris;

/**
 * The formats citations and refs share: {@code json} (one object per note or line, as the command
 * makes them), and for each distinct work once {@code csl-json}, {@code bibtex} or {@code ris}.
 */
final class WorkFormats {

    private WorkFormats() { }

    static void print(String format, List<JsonObject> entries, List<JsonObject> works, PrintStream out) {
        switch (format) {
            case "json" -> out.println(JSON.toString(array(entries)));
            case "csl-json" -> out.println(JSON.toString(array(works)));
            case "bibtex" -> out.print(BibTeX.write(works));
            default -> out.print(Ris.write(works));
        }
    }

    private static JsonArray array(List<JsonObject> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
