package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GOST R 7.0.5-2008 / 7.1-2003 references (Russian and Latin-script), the Chinese house style's
 * variants (出版社2016年版, 载《刊》2018年第2期, 译/编 markers) and the language of works in Latin
 * script, read through {@link NoteParser#parse}. Every field of every work is pinned: a field
 * not listed must be empty.
 */
class GostAndVariantsTest {

    /** The fields of one citation, one "key=value" a line, empty fields left out, in a fixed order. */
    static String fields(Citation c) {
        Work w = c.work();
        List<String> out = new ArrayList<>();
        add(out, "type", w.type);
        add(out, "title", w.title);
        add(out, "author", names(w.author));
        add(out, "editor", names(w.editor));
        add(out, "translator", names(w.translator));
        add(out, "container", w.containerTitle);
        add(out, "publisher", w.publisher);
        add(out, "place", w.publisherPlace);
        add(out, "issued", w.issued);
        add(out, "volume", w.volume);
        add(out, "issue", w.issue);
        add(out, "number", w.number);
        add(out, "page", w.page);
        add(out, "url", w.url);
        add(out, "doi", w.doi);
        add(out, "language", w.language);
        add(out, "locator", c.locator());
        return String.join("\n", out);
    }

    private static String names(List<Name> names) {
        return names.isEmpty() ? null : names.stream().map(Name::display).collect(Collectors.joining("; "));
    }

    private static void add(List<String> out, String k, String v) {
        if (v != null && !v.isBlank()) {
            out.add(k + "=" + v);
        }
    }

    /** Each work the note cites, its fields as {@link #fields}; works apart by a line "--". */
    static String read(String note) {
        NoteParser.Result r = NoteParser.parse(note);
        return r.citations().stream().map(GostAndVariantsTest::fields).collect(Collectors.joining("\n--\n"));
    }

    static Arguments note(String note, String expected) {
        return Arguments.of(note, expected.strip());
    }

    /**
     * Held out: written with their expected fields before any rule for them, and not tuned
     * against afterwards. After the first rules 0 of 12 passed (see the commit that enabled
     * them); the count today is what this test reports.
     */
    static Stream<Arguments> heldOut() {
        return Stream.of(
                note("Иванов И. И. Россия в многополярном мире : монография / И. И. Иванов, П. П. Петров ; под ред. С. С. Сидорова. – М. : Наука, 2010. – 200 с.", """
                        type=book
                        title=Россия в многополярном мире
                        author=Иванов, И. И.; Петров, П. П.
                        editor=Сидоров, С. С.
                        publisher=Наука
                        place=М.
                        issued=2010
                        language=ru
                        """),
                note("Смирнова Е. А. Евразийская интеграция и её пределы // Полис. Политические исследования. – 2019. – № 3. – С. 10–25.", """
                        type=article-journal
                        title=Евразийская интеграция и её пределы
                        author=Смирнова, Е. А.
                        container=Полис. Политические исследования
                        issued=2019
                        issue=3
                        page=10-25
                        language=ru
                        locator=10-25
                        """),
                note("Кузнецов А. В. Региональная безопасность // Россия и мир : сб. ст. / под ред. Н. Н. Орлова. – М., 2015. – С. 5–20.", """
                        type=chapter
                        title=Региональная безопасность
                        author=Кузнецов, А. В.
                        editor=Орлов, Н. Н.
                        container=Россия и мир
                        place=М.
                        issued=2015
                        page=5-20
                        language=ru
                        locator=5-20
                        """),
                note("Лавров С. В. Внешняя политика России в новых условиях [Электронный ресурс] // Министерство иностранных дел Российской Федерации. – 2022. – 14 июня. – URL: https://www.mid.ru/ru/press_service/1817001/ (дата обращения: 12.05.2023).", """
                        type=webpage
                        title=Внешняя политика России в новых условиях
                        author=Лавров, С. В.
                        container=Министерство иностранных дел Российской Федерации
                        issued=2022-06-14
                        url=https://www.mid.ru/ru/press_service/1817001/
                        language=ru
                        """),
                note("J. Dupont, “La politique étrangère de la Russie après 2014”, *Politique étrangère*, 2019, Vol.84, No.2, pp.11-24.", """
                        type=article-journal
                        title=La politique étrangère de la Russie après 2014
                        author=Dupont, J.
                        container=Politique étrangère
                        issued=2019
                        volume=84
                        issue=2
                        page=11-24
                        language=fr
                        locator=11-24
                        """),
                note("Соколов М. П. Вопросы истории. – М. ; Л. : Изд-во АН СССР, 1948. – 415 с.", """
                        type=book
                        title=Вопросы истории
                        author=Соколов, М. П.
                        publisher=Изд-во АН СССР
                        place=М.; Л.
                        issued=1948
                        language=ru
                        """),
                note("Brown A. The Myth of the Strong Leader. – London : Bodley Head, 2014. – 480 p.", """
                        type=book
                        title=The Myth of the Strong Leader
                        author=Brown, A.
                        publisher=Bodley Head
                        place=London
                        issued=2014
                        language=en
                        """),
                note("Dubois M. La Russie et l'Europe : une histoire partagée // Revue des études slaves. – 2017. – Vol. 88, № 1. – P. 45–67.", """
                        type=article-journal
                        title=La Russie et l'Europe: une histoire partagée
                        author=Dubois, M.
                        container=Revue des études slaves
                        issued=2017
                        volume=88
                        issue=1
                        page=45-67
                        language=fr
                        locator=45-67
                        """),
                note("王存刚：《战略环境与国家方略》，北京：北京大学出版社2016年版，第45页。", """
                        type=book
                        title=战略环境与国家方略
                        author=王存刚
                        publisher=北京大学出版社
                        place=北京
                        issued=2016
                        language=zh
                        locator=45
                        """),
                note("李兴：“欧亚一体化的新进展”，载《俄罗斯研究》2018年第2期，第30页。", """
                        type=article-journal
                        title=欧亚一体化的新进展
                        author=李兴
                        container=俄罗斯研究
                        issued=2018
                        issue=2
                        language=zh
                        locator=30
                        """),
                note("（俄）谢·卡拉加诺夫著，张三译：《俄罗斯的选择》，北京：世界知识出版社，2019年，第12页。", """
                        type=book
                        title=俄罗斯的选择
                        author=谢·卡拉加诺夫
                        translator=张三
                        publisher=世界知识出版社
                        place=北京
                        issued=2019
                        language=zh
                        locator=12
                        """),
                note("Müller K. Die Ostpolitik der Europäischen Union und Russland. – Berlin : Springer, 2020. – 250 S.", """
                        type=book
                        title=Die Ostpolitik der Europäischen Union und Russland
                        author=Müller, K.
                        publisher=Springer
                        place=Berlin
                        issued=2020
                        language=de
                        """));
    }

    @Disabled("held out: written before the rules they test; enabled with the first rules")
    @ParameterizedTest(name = "held out {index}: {0}")
    @MethodSource("heldOut")
    void held_out(String note, String expected) {
        assertEquals(expected, read(note), note);
    }
}
