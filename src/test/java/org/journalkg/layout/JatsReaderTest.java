package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.journalkg.cite.NoteParser;
import org.journalkg.cite.Work;
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

/**
 * The two pandoc-written samples read to the values of the issue's spec, and hand-made files
 * cover what they lack: the publishing tag set with linked affiliations and a reference list,
 * a Russian journal in windows-1251 with name alternatives, a DOCTYPE whose DTD is absent, and
 * files that are no JATS article at all.
 */
class JatsReaderTest {

    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("\\p{IsHan}\\s+\\p{IsHan}");

    private static Issue read(String resource) {
        try (InputStream in = JatsReaderTest.class.getResourceAsStream(resource)) {
            return JatsReader.read(new InputFile(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article only(Issue issue) {
        assertEquals(1, issue.articles().size());
        return issue.articles().get(0);
    }

    private static List<String> zhNames(Article a) {
        return a.authors().stream().map(c -> c.person().name().get(Lang.ZH)).toList();
    }

    private static void assertStarts(String expectedStart, String actual) {
        assertTrue(actual != null && actual.startsWith(expectedStart), () -> "expected to start with " + expectedStart + ": " + actual);
    }

    private static void assertNoSpaceBetweenHan(Article a) {
        for (Paragraph p : a.paragraphs()) {
            assertFalse(SPACE_BETWEEN_HAN.matcher(p.text()).find(), () -> "paragraph " + p.index() + ": " + p.text());
        }
    }

    // ---- the samples ----

    @Test
    void article05_head_reads_as_the_spec_says() {
        Issue issue = read("/samples/article-05.jats.xml");
        Article a = only(issue);
        assertEquals("article-05.jats.xml", issue.source());
        assertEquals("俄罗斯研究", issue.journal().title().get(Lang.ZH));
        assertEquals("Russian Studies", issue.journal().title().get(Lang.EN));
        assertNull(issue.journal().title().get(Lang.RU));
        assertEquals("1009-721X", issue.journal().issn());
        assertEquals("华东师范大学", issue.journal().publisher());
        assertEquals(2026, issue.year());
        assertEquals(2, issue.number());
        assertNull(issue.published(), "the sample's pub-date gives the year only");
        assertEquals("中俄美国际战略互动和全球治理体系建设", a.title().get(Lang.ZH));
        assertEquals("China-Russia-U.S. International Strategic Interaction and the Building of Global Governance System",
                a.title().get(Lang.EN));
        assertEquals("Международное стратегическое взаимодействие Китая, России и США и построение глобальной системы управления",
                a.title().get(Lang.RU));
        assertEquals(List.of("杨洁勉"), zhNames(a));
        // The sample's contrib has a string-name only: no aff, so no affiliation.
        assertEquals(List.of(), a.authors().get(0).affiliations());
        assertNull(a.authors().get(0).person().name().get(Lang.EN));
        assertEquals(5, a.firstPage());
        assertEquals(23, a.lastPage());
        assertNull(a.doi());
        assertEquals(List.of("中俄美战略互动", "全球治理体系", "大国博弈", "全球战略格局"), a.keywords(Lang.ZH));
        assertEquals(List.of("China-Russia-U.S. Strategic Interaction", "Global Governance System", "Great-Power Game",
                "Global Strategic Landscape"), a.keywords(Lang.EN));
        assertEquals(List.of("Международное стратегическое взаимодействие Китая, России и США", "система глобального управления",
                "игра между великими державами", "глобальный стратегический ландшафт"), a.keywords(Lang.RU));
        assertStarts("中国、俄罗斯、美国立足于冷战后国际战略态势的演变，通过在军事安全、经济科技、全球治理领域的战略互动", a.abstracts().get(Lang.ZH));
        assertStarts("Grounded in the evolution of the post-Cold War international strategic landscape, China, Russia,",
                a.abstracts().get(Lang.EN));
        assertStarts("Исходя из эволюции международного стратегического ландшафта со времён холодной войны",
                a.abstracts().get(Lang.RU));
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void article05_body_and_its_47_notes() {
        Issue issue = read("/samples/article-05.jats.xml");
        Article a = only(issue);
        assertEquals(12, a.sections().size());
        assertEquals(new Section(0, 1, "一", "冷战结束以来国际战略态势的演变与分析", null), a.sections().get(0));
        assertEquals(new Section(2, 2, "一", "中俄美对当前国际战略态势的基本判断", 1), a.sections().get(2));
        assertEquals(69, a.paragraphs().size());
        assertNull(a.paragraphs().get(0).section(), "the p before the first sec belongs to no section");
        assertStarts("自 16 世纪世界开始进入现代意义上的国际时代以来", a.paragraphs().get(1).text());
        // Ordered list items keep their number, from the count or from the item's label.
        assertStarts("1. 中国的基本判断。第一，", a.paragraphs().get(10).text());
        assertStarts("2. 俄罗斯的基本应对思路和举措。", a.paragraphs().get(18).text());
        assertNoSpaceBetweenHan(a);

        assertEquals(47, a.footnotes().size());
        assertEquals(47, issue.footnoteCount());
        Footnote first = a.footnotes().get(0);
        assertEquals("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。", first.text());
        assertEquals(240, first.line());
        assertEquals("“Plenary session of St Petersburg International Economic Forum”, June 20, 2025, "
                + "https://en.kremlin.ru/events/president/news/77222", a.footnotes().get(46).text());
        Paragraph marked = a.paragraphs().get(first.paragraph());
        assertEquals(2, first.paragraph());
        assertEquals(37, marked.firstLine());
        assertEquals(marked.text().length(), first.offset(), "the marker closes its paragraph");
        assertTrue(marked.text().endsWith("构成各国制定与调整国家战略的重要外部环境。"));
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void article24_head_reads_as_the_spec_says() {
        Issue issue = read("/samples/article-24.jats.xml");
        Article a = only(issue);
        assertEquals("俄罗斯研究", issue.journal().title().get(Lang.ZH));
        assertEquals("Russian Studies", issue.journal().title().get(Lang.EN));
        assertEquals("1009-721X", issue.journal().issn());
        assertEquals(2026, issue.year());
        assertEquals(2, issue.number());
        assertEquals("非西方视角下的上合组织：治理绩效、现实挑战与优化路径", a.title().get(Lang.ZH));
        assertEquals("The Shanghai Cooperation Organization from a Non-Western Perspective: Governance Performance, "
                + "Practical Challenges, and Paths for Optimization", a.title().get(Lang.EN));
        assertEquals("Шанхайская организация сотрудничества с точки зрения незападных стран: эффективность управления, "
                + "текущие вызовы и пути оптимизации", a.title().get(Lang.RU));
        assertEquals(List.of("邓浩"), zhNames(a));
        assertEquals(24, a.firstPage());
        assertEquals(47, a.lastPage());
        assertEquals(List.of("非西方视角", "上海合作组织", "上海精神", "多边治理", "治理绩效", "优化路径"), a.keywords(Lang.ZH));
        assertEquals(List.of("Non-Western Perspective", "the Shanghai Cooperation Organization", "the Shanghai Spirit",
                "Multilateral Governance", "Governance Performance", "Optimization Paths"), a.keywords(Lang.EN));
        assertEquals(List.of("Незападная точка зрения", "Шанхайская организация сотрудничества", "шанхайский дух",
                "многостороннее управление", "эффективность управления", "оптимизированный путь"), a.keywords(Lang.RU));
        assertStarts("既有国际秩序研究与多边组织评价长期被西方中心主义话语主导", a.abstracts().get(Lang.ZH));
        assertStarts("Existing studies of international order and assessments of multilateral organizations",
                a.abstracts().get(Lang.EN));
        assertStarts("Существующие исследования международного порядка", a.abstracts().get(Lang.RU));
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void article24_body_and_its_30_notes() {
        Issue issue = read("/samples/article-24.jats.xml");
        Article a = only(issue);
        assertEquals(25, a.sections().size());
        assertEquals(73, a.paragraphs().size());
        assertNoSpaceBetweenHan(a);
        assertEquals(30, a.footnotes().size(), "the file holds 30 fn elements, each cited once");
        Footnote first = a.footnotes().get(0);
        assertEquals("高飞：“国际组织与全球治理”，中国人大网，2021年3月1日，http://www.npc.gov.cn/c2/c30834/202103/t20210301_310219.html",
                first.text());
        // Wrapped lines beside Chinese text join without a space: "2025⏎年 11 月 19⏎日".
        assertEquals("“李强在上海合作组织成员国政府首脑（总理）理事会第二十四次会议上的讲话（全文）”，2025 年 11 月 19 日，"
                + "https://so.china-embassy.gov.cn/zgyw/202511/t20251119_11755763.htm", a.footnotes().get(29).text());
        Paragraph marked = a.paragraphs().get(first.paragraph());
        assertEquals(1, first.paragraph());
        assertNull(marked.section());
        assertEquals(34, first.offset());
        assertEquals("长期以来，全球治理体系与国际组织评价体系呈现明显的西方中心主义特征。", marked.text().substring(0, first.offset()));
        assertStarts("西方国家依托其主导的国际机制与话语优势", marked.text().substring(first.offset()));
        assertEquals(List.of(), issue.warnings());
    }

    // ---- hand-made fixtures ----

    @Test
    void publishing_tag_set_in_english_with_linked_affiliations_and_references() {
        Issue issue = read("/layout/jats/en-publishing.jats.xml");
        Article a = only(issue);
        assertEquals("Journal of Eurasian Studies", issue.journal().title().get(Lang.EN));
        assertEquals("1879-3657", issue.journal().issn(), "the print ISSN wins over the electronic one listed first");
        assertEquals("SAGE", issue.journal().publisher());
        assertEquals(2024, issue.year());
        assertEquals(1, issue.number());
        assertEquals(LocalDate.of(2024, 4, 1), issue.published(), "the print date wins");
        assertEquals("Bound to Cooperate: Russia and China in Central Asia", a.title().get(Lang.EN));
        assertNull(a.title().get(Lang.ZH));
        assertEquals("10.1177/18793665241234567", a.doi());
        assertEquals(101, a.firstPage());
        assertEquals(118, a.lastPage());

        assertEquals(2, a.authors().size(), "the editor is no author");
        Contributor smith = a.authors().get(0);
        Contributor lee = a.authors().get(1);
        assertEquals("Anna K. Smith", smith.person().name().get(Lang.EN));
        assertEquals("Min Lee", lee.person().name().get(Lang.EN));
        assertEquals(List.of("University of Oxford"), smith.organizations());
        assertEquals(List.of("University of Oxford", "Higher School of Economics, Moscow, Russia"), lee.organizations());
        assertEquals(List.of(), a.translators());

        assertEquals(List.of("Russia", "China", "Central Asia"), a.keywords(Lang.EN), "a kwd-group without xml:lang is the article's");
        assertEquals("Russia and China cooperate in Central Asia. We ask why.", a.abstracts().get(Lang.EN));
        assertEquals(List.of(new Funding("22-18-00123", "Russian Science Foundation", null, null)), a.funding());

        assertEquals(List.of(new Section(0, 1, null, "Introduction", null), new Section(1, 2, null, "Sources", 0)), a.sections());
        assertEquals(List.of("Cooperation is old and well studied (Smith 2019; Lee 2020).", "See https://example.org/data for data.",
                "Trade", "Security"), a.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(new Paragraph.Marker(1, 18), new Paragraph.Marker(1, 47), new Paragraph.Marker(2, 57)),
                a.paragraphs().get(0).markers());
        assertEquals(41, a.paragraphs().get(0).firstLine());

        List<Footnote> notes = a.footnotes();
        assertEquals(4, notes.size(), "one inline fn, one fn in fn-group and two refs");
        assertEquals(new Footnote(1, 1, 0, 18, "An inline note on Foreign Affairs.", "An inline note on *Foreign Affairs*.", 41),
                notes.get(0));
        String written = "Anna K. Smith, et al., “Bound to Fail”, *International Security*, 2019, Vol.43, No.4, pp.7-50, "
                + "https://doi.org/10.1162/isec_a_00342";
        assertEquals(new Footnote(2, 1, 0, 47, written.replace("*", ""), written, 54), notes.get(1));
        assertEquals("Lee, M. (2020). *Eurasian Order*. Cambridge: Cambridge University Press.", notes.get(2).original());
        assertEquals(57, notes.get(2).offset());
        assertEquals(new Footnote(4, 2, 1, 38, "Data as of 2023.", "Data as of 2023.", 51), notes.get(3));
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void an_element_citation_is_written_so_the_note_parser_reads_its_fields() {
        String note = only(read("/layout/jats/en-publishing.jats.xml")).footnotes().get(1).original();
        NoteParser.Result r = NoteParser.parse(note);
        assertEquals(1, r.citations().size());
        Work w = r.citations().get(0).work();
        assertEquals("Bound to Fail", w.title);
        assertEquals("International Security", w.containerTitle);
        assertEquals("2019", w.issued);
        assertEquals("43", w.volume);
        assertEquals("4", w.issue);
        assertEquals("10.1162/isec_a_00342", w.doi);
        assertEquals("Smith", w.author.get(0).family());
    }

    @Test
    void russian_journal_in_windows_1251_with_name_alternatives() {
        Issue issue = read("/layout/jats/ru-windows1251.jats.xml");
        Article a = only(issue);
        assertEquals("Россия в глобальной политике", issue.journal().title().get(Lang.RU));
        assertEquals("Russia in Global Affairs", issue.journal().title().get(Lang.EN));
        assertEquals("1810-6439", issue.journal().issn());
        assertEquals("Фонд «Прогрессивная политика»", issue.journal().publisher());
        assertEquals(2023, issue.year());
        assertEquals(4, issue.number(), "issue 4(52): the number is its leading digits");
        assertEquals(LocalDate.of(2023, 11, 30), issue.published());
        assertEquals(7, a.firstPage());
        assertEquals(7, a.lastPage(), "no lpage: a one-page article");
        assertEquals("Поворот на Восток 2.0", a.title().get(Lang.RU));
        assertEquals("Eastern Turn 2.0", a.title().get(Lang.EN));

        assertEquals(2, a.authors().size());
        Contributor karaganov = a.authors().get(0);
        assertEquals("Сергей Александрович Караганов", karaganov.person().name().get(Lang.RU));
        assertEquals("Sergei A. Karaganov", karaganov.person().name().get(Lang.EN), "a Latin name without xml:lang is English");
        assertNull(karaganov.person().name().get(Lang.ZH));
        assertEquals(List.of("НИУ «Высшая школа экономики», Москва"), karaganov.organizations(), "the aff's label a is left out");
        Contributor yang = a.authors().get(1);
        assertEquals("杨洁勉", yang.person().name().get(Lang.ZH));
        assertEquals("Yang Jiemian", yang.person().name().get(Lang.EN), "name-style eastern: surname first");
        assertEquals("Ян Цземянь", yang.person().name().get(Lang.RU));

        assertEquals("Статья о повороте России на Восток.", a.abstracts().get(Lang.RU));
        assertEquals("On Russia’s turn to the East.", a.abstracts().get(Lang.EN));
        assertEquals(List.of("Азия", "поворот на Восток"), a.keywords(Lang.RU));
        assertEquals(List.of("Asia", "Eastern turn"), a.keywords(Lang.EN));

        // &nbsp; and &mdash; are declared by the DTD only; they still read (the no-break space as a space).
        assertEquals(List.of("Поворот начался в 2010-х годах — и продолжается.", "См. Foreign Affairs."),
                a.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(new Section(0, 1, null, "Итоги", null)), a.sections());
        assertEquals(2, a.footnotes().size());
        assertEquals("Лукьянов Ф. Украинский вопрос для будущего России // *Россия в глобальной политике*. 2018. Т.16. №2-3. С.175.",
                a.footnotes().get(0).original());
        assertEquals(30, a.footnotes().get(0).offset());
        assertEquals("Там же. С.176.", a.footnotes().get(1).text());
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void a_doctype_naming_an_absent_dtd_reads_offline() {
        Issue issue = read("/layout/jats/zh-doctype-offline.jats.xml");
        Article a = only(issue);
        assertEquals("俄罗斯研究", issue.journal().title().get(Lang.ZH));
        assertEquals("1009-721X", issue.journal().issn());
        assertEquals(2026, issue.year());
        assertEquals(2, issue.number());
        assertNull(issue.published(), "a month without a day is no date");
        assertEquals(24, a.firstPage());
        assertEquals(47, a.lastPage());
        assertEquals("上合组织的治理：绩效与路径", a.title().get(Lang.ZH), "zh-CN is Chinese; a subtitle follows a full-width colon");
        assertEquals(List.of("上海合作组织", "治理绩效"), a.keywords(Lang.ZH), "zh-Hans is Chinese; a wrapped keyword joins");
        assertEquals("上合组织是非西方多边机制。", a.abstracts().get(Lang.ZH));

        Contributor deng = a.authors().get(0);
        assertEquals(List.of("邓浩"), zhNames(a));
        assertEquals(List.of("西安交通大学亚欧研究中心", "国务院发展研究中心欧亚社会发展研究所"), deng.organizations());
        assertEquals("邓浩，国务院发展研究中心欧亚社会发展研究所研究员", deng.note());
        assertEquals(List.of("崔雯怡"), a.translators().stream().map(t -> t.person().name().get(Lang.ZH)).toList());
        assertEquals(List.of(new Funding("23ZDA123", "国家社会科学基金", "国家社会科学基金重大项目", "新时代中俄关系研究")), a.funding(),
                "the financial-disclosure author note is the funding note");

        assertEquals(List.of(new Section(0, 1, "一", "引言", null), new Section(1, 2, "一", "原则", 0)), a.sections());
        assertEquals(List.of("上合组织 2015 年发展战略指出，合作组织是“Foreign Affairs”所称的新型机构。", "“上海精神”是核心。",
                "1. 主权优先。", "2. 协商一致。", "表 1 成员国"), a.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(new Paragraph.Marker(1, 22), new Paragraph.Marker(2, 22)), a.paragraphs().get(0).markers(),
                "rid=\"fn1 fn2\" is two markers");
        assertNoSpaceBetweenHan(a);

        List<Footnote> notes = a.footnotes();
        assertEquals(List.of("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。", "同上。",
                "孙壮志：“中国的全球治理观”，《现代国际关系》，2025年第7期。", "创始成员国。",
                "高程、董青青：“大国博弈中的拉美地区国家行为逻辑”，《世界经济与政治》，2025 年第 10 期，第 56-86 页。"),
                notes.stream().map(Footnote::text).toList());
        assertEquals(4, notes.get(3).paragraph(), "the table's note is marked at the end of its caption");
        assertEquals(7, notes.get(3).offset());
        assertEquals(-1, notes.get(4).offset(), "a reference no xref cites has no place in the text");
        assertEquals(List.of("line 56: sub-article ignored", "line 54: note b1 has no marker in the text"), issue.warnings());
    }

    @Test
    void malformed_xml_fails_naming_the_file_and_the_line() {
        InputException e = assertThrows(InputException.class, () -> read("/layout/jats/malformed.jats.xml"));
        assertTrue(e.getMessage().startsWith("malformed.jats.xml: not well-formed XML at line 9: "), e.getMessage());
        assertTrue(e.getMessage().contains("italic"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void a_file_cut_short_is_read_up_to_the_cut_with_a_warning() throws IOException {
        byte[] whole;
        try (InputStream in = JatsReaderTest.class.getResourceAsStream("/layout/jats/en-publishing.jats.xml")) {
            whole = in.readAllBytes();
        }
        String text = new String(whole, StandardCharsets.UTF_8);
        // Cut inside the second list item of line 46, as an interrupted download leaves it.
        String cut = text.substring(0, text.indexOf("<p>Security"));
        Issue issue = JatsReader.read(new InputFile("cut.jats.xml", cut.getBytes(StandardCharsets.UTF_8)));
        Article a = only(issue);
        Article full = only(read("/layout/jats/en-publishing.jats.xml"));
        assertEquals(full.title(), a.title());
        assertEquals(full.abstracts(), a.abstracts());
        assertEquals(full.paragraphs().subList(0, a.paragraphs().size()), a.paragraphs());
        assertEquals(List.of("line 46: the file is cut short inside <article/body/sec/sec/list/list-item>: what stands before it is read, "
                + "the rest of the article is missing", "line 41: marker r1 has no note", "line 41: marker r2 has no note",
                "line 45: marker fn2 has no note"), issue.warnings());
        // Damage before the end still fails: that is malformed_xml_fails_naming_the_file_and_the_line.
    }

    @Test
    void an_empty_file_is_not_well_formed() {
        InputException e = assertThrows(InputException.class, () -> JatsReader.read(new InputFile("empty.xml", new byte[0])));
        assertTrue(e.getMessage().startsWith("empty.xml: not well-formed XML at line 1: "), e.getMessage());
    }

    @Test
    void xml_that_is_no_jats_article_fails_naming_its_root() {
        InputException e = assertThrows(InputException.class, () -> read("/layout/jats/not-jats.xml"));
        assertEquals("not-jats.xml: not a JATS article (root element <html>)", e.getMessage());
    }

    @Test
    void wrapped_lines_join_without_a_space_only_between_chinese_characters() {
        assertEquals("2015 年发展战略", JatsReader.squash("2015\n    年发展战略"));
        assertEquals("合作组织", JatsReader.squash("合作\n   组织"));
        assertEquals("Foreign Affairs", JatsReader.squash("Foreign\n  Affairs"));
        assertEquals("2016 年", JatsReader.squash("2016 年"), "a space on one line is the writer's");
        assertEquals("a b", JatsReader.squash("  a \t\t b\n"));
        assertEquals("实施。”下", JatsReader.squash("实施。”\r\n  下"));
    }

    @Test
    void a_bad_byte_in_the_text_is_repaired_with_a_warning_not_a_failure() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/samples/article-24.jats.xml"));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        // The second byte of the first character of the body's first paragraph: 长期以来…
        int at = text.substring(0, text.indexOf("长期以来，全球治理体系")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        bytes[at] = (byte) 0xFF;
        Layouts.Reading r = Layouts.read(new InputFile("damaged.jats.xml", bytes), null);
        assertEquals(Layout.JATS, r.layout());
        assertEquals(List.of("line 32: 3 unreadable byte sequence(s) in UTF-8 replaced by U+FFFD, on line(s) 32"), r.issue().warnings());
        assertEquals(30, r.issue().articles().get(0).footnotes().size());
    }
}
