package org.journalkg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.journalkg.issue.BundledIssue;
import org.journalkg.layout.Layouts;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The note-style check: one planted defect per rule in a fixture (the journal's six examples
 * beside them find nothing, nor do 同上, Ibid., Там же, a web page, a newspaper and commentary),
 * and the exact findings on the bundled issue.
 */
class NoteStyleCheckTest {

    private static final String DIR = "src/test/resources/check/note-style/";

    private record Row(int line, Severity severity, String message, String evidence) { }

    private static Row row(int line, Severity severity, String message, String evidence) {
        return new Row(line, severity, message, evidence);
    }

    private static List<Finding> run(String fixture) {
        Path p = Path.of(DIR + fixture);
        Layouts.Reading r = Layouts.read(p, null);
        return new NoteStyleCheck().run(CheckInput.of(p.toString(), r.issue(), SourceLines.of(TextReader.read(p).text())));
    }

    private static List<Finding> bundled() {
        return new NoteStyleCheck().run(CheckInput.of(TextReader.BUNDLED, BundledIssue.get(),
                SourceLines.of(TextReader.readBundled().text())));
    }

    private static void assertRows(List<Row> expected, List<Finding> found, Integer article) {
        assertEquals(expected.size(), found.size(), () -> found.stream().map(f -> f.line() + " " + f.message()).collect(Collectors.joining("\n")));
        for (int i = 0; i < expected.size(); i++) {
            Row e = expected.get(i);
            Finding f = found.get(i);
            assertEquals(Kind.NOTE_STYLE, f.kind());
            assertEquals(article, f.article(), f.toString());
            assertEquals(e.line(), f.line(), f.toString());
            assertEquals(e.severity(), f.severity(), f.toString());
            assertTrue(f.message().contains(e.message()), () -> "expected “" + e.message() + "” in " + f.message());
            assertEquals(e.evidence(), f.evidence());
        }
    }

    @Test
    void oneFindingPerPlantedDefectAndNoneOnTheExamples() {
        List<Row> expected = List.of(
                row(32, Severity.WARNING, "gives no place of publication",
                        "王存刚：《战略环境与国家方略》，北京大学出版社，2016 年，第 5 页。"),
                row(34, Severity.WARNING, "uses the half-width “:”",
                        "王存刚:《战略环境与国家方略》,北京:北京大学出版社,2016 年,第 5 页。"),
                row(36, Severity.WARNING, "runs the publisher and year together (…出版社 2016 年版)",
                        "王存刚：《战略环境与国家方略》，北京：北京大学出版社 2016 年版，第 5 页。"),
                row(38, Severity.WARNING, "writes “p.5” from another language's style",
                        "王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年，p.5。"),
                row(40, Severity.WARNING, "gives no issue number",
                        "孙壮志：“中国的全球治理观与上海合作组织的功能定位”，《现代国际关系》，2025 年，第 5-26 页。"),
                row(42, Severity.WARNING, "writes 载 before the journal's name",
                        "孙壮志：“中国的全球治理观与上海合作组织的功能定位”，载《现代国际关系》，2025 年第 7 期，第 5-26 页。"),
                row(44, Severity.INFO, "does not end with 。 as the journal's example does.",
                        "孙壮志：“中国的全球治理观与上海合作组织的功能定位”，《现代国际关系》，2025 年第 7 期，第 5-26 页"),
                row(48, Severity.WARNING, "does not set the book's title in italics as the journal's example does (*Russia against the Rest*).",
                        "W. Hill, No Place for Russia, New York: Columbia University Press, 2018, pp.45-46."),
                row(50, Severity.WARNING, "puts a full stop after the title",
                        "W. Hill, *No Place for Russia*. New York: Columbia University Press, 2018, pp.45-46."),
                row(52, Severity.WARNING, "gives no publisher",
                        "W. Hill, *No Place for Russia*, New York, 2018, pp.45-46."),
                row(54, Severity.WARNING, "uses the full-width “，”",
                        "W. Hill，*No Place for Russia*，New York: Columbia University Press, 2018, pp.45-46."),
                row(56, Severity.WARNING, "does not set the journal's name in italics as the journal's example does (*International Security*).",
                        "Roy Allison, “Virtual Regionalism, Regional Structures and Regime Security in Central Asia”, Central Asian Survey, 2008, Vol.27, No.2, pp.185-202."),
                row(58, Severity.WARNING, "puts no comma after the article's title",
                        "Roy Allison, “Virtual Regionalism, Regional Structures and Regime Security in Central Asia”. *Central Asian Survey*, 2008, Vol.27, No.2, pp.185-202."),
                row(60, Severity.WARNING, "writes “Т.” from the Russian style",
                        "Roy Allison, “Virtual Regionalism, Regional Structures and Regime Security in Central Asia”, *Central Asian Survey*, 2008, Т.27, №2, pp.185-202."),
                row(62, Severity.WARNING, "gives no volume or issue",
                        "Roy Allison, “Virtual Regionalism, Regional Structures and Regime Security in Central Asia”, *Central Asian Survey*, 2008, pp.185-202."),
                row(64, Severity.INFO, "writes p. before a page range",
                        "Roy Allison, “Virtual Regionalism, Regional Structures and Regime Security in Central Asia”, *Central Asian Survey*, 2008, Vol.27, No.2, p.185-202."),
                row(68, Severity.WARNING, "gives no place of publication",
                        "Дугин А. Г. Евразийский путь. Арктогея-Центр, 2002. С.15."),
                row(70, Severity.INFO, "writes the abbreviated place without its full stop",
                        "Дугин А. Г. Евразийский путь. СПб: Арктогея-Центр, 2002. С.15."),
                row(72, Severity.WARNING, "writes “p.” from the English style",
                        "Дугин А. Г. Евразийский путь. М.: Арктогея-Центр, 2002. p.15."),
                row(74, Severity.WARNING, "puts the year after the volume or issue",
                        "Караганов С. А. От поворота на Восток к Большой Евразии// Международная жизнь. №5. 2017. С.16."),
                row(76, Severity.WARNING, "writes “No.” from the English style",
                        "Караганов С. А. От поворота на Восток к Большой Евразии// Международная жизнь. 2017. No.5. С.16."),
                row(78, Severity.INFO, "writes “№.” with a full stop",
                        "Винокуров Е. Ю. Прагматическое евразийство// Россия в глобальной политике. 2013. №.2. С.49-58."),
                row(82, Severity.WARNING, "gives no year of publication",
                        "冯绍雷：《制度变迁与对外关系：1992 年以来的俄罗斯》，上海：上海人民出版社，第 66 页。"),
                row(84, Severity.WARNING, "writes the volume and issue as 43(4)",
                        "J. Mearsheimer, “Bound to Fail: The Rise and Fall of the Liberal International Order”, *International Security*, 2019, 43(4), pp.7-8."),
                row(86, Severity.WARNING, "sets the article's title in italics",
                        "J. Mearsheimer, *Bound to Fail: The Rise and Fall of the Liberal International Order*, *International Security*, 2019, Vol.43, No.4, pp.7-8."),
                row(88, Severity.WARNING, "has no // before the journal's name",
                        "Лукьянов Ф. Украинский вопрос для будущего России. Россия в глобальной политике. 2018. Т.16. №2-3. С.175."),
                row(90, Severity.WARNING, "uses the full-width “：”",
                        "Замятин Д. Н. Культура и пространство: Моделирование географических образов. М.：Знак，2006. С.86."),
                row(94, Severity.WARNING, "puts the article's title in 《》",
                        "杨洁勉：《疫情下国际格局和世界秩序变化趋势分析》，《俄罗斯研究》，2020 年第 5 期，第 18 页。"),
                row(96, Severity.WARNING, "puts the year after the volume",
                        "J. Mearsheimer, “Bound to Fail: The Rise and Fall of the Liberal International Order”, *International Security*, Vol.43, No.4, 2019, pp.7-8."),
                row(98, Severity.INFO, "puts the comma inside the closing quotation mark",
                        "J. Mearsheimer, “Bound to Fail: The Rise and Fall of the Liberal International Order,” *International Security*, 2019, Vol.43, No.4, pp.7-8."),
                row(100, Severity.INFO, "separates its parts with dashes (. – ) as GOST's full form does",
                        "Лукьянов Ф. Украинский вопрос для будущего России // Россия в глобальной политике. – 2018. – Т. 16. – № 2-3. – С. 175."),
                row(102, Severity.WARNING, "gives no year of publication",
                        "Замятин Д. Н. Культура и пространство: Моделирование географических образов. М.: Знак. С.86."),
                row(104, Severity.INFO, "puts a comma before the page",
                        "Замятин Д. Н. Культура и пространство: Моделирование географических образов. М.: Знак, 2006, С.86."));
        assertRows(expected, run("notes.article.md"), 1);
    }

    @Test
    void webLayoutNotes() {
        assertRows(List.of(
                row(14, Severity.WARNING, "The Chinese book note gives no place of publication",
                        "冯绍雷：《制度变迁与对外关系：1992 年以来的俄罗斯》，上海人民出版社，1997 年，第 66 页。"),
                row(16, Severity.WARNING, "The Russian journal article note separates the parts after the journal's name with commas",
                        "Лукьянов Ф. Украинский вопрос для будущего России// Россия в глобальной политике, 2018, Т.16, №2-3, С.175.")),
                run("notes.web.txt"), null);
    }

    @Test
    void aFileWithoutItalicsIsNotAskedForThem() {
        // A plain-text web page keeps no italics: the book and journal in roman are not findings, the missing year is.
        assertRows(List.of(
                row(15, Severity.WARNING, "The English journal article note gives no year",
                        "J. Mearsheimer, “Bound to Fail: The Rise and Fall of the Liberal International Order”, International Security, Vol.43, No.4, pp.7-8.")),
                run("plain.web.txt"), null);
    }

    @Test
    void messagesNameWhatIsWrongAndWhatIsExpected() {
        for (Finding f : run("notes.article.md")) {
            assertTrue(f.message().startsWith("The ") && f.message().endsWith("."), f.message());
            assertTrue(f.message().contains("journal") || f.message().contains("Chinese notes") || f.message().contains("English notes")
                    || f.message().contains("Russian notes"), f.message());
        }
    }

    @Test
    void bundledIssueCountsPerRule() {
        List<Finding> found = bundled();
        Map<String, Long> perRule = new TreeMap<>(found.stream().collect(Collectors.groupingBy(
                f -> f.severity() + " " + f.message().replaceFirst("^The (\\S+ )+?note ", "").replaceFirst(";.*", ""), Collectors.counting())));
        Map<String, Long> expected = new TreeMap<>();
        expected.put("INFO cites no page", 10L);
        expected.put("INFO does not end with 。 as the journal's example does.", 1L);
        expected.put("INFO does not end with a full stop as the journal's example does.", 1L);
        expected.put("INFO gives a volume but no issue", 2L);
        expected.put("INFO gives an issue but no volume", 2L);
        expected.put("INFO puts a space after Vol./No./p.", 1L);
        expected.put("INFO uses straight quotation marks around the title", 3L);
        expected.put("INFO writes the abbreviated place without its full stop", 1L);
        expected.put("INFO writes the city in full", 2L);
        expected.put("INFO writes “№.” with a full stop", 1L);
        expected.put("WARNING does not set the book's title in italics as the journal's example does (*Russia against the Rest*).", 1L);
        expected.put("WARNING gives no place of publication or publisher", 1L);
        expected.put("WARNING gives no publisher", 3L);
        expected.put("WARNING puts a full stop after the author's name", 2L);
        expected.put("WARNING puts a full stop after the book's title", 2L);
        expected.put("WARNING puts a full stop after the title", 4L);
        expected.put("WARNING puts no comma after the article's title", 2L);
        expected.put("WARNING puts no comma after the journal's name", 1L);
        expected.put("WARNING puts the year after the volume or issue", 1L);
        expected.put("WARNING writes “//” from the Russian style", 1L);
        assertEquals(expected, perRule);
        assertEquals(42, found.size());
        assertEquals(18, found.stream().filter(f -> f.severity() == Severity.WARNING).count());
    }

    @Test
    void bundledIssueExactFindings() {
        List<Finding> found = bundled();
        assertContains(found, 48, 952, Severity.WARNING, "The English journal article note writes “//” from the Russian style",
                "D. V. Yefremenko, S. A. Karaganov, I. S. Kozylov, “Corridors of Opportunities and Risks. The International North-South Transport Corridor in Greater Eurasia’s Geopolitics”//*Russia in Global Affairs*…");
        assertContains(found, 48, 984, Severity.WARNING, "does not set the book's title in italics",
                "A. Walicki, “A History of Russian Thought from the Enlightenment to Marxism. Redwood City”, CA: Stanford University Press, 1979.");
        assertContains(found, 67, 1124, Severity.WARNING, "The English book note puts a full stop after the title",
                "W. Hill, *No Place for Russia*. New York: Columbia University Press, 2018, pp.45-46.");
        assertContains(found, 67, 1160, Severity.WARNING, "The Russian journal article note puts the year after the volume or issue",
                "Вдовиченко Л. Н. Общественное мнение россиян о восточном направлении внешней политики России// Гуманитарий Юга России. Т.14. №5. 2025. С.17-27.");
        assertContains(found, 121, 1840, Severity.WARNING, "The English book note gives no publisher",
                "A. Cooley, D. Nexon, *Exit from Hegemony: The Unraveling of the American Global Order*, New York, 2020, pp.110-136.");
        assertContains(found, 121, 1838, Severity.WARNING, "puts a full stop after the author's name",
                "B. Jessop. *The future of the capitalist state*, Cambridge: Polity Press, 2002, p.186, p.198");
        assertContains(found, 48, 866, Severity.INFO, "writes “№.” with a full stop",
                "Винокуров Е. Ю. Прагматическое евразийство// Россия в глобальной политике. 2013. №.2. С.49-58.");
        assertContains(found, 67, 1154, Severity.INFO, "does not end with 。",
                "崔珩：“远东西伯利亚开发的国际政治经济学”，《俄罗斯研究》，2018 年第 4 期，第 61-94 页");
    }

    @Test
    void bundledIssueLeavesCorrectNotesAndOtherKindsAlone() {
        List<Finding> found = bundled();
        // Correct notes of each kind: a Chinese book and article, an English book and article, a Russian article.
        for (int line : new int[] {536, 394, 1414, 1404, 876, 1010}) {
            assertTrue(found.stream().noneMatch(f -> f.line() == line), "no finding expected on line " + line);
        }
        // Web pages, newspapers and Ibid. notes of the first article: nothing.
        assertTrue(found.stream().noneMatch(f -> f.article() != null && f.article() == 5 && f.severity() == Severity.WARNING));
        // No note of the Chinese articles at pp. 5 and 24 is flagged but for whole-book references.
        assertTrue(found.stream().filter(f -> f.article() != null && f.article() <= 24).allMatch(f -> f.message().contains("cites no page")));
    }

    private static void assertContains(List<Finding> found, int article, int line, Severity severity, String message, String evidence) {
        assertTrue(found.stream().anyMatch(f -> f.kind() == Kind.NOTE_STYLE && f.article() != null && f.article() == article
                        && f.line() == line && f.severity() == severity && f.message().contains(message) && f.evidence().equals(evidence)),
                () -> "missing " + line + " " + message + "\n" + found.stream().filter(f -> f.line() == line).map(Finding::toString).collect(Collectors.joining("\n")));
    }
}
