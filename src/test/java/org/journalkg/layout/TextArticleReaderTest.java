package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.journalkg.issue.Affiliation;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Funding;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Paragraph;
import org.journalkg.issue.Section;
import org.junit.jupiter.api.Test;

/**
 * Web texts and Markdown written by hand the ways other journals, CNKI, web pages, pandoc and
 * PDF converters write them (src/test/resources/layout/web and layout/markdown).
 */
class TextArticleReaderTest {

    static Layouts.Reading read(String path) {
        return Layouts.read(Path.of("src/test/resources/layout", path), null);
    }

    static List<String> texts(Article a) {
        return a.paragraphs().stream().map(Paragraph::text).toList();
    }

    static List<String> notes(Article a) {
        return a.footnotes().stream().map(f -> f.markerNumber() + "@p" + f.paragraph() + ":" + f.offset() + " " + f.text()).toList();
    }

    @Test
    void cnki_text_with_colon_labels_fullwidth_markers_and_a_reference_list() {
        Layouts.Reading r = read("web/cnki-colon.txt");
        assertEquals(Layout.WEB, r.layout());
        Issue issue = r.issue();
        Article a = issue.articles().get(0);
        assertEquals(Map.of(Lang.ZH, "欧亚经济联盟的制度韧性与对接合作"), a.title().values());
        assertEquals(List.of("王明远", "李娜"), a.authors().stream().map(c -> c.person().name().get(Lang.ZH)).toList());
        assertEquals(List.of(new Affiliation("华东师范大学俄罗斯研究中心", "副教授", false)), a.authors().get(0).affiliations());
        assertEquals(List.of(new Affiliation("上海外国语大学俄罗斯东欧中亚学院", "讲师", false)), a.authors().get(1).affiliations());
        assertEquals(List.of("欧亚经济联盟", "制度韧性", "一带一路", "对接合作"), a.keywords(Lang.ZH));
        assertEquals("本文考察欧亚经济联盟在外部压力下的制度韧性，认为联盟通过规则调适与议题扩展维持了运转，并分析其与“一带一路”倡议对接合作的空间。",
                a.abstracts().get(Lang.ZH));
        assertEquals(List.of(new Funding("23&ZD123", "国家社会科学基金", "国家社会科学基金重大项目", "欧亚地区秩序演变研究")), a.funding());
        assertEquals("10.16794/j.cnki.example.2025.03.004", a.doi());
        assertEquals(List.of(new Section(0, 1, "一", "制度韧性的来源", null), new Section(1, 2, "一", "对接合作的空间", 0)), a.sections());
        assertEquals(List.of("欧亚经济联盟成立十年来，成员国之间的贸易规模持续扩大。联盟委员会的权限也有所调整。",
                "规则调适是联盟维持运转的主要方式。在外部制裁背景下，成员国通过协商保留了共同市场的核心安排。",
                "对接合作首先体现在交通基础设施领域。"), texts(a));
        // [1] cited twice: one reference, paired with its first marker.
        assertEquals(List.of("1@p0:27 李兴：《欧亚经济联盟研究》，北京：社会科学文献出版社，2019年，第45页。",
                "2@p0:41 Евразийская экономическая комиссия. Доклад об интеграции. М., 2023. С. 12.",
                "3@p1:17 王晨星：“欧亚经济联盟的制度建设”，《俄罗斯东欧中亚研究》2021年第2期。"), notes(a));
        assertEquals(2, a.paragraphs().get(1).markers().size());
        assertNull(issue.year());
        assertEquals(0, a.firstPage());
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void circled_notes_after_their_paragraph_restart_on_every_page() {
        Article a = read("web/inline-notes.txt").issue().articles().get(0);
        assertEquals(List.of("1@p0:18 参见孙壮志：《中亚五国对外关系》，北京：当代世界出版社，1999年。",
                "2@p0:31 《中国—中亚峰会西安宣言》，新华网，2023年5月19日。",
                "1@p1:15 同上书，第88页。"), notes(a));
        assertEquals(List.of(10, 11, 14), a.footnotes().stream().map(Footnote::line).toList());
        assertEquals(List.of(new Section(0, 1, "一", "结语", null)), a.sections());
        assertEquals(List.of("中亚", "天然气管道", "能源合作"), a.keywords(Lang.ZH));
        assertEquals(List.of(new Affiliation("兰州大学中亚研究所", "研究员", false)), a.authors().get(0).affiliations());
    }

    @Test
    void an_english_web_article_with_numbered_headings_and_a_notes_list() {
        Issue issue = read("web/english.txt").issue();
        Article a = issue.articles().get(0);
        assertEquals(Map.of(Lang.EN, "Russia's Northern Sea Route and Asian Shipping"), a.title().values());
        assertEquals(List.of("Ivan Petrov", "Anna Smith"), a.authors().stream().map(c -> c.person().name().get(Lang.EN)).toList());
        assertEquals(List.of("Northern Sea Route", "Arctic shipping", "Russia-China relations"), a.keywords(Lang.EN));
        assertEquals("The article examines how Asian shipping companies use the Northern Sea Route and what limits their interest.",
                a.abstracts().get(Lang.EN));
        assertEquals(List.of(new Section(0, 1, "1", "Traffic and cargo", null)), a.sections());
        assertEquals(List.of("1@p0:58 Rosatom, Northern Sea Route Transit Statistics 2024, Moscow, 2025, p. 4.",
                "2@p0:103 Mia Bennett, \"China's Arctic Shipping\", Polar Geography 47, no. 2 (2024): 101-120.",
                "3@p1:57 Ibid., p. 110."), notes(a));
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void what_is_missing_is_warned_of_with_its_line() {
        Issue issue = read("web/damaged.txt").issue();
        assertEquals(List.of("line 1: no byline (authors) found under the title", "line 8: marker 4 has no note",
                "line 13: note 3 has no marker in the text"), issue.warnings());
        Article a = issue.articles().get(0);
        assertEquals(3, a.footnotes().size());
        assertEquals(-1, a.footnotes().get(2).offset());
    }

    @Test
    void pandoc_markdown_with_bold_labels_named_notes_and_a_note_of_two_paragraphs() {
        Layouts.Reading r = read("markdown/pandoc.md");
        assertEquals(Layout.MARKDOWN, r.layout());
        Article a = r.issue().articles().get(0);
        assertEquals("北极航道的国际合作", a.title().get(Lang.ZH));
        assertEquals(List.of(new Affiliation("中国海洋大学海洋发展研究院", "副研究员", false)), a.authors().get(0).affiliations());
        assertEquals(List.of("北极航道", "国际合作", "规则协调"), a.keywords(Lang.ZH));
        assertEquals(List.of(new Section(0, 1, "一", "规则协调的现状", null), new Section(1, 2, "一", "沿岸国立法", 0)), a.sections());
        // A link in the body is its text; the note keeps the address and its italics.
        assertEquals(List.of("北极航道的通航窗口逐年延长。", "沿岸国的国内立法影响航道使用。相关争议可见北极理事会的报告。",
                "俄罗斯对北方海航道实行许可制度。该制度仍在调整。"), texts(a));
        assertEquals(List.of("1@p0:14 参见杨剑：《北极治理新论》，北京：时事出版社，2014年，第23页。",
                "2@p1:15 Arctic Council, Arctic Marine Shipping Assessment, 2009. 该报告至今仍是重要参考，见 https://oaarchive.arctic-council.org/handle/11374/54。"),
                notes(a));
        assertEquals("Arctic Council, *Arctic Marine Shipping Assessment*, 2009. 该报告至今仍是重要参考，见 <https://oaarchive.arctic-council.org/handle/11374/54>。",
                a.footnotes().get(1).original());
        assertEquals(List.of(), r.issue().warnings());
    }

    @Test
    void converter_markdown_with_superscript_markers_and_a_numbered_notes_list() {
        Layouts.Reading r = read("markdown/converter.md");
        Article a = r.issue().articles().get(0);
        assertEquals(List.of("金砖国家", "扩员", "全球南方"), a.keywords(Lang.ZH));
        assertEquals(List.of("金砖国家于2024年完成扩员。新成员带来了新的议程。"), texts(a));
        assertEquals(List.of("1@p0:15 《金砖国家领导人第十六次会晤喀山宣言》，2024年10月23日。",
                "2@p0:26 徐秀军：“金砖扩员与全球治理”，《当代世界》2024年第9期。"), notes(a));
        assertEquals(List.of(), r.issue().warnings());
    }
}
