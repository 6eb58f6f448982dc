package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Edge cases on a small hand-made issue: a note split across lines, a paragraph cut by a
 * page of notes, two authors with one note each, an article without a Russian abstract, and
 * the last page's notes after the （责任编辑） line.
 */
class FixtureIssueTest {

    static Issue read() throws IOException {
        try (InputStream in = FixtureIssueTest.class.getResourceAsStream("/fixtures/small-issue.md")) {
            return IssueReader.read(TextReader.decode("small-issue.md", in.readAllBytes()));
        }
    }

    @Test
    void reads_the_masthead_and_both_articles() throws IOException {
        Issue issue = read();
        assertEquals(2027, issue.year());
        assertEquals(1, issue.number());
        assertEquals("1009-721X", issue.journal().issn());
        assertEquals("俄罗斯研究", issue.journal().title().get(Lang.ZH));
        assertEquals("Изучение России", issue.journal().title().get(Lang.RU));
        assertEquals("Russian Studies", issue.journal().title().get(Lang.EN));
        assertEquals(2, issue.articles().size());
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void two_authors_with_two_notes() throws IOException {
        Article a = read().articles().get(0);
        assertEquals("测试文章的标题", a.title().get(Lang.ZH));
        assertEquals(3, a.firstPage());
        assertEquals(8, a.lastPage());
        assertEquals("专栏", a.column());
        assertEquals(2, a.authors().size());
        Person wang = a.authors().get(0).person();
        assertEquals(Texts.of("王明", "Ван Мин", "Wang Ming"), wang.name());
        assertEquals(List.of("华东师范大学俄罗斯研究中心"), a.authors().get(0).organizations());
        assertEquals(Texts.of("李小红", "Ли Сяохун", "Li Xiaohong"), a.authors().get(1).person().name());
        assertEquals(List.of("复旦大学国际问题研究院"), a.authors().get(1).organizations());
        assertEquals(List.of(new Funding("27BGJ001", "国家社会科学基金", "国家社会科学基金项目", "测试项目")), a.funding());
    }

    @Test
    void a_paragraph_cut_by_a_page_of_notes_is_joined_and_a_split_note_kept_whole() throws IOException {
        Article a = read().articles().get(0);
        assertEquals(1, a.sections().size());
        assertEquals("引言", a.sections().get(0).title());
        assertEquals(1, a.paragraphs().size());
        Paragraph p = a.paragraphs().get(0);
        assertEquals("第一段的文字被分页截断了，这里继续。", p.text());
        assertEquals(List.of(new Paragraph.Marker(1, 6), new Paragraph.Marker(2, 9)), p.markers());
        assertEquals(2, a.footnotes().size());
        assertEquals("第一条注释的开头，接着在下一行继续。", a.footnotes().get(0).text());
        assertEquals(6, a.footnotes().get(0).offset());
        assertEquals("参见王明：《测试之书》，北京：测试出版社，2020 年。", a.footnotes().get(1).text());
    }

    @Test
    void an_article_without_russian_abstract_and_with_notes_after_the_editor_line() throws IOException {
        Article a = read().articles().get(1);
        assertEquals(9, a.firstPage());
        assertEquals(12, a.lastPage());
        assertNull(a.abstracts().get(Lang.RU));
        assertEquals("Only English here.", a.abstracts().get(Lang.EN));
        assertEquals(List.of("第二"), a.keywords(Lang.ZH));
        assertEquals(List.of("Second"), a.keywords(Lang.EN));
        assertEquals(1, a.footnotes().size());
        assertEquals(0, a.footnotes().get(0).paragraph());
        assertEquals("The Second Article", a.title().get(Lang.EN));
        assertEquals("Вторая статья", a.title().get(Lang.RU));
        assertEquals("An abstract cut by a page break in the middle.", read().articles().get(0).abstracts().get(Lang.EN));
    }
}
