package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.read.InputException;
import org.junit.jupiter.api.Test;

/** Bibliographies in CSL styles through citeproc-java, from the CSL-JSON that CslJson writes. */
class CslStyleTest {

    /** A Chinese book, a Russian journal article and an English book chapter, as the parser reads such notes. */
    static List<JsonObject> items() {
        Work book = new Work();
        book.type = "book";
        book.title = "战略环境与国家方略";
        book.author.add(Name.literal("王存刚"));
        book.publisher = "北京大学出版社";
        book.publisherPlace = "北京";
        book.issued = "2016";
        book.language = "zh";

        Work article = new Work();
        article.type = "article-journal";
        article.title = "Es schwindelt. Перекройка мира как MAGA-проект";
        article.author.add(Name.person("Ефременко", "Д. В."));
        article.containerTitle = "Россия в глобальной политике";
        article.issued = "2025";
        article.volume = "23";
        article.issue = "2";
        article.page = "74-90";
        article.language = "ru";

        Work chapter = new Work();
        chapter.type = "chapter";
        chapter.title = "Russia and the Eurasian Economic Union";
        chapter.author.add(Name.person("Allison", "Roy"));
        chapter.editor.add(Name.person("Cooley", "Alexander"));
        chapter.containerTitle = "Eurasian Integration";
        chapter.publisher = "Oxford University Press";
        chapter.publisherPlace = "Oxford";
        chapter.issued = "2019-05";
        chapter.page = "101-125";
        chapter.language = "en";

        return List.of(CslJson.item("w1", book), CslJson.item("w2", article), CslJson.item("w3", chapter));
    }

    @Test
    void apa() {
        CslStyle apa = CslStyle.load("apa", null);
        assertEquals("en-US", apa.locale());
        assertEquals(List.of(
                "王存刚. (2016). 战略环境与国家方略. 北京大学出版社.",
                "Ефременко, Д. В. (2025). Es schwindelt. Перекройка мира как MAGA-проект. Россия в глобальной политике, 23(2), 74–90.",
                "Allison, R. (2019). Russia and the Eurasian Economic Union. In A. Cooley (Ed.), Eurasian Integration (pp. 101–125). Oxford University Press."),
                apa.entries(items()));
    }

    @Test
    void gb_t_7714_numbers_the_works_in_their_order() {
        CslStyle gb = CslStyle.load("chinese-gb7714-2005-numeric", null);
        assertEquals("zh-CN", gb.locale());
        assertEquals(List.of(
                "[1]王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016.",
                "[2]ЕФРЕМЕНКО Д. В. Es schwindelt. Перекройка мира как MAGA-проект[J]. Россия в глобальной политике, 2025, 23(2): 74-90.",
                "[3]ALLISON R. Russia and the Eurasian Economic Union[M]//COOLEY A. Eurasian Integration. Oxford: Oxford University Press, 2019: 101-125."),
                gb.entries(items()));
    }

    @Test
    void gost() {
        CslStyle gost = CslStyle.load("gost-r-7-0-5-2008", null);
        assertEquals("ru-RU", gost.locale());
        assertEquals(List.of(
                "1. 王存刚. 战略环境与国家方略. 北京: 北京大学出版社, 2016.",
                "2. Ефременко Д. В. Es schwindelt. Перекройка мира как MAGA-проект // Россия в глобальной политике. 2025. Т. 23. № 2. С. 74–90.",
                "3. Allison R. Russia and the Eurasian Economic Union // Eurasian Integration / под ред. A. Cooley. Oxford: Oxford University Press, 2019. С. 101–125."),
                gost.entries(items()));
    }

    @Test
    void each_work_alone_keeps_its_number() {
        List<String> each = CslStyle.load("chinese-gb7714-2005-numeric", null).each(items());
        assertEquals(3, each.size());
        assertTrue(each.get(1).startsWith("[2]ЕФРЕМЕНКО"), each.get(1));
    }

    @Test
    void html_is_citeprocs_bibliography() {
        String html = CslStyle.load("apa", null).html(items());
        assertTrue(html.startsWith("<div class=\"csl-bib-body\">"), html);
        assertEquals(3, html.split("<div class=\"csl-entry\">", -1).length - 1, html);
        assertTrue(html.contains("<span style=\"font-style: italic\">战略环境与国家方略</span>"), html);
    }

    @Test
    void a_locale_may_be_chosen_and_a_dependent_style_is_its_parent() {
        assertEquals("en-US", CslStyle.load("gost-r-7-0-5-2008", "en-us").locale());
        CslStyle nature = CslStyle.load("nature", null);
        assertEquals(1, nature.entries(items().subList(0, 1)).size());
        InputException e = assertThrows(InputException.class, () -> CslStyle.load("apa", "xx-YY"));
        assertEquals("--locale xx-YY: no such CSL locale; expected a tag such as en-US, zh-CN or ru-RU", e.getMessage());
    }

    @Test
    void an_unknown_style_names_close_ones() {
        InputException e = assertThrows(InputException.class, () -> CslStyle.load("chicago", null));
        assertEquals("--style chicago: no such CSL style; close ones: chicago-note-bibliography, chicago-author-date, chicago-figures, "
                + "chicago-library-list, chicago-author-date-de", e.getMessage());
        e = assertThrows(InputException.class, () -> CslStyle.load("mla", null));
        assertTrue(e.getMessage().startsWith("--style mla: no such CSL style; close ones: modern-language-association, "), e.getMessage());
        e = assertThrows(InputException.class, () -> CslStyle.load("chicagoo", null));
        assertTrue(e.getMessage().startsWith("--style chicagoo: no such CSL style; close ones: chicago-note-bibliography, chicago-author-date, "), e.getMessage());
        assertTrue(CslStyle.ids().size() > 10_000, "independent and dependent styles: " + CslStyle.ids().size());
    }
}
