package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Paragraph;
import org.journalkg.issue.Section;
import org.junit.jupiter.api.Test;

/**
 * The two pandoc-written samples read to the values of the issue's spec.
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
        assertStarts("自 16世纪世界开始进入现代意义上的国际时代以来", a.paragraphs().get(1).text());
        // Ordered list items keep their number, from the count or from the item's label.
        assertStarts("1. 中国的基本判断。第一，", a.paragraphs().get(10).text());
        assertStarts("2. 俄罗斯的基本应对思路和举措。", a.paragraphs().get(18).text());
        assertNoSpaceBetweenHan(a);

        assertEquals(47, a.footnotes().size());
        assertEquals(47, issue.footnoteCount());
        Footnote first = a.footnotes().get(0);
        assertEquals("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016年。", first.text());
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
        assertEquals("“李强在上海合作组织成员国政府首脑（总理）理事会第二十四次会议上的讲话（全文）”，2025年 11 月 19日，"
                + "https://so.china-embassy.gov.cn/zgyw/202511/t20251119_11755763.htm", a.footnotes().get(29).text());
        Paragraph marked = a.paragraphs().get(first.paragraph());
        assertEquals(1, first.paragraph());
        assertNull(marked.section());
        assertEquals(34, first.offset());
        assertEquals("长期以来，全球治理体系与国际组织评价体系呈现明显的西方中心主义特征。", marked.text().substring(0, first.offset()));
        assertStarts("西方国家依托其主导的国际机制与话语优势", marked.text().substring(first.offset()));
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void wrapped_lines_join_without_a_space_only_beside_chinese() {
        assertEquals("2015年发展战略", JatsReader.squash("2015\n    年发展战略"));
        assertEquals("合作组织", JatsReader.squash("合作\n   组织"));
        assertEquals("Foreign Affairs", JatsReader.squash("Foreign\n  Affairs"));
        assertEquals("2016 年", JatsReader.squash("2016 年"), "a space on one line is the writer's");
        assertEquals("a b", JatsReader.squash("  a \t\t b\n"));
        assertEquals("实施。”下", JatsReader.squash("实施。”\r\n  下"));
    }
}
