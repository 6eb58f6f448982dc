package org.journalkg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.journalkg.issue.BundledIssue;
import org.journalkg.layout.Layouts;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

class ContentsCheckTest {

    static CheckInput bundled() {
        return CheckInput.of(TextReader.BUNDLED, BundledIssue.get(), SourceLines.of(TextReader.readBundled().text()));
    }

    static CheckInput fixture(String name) {
        Path p = Path.of("src/test/resources/check/contents/" + name);
        Layouts.Reading r = Layouts.read(p, null);
        return CheckInput.of(r.file(), r.issue(), SourceLines.of(TextReader.read(p).text()));
    }

    /** line | article | kind | severity | evidence, in report order. */
    static List<String> pinned(List<Finding> findings) {
        return findings.stream().sorted(Finding.ORDER)
                .map(f -> f.line() + " | " + f.article() + " | " + f.kind() + " | " + f.severity() + " | " + f.evidence()).toList();
    }

    private static List<Finding> run(CheckInput in) {
        return new ContentsCheck().run(in);
    }

    @Test
    void theBundledIssueAgreesWithItsContents() {
        // Its three contents lists, the abstract pages and the article numbers agree (checked by reading the source):
        // the titles differ only in quotes, dashes, case and line breaks, which the check does not report.
        assertEquals(List.of(), run(bundled()));
    }

    @Test
    void aCleanCopyGivesNothing() {
        assertEquals(List.of(), run(fixture("clean.md")));
        assertEquals(List.of(), new NamesCheck().run(fixture("clean.md")));
    }

    @Test
    void plantedDefects() {
        // A changed Chinese contents title (the reader then loses the article), the third article left out of the
        // Chinese contents, the Russian contents in the wrong order, a wrong page in the English contents.
        List<Finding> f = run(fixture("defects.md"));
        assertEquals(List.of(
                "9 | 3 | CONTENTS | WARNING | 测试文章的题目：中俄关系的“新阶段”",
                "45 | 10 | CONTENTS | ERROR | «Поворот России на Восток 2.0» и «Один пояс, один путь»",
                "59 | 10 | CONTENTS | ERROR | Russia's \"Pivot to the East 2.0\" and the Belt and Road (11)",
                "103 | 20 | CONTENTS | ERROR | 欧亚主义视角的当前问题"), pinned(f));
        String all = String.join("\n", f.stream().sorted(Finding.ORDER).map(Finding::message).toList());
        assertTrue(all.contains("differs from the article's title \"测试文章的标题：中俄关系的“新阶段”\" (line 69)"), all);
        assertTrue(all.contains("The Russian contents list this article after one that comes later in the body"), all);
        assertTrue(all.contains("The English contents give page 11 for this article, but it starts on page 10."), all);
        assertTrue(all.contains("is missing from the Chinese contents"), all);
    }

    @Test
    void plantedDefectsElsewhere() {
        // An article number one page off, a contents entry with no article, a Russian title changed on the abstract page.
        List<Finding> f = run(fixture("defects2.md"));
        assertEquals(List.of(
                "18 | null | CONTENTS | ERROR | 并不存在的文章",
                // The reader takes page 10: every contents list agrees on it against the one article number.
                "98 | 10 | CONTENTS | ERROR | 1009-721X(2026)02-0011(10)",
                "48 | 20 | CONTENTS | WARNING | Актуальные проблемы евразийского направления"), pinned(f));
        String all = String.join("\n", f.stream().sorted(Finding.ORDER).map(Finding::message).toList());
        assertTrue(all.contains("on page 28, but no article in the body starts on that page"), all);
        assertTrue(all.contains("The article number gives page 11 as the first page, but the Chinese contents list the article on page 10."), all);
        assertTrue(all.contains("differs from the title on the Russian abstract page \"Актуальные проблемы евразийского подхода\""), all);
    }

    @Test
    void plantedDefectsInTheChineseContents() {
        // The Chinese contents: a wrong page (4, where the article number and the other contents say 3), the second and
        // third entries swapped, the third title changed (当前难题 for 当前问题).
        List<Finding> f = run(fixture("defects3.md"));
        assertEquals(List.of(
                "9 | 3 | CONTENTS | ERROR | 测试文章的标题：中俄关系的“新阶段” (4)",
                "16 | 10 | CONTENTS | ERROR | 俄罗斯“转向东方 2.0”与“一带一路”",
                "14 | 20 | CONTENTS | WARNING | 欧亚主义视角的当前难题"), pinned(f));
        String all = String.join("\n", f.stream().sorted(Finding.ORDER).map(Finding::message).toList());
        assertTrue(all.contains("The Chinese contents give page 4 for this article, but it starts on page 3."), all);
        assertTrue(all.contains("The Chinese contents list this article after one that comes later in the body"), all);
        assertTrue(all.contains("The Chinese contents give the title \"欧亚主义视角的当前难题\", which differs from the article's title \"欧亚主义视角的当前问题\"."), all);
        assertEquals(List.of(), new NamesCheck().run(fixture("defects3.md")));
    }

    @Test
    void titlesAreComparedNormalised() {
        assertTrue(!ContentsCheck.differ("Russia's “Pivot to the East 2.0”", "RUSSIA’S \"Pivot  to the East 2.0\""));
        assertTrue(!ContentsCheck.differ("China–Russia Relations", "China-Russia relations"));
        assertTrue(!ContentsCheck.differ("美国运筹赞格祖尔的政治逻辑——走廊治理", "美国运筹赞格祖尔的政治逻辑—走廊 治理"));
        assertTrue(!ContentsCheck.differ("测试：标题（一）", "测试:标题(一)"));
        assertTrue(ContentsCheck.differ("测试文章的标题", "测试文章的题目"));
    }

    @Test
    void singleArticlesHaveNoContentsToCheck() {
        for (String f : List.of("src/test/resources/eval/yefremenko_eurasianism_2026.md", "src/test/resources/eval/torkunov_zhong-e-jiaoyunian.txt")) {
            Layouts.Reading r = Layouts.read(Path.of(f), null);
            CheckInput in = CheckInput.of(r.file(), r.issue(), SourceLines.of(TextReader.read(Path.of(f)).text()));
            assertEquals(List.of(), run(in), f);
            assertEquals(List.of(), new NamesCheck().run(in), f);
        }
    }
}
