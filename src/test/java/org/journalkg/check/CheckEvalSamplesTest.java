package org.journalkg.check;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.journalkg.layout.Layouts;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Held-out measurement in other layouts: copies of four single-article samples (web, Markdown and
 * the journal's article layout) with defects planted by someone who had not seen the checks' rules
 * or code, after the checks were written (src/test/resources/eval/check2: the copies, and
 * planted.jsonl with file, kind, line and the edit of each). A defect counts as found as {@link
 * PlantedDefects} says, in its file (single articles have no pages to name them by). Findings the original sample gives too are
 * not counted; the rest that match no defect are extra. Prints the table; holds the floors measured.
 */
class CheckEvalSamplesTest {

    static final Path DIR = Path.of("src/test/resources/eval/check2");
    static final Path SAMPLES = Path.of("src/test/resources/samples");

    static List<Finding> check(Path file) {
        return EditorialCheck.run(List.of(CheckInput.of(file.getFileName().toString(), Layouts.read(file, null).issue(),
                SourceLines.of(TextReader.read(file).text()))));
    }

    @Test
    void defects_planted_in_single_articles_are_found() throws Exception {
        List<PlantedDefects.Planted> planted = PlantedDefects.read(DIR.resolve("planted.jsonl"));
        Set<String> files = new TreeSet<>();
        planted.forEach(p -> files.add(p.file()));
        Map<String, List<Finding>> found = new LinkedHashMap<>();
        Set<String> original = new HashSet<>();
        for (String f : files) {
            found.put(f, check(DIR.resolve(f)));
            check(SAMPLES.resolve(f)).forEach(x -> original.add(f + " " + PlantedDefects.key(x)));
        }
        Map<Kind, int[]> byKind = new LinkedHashMap<>();
        Set<Finding> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        for (PlantedDefects.Planted p : planted) {
            int[] t = byKind.computeIfAbsent(p.kind(), k -> new int[2]);
            t[0]++;
            List<Finding> hits = found.get(p.file()).stream().filter(f -> PlantedDefects.reports(f, p, false)).toList();
            if (hits.isEmpty()) {
                missed.add(p.file() + " " + p.kind().id() + " line " + p.line() + ": " + p.after());
            } else {
                t[1]++;
                used.addAll(hits);
            }
        }
        List<String> extra = new ArrayList<>();
        found.forEach((file, fs) -> fs.stream().filter(f -> !used.contains(f) && !original.contains(file + " " + PlantedDefects.key(f)))
                .forEach(f -> extra.add(file + ":" + f.line() + " " + f.severity().id() + " " + f.kind().id() + ": " + f.message())));
        PlantedDefects.report("check on defects planted in single articles (held out)", byKind, missed, extra, FOUND_FLOOR, EXTRA_CEILING);
    }

    /**
     * As measured at the first and only run (2026-12-07), nothing changed after it: 26 of 28 found
     * (abstract 4/4, keywords 4/4, markers 5/5, ibid 4/4, url 5/5, note-style 4/6); missed: the
     * italics taken off a government report's title (reports are left alone), and place and
     * publisher taken out of a Russian book note. The 4 extra findings are the other half of a
     * marker's changed number: the note it called has no marker now.
     */
    static final int FOUND_FLOOR = 26;
    static final int EXTRA_CEILING = 4;

}
