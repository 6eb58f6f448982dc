package org.journalkg.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Defects planted by hand in copies of real texts (planted.jsonl: file, kind, article, line and the
 * edit of each), and the one rule by which a finding counts as reporting one: the same kind (and
 * article, where the defect names one), and the place: within two lines of the edit, the edited
 * text quoted, the edit's line named in the message (names: every place a spelling stands), or for
 * a marker up to 15 lines away (a deleted marker shows at its note, a deleted note at its marker).
 */
final class PlantedDefects {

    record Planted(String file, Kind kind, Integer article, int line, String after) { }

    private PlantedDefects() { }

    static List<Planted> read(Path jsonl) throws IOException {
        List<Planted> out = new ArrayList<>();
        for (String l : Files.readAllLines(jsonl)) {
            if (l.isBlank()) {
                continue;
            }
            JsonObject o = JSON.parse(l);
            Kind kind = Arrays.stream(Kind.values()).filter(k -> k.id().equals(o.get("kind").getAsString().value())).findFirst().orElseThrow();
            String file = o.hasKey("file") ? o.get("file").getAsString().value() : null;
            Integer article = !o.hasKey("article") || o.get("article").isNull() ? null : o.get("article").getAsNumber().value().intValue();
            out.add(new Planted(file, kind, article, o.get("line").getAsNumber().value().intValue(), o.get("after").getAsString().value()));
        }
        return out;
    }

    /** True where the finding reports the defect; {@code byArticle}: the defects name their articles. */
    static boolean reports(Finding f, Planted p, boolean byArticle) {
        if (f.kind() != p.kind() || byArticle && !Objects.equals(f.article(), p.article())) {
            return false;
        }
        return Math.abs(f.line() - p.line()) <= 2 || quotes(f, p.after()) || f.message().contains("(line " + p.line() + ")")
                || p.kind() == Kind.MARKERS && Math.abs(f.line() - p.line()) <= 15;
    }

    private static boolean quotes(Finding f, String after) {
        String a = after.replaceAll("\\s", "");
        return a.length() >= 4 && f.evidence() != null && f.evidence().replaceAll("\\s", "").contains(a.substring(0, Math.min(12, a.length())));
    }

    /**
     * A finding without its file, to tell the findings a planting caused from those the original
     * gives too. A length note is the same finding whatever count it gives (an edit changes it).
     */
    static String key(Finding f) {
        return f.line() + " " + f.kind() + " " + f.article() + " " + (f.kind() == Kind.LENGTH ? "" : f.message());
    }

    /**
     * Prints what was found of the planted defects, per kind, with the missed ones and the extra
     * findings, and holds the measured floor and ceiling.
     */
    static void report(String title, Map<Kind, int[]> byKind, List<String> missed, List<String> extra, int floor, int ceiling) {
        int found = byKind.values().stream().mapToInt(t -> t[1]).sum();
        int planted = byKind.values().stream().mapToInt(t -> t[0]).sum();
        System.out.println(title + ": found " + found + " of " + planted);
        byKind.forEach((k, t) -> System.out.printf("  %-10s %d/%d%n", k.id(), t[1], t[0]));
        missed.forEach(m -> System.out.println("  missed: " + m));
        System.out.println("  extra findings: " + extra.size());
        extra.forEach(e -> System.out.println("  extra: " + e));
        org.junit.jupiter.api.Assertions.assertTrue(found >= floor, "found " + found + ": " + missed);
        org.junit.jupiter.api.Assertions.assertTrue(extra.size() <= ceiling, extra.toString());
    }
}
