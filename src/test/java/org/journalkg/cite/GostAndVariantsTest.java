package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
     * Held out: written with their expected fields before any rule for them (0 of 12 passed
     * then), and not tuned against afterwards. The first rules passed 12 of 12, but these notes
     * had been in view while the rules were written, so {@link #heldOutSecond} measures too.
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

    /**
     * A second held-out set, written after the first rules and run against them unchanged,
     * because the first set had been in view while those rules were written: 12 of 13 passed.
     * The 5th failed (the approval "утв. Указом … от 2 июля 2021 г." stayed in the title); the
     * rule for approvals was added after that count.
     */
    static Stream<Arguments> heldOutSecond() {
        return Stream.of(
                note("Богатуров А. Д. Международные отношения в Центральной Азии : события и документы / А. Д. Богатуров, А. С. Дундич, В. Г. Коргун ; отв. ред. А. Д. Богатуров. – М. : Аспект Пресс, 2011. – 549 с.", """
                        type=book
                        title=Международные отношения в Центральной Азии: события и документы
                        author=Богатуров, А. Д.; Дундич, А. С.; Коргун, В. Г.
                        editor=Богатуров, А. Д.
                        publisher=Аспект Пресс
                        place=М.
                        issued=2011
                        language=ru
                        """),
                note("Тренин Д. В. Новый баланс сил // Россия в глобальной политике. – 2019. – Т. 17, № 4. – С. 8–21.", """
                        type=article-journal
                        title=Новый баланс сил
                        author=Тренин, Д. В.
                        container=Россия в глобальной политике
                        issued=2019
                        volume=17
                        issue=4
                        page=8-21
                        language=ru
                        locator=8-21
                        """),
                note("Лукин А. В. Россия и Китай: к новому качеству отношений // Восточная Азия: факты и аналитика. – 2020. – № 2. – С. 7.", """
                        type=article-journal
                        title=Россия и Китай: к новому качеству отношений
                        author=Лукин, А. В.
                        container=Восточная Азия: факты и аналитика
                        issued=2020
                        issue=2
                        language=ru
                        locator=7
                        """),
                note("Габуев А. Россия и Китай сближаются // Коммерсантъ. – 2021. – 15 марта. – С. 6.", """
                        type=article-newspaper
                        title=Россия и Китай сближаются
                        author=Габуев, А.
                        container=Коммерсантъ
                        issued=2021-03-15
                        language=ru
                        locator=6
                        """),
                note("Стратегия национальной безопасности Российской Федерации [Электронный ресурс] : утв. Указом Президента Рос. Федерации от 2 июля 2021 г. № 400. – URL: http://www.kremlin.ru/acts/bank/47046 (дата обращения: 01.02.2024).", """
                        type=report
                        title=Стратегия национальной безопасности Российской Федерации
                        issued=2021-07-02
                        url=http://www.kremlin.ru/acts/bank/47046
                        language=ru
                        """),
                note("Кортунов А. В. Миропорядок после пандемии / А. В. Кортунов. – Текст : электронный // Российский совет по международным делам : [сайт]. – 2020. – 12 мая. – URL: https://russiancouncil.ru/analytics-and-comments/analytics/miroporyadok/ (дата обращения: 10.01.2024).", """
                        type=webpage
                        title=Миропорядок после пандемии
                        author=Кортунов, А. В.
                        container=Российский совет по международным делам
                        issued=2020-05-12
                        url=https://russiancouncil.ru/analytics-and-comments/analytics/miroporyadok/
                        language=ru
                        """),
                note("Sakwa R. Russia against the Rest : The Post-Cold War Crisis of World Order / R. Sakwa. – Cambridge : Cambridge University Press, 2017. – 372 p.", """
                        type=book
                        title=Russia against the Rest: The Post-Cold War Crisis of World Order
                        author=Sakwa, R.
                        publisher=Cambridge University Press
                        place=Cambridge
                        issued=2017
                        language=en
                        """),
                note("Mankoff J. Russian Foreign Policy: The Return of Great Power Politics. – 2nd ed. – Lanham : Rowman & Littlefield, 2012. – 384 p.", """
                        type=book
                        title=Russian Foreign Policy: The Return of Great Power Politics
                        author=Mankoff, J.
                        publisher=Rowman & Littlefield
                        place=Lanham
                        issued=2012
                        language=en
                        """),
                note("Laruelle M. Le nouveau nationalisme russe : des repères pour comprendre. – Paris : Éditions de l'Œuvre, 2010. – 230 p.", """
                        type=book
                        title=Le nouveau nationalisme russe: des repères pour comprendre
                        author=Laruelle, M.
                        publisher=Éditions de l'Œuvre
                        place=Paris
                        issued=2010
                        language=fr
                        """),
                note("冯绍雷主编：《大国关系与欧亚秩序》，上海：华东师范大学出版社2019年版，第88页。", """
                        type=book
                        title=大国关系与欧亚秩序
                        editor=冯绍雷
                        publisher=华东师范大学出版社
                        place=上海
                        issued=2019
                        language=zh
                        locator=88
                        """),
                note("王毅：“携手共建人类命运共同体”，载《人民日报》2024年3月8日第3版。", """
                        type=article-newspaper
                        title=携手共建人类命运共同体
                        author=王毅
                        container=人民日报
                        issued=2024-03-08
                        language=zh
                        locator=3
                        """),
                note("冯玉军：“俄罗斯外交的新变化”，载《国际问题研究》，2019年第3期，第40页。", """
                        type=article-journal
                        title=俄罗斯外交的新变化
                        author=冯玉军
                        container=国际问题研究
                        issued=2019
                        issue=3
                        language=zh
                        locator=40
                        """),
                note("Stent A. Putins Welt : Russland gegen den Westen und mit dem Rest. – Berlin : Ullstein, 2019. – 416 S.", """
                        type=book
                        title=Putins Welt: Russland gegen den Westen und mit dem Rest
                        author=Stent, A.
                        publisher=Ullstein
                        place=Berlin
                        issued=2019
                        language=de
                        """));
    }

    @ParameterizedTest(name = "held out, second set {index}: {0}")
    @MethodSource("heldOutSecond")
    void held_out_second(String note, String expected) {
        assertEquals(expected, read(note), note);
    }

    @ParameterizedTest(name = "held out {index}: {0}")
    @MethodSource("heldOut")
    void held_out(String note, String expected) {
        assertEquals(expected, read(note), note);
    }
}
