package org.journalkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.journalkg.bench.Corpus;
import org.journalkg.cli.CliAccess;
import org.journalkg.read.TextReader;
import org.journalkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search at scale: N renumbered copies of the bundled issue (-Djournalkg.scale=N; off by default,
 * as building 100 issues takes minutes). Times search plus evidence of the first 20 hits for
 * each of the sampled terms of {@link TextSearchTest}, after one warming pass.
 */
@EnabledIfSystemProperty(named = "journalkg.scale", matches = "\\d+")
class TextSearchScaleTest {

    @TempDir
    Path dir;

    @Test
    void prints_search_times() throws Exception {
        int n = Integer.parseInt(System.getProperty("journalkg.scale"));
        List<String> args = new ArrayList<>(List.of("build", "--quiet", "--db", dir.resolve("db").toString()));
        Corpus.write(TextReader.readBundled(), n, dir.resolve("corpus")).forEach(p -> args.add(p.toString()));
        long t = System.nanoTime();
        assertEquals(0, CliAccess.run(args.toArray(new String[0])));
        System.out.printf("built %d issues in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
        List<String> terms = TextSearchTest.sampleTerms();
        Dataset ds = Store.open(dir.resolve("db"));
        try (TextSearch search = new TextSearch(ds)) {
            List<Double> ms = new ArrayList<>();
            int hits = 0;
            for (int pass = 0; pass < 2; pass++) {
                ms.clear();
                hits = 0;
                for (String term : terms) {
                    long s = System.nanoTime();
                    List<TextHit> found = search.search(term);
                    for (TextHit h : found.subList(0, Math.min(20, found.size()))) {
                        search.evidence(h.article(), term, 3);
                    }
                    ms.add((System.nanoTime() - s) / 1e6);
                    hits += found.size();
                }
            }
            Collections.sort(ms);
            System.out.printf("%d issues, %d terms, %d hits: search + evidence of the first 20, ms: median %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
                    n, terms.size(), hits, ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.9)), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1));
        } finally {
            Store.release(ds);
        }
    }
}
