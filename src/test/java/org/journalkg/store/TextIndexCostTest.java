package org.journalkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.journalkg.issue.BundledIssue;
import org.journalkg.rdf.IssueQuads;
import org.journalkg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the full-text index adds to building the bundled issue (its quads made as `journal-kg
 * build` makes them: issue, mentions, citations, streamed into the store): builds each way,
 * alternating, after warming up. Twenty builds take a minute or more: on request only
 * (-Djournalkg.cost=true).
 */
@EnabledIfSystemProperty(named = "journalkg.cost", matches = "true")
class TextIndexCostTest {

    @TempDir
    Path dir;

    @Test
    void prints_the_build_time_with_and_without_the_index() {
        for (int i = 0; i < 3; i++) {
            build(true);
            build(false);
        }
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            with.add(build(true));
            without.add(build(false));
        }
        Collections.sort(with);
        Collections.sort(without);
        System.out.printf("build of the bundled issue, ms, 7 runs each, sorted: with the index %s, without %s; medians %.0f vs %.0f (%+.0f %%)%n",
                with, without, with.get(3), without.get(3), 100 * (with.get(3) / without.get(3) - 1));
    }

    private double build(boolean text) {
        Path db = dir.resolve("db");
        long t = System.nanoTime();
        IssueQuads quads = new IssueQuads(new Iris(Iris.DEFAULT_BASE), List.of(BundledIssue.get()), org.journalkg.mention.KnowledgeBase.load(Iris.DEFAULT_BASE));
        Store.build(db, stream -> quads.stream(stream::quad, Runtime.getRuntime().availableProcessors(), done -> { }), (f, a) -> { }, text);
        return Math.round((System.nanoTime() - t) / 1e5) / 10.0;
    }
}
