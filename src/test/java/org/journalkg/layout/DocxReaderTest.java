package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.journalkg.issue.Article;
import org.journalkg.issue.Contributor;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Funding;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Paragraph;
import org.journalkg.issue.Section;
import org.journalkg.read.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two pandoc-written samples read to the values of the issue spec; small documents written
 * with POI (see {@link DocxFixtures}) pin styles, head fields, notes, tracked changes and the
 * one-line failures.
 */
class DocxReaderTest {

    @TempDir
    Path dir;

    // ---- the samples ----

    @Test
    void article_05_reads_to_the_spec() throws IOException {
        Issue issue = sample("article-05.docx");
        Article a = issue.articles().get(0);
        assertEquals(Map.of(Lang.ZH, "中俄美国际战略互动和全球治理体系建设"), a.title().values());
        assertEquals(1, a.authors().size());
        Contributor author = a.authors().get(0);
        assertEquals("杨洁勉", author.person().name().get(Lang.ZH));
        assertEquals(List.of("上海国际问题研究院"), author.organizations());
        assertEquals("杨洁勉，上海国际问题研究院学术咨询委员会主任", author.note());
        assertEquals(Map.of(Lang.ZH, List.of("中俄美战略互动", "全球治理体系", "大国博弈", "全球战略格局")), a.keywords());
        String abstractZh = a.abstracts().get(Lang.ZH);
        assertTrue(abstractZh.startsWith("中国、俄罗斯、美国立足于冷战后国际战略态势的演变"), abstractZh);
        assertTrue(abstractZh.endsWith("才能构建起更加公正合理的全球治理体系。"), abstractZh);
        assertEquals(429, abstractZh.length());

        assertEquals(47, a.footnotes().size());
        assertEquals(realFootnotes("article-05.docx"), a.footnotes().size());
        assertEquals("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。", a.footnotes().get(0).original());
        assertEquals("“Plenary session of St Petersburg International Economic Forum”, June 20, 2025, "
                + "https://en.kremlin.ru/events/president/news/77222", a.footnotes().get(46).original());
        assertMarkerAfter(a, a.footnotes().get(0), "构成各国制定与调整国家战略的重要外部环境。");
        assertMarkerAfter(a, a.footnotes().get(46), "以“确保各国繁荣和世界未来的稳定发展。”");

        assertEquals(12, a.sections().size());
        assertEquals(5, a.sections().stream().filter(s -> s.level() == 1).count());
        assertEquals(new Section(0, 1, "一", "冷战结束以来国际战略态势的演变与分析", null), a.sections().get(0));
        assertEquals(new Section(2, 2, "一", "中俄美对当前国际战略态势的基本判断", 1), a.sections().get(2));
        assertEquals(69, a.paragraphs().size());
        // The paragraph before the first heading: body element 6, after title, byline and three head fields.
        assertEquals(6, a.paragraphs().get(0).firstLine());
        assertNull(a.paragraphs().get(0).section());

        assertNoPagesOrIssue(issue);
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void article_24_reads_to_the_spec() throws IOException {
        Issue issue = sample("article-24.docx");
        Article a = issue.articles().get(0);
        assertEquals(Map.of(Lang.ZH, "非西方视角下的上合组织：治理绩效、现实挑战与优化路径"), a.title().values());
        assertEquals(1, a.authors().size());
        Contributor author = a.authors().get(0);
        assertEquals("邓浩", author.person().name().get(Lang.ZH));
        assertEquals(List.of("国务院发展研究中心欧亚社会发展研究所", "西安交通大学亚欧研究中心", "新疆师范大学"), author.organizations());
        assertEquals(Map.of(Lang.ZH, List.of("非西方视角", "上海合作组织", "上海精神", "多边治理", "治理绩效", "优化路径")), a.keywords());
        String abstractZh = a.abstracts().get(Lang.ZH);
        assertTrue(abstractZh.startsWith("既有国际秩序研究与多边组织评价长期被西方中心主义话语主导"), abstractZh);
        assertEquals(341, abstractZh.length());

        assertEquals(30, a.footnotes().size());
        assertEquals(realFootnotes("article-24.docx"), a.footnotes().size());
        assertEquals("高飞：“国际组织与全球治理”，中国人大网，2021年3月1日，http://www.npc.gov.cn/c2/c30834/202103/t20210301_310219.html",
                a.footnotes().get(0).original());
        assertEquals("“李强在上海合作组织成员国政府首脑（总理）理事会第二十四次会议上的讲话（全文）”，2025 年 11 月 19 日，"
                + "https://so.china-embassy.gov.cn/zgyw/202511/t20251119_11755763.htm", a.footnotes().get(29).original());
        assertMarkerAfter(a, a.footnotes().get(0), "呈现明显的西方中心主义特征。");
        assertMarkerAfter(a, a.footnotes().get(29), "的 50 多个合作机制，");

        assertEquals(25, a.sections().size());
        assertEquals(6, a.sections().stream().filter(s -> s.level() == 1).count());
        assertEquals(new Section(0, 1, "一", "西方中心主义视角评判上合组织的偏颇性、片面性与非科学性", null), a.sections().get(0));
        assertEquals(73, a.paragraphs().size());

        assertNoPagesOrIssue(issue);
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void word_ids_do_not_leak_into_the_samples() throws IOException {
        for (String name : List.of("article-05.docx", "article-24.docx")) {
            Article a = sample(name).articles().get(0);
            // pandoc's footnote ids start at 20 and skip; Word prints 1, 2, 3, … in reference order.
            for (Footnote f : a.footnotes()) {
                assertEquals(f.position(), f.markerNumber(), name + " " + f);
                assertEquals(f.position(), f.line(), name + " " + f);
            }
            for (Paragraph p : a.paragraphs()) {
                assertFalse(p.original().contains("footnoteRef"), p.original());
                assertFalse(p.text().contains("[fn"), p.text());
            }
        }
    }

    // ---- documents of our own ----

    @Test
    void an_english_article_with_title_style_bold_labels_and_notes() throws IOException {
        Issue issue = read(DocxFixtures.english(dir));
        Article a = issue.articles().get(0);
        assertEquals(Map.of(Lang.EN, "Sanctions and the Arctic", Lang.RU, "Санкции и Арктика"), a.title().values());
        assertEquals(List.of("Anna Smith", "Ivan Petrov"), a.authors().stream().map(c -> c.person().name().get(Lang.EN)).toList());
        assertEquals(Map.of(Lang.EN, "The article examines how sanctions changed Arctic energy projects."), a.abstracts().values());
        assertEquals(Map.of(Lang.EN, List.of("sanctions", "Arctic", "energy policy")), a.keywords());
        assertEquals(List.of(new Section(0, 1, null, "Introduction", null), new Section(1, 2, null, "Energy", 0)), a.sections());

        assertEquals(List.of("Russia's Arctic strategy changed after 2014. Projects stalled.", "First line second line.",
                "Year | Output ; 2014 | 12"), a.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(7, 9, 10), a.paragraphs().stream().map(Paragraph::firstLine).toList());
        assertEquals("Russia's Arctic strategy changed after 2014.[fn1] Projects stalled.[en1]", a.paragraphs().get(0).original());
        assertEquals("First line\nsecond line.", a.paragraphs().get(1).original());

        assertEquals(2, a.footnotes().size());
        Footnote note = a.footnotes().get(0);
        assertEquals("Smith, A. Arctic policy. *Polar Journal*, 2020, no. 3, pp. 1–20.", note.original());
        assertEquals("Smith, A. Arctic policy. Polar Journal, 2020, no. 3, pp. 1–20.", note.text());
        assertEquals(new Footnote(1, 1, 0, 44, note.text(), note.original(), 1), note);
        Footnote endnote = a.footnotes().get(1);
        assertEquals(new Footnote(2, 1, 0, 62, "Interview with an engineer, Murmansk, 2021.",
                "Interview with an engineer, Murmansk, 2021.", 1), endnote);
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void tracked_changes_read_as_accepted_and_comments_stay_out() throws IOException {
        Issue issue = read(DocxFixtures.tracked(dir));
        Article a = issue.articles().get(0);
        assertEquals(Map.of(Lang.EN, "Tracked Changes in Manuscripts"), a.title().values());
        assertEquals(List.of("Jane Doe"), a.authors().stream().map(c -> c.person().name().get(Lang.EN)).toList());
        // "Abstract" styled as a heading labels the paragraph under it and opens no section.
        assertEquals(Map.of(Lang.EN, "Changes were tracked."), a.abstracts().values());
        assertEquals(List.of("The committee approved the plan.", "See the report."), a.paragraphs().stream().map(Paragraph::text).toList());
        for (Paragraph p : a.paragraphs()) {
            assertFalse(p.original().contains("rejected"), p.original());
            assertFalse(p.original().contains("Check the date"), p.original());
            assertFalse(p.original().contains("struck out"), p.original());
        }
        // The title is a Heading 1 (style "1"), so "标题 2" and outline level 1 are the top level;
        // the struck-out paragraph (element 7) still counts as a line.
        assertEquals(List.of(new Section(0, 1, null, "Results", null), new Section(1, 1, null, "Outline heading", null)), a.sections());
        assertEquals(List.of(3, 9), a.paragraphs().stream().map(Paragraph::firstLine).toList());
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void a_value_outside_the_word_schema_costs_that_value_only() throws IOException {
        // Found by DocxFuzzTest: XMLBeans' typed getter threw on a misspelled note type.
        Path english = DocxFixtures.english(dir);
        Issue misspelled = read(DocxFixtures.edited(english, "word/footnotes.xml",
                "w:type=\"continuationSeparator\"", "w:type=\"continuationSepara-or\"", "type.docx"));
        assertEquals(read(english).articles(), misspelled.articles());
        // An outline level that is no number makes no heading; the styled heading stays one.
        Issue level = read(DocxFixtures.edited(DocxFixtures.tracked(dir), "word/document.xml",
                "<w:outlineLvl w:val=\"1\"/>", "<w:outlineLvl w:val=\"x\"/>", "level.docx"));
        Article a = level.articles().get(0);
        assertEquals(List.of(new Section(0, 1, null, "Results", null)), a.sections());
        assertEquals(List.of("The committee approved the plan.", "Outline heading", "See the report."),
                a.paragraphs().stream().map(Paragraph::text).toList());
    }

    // ---- damaged files: what survives is read, and what was lost is said ----

    @Test
    void a_file_cut_short_in_its_notes_reads_the_text_and_says_what_is_lost() throws IOException {
        Path english = DocxFixtures.english(dir);
        Issue whole = read(english);
        Issue cut = read(DocxFixtures.cutInto(english, "word/footnotes.xml", 40));
        Article a = cut.articles().get(0);
        assertEquals(whole.articles().get(0).paragraphs(), a.paragraphs());
        assertEquals(whole.articles().get(0).title(), a.title());
        // The endnote, in a part before the cut, is kept; the footnote is not.
        assertEquals(List.of("Interview with an engineer, Murmansk, 2021."), a.footnotes().stream().map(Footnote::text).toList());
        // [Content_Types].xml declares the parts past the cut, so they are named too, the notes first.
        assertEquals(List.of("the file is cut short: 3 part(s) could not be read and were left out: word/footnotes.xml, "
                        + "word/styles.xml, word/settings.xml (the notes are missing)",
                "line 7: marker fn1 has no note"), cut.warnings());
    }

    @Test
    void a_damaged_part_is_left_out_and_named() throws IOException {
        Path english = DocxFixtures.english(dir);
        Issue damaged = read(DocxFixtures.edited(english, "word/footnotes.xml", "<w:footnote ", "<w:footnote <", "notes.docx"));
        assertEquals(read(english).articles().get(0).paragraphs(), damaged.articles().get(0).paragraphs());
        assertEquals(List.of("the file is damaged: 1 part(s) could not be read and were left out: word/footnotes.xml (the notes are missing)",
                "line 7: marker fn1 has no note"), damaged.warnings());
    }

    @Test
    void a_damaged_main_document_fails_in_one_line() throws IOException {
        Path english = DocxFixtures.english(dir);
        assertFails(DocxFixtures.edited(english, "word/document.xml", "<w:body>", "<w:body <", "body.docx"),
                "body.docx: the file is damaged: its main document word/document.xml cannot be read");
        assertFails(DocxFixtures.cutInto(english, "word/document.xml", 40),
                "cut.docx: the file is cut short: its main document word/document.xml cannot be read");
    }

    @Test
    void a_chinese_manuscript_without_styles() throws IOException {
        Issue issue = read(DocxFixtures.chinese(dir));
        Article a = issue.articles().get(0);
        assertEquals(Map.of(Lang.ZH, "上海合作组织的制度建设"), a.title().values());
        assertEquals(List.of("张三", "李四"), a.authors().stream().map(c -> c.person().name().get(Lang.ZH)).toList());
        assertEquals(List.of("北京大学国际关系学院"), a.authors().get(0).organizations());
        assertEquals(List.of("复旦大学国际问题研究院"), a.authors().get(1).organizations());
        assertEquals(List.of(new Funding("23ZDA123", "国家社会科学基金", "国家社会科学基金重大项目", "上合组织研究")), a.funding());
        assertEquals(Map.of(Lang.ZH, "本文考察上合组织的制度建设及其阶段。"), a.abstracts().values());
        assertEquals(Map.of(Lang.ZH, List.of("上海合作组织", "制度建设", "多边主义")), a.keywords());

        // The 【】 line above the title: codes, and through the article number ISSN, issue and pages.
        assertEquals("D815", a.clc());
        assertEquals("A", a.documentCode());
        assertEquals("1009-721X(2026)02-0005(19)", a.articleNumber());
        assertEquals(5, a.firstPage());
        assertEquals(23, a.lastPage());
        assertEquals(2026, issue.year());
        assertEquals(2, issue.number());
        assertEquals("1009-721X", issue.journal().issn());
        // 收稿日期 is a label the assembler drops; DOI after it in the same paragraph is read.
        assertEquals("10.1234/rs.2026.02.005", a.doi());

        assertEquals(List.of(new Section(0, 1, "一", "引言", null), new Section(1, 2, "一", "早期阶段", 0)), a.sections());
        // A line break (w:br) between Chinese characters joins without a space.
        assertEquals(List.of("上合组织的制度建设经历了三个阶段。", "早期的合作以安全为主。"),
                a.paragraphs().stream().map(Paragraph::text).toList());

        // The notes on the title and the byline are head fields; Word numbers them 1 and 2, so the
        // body's only footnote is printed 3, and is the third in word/footnotes.xml.
        assertEquals(List.of(new Footnote(1, 3, 0, 17, "参见《上海合作组织宪章》，2002年。", "参见《上海合作组织宪章》，2002年。", 3)),
                a.footnotes());
        assertEquals(List.of(), issue.warnings());
    }

    // ---- files that are no .docx ----

    @Test
    void a_corrupt_zip_fails_in_one_line() throws IOException {
        assertFails(DocxFixtures.corrupt(dir), "broken.docx: not a Word .docx document "
                + "(No valid entries or contents found, this is not a valid OOXML (Office Open XML) file)");
    }

    @Test
    void a_part_compressed_other_than_word_does_fails_in_one_line() throws IOException {
        // Zstandard and XZ would need libraries that are not on the class path: found by DocxFuzzTest.
        assertFails(DocxFixtures.otherCompression(dir, 93), "method-93.docx: not a Word .docx document (part "
                + "word/document.xml is compressed with ZIP method 93 (Zstandard); a .docx holds only stored or deflated parts)");
        assertFails(DocxFixtures.otherCompression(dir, 95), "method-95.docx: not a Word .docx document (part "
                + "word/document.xml is compressed with ZIP method 95 (XZ); a .docx holds only stored or deflated parts)");
        assertFails(DocxFixtures.otherCompression(dir, 12), "method-12.docx: not a Word .docx document (part "
                + "word/document.xml is compressed with ZIP method 12 (bzip2); a .docx holds only stored or deflated parts)");
        // The directory says "stored", the part's own header Zstandard: the open itself fails.
        assertFails(DocxFixtures.localHeader(dir, 93), "local-93.docx: not a Word .docx document "
                + "(a part is compressed with Zstandard; a .docx holds only stored or deflated parts)");
        assertFails(DocxFixtures.localHeader(dir, 95), "local-95.docx: not a Word .docx document (a damaged ZIP package)");
    }

    @Test
    void a_package_of_stored_parts_reads() throws IOException {
        Issue stored = read(DocxFixtures.otherCompression(dir, ZipEntry.STORED));
        assertEquals(read(DocxFixtures.english(dir)).articles(), stored.articles());
    }

    @Test
    void plain_text_named_docx_fails_in_one_line() throws IOException {
        assertFails(DocxFixtures.plainText(dir), "notes.docx: not a Word .docx document (plain text, not a ZIP package)");
    }

    @Test
    void an_encrypted_document_fails_in_one_line() throws Exception {
        assertFails(DocxFixtures.encrypted(dir),
                "secret.docx: the document is encrypted (password-protected); save a copy without a password and read that");
    }

    @Test
    void a_word_97_document_fails_in_one_line() throws IOException {
        assertFails(DocxFixtures.wordBinary(dir), "old.doc: not a Word .docx document (a Word 97-2003 .doc file; save it as .docx)");
    }

    @Test
    void an_empty_file_fails_in_one_line() throws IOException {
        assertFails(Files.write(dir.resolve("empty.docx"), new byte[0]), "empty.docx: the file is empty; expected a Word .docx document");
    }

    // ---- helpers ----

    private static Issue sample(String name) throws IOException {
        try (InputStream in = DocxReaderTest.class.getResourceAsStream("/samples/" + name)) {
            return DocxReader.read(new InputFile(name, in.readAllBytes()));
        }
    }

    private static Issue read(Path file) throws IOException {
        return DocxReader.read(new InputFile(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    /** The notes in word/footnotes.xml that are no separator. */
    private static int realFootnotes(String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(DocxReaderTest.class.getResourceAsStream("/samples/" + name))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/footnotes.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher m = Pattern.compile("<w:footnote( [^>]*)>").matcher(xml);
                    int n = 0;
                    while (m.find()) {
                        n += m.group(1).contains("w:type=") ? 0 : 1;
                    }
                    return n;
                }
            }
        }
        throw new AssertionError(name + " has no word/footnotes.xml");
    }

    /** The note's marker stands right after {@code before} in its paragraph. */
    private static void assertMarkerAfter(Article a, Footnote f, String before) {
        Paragraph p = a.paragraphs().get(f.paragraph());
        assertTrue(p.text().substring(0, f.offset()).endsWith(before), p.text());
        assertTrue(p.markers().contains(new Paragraph.Marker(f.markerNumber(), f.offset())), p.markers().toString());
    }

    private static void assertNoPagesOrIssue(Issue issue) {
        Article a = issue.articles().get(0);
        assertEquals(0, a.firstPage());
        assertEquals(0, a.lastPage());
        assertNull(issue.year());
        assertNull(issue.number());
        assertNull(issue.journal().issn());
        assertFalse(issue.identified());
    }

    private static void assertFails(Path file, String message) throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
