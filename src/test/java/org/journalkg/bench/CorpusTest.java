package org.journalkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.issue.Issue;
import org.journalkg.issue.IssueReader;
import org.journalkg.rdf.IssueQuads;
import org.journalkg.rdf.Iris;
import org.journalkg.rdf.RdfOutput;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale corpus: distinct issues that read exactly like the bundled one. */
class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void each_issue_is_renumbered_and_nothing_else_changes() throws Exception {
        List<Path> files = Corpus.write(TextReader.readBundled(), 8, dir);
        assertEquals(8, files.size());
        List<Issue> issues = new ArrayList<>();
        for (Path f : files) {
            issues.add(IssueReader.read(TextReader.read(f)));
        }
        assertEquals(List.of("2026-2", "2026-3", "2026-4", "2026-5", "2026-6", "2027-1", "2027-2", "2027-3"),
                issues.stream().map(i -> i.year() + "-" + i.number()).toList());
        assertEquals(List.of(258, 259, 260, 261, 262, 263, 264, 265), issues.stream().map(Issue::cumulativeNumber).toList());
        assertEquals("1009-721X(2027)01-0005(19)", issues.get(5).articles().get(1).articleNumber());
        for (Issue i : issues) {
            assertEquals(7, i.articles().size());
            assertEquals(268, i.footnoteCount());
            assertEquals(List.of(), i.warnings());
        }
        // A year and number cited in a footnote is not the issue's own: 崔珩's 2018 article stays.
        assertTrue(issues.get(3).articles().get(4).footnotes().get(12).text().contains("《俄罗斯研究》，2018 年第 4 期"));
    }

    @Test
    void a_parallel_streamed_build_gives_the_quads_of_a_sequential_one() throws Exception {
        List<Issue> issues = new ArrayList<>();
        for (Path f : Corpus.write(TextReader.readBundled(), 3, dir)) {
            issues.add(IssueReader.read(TextReader.read(f)));
        }
        IssueQuads quads = new IssueQuads(new Iris(Iris.DEFAULT_BASE), issues, org.journalkg.mention.KnowledgeBase.load(Iris.DEFAULT_BASE));
        List<Quad> parallel = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        quads.stream(parallel::add, 2, done::add);
        assertEquals(List.of(1, 2, 3), done);
        assertEquals(RdfOutput.sortedNQuads(quads.all()), RdfOutput.sortedNQuads(parallel));
        assertEquals(3 * 8, parallel.stream().map(Quad::getGraph).filter(g -> !g.getURI().endsWith("/graph/kb")).distinct().count());
    }
}
