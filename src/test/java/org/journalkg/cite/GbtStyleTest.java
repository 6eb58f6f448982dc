package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GB/T 7714 references (2005 and 2015, numeric and author-year) read through
 * {@link NoteParser#parse}, so that the hook in the dispatch is tested with the grammar. The
 * entries are written for this test. Each lists every field it should yield; a field not listed
 * must stay empty. {@code page} is the work's own range (articles, chapters, newspapers),
 * {@code locator} the pages the reference cites (a book's pages after the year).
 * Names: a person as "Family, Given", a literal (Chinese names, institutions) as printed.
 *
 * <p>The held-out entries were written before any rule of {@link GbtStyle}, and the rules were
 * not tuned on them.
 */
class GbtStyleTest {

    static Stream<Arguments> heldOut() {
        return Stream.of(
                ref("[1] 李兴. 亚欧中心跨区域合作体制机制研究[M]. 北京: 中国社会科学出版社, 2018: 112-115.",
                        "type=book", "title=亚欧中心跨区域合作体制机制研究", "author=李兴", "publisher=中国社会科学出版社",
                        "publisher-place=北京", "issued=2018", "locator=112-115", "language=zh"),
                ref("[2] 冯玉军, 尚月, 陈宇, 等. 俄罗斯经济形势与中俄经贸合作[J]. 俄罗斯东欧中亚研究, 2019(3): 1-23.",
                        "type=article-journal", "title=俄罗斯经济形势与中俄经贸合作", "author=冯玉军|尚月|陈宇",
                        "container-title=俄罗斯东欧中亚研究", "issued=2019", "issue=3", "page=1-23", "language=zh"),
                ref("[3] MEARSHEIMER J J. The tragedy of great power politics[M]. New York: W. W. Norton, 2001: 29-54.",
                        "type=book", "title=The tragedy of great power politics", "author=MEARSHEIMER, J. J.", "publisher=W. W. Norton",
                        "publisher-place=New York", "issued=2001", "locator=29-54", "language=en"),
                ref("[4] ALLISON R, BLANK S, et al. Russia and the Middle East[J]. International Affairs, 2018, 94(4): 789–806. DOI:10.1093/ia/iiy101.",
                        "type=article-journal", "title=Russia and the Middle East", "author=ALLISON, R.|BLANK, S.",
                        "container-title=International Affairs", "issued=2018", "volume=94", "issue=4", "page=789-806",
                        "DOI=10.1093/ia/iiy101", "language=en"),
                ref("[5] ТРЕНИН Д В. Новый баланс сил: Россия в поисках внешнеполитического равновесия[M]. Москва: Альпина Паблишер, 2021: 88.",
                        "type=book", "title=Новый баланс сил: Россия в поисках внешнеполитического равновесия", "author=ТРЕНИН, Д. В.",
                        "publisher=Альпина Паблишер", "publisher-place=Москва", "issued=2021", "locator=88", "language=ru"),
                ref("[6] 赵华胜. 上海合作组织的新阶段[N]. 人民日报, 2021-06-15(3).",
                        "type=article-newspaper", "title=上海合作组织的新阶段", "author=赵华胜", "container-title=人民日报",
                        "issued=2021-06-15", "page=3", "language=zh"),
                ref("[7] 孙壮志. 中亚国家的政治转型与地区安全[C]//中国社会科学院俄罗斯东欧中亚研究所. 欧亚发展报告论文集. 北京: 社会科学文献出版社, 2015: 201-219.",
                        "type=paper-conference", "title=中亚国家的政治转型与地区安全", "author=孙壮志", "editor=中国社会科学院俄罗斯东欧中亚研究所",
                        "container-title=欧亚发展报告论文集", "publisher=社会科学文献出版社", "publisher-place=北京", "issued=2015",
                        "page=201-219", "language=zh"),
                ref("[8] 张宁. 独联体框架下的区域一体化研究[D]. 上海: 华东师范大学, 2012.",
                        "type=thesis", "title=独联体框架下的区域一体化研究", "author=张宁", "publisher=华东师范大学",
                        "publisher-place=上海", "issued=2012", "language=zh"),
                ref("[9] 中华人民共和国外交部. 中俄关于新时代全面战略协作伙伴关系的联合声明[EB/OL]. (2023-03-22)[2024-01-10]. https://www.mfa.gov.cn/web/zyxw/202303/t20230322_11046188.shtml.",
                        "type=webpage", "title=中俄关于新时代全面战略协作伙伴关系的联合声明", "author=中华人民共和国外交部", "issued=2023-03-22",
                        "URL=https://www.mfa.gov.cn/web/zyxw/202303/t20230322_11046188.shtml", "language=zh"),
                ref("杨成, 2014. 欧亚经济联盟的制度设计与现实困境[J]. 国际问题研究, (5): 45-58.",
                        "type=article-journal", "title=欧亚经济联盟的制度设计与现实困境", "author=杨成", "container-title=国际问题研究",
                        "issued=2014", "issue=5", "page=45-58", "language=zh"),
                ref("［11］ KOTKIN S. Russia's perpetual geopolitics[J/OL]. Foreign Affairs, 2016, 95(3): 2-9[2020-05-01]. https://www.foreignaffairs.com/articles/ukraine/2016-04-18/russias-perpetual-geopolitics.",
                        "type=article-journal", "title=Russia's perpetual geopolitics", "author=KOTKIN, S.", "container-title=Foreign Affairs",
                        "issued=2016", "volume=95", "issue=3", "page=2-9",
                        "URL=https://www.foreignaffairs.com/articles/ukraine/2016-04-18/russias-perpetual-geopolitics", "language=en"),
                ref("12. International Crisis Group. Central Asia: decay and decline[R]. Brussels: International Crisis Group, 2011.",
                        "type=report", "title=Central Asia: decay and decline", "author=International Crisis Group",
                        "publisher=International Crisis Group", "publisher-place=Brussels", "issued=2011", "language=en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOut")
    void held_out_references(String reference, Map<String, String> expected) {
        assertEquals(expected, read(reference), reference);
    }

    private static Arguments ref(String text, String... fields) {
        Map<String, String> m = new TreeMap<>();
        for (String f : fields) {
            int eq = f.indexOf('=');
            m.put(f.substring(0, eq), f.substring(eq + 1));
        }
        return Arguments.of(text, m);
    }

    /** The fields of the one work the reference cites, as strings; else the number of works. */
    static Map<String, String> read(String reference) {
        NoteParser.Result r = NoteParser.parse(reference);
        if (r.citations().size() != 1) {
            return Map.of("citations", String.valueOf(r.citations().size()));
        }
        Citation c = r.citations().get(0);
        Work w = c.work();
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "type", w.type);
        put(m, "title", w.title);
        put(m, "author", names(w.author));
        put(m, "editor", names(w.editor));
        put(m, "translator", names(w.translator));
        put(m, "container-title", w.containerTitle);
        put(m, "publisher", w.publisher);
        put(m, "publisher-place", w.publisherPlace);
        put(m, "issued", w.issued);
        put(m, "volume", w.volume);
        put(m, "issue", w.issue);
        put(m, "page", w.page);
        put(m, "number", w.number);
        put(m, "locator", c.locator());
        put(m, "URL", w.url);
        put(m, "DOI", w.doi);
        put(m, "language", w.language);
        return new TreeMap<>(m);
    }

    private static String names(List<Name> names) {
        List<String> out = new ArrayList<>();
        for (Name n : names) {
            out.add(n.isLiteral() ? n.literal() : n.given() == null ? n.family() + "," : n.family() + ", " + n.given());
        }
        return out.isEmpty() ? null : String.join("|", out);
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
