package org.journalkg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.journalkg.issue.BundledIssue;
import org.journalkg.layout.Layouts;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

/** Markers against notes, on fixtures with planted defects and on the bundled issue. */
class MarkersCheckTest {

    static final Path FIXTURES = Path.of("src/test/resources/check/notes");

    /** The findings of one check on a fixture, as rows "line severity p.N | evidence". */
    static List<String> rows(Check check, String fixture) {
        Path path = FIXTURES.resolve(fixture);
        Layouts.Reading r = Layouts.read(path, null);
        CheckInput in = CheckInput.of(fixture, r.issue(), SourceLines.of(TextReader.read(path).text()));
        return rows(check, in);
    }

    /** The findings of one check on the bundled issue, as rows. */
    static List<String> bundledRows(Check check) {
        CheckInput in = CheckInput.of("russian-studies-2026-02.md", BundledIssue.get(),
                SourceLines.of(TextReader.readBundled().text()));
        return rows(check, in);
    }

    private static List<String> rows(Check check, CheckInput in) {
        List<Finding> found = new java.util.ArrayList<>(check.run(in));
        found.sort(Finding.ORDER);
        for (Finding f : found) {
            assertEquals(check.kind(), f.kind());
            assertEquals(in.file(), f.file());
            assertTrue(f.message().endsWith(".") && f.message().length() > 20, f.message());
            assertTrue(f.evidence() != null && !f.evidence().isBlank() && f.evidence().length() <= 200, f.evidence());
        }
        return found.stream().map(f -> f.line() + " " + f.severity().id() + " p." + f.article() + " | " + f.evidence()).toList();
    }

    @Test
    void perPageNumberingPlantedDefects() {
        assertEquals(List.of(
                // page 1: ^③ with no note ③ on its page
                "14 error p.5 | …著作。第一页的第三句话有一个标记，但本页没有与之对应的注释。^③",
                // page 2: note ② that no marker calls
                "26 error p.5 | ② 曹沛霖：《比较政治制度》，北京：高等教育出版社，2005年，第1-5页。",
                // page 3: markers ① ③ ② — one warning, not a missing marker and a missing note
                "28 warning p.5 | 第三页的标记顺序颠倒了。先是第一条，接着出现第三条^③",
                // page 4: notes ① ③ ②
                "40 warning p.5 | ③ 樊凡、吴冰冰：“南高加索地区秩序的重塑与关键通道的争夺”，《俄罗斯东欧中亚研究》，2025年第5期，第47-73页。",
                // page 6: marker ② deleted: the note is reported, the gap ① → ③ is not reported again
                "54 error p.5 | ② 王传剑、张松：“小国的‘大国平衡外交’形成条件与实施效度研究”，《太平洋学报》，2022年第3期，第1-10页。",
                // page 7: note ② deleted
                "58 error p.5 | 第七页少了一条注释。第一条，第二条^②",
                // page 8: markers ② ① at the head of the page — one warning
                "64 warning p.5 | 第八页开头的两个标记互换了。第二条^②"),
                rows(new MarkersCheck(), "markers.article.md"));
    }

    @Test
    void messagesNameTheMarkerAndWhatIsExpected() {
        Path path = FIXTURES.resolve("markers.article.md");
        Layouts.Reading r = Layouts.read(path, null);
        List<String> messages = new MarkersCheck().run(CheckInput.of("f", r.issue(), SourceLines.of(TextReader.read(path).text())))
                .stream().map(Finding::message).sorted().toList();
        assertEquals(List.of(
                "Marker ^② comes first on its page; markers should count 1, 2, 3 … in order.",
                "Marker ^② in the text has no note; add the note or remove the marker.",
                "Marker ^③ follows marker ① on its page; markers should count 1, 2, 3 … in order.",
                "Marker ^③ in the text has no note; add the note or remove the marker.",
                "Note ② has no marker in the text; put its marker where the note belongs or remove the note.",
                "Note ② has no marker in the text; put its marker where the note belongs or remove the note.",
                "Note ③ follows note ① on its page; notes should count 1, 2, 3 … in order."), messages);
    }

    @Test
    void numberedThroughPlantedDefects() {
        assertEquals(List.of(
                "11 error p.null | …用了一部著作。第二段引用了另一部著作，但这里的标记没有注释。[3]",
                "13 warning p.null | 第二段再次使用了第一条注释的标记。[1]",
                "18 error p.null | 韦民：《小国与国际关系》，北京：北京大学出版社，2014年，第278-280页。"),
                rows(new MarkersCheck(), "markers.markdown.md"));
    }

    @Test
    void cleanFixturesHaveNone() {
        assertEquals(List.of(), rows(new MarkersCheck(), "url.article.md"));
        assertEquals(List.of(), rows(new MarkersCheck(), "ibid.article.md"));
    }

    @Test
    void bundledIssueHasNone() {
        // Every marker of the issue has its note and every page counts ① ② ③ … (the reader warns of nothing either).
        assertTrue(BundledIssue.get().warnings().stream().noneMatch(w -> w.contains("marker") || w.contains("footnote")));
        assertEquals(List.of(), bundledRows(new MarkersCheck()));
    }

    /**
     * The ten single-article samples (five layouts of two articles) have every marker and note in
     * place. In Word, JATS, Markdown and web texts notes are numbered through the article, so no
     * page break restarts the count: a Word file once gave "Marker ㉛ comes first" here.
     */
    @Test
    void the_samples_in_every_layout_give_no_marker_findings() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("src/test/resources/samples"))) {
            List<Path> samples = files.filter(p -> p.getFileName().toString().startsWith("article-")).sorted().toList();
            assertEquals(10, samples.size());
            for (Path p : samples) {
                Layouts.Reading r = Layouts.read(p, null);
                SourceLines lines = r.layout() == org.journalkg.layout.Layout.DOCX ? SourceLines.NONE : SourceLines.of(TextReader.read(p).text());
                assertEquals(List.of(), new MarkersCheck().run(CheckInput.of(p.toString(), r.issue(), lines)), p.toString());
            }
        }
    }
}
