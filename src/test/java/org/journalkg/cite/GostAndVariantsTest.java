package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    /** Development cases: every field of every work, the rules written and corrected against them. */
    static Stream<Arguments> development() {
        return Stream.of(
                // GOST books
                note("Иванов И. И. Теория международных отношений. - М. : Наука, 2010. - 200 с.", """
                        type=book
                        title=Теория международных отношений
                        author=Иванов, И. И.
                        publisher=Наука
                        place=М.
                        issued=2010
                        language=ru
                        """),
                note("Иванов, И. И. Внешняя политика России / И. И. Иванов. – СПб. : Питер, 2015. – 320 с. – ISBN 978-5-4461-0000-0.", """
                        type=book
                        title=Внешняя политика России
                        author=Иванов, И. И.
                        publisher=Питер
                        place=СПб.
                        issued=2015
                        language=ru
                        """),
                note("Петров П. П. Россия и Азия. – М. : Наука ; СПб. : Питер, 2012. – 250 с.", """
                        type=book
                        title=Россия и Азия
                        author=Петров, П. П.
                        publisher=Наука; Питер
                        place=М.; СПб.
                        issued=2012
                        language=ru
                        """),
                note("Россия в АТР : монография / И. И. Иванов, П. П. Петров, С. С. Сидоров [и др.]. – М. : ИМЭМО РАН, 2020. – 180 с.", """
                        type=book
                        title=Россия в АТР
                        author=Иванов, И. И.; Петров, П. П.; Сидоров, С. С.
                        publisher=ИМЭМО РАН
                        place=М.
                        issued=2020
                        language=ru
                        """),
                note("Киссинджер Г. Мировой порядок / Г. Киссинджер ; пер. с англ. В. Желнинова, А. Милюкова. – М. : АСТ, 2015. – 512 с.", """
                        type=book
                        title=Мировой порядок
                        author=Киссинджер, Г.
                        translator=Желнинов, В.; Милюков, А.
                        publisher=АСТ
                        place=М.
                        issued=2015
                        language=ru
                        """),
                note("Россия и Китай : сб. ст. / под общ. ред. А. В. Лукина. – М. : Весь мир, 2019. – 400 с.", """
                        type=book
                        title=Россия и Китай
                        editor=Лукин, А. В.
                        publisher=Весь мир
                        place=М.
                        issued=2019
                        language=ru
                        """),
                note("Шахназаров Г. Х. Цена свободы. – М.; Л.: Госиздат, 1927. – 96 с.", """
                        type=book
                        title=Цена свободы
                        author=Шахназаров, Г. Х.
                        publisher=Госиздат
                        place=М.; Л.
                        issued=1927
                        language=ru
                        """),
                note("Иванов И. И. Россия и Запад. – М. : Наука, 2010. – С. 45.", """
                        type=book
                        title=Россия и Запад
                        author=Иванов, И. И.
                        publisher=Наука
                        place=М.
                        issued=2010
                        language=ru
                        locator=45
                        """),
                note("Соловьёв С. М. История России с древнейших времён. – М. : Мысль, 1988. – Т. 3. – С. 120.", """
                        type=book
                        title=История России с древнейших времён
                        author=Соловьёв, С. М.
                        publisher=Мысль
                        place=М.
                        issued=1988
                        volume=3
                        language=ru
                        locator=120
                        """),
                note("См.: Орлов А. А. Евразийский выбор. – Новосибирск : Наука, 2018. – 240 с.", """
                        type=book
                        title=Евразийский выбор
                        author=Орлов, А. А.
                        publisher=Наука
                        place=Новосибирск
                        issued=2018
                        language=ru
                        """),
                // Marks of the full form without its dashes; roles in a row; a title after "Mr."
                note("Замятин Д. Н. Культура и пространство : Моделирование географических образов. М.: Знак, 2006. С.86.", """
                        type=book
                        title=Культура и пространство: Моделирование географических образов
                        author=Замятин, Д. Н.
                        publisher=Знак
                        place=М.
                        issued=2006
                        language=ru
                        locator=86
                        """),
                note("Иванов И. И. Название книги / И. И. Иванов. М. : Наука, 2010. 200 с.", """
                        type=book
                        title=Название книги
                        author=Иванов, И. И.
                        publisher=Наука
                        place=М.
                        issued=2010
                        language=ru
                        """),
                note("Вебер М. Избранные произведения : пер. с нем. / М. Вебер ; сост., общ. ред. и послесл. Ю. Н. Давыдова. – М. : Прогресс, 1990. – 808 с.", """
                        type=book
                        title=Избранные произведения
                        author=Вебер, М.
                        editor=Давыдов, Ю. Н.
                        publisher=Прогресс
                        place=М.
                        issued=1990
                        language=ru
                        """),
                note("Hill F., Gaddy C. G. Mr. Putin: Operative in the Kremlin. – Washington : Brookings Institution Press, 2015. – 528 p.", """
                        type=book
                        title=Mr. Putin: Operative in the Kremlin
                        author=Hill, F.; Gaddy, C. G.
                        publisher=Brookings Institution Press
                        place=Washington
                        issued=2015
                        language=en
                        """),
                note("Иванов И. И. Азия / И. И. Иванов ; Петров П. П. Европа / П. П. Петров.", """
                        type=book
                        title=Азия
                        author=Иванов, И. И.
                        language=ru
                        --
                        type=book
                        title=Европа
                        author=Петров, П. П.
                        language=ru
                        """),
                note("Путин В. В. Россия сосредотачивается / Известия. 2012. 16 января.", """
                        type=article-newspaper
                        title=Россия сосредотачивается
                        author=Путин, В. В.
                        container=Известия
                        issued=2012-01-16
                        language=ru
                        """),
                note("Кортунов А. Мир после пандемии : взгляд из России. 12 мая 2020 г. https://russiancouncil.ru/analytics/1", """
                        type=webpage
                        title=Мир после пандемии: взгляд из России
                        author=Кортунов, А.
                        issued=2020-05-12
                        url=https://russiancouncil.ru/analytics/1
                        language=ru
                        """),
                note("Иванов И. Россия – 2020. М.: Наука, 2020.", """
                        type=book
                        title=Россия – 2020
                        author=Иванов, И.
                        publisher=Наука
                        place=М.
                        issued=2020
                        language=ru
                        """),
                // GOST articles, chapters, newspapers
                note("Лукьянов Ф. А. Украинский вопрос // Россия в глобальной политике. – 2018. – Т. 16, № 2. – С. 175–190.", """
                        type=article-journal
                        title=Украинский вопрос
                        author=Лукьянов, Ф. А.
                        container=Россия в глобальной политике
                        issued=2018
                        volume=16
                        issue=2
                        page=175-190
                        language=ru
                        locator=175-190
                        """),
                note("Петров П. П. Новая геополитика / П. П. Петров // Вестник МГИМО-Университета. 2018. № 4. С. 30–45.", """
                        type=article-journal
                        title=Новая геополитика
                        author=Петров, П. П.
                        container=Вестник МГИМО-Университета
                        issued=2018
                        issue=4
                        page=30-45
                        language=ru
                        locator=30-45
                        """),
                note("Смирнов В. В. Балканы после 1991 года // Вестник СПбГУ. Сер. 6. – 2015. – Вып. 2. – С. 5–14.", """
                        type=article-journal
                        title=Балканы после 1991 года
                        author=Смирнов, В. В.
                        container=Вестник СПбГУ. Сер. 6
                        issued=2015
                        issue=2
                        page=5-14
                        language=ru
                        locator=5-14
                        """),
                note("Козлов Н. Н. Газовый вопрос // Российская газета. – 2020. – 12 мая. – № 100. – С. 3.", """
                        type=article-newspaper
                        title=Газовый вопрос
                        author=Козлов, Н. Н.
                        container=Российская газета
                        issued=2020-05-12
                        issue=100
                        language=ru
                        locator=3
                        """),
                note("Сидоров С. С. Рубль и юань // Мировая экономика и международные отношения. – 2021. – Т. 65, № 4(12). – С. 5–14. – DOI: 10.20542/0131-2227-2021-65-4-5-14.", """
                        type=article-journal
                        title=Рубль и юань
                        author=Сидоров, С. С.
                        container=Мировая экономика и международные отношения
                        issued=2021
                        volume=65
                        issue=4
                        page=5-14
                        doi=10.20542/0131-2227-2021-65-4-5-14
                        language=ru
                        locator=5-14
                        """),
                note("Сидоров С. С. Россия на Кавказе // Россия и мир : сб. науч. тр. / отв. ред. И. И. Иванов. – М. : ИНИОН, 2015. – С. 5–20.", """
                        type=chapter
                        title=Россия на Кавказе
                        author=Сидоров, С. С.
                        editor=Иванов, И. И.
                        container=Россия и мир
                        publisher=ИНИОН
                        place=М.
                        issued=2015
                        page=5-20
                        language=ru
                        locator=5-20
                        """),
                note("Сидоров С. С. Азиатский вектор // Материалы международной конференции «Россия и Азия» (Москва, 12–13 мая 2019 г.). – М. : МГИМО, 2019. – С. 10–15.", """
                        type=chapter
                        title=Азиатский вектор
                        author=Сидоров, С. С.
                        container=Материалы международной конференции «Россия и Азия» (Москва, 12–13 мая 2019 г.)
                        publisher=МГИМО
                        place=М.
                        issued=2019
                        page=10-15
                        language=ru
                        locator=10-15
                        """),
                note("О безопасности : федер. закон от 28.12.2010 № 390-ФЗ // Собрание законодательства Рос. Федерации. – 2011. – № 1. – Ст. 2.", """
                        type=legislation
                        title=О безопасности
                        container=Собрание законодательства Рос. Федерации
                        issued=2010-12-28
                        issue=1
                        number=390-ФЗ
                        language=ru
                        """),
                // GOST electronic resources
                note("Концепция внешней политики Российской Федерации [Электронный ресурс]. – URL: https://mid.ru/ru/foreign_policy/official_documents/1860586/ (дата обращения: 12.05.2023).", """
                        type=report
                        title=Концепция внешней политики Российской Федерации
                        url=https://mid.ru/ru/foreign_policy/official_documents/1860586/
                        language=ru
                        """),
                note("Черненко Е. Переговоры зашли в тупик. – Текст : электронный // Коммерсантъ : [сайт]. – 2022. – 3 марта. – URL: https://www.kommersant.ru/doc/5240000 (дата обращения: 04.03.2022).", """
                        type=article-newspaper
                        title=Переговоры зашли в тупик
                        author=Черненко, Е.
                        container=Коммерсантъ
                        issued=2022-03-03
                        url=https://www.kommersant.ru/doc/5240000
                        language=ru
                        """),
                // Two works, and semicolons that are not between works
                note("Иванов И. И. Книга о Евразии. – М. : Наука, 2010. – 200 с.; Петров П. П. Статья о Евразии // Полис. – 2019. – № 3. – С. 10–25.", """
                        type=book
                        title=Книга о Евразии
                        author=Иванов, И. И.
                        publisher=Наука
                        place=М.
                        issued=2010
                        language=ru
                        --
                        type=article-journal
                        title=Статья о Евразии
                        author=Петров, П. П.
                        container=Полис
                        issued=2019
                        issue=3
                        page=10-25
                        language=ru
                        locator=10-25
                        """),
                note("Бжезинский З. Великая шахматная доска / З. Бжезинский ; пер. с англ. О. Уральской. – М. : Междунар. отношения, 1998. – 256 с.; Хантингтон С. Столкновение цивилизаций. – М. : АСТ, 2003. – 603 с.", """
                        type=book
                        title=Великая шахматная доска
                        author=Бжезинский, З.
                        translator=Уральская, О.
                        publisher=Междунар. отношения
                        place=М.
                        issued=1998
                        language=ru
                        --
                        type=book
                        title=Столкновение цивилизаций
                        author=Хантингтон, С.
                        publisher=АСТ
                        place=М.
                        issued=2003
                        language=ru
                        """),
                // Ukrainian
                note("Шевчук О. Зовнішня політика України // Політика і час. – 2019. – № 3. – С. 12–20.", """
                        type=article-journal
                        title=Зовнішня політика України
                        author=Шевчук, О.
                        container=Політика і час
                        issued=2019
                        issue=3
                        page=12-20
                        language=uk
                        locator=12-20
                        """),
                note("Кулеба Д. Війна за реальність. – Київ : Книголав, 2019. – 320 с.", """
                        type=book
                        title=Війна за реальність
                        author=Кулеба, Д.
                        publisher=Книголав
                        place=Київ
                        issued=2019
                        language=uk
                        """),
                // Latin-script GOST
                note("Smith J. Eurasian Integration Revisited // Journal of Eurasian Studies. – 2018. – Vol. 9, No. 2. – P. 10–20.", """
                        type=article-journal
                        title=Eurasian Integration Revisited
                        author=Smith, J.
                        container=Journal of Eurasian Studies
                        issued=2018
                        volume=9
                        issue=2
                        page=10-20
                        language=en
                        locator=10-20
                        """),
                note("Smith J., Brown A. The Russian Question. – New York ; London : Routledge, 2018. – 300 p.", """
                        type=book
                        title=The Russian Question
                        author=Smith, J.; Brown, A.
                        publisher=Routledge
                        place=New York; London
                        issued=2018
                        language=en
                        """),
                note("Trenin D. Russia and China [Electronic resource] // Carnegie Moscow Center. – 2019. – 5 March. – URL: https://carnegie.ru/commentary/78500 (accessed: 12.05.2023).", """
                        type=webpage
                        title=Russia and China
                        author=Trenin, D.
                        container=Carnegie Moscow Center
                        issued=2019-03-05
                        url=https://carnegie.ru/commentary/78500
                        language=en
                        """),
                note("García L. La política exterior de Rusia. – Madrid : Catarata, 2016. – 200 p.", """
                        type=book
                        title=La política exterior de Rusia
                        author=García, L.
                        publisher=Catarata
                        place=Madrid
                        issued=2016
                        language=es
                        """),
                note("Rossi M. La politica estera della Russia. – Roma : Carocci, 2015. – 250 p.", """
                        type=book
                        title=La politica estera della Russia
                        author=Rossi, M.
                        publisher=Carocci
                        place=Roma
                        issued=2015
                        language=it
                        """),
                // Chinese variants
                note("王存刚：《战略环境与国家方略》，北京大学出版社2016年版，第45页。", """
                        type=book
                        title=战略环境与国家方略
                        author=王存刚
                        publisher=北京大学出版社
                        issued=2016
                        language=zh
                        locator=45
                        """),
                note("张三：“区域合作的逻辑”，载《欧亚研究文集》，世界知识出版社，2019年，第10页。", """
                        type=chapter
                        title=区域合作的逻辑
                        author=张三
                        container=欧亚研究文集
                        publisher=世界知识出版社
                        issued=2019
                        language=zh
                        locator=10
                        """),
                note("王毅：“携手共进”，《人民日报》2024年3月8日第3版。", """
                        type=article-newspaper
                        title=携手共进
                        author=王毅
                        container=人民日报
                        issued=2024-03-08
                        language=zh
                        locator=3
                        """),
                note("李兴：“欧亚一体化”，《俄罗斯研究》2018年第2期，第30页。", """
                        type=article-journal
                        title=欧亚一体化
                        author=李兴
                        container=俄罗斯研究
                        issued=2018
                        issue=2
                        language=zh
                        locator=30
                        """),
                note("《软实力》，[美]约瑟夫·奈著，马娟娟译，北京：中信出版社，2013年版，第5页。", """
                        type=book
                        title=软实力
                        author=约瑟夫·奈
                        translator=马娟娟
                        publisher=中信出版社
                        place=北京
                        issued=2013
                        language=zh
                        locator=5
                        """),
                note("李静杰、郑羽主编：《俄罗斯与当代世界》，北京：世界知识出版社，1998年，第12页。", """
                        type=book
                        title=俄罗斯与当代世界
                        editor=李静杰; 郑羽
                        publisher=世界知识出版社
                        place=北京
                        issued=1998
                        language=zh
                        locator=12
                        """),
                note("（俄）谢·卡拉加诺夫：“转向东方”，载〔俄〕安·科尔图诺夫主编：《欧亚秩序》，北京：社会科学文献出版社，2020年，第7—20页。", """
                        type=chapter
                        title=转向东方
                        author=谢·卡拉加诺夫
                        editor=安·科尔图诺夫
                        container=欧亚秩序
                        publisher=社会科学文献出版社
                        place=北京
                        issued=2020
                        language=zh
                        locator=7-20
                        """),
                note("王五，赵六主编：《上海合作组织二十年》，北京：时事出版社，2021年，第3页。", """
                        type=book
                        title=上海合作组织二十年
                        editor=王五; 赵六
                        publisher=时事出版社
                        place=北京
                        issued=2021
                        language=zh
                        locator=3
                        """),
                note("[美]约瑟夫·奈、[美]罗伯特·基欧汉著，门洪华译：《权力与相互依赖》，北京：北京大学出版社2002年版，第5页。", """
                        type=book
                        title=权力与相互依赖
                        author=约瑟夫·奈; 罗伯特·基欧汉
                        translator=门洪华
                        publisher=北京大学出版社
                        place=北京
                        issued=2002
                        language=zh
                        locator=5
                        """),
                note("“欧亚经济联盟”，载《俄罗斯研究》2018年第2期。", """
                        type=article-journal
                        title=欧亚经济联盟
                        container=俄罗斯研究
                        issued=2018
                        issue=2
                        language=zh
                        """),
                note("王毅：“文章”，载《人民日报》2024年3月8日。", """
                        type=article-newspaper
                        title=文章
                        author=王毅
                        container=人民日报
                        issued=2024-03-08
                        language=zh
                        """),
                // Languages of works in the journal's English style
                note("M. Laruelle, *Le nouveau nationalisme russe*, Paris: L'Œuvre, 2010, p.15.", """
                        type=book
                        title=Le nouveau nationalisme russe
                        author=Laruelle, M.
                        publisher=L'Œuvre
                        place=Paris
                        issued=2010
                        language=fr
                        locator=15
                        """),
                note("A. Rahr, *Der kalte Freund: Warum wir Russland brauchen*, München: Hanser, 2011.", """
                        type=book
                        title=Der kalte Freund: Warum wir Russland brauchen
                        author=Rahr, A.
                        publisher=Hanser
                        place=München
                        issued=2011
                        language=de
                        """),
                note("J. Smith, *Russia – 2020 and Beyond*, London: Routledge, 2020.", """
                        type=book
                        title=Russia – 2020 and Beyond
                        author=Smith, J.
                        publisher=Routledge
                        place=London
                        issued=2020
                        language=en
                        """),
                note("Fukuyama F. The End of History? // The National Interest. 1989. No. 16. P. 3–18.", """
                        type=article-journal
                        title=The End of History?
                        author=Fukuyama, F.
                        container=The National Interest
                        issued=1989
                        issue=16
                        page=3-18
                        language=en
                        locator=3-18
                        """),
                note("A. Lieven, “Alexis de Tocqueville in Russia”, *Survival*, 2019, Vol.61, No.2, pp.7-8.", """
                        type=article-journal
                        title=Alexis de Tocqueville in Russia
                        author=Lieven, A.
                        container=Survival
                        issued=2019
                        volume=61
                        issue=2
                        page=7-8
                        language=en
                        locator=7-8
                        """),
                note("F. Fukuyama, *El fin de la historia y el último hombre*, Barcelona: Planeta, 1992.", """
                        type=book
                        title=El fin de la historia y el último hombre
                        author=Fukuyama, F.
                        publisher=Planeta
                        place=Barcelona
                        issued=1992
                        language=es
                        """),
                note("J. Nowak, *Polityka zagraniczna Rosji w XXI wieku*, Warszawa: PWN, 2018.", """
                        type=book
                        title=Polityka zagraniczna Rosji w XXI wieku
                        author=Nowak, J.
                        publisher=PWN
                        place=Warszawa
                        issued=2018
                        language=pl
                        """),
                note("R. Sakwa, *Russia against the Rest*, Cambridge: Cambridge University Press, 2017.", """
                        type=book
                        title=Russia against the Rest
                        author=Sakwa, R.
                        publisher=Cambridge University Press
                        place=Cambridge
                        issued=2017
                        language=en
                        """));
    }

    @Test
    void languages_from_words_and_letters() {
        assertEquals("fr", Languages.detect("La Russie et l'Europe : une histoire partagée"));
        assertEquals("de", Languages.detect("Die Ostpolitik der Europäischen Union und Russland"));
        assertEquals("es", Languages.detect("La política exterior de Rusia"));
        assertEquals("it", Languages.detect("La politica estera della Russia"));
        assertEquals("pt", Languages.detect("A política externa do Brasil e a Rússia"));
        assertEquals("pl", Languages.detect("Polityka zagraniczna Rosji w XXI wieku"));
        assertEquals("en", Languages.detect("The Myth of the Strong Leader"));
        assertEquals("en", Languages.detect("Charles de Gaulle and Europe"));
        assertEquals("en", Languages.detect("Eastern Turn 2.0"));
        assertEquals("ru", Languages.detect("Россия в глобальной политике"));
        assertEquals("uk", Languages.detect("Зовнішня політика України"));
        assertEquals("be", Languages.detect("Беларуская мова ў свеце"));
        assertEquals("kk", Languages.detect("Қазақстан және Ресей"));
        assertEquals("zh", Languages.detect("战略环境与国家方略"));
        assertNull(Languages.detect("2024"));
        // Only a style's "en" (or no language) is corrected among Latin languages, only its "ru" among Cyrillic ones.
        Work w = new Work();
        w.title = "Es schwindelt. Перекройка мира как MAGA-проект";
        w.language = "ru";
        Languages.apply(w);
        assertEquals("ru", w.language);
        w.title = "Eurasisme";
        w.containerTitle = "Revue des études slaves";
        w.language = "en";
        Languages.apply(w);
        assertEquals("fr", w.language, "a title of one word: the container decides");
    }

    @Test
    void semicolons_inside_a_gost_reference_do_not_split_it() {
        String kept = NoteParser.keepGostSemicolons("Соколов М. П. Вопросы истории. – М. ; Л. : Изд-во АН СССР, 1948; Иванов И. И. Книга. – М. : Наука, 2010.");
        assertEquals(2, Fields.splitTop(kept, ";").size(), kept);
        assertEquals(1, Fields.splitTop(NoteParser.keepGostSemicolons("Книга / И. И. Иванов ; под ред. С. С. Сидорова. – М., 2010."), ";").size());
        assertEquals(1, Fields.splitTop(NoteParser.keepGostSemicolons("Книга. – М. : Наука ; СПб. : Питер, 2010."), ";").size());
        // The house style's works apart by "；" or "; " split as before.
        assertEquals(2, NoteParser.parse("Дугин А. Г. Евразийский путь. М.: Арктогея-Центр, 2002; Панарин А. С. Православная цивилизация в глобальном мире. М.: Алгоритм, 2002.").citations().size());
    }

    @ParameterizedTest(name = "development {index}: {0}")
    @MethodSource("development")
    void development(String note, String expected) {
        assertEquals(expected, read(note), note);
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
