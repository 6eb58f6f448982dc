package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each grammar on notes written for this test in the journal's style (not taken from the issue),
 * so that the rules, not the bundled text, are what is pinned.
 */
class StylesTest {

    private static Work one(String note) {
        NoteParser.Result r = NoteParser.parse(note);
        assertEquals(1, r.citations().size(), note);
        return r.citations().get(0).work();
    }

    @Test
    void chinese_book_article_newspaper_chapter_and_translation() {
        Work book = one("冯绍雷：《制度变迁与对外关系：1992 年以来的俄罗斯》，上海：上海人民出版社，1997 年，第 66 页。");
        assertEquals("book", book.type);
        assertEquals("制度变迁与对外关系：1992 年以来的俄罗斯", book.title);
        assertEquals(List.of(Name.literal("冯绍雷")), book.author);
        assertEquals("上海人民出版社", book.publisher);
        assertEquals("上海", book.publisherPlace);
        assertEquals("1997", book.issued);
        assertEquals("66", NoteParser.parse("冯绍雷：《制度变迁与对外关系》，上海：上海人民出版社，1997 年，第 66 页。").citations().get(0).locator());

        Work article = one("杨洁勉：“疫情下国际格局和世界秩序变化趋势分析”，《俄罗斯研究》，2020 年第 5 期，第 18 页。");
        assertEquals("article-journal", article.type);
        assertEquals("俄罗斯研究", article.containerTitle);
        assertEquals("2020", article.issued);
        assertEquals("5", article.issue);

        Work paper = one("王毅：“携手共进”，《光明日报》，2024 年 3 月 8 日第 3 版。");
        assertEquals("article-newspaper", paper.type);
        assertEquals("2024-03-08", paper.issued);

        Work chapter = one("张三：“区域合作的逻辑”，载李四主编：《欧亚研究文集》，北京：世界知识出版社，2019 年，第 10-20 页。");
        assertEquals("chapter", chapter.type);
        assertEquals("欧亚研究文集", chapter.containerTitle);
        assertEquals(List.of(Name.literal("李四")), chapter.editor);

        Work translated = one("[英]某某著：《国际关系史》，王五、赵六译，北京：商务印书馆，2010 年。");
        assertEquals(List.of(Name.literal("某某")), translated.author);
        assertEquals(List.of(Name.literal("王五"), Name.literal("赵六")), translated.translator);
    }

    @Test
    void english_article_book_chapter_and_web_item() {
        Work article = one("J. Mearsheimer, “Bound to Fail: The Rise and Fall of the Liberal International Order”, *International Security*, 2019, Vol.43, No.4, pp.7-8.");
        assertEquals("article-journal", article.type);
        assertEquals(List.of(Name.person("Mearsheimer", "J.")), article.author);
        assertEquals("International Security", article.containerTitle);
        assertEquals("43", article.volume);
        assertEquals("4", article.issue);

        Work book = one("R. Sakwa, *Russia against the Rest: The Post-Cold War Crisis of World Order*, Cambridge: Cambridge University Press, 2017, p.20.");
        assertEquals("book", book.type);
        assertEquals("Cambridge University Press", book.publisher);
        assertEquals("Cambridge", book.publisherPlace);

        Work web = one("“Some Announcement of a Ministry”, March 3, 2024, <https://example.org/a?utm_source=x&id=7&ysclid=abc>");
        assertEquals("webpage", web.type);
        assertEquals("2024-03-03", web.issued);
        assertEquals("https://example.org/a?id=7", web.url);
    }

    @Test
    void russian_article_book_web_and_ibid() {
        Work article = one("Лукьянов Ф. Украинский вопрос для будущего России// Россия в глобальной политике. 2018. Т.16. №2-3. С.175.");
        assertEquals("article-journal", article.type);
        assertEquals(List.of(Name.person("Лукьянов", "Ф.")), article.author);
        assertEquals("Украинский вопрос для будущего России", article.title);
        assertEquals("Россия в глобальной политике", article.containerTitle);
        assertEquals("16", article.volume);
        assertEquals("2-3", article.issue);

        Work book = one("Замятин Д. Н. Культура и пространство: Моделирование географических образов. М.: Знак, 2006. С.86.");
        assertEquals("book", book.type);
        assertEquals("Знак", book.publisher);
        assertEquals("М.", book.publisherPlace);

        Work web = one("Некоторое событие в Москве. 3 марта 2024 г. <https://example.ru/news/1>");
        assertEquals("webpage", web.type);
        assertEquals("2024-03-03", web.issued);

        NoteParser.Result ibid = NoteParser.parse("Там же. С.12.");
        assertTrue(ibid.ibid());
        assertEquals("12", ibid.ibidLocator());
        assertTrue(NoteParser.parse("同上。").ibid());
        assertEquals("20", NoteParser.parse("*Ibid.*, p.20.").ibidLocator());
    }

    @Test
    void commentary_alone_cites_nothing_and_commentary_before_a_citation_is_skipped() {
        NoteParser.Result commentary = NoteParser.parse("2025 年，欧盟决定逐步停止进口某种能源，禁令将于次年生效。");
        assertTrue(commentary.citations().isEmpty());
        assertTrue(commentary.parsed());
        Work w = one("这一说法在学界颇有争议。参见刘某：“争议的由来”，《世界知识》，2024 年第 10 期，第 57-59 页。");
        assertEquals("争议的由来", w.title);
        NoteParser.Result two = NoteParser.parse("See A. Smith, *First Book*, London: Routledge, 2001; B. Jones, *Second Book*, Oxford: Oxford University Press, 2002.");
        assertEquals(2, two.citations().size());
        assertEquals("Second Book", two.citations().get(1).work().title);
    }

    @Test
    void an_unreadable_note_invents_nothing() {
        NoteParser.Result r = NoteParser.parse("《残缺的标题》，，。");
        assertTrue(r.citations().isEmpty());
        assertFalse(r.parsed());
        assertNull(r.ibidLocator());
    }

    @Test
    void chicago_ibid_with_a_bare_page() {
        NoteParser.Result r = NoteParser.parse("Ibid., 64.");
        assertTrue(r.ibid());
        assertEquals("64", r.ibidLocator());
        assertEquals("112-15", NoteParser.parse("Ibid., pp. 112-15.").ibidLocator());
        assertFalse(NoteParser.parse("Ibid., as argued above.").ibid());
    }
}
