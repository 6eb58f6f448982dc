package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    static Stream<Arguments> development() {
        return Stream.of(
                ref("[1] 王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016: 45-50.",
                        "type=book", "title=战略环境与国家方略", "author=王存刚", "publisher=北京大学出版社", "publisher-place=北京",
                        "issued=2016", "locator=45-50", "language=zh"),
                ref("[1] [美]米尔斯海默. 大国政治的悲剧[M]. 王义桅, 唐小松, 译. 上海: 上海人民出版社, 2003: 12.",
                        "type=book", "title=大国政治的悲剧", "author=米尔斯海默", "translator=王义桅|唐小松", "publisher=上海人民出版社",
                        "publisher-place=上海", "issued=2003", "locator=12", "language=zh"),
                ref("[2]袁正清，刘丰.国际关系理论的中国学派[J].世界经济与政治，2018，39(5)：4—22.",
                        "type=article-journal", "title=国际关系理论的中国学派", "author=袁正清|刘丰", "container-title=世界经济与政治",
                        "issued=2018", "volume=39", "issue=5", "page=4-22", "language=zh"),
                ref("[3] 冯绍雷. 俄罗斯与大国关系[M]//冯绍雷, 相蓝欣. 俄罗斯经济转型. 上海: 上海人民出版社, 2005: 201～235.",
                        "type=chapter", "title=俄罗斯与大国关系", "author=冯绍雷", "editor=冯绍雷|相蓝欣", "container-title=俄罗斯经济转型",
                        "publisher=上海人民出版社", "publisher-place=上海", "issued=2005", "page=201-235", "language=zh"),
                ref("[4] TSYGANKOV A P. Russia's foreign policy and the West[M]//LEGVOLD R, ed. Russian foreign policy in the twenty-first century and the shadow of the past. New York: Columbia University Press, 2007: 77-108.",
                        "type=chapter", "title=Russia's foreign policy and the West", "author=TSYGANKOV, A. P.", "editor=LEGVOLD, R.",
                        "container-title=Russian foreign policy in the twenty-first century and the shadow of the past",
                        "publisher=Columbia University Press", "publisher-place=New York", "issued=2007", "page=77-108", "language=en"),
                ref("[5] ЛУКЬЯНОВ Ф А. Россия в глобальной политике: итоги десятилетия[J]. Россия в глобальной политике, 2012, 10(4): 8-19.",
                        "type=article-journal", "title=Россия в глобальной политике: итоги десятилетия", "author=ЛУКЬЯНОВ, Ф. А.",
                        "container-title=Россия в глобальной политике", "issued=2012", "volume=10", "issue=4", "page=8-19", "language=ru"),
                ref("[6] КАРАГАНОВ С А, БОРДАЧЕВ Т В. Азиатская стратегия России[M]//ИВАНОВ И С. Россия и мир: 2020. Москва: Аспект Пресс, 2019: 45-67.",
                        "type=chapter", "title=Азиатская стратегия России", "author=КАРАГАНОВ, С. А.|БОРДАЧЕВ, Т. В.", "editor=ИВАНОВ, И. С.",
                        "container-title=Россия и мир: 2020", "publisher=Аспект Пресс", "publisher-place=Москва", "issued=2019",
                        "page=45-67", "language=ru"),
                ref("[7] SANGER D E. Biden warns Putin of severe sanctions[N]. The New York Times, 2021-12-08(A1).",
                        "type=article-newspaper", "title=Biden warns Putin of severe sanctions", "author=SANGER, D. E.",
                        "container-title=The New York Times", "issued=2021-12-08", "page=A1", "language=en"),
                ref("[8] 全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015: 15.",
                        "type=standard", "title=信息与文献 参考文献著录规则", "author=全国信息与文献标准化技术委员会", "number=GB/T 7714—2015",
                        "publisher=中国标准出版社", "publisher-place=北京", "issued=2015", "locator=15", "language=zh"),
                ref("[9] 邓一刚. 全智能节电器: 200610171314.3[P]. 2006-12-13.",
                        "type=patent", "title=全智能节电器", "author=邓一刚", "number=200610171314.3", "issued=2006-12-13", "language=zh"),
                ref("[10] World Bank. Russia economic report: the Russian economy in the wake of war[R/OL]. Washington, DC: World Bank, 2022[2023-02-01]. https://openknowledge.worldbank.org/handle/10986/37456.",
                        "type=report", "title=Russia economic report: the Russian economy in the wake of war", "author=World Bank",
                        "publisher=World Bank", "publisher-place=Washington, DC", "issued=2022",
                        "URL=https://openknowledge.worldbank.org/handle/10986/37456", "language=en"),
                ref("[11] PETROV A. Energy security and Russian foreign policy[D]. Oxford: University of Oxford, 2015.",
                        "type=thesis", "title=Energy security and Russian foreign policy", "author=PETROV, A.", "publisher=University of Oxford",
                        "publisher-place=Oxford", "issued=2015", "language=en"),
                ref("[12] ZHANG L, WANG Y. Border trade between China and Russia[C]//Proceedings of the 3rd International Conference on Eurasian Studies. Harbin: Heilongjiang University Press, 2016: 33-41.",
                        "type=paper-conference", "title=Border trade between China and Russia", "author=ZHANG, L.|WANG, Y.",
                        "container-title=Proceedings of the 3rd International Conference on Eurasian Studies",
                        "publisher=Heilongjiang University Press", "publisher-place=Harbin", "issued=2016", "page=33-41", "language=en"),
                ref("[13] 中国俄罗斯东欧中亚学会. 中俄关系七十年学术研讨会论文集[C]. 北京: [出版者不详], 2019.",
                        "type=paper-conference", "title=中俄关系七十年学术研讨会论文集", "author=中国俄罗斯东欧中亚学会", "publisher-place=北京",
                        "issued=2019", "language=zh"),
                ref("[14] Carnegie Endowment for International Peace. Russia's war on Ukraine: a timeline[EB/OL]. (2022-03-01)[2022-05-10]. https://carnegieendowment.org/2022/03/01/russia-ukraine-timeline.",
                        "type=webpage", "title=Russia's war on Ukraine: a timeline", "author=Carnegie Endowment for International Peace",
                        "issued=2022-03-01", "URL=https://carnegieendowment.org/2022/03/01/russia-ukraine-timeline", "language=en"),
                ref("[15] 新华社. 习近平同普京举行会谈[EB/OL]. 新华网, 2024-05-16[2024-06-01]. http://www.news.cn/politics/leaders/20240516/abc.htm.",
                        "type=webpage", "title=习近平同普京举行会谈", "author=新华社", "container-title=新华网", "issued=2024-05-16",
                        "URL=http://www.news.cn/politics/leaders/20240516/abc.htm", "language=zh"),
                ref("KEOHANE R O, NYE J S, 2012. Power and interdependence[M]. 4th ed. Boston: Longman: 25-30.",
                        "type=book", "title=Power and interdependence", "author=KEOHANE, R. O.|NYE, J. S.", "publisher=Longman",
                        "publisher-place=Boston", "issued=2012", "locator=25-30", "language=en"),
                ref("王存刚, 2016. 战略环境与国家方略[M]. 北京: 北京大学出版社.",
                        "type=book", "title=战略环境与国家方略", "author=王存刚", "publisher=北京大学出版社", "publisher-place=北京",
                        "issued=2016", "language=zh"),
                ref("王存刚. 2016. 战略环境与国家方略[M]. 北京: 北京大学出版社: 45-50.",
                        "type=book", "title=战略环境与国家方略", "author=王存刚", "publisher=北京大学出版社", "publisher-place=北京",
                        "issued=2016", "locator=45-50", "language=zh"),
                ref("【3】 李明. 上海合作组织研究[M]. 北京: 时事出版社, 2010.",
                        "type=book", "title=上海合作组织研究", "author=李明", "publisher=时事出版社", "publisher-place=北京",
                        "issued=2010", "language=zh"),
                ref("[21] 赵华胜. 中国的中亚外交[M]. 北京: 时事出版社; 香港: 中华书局, 2008: 33.",
                        "type=book", "title=中国的中亚外交", "author=赵华胜", "publisher=时事出版社", "publisher-place=北京",
                        "issued=2008", "locator=33", "language=zh"),
                ref("[23] 中华人民共和国国务院新闻办公室. 新时代的中国与世界[Z]. 2019-09-27.",
                        "type=document", "title=新时代的中国与世界", "author=中华人民共和国国务院新闻办公室", "issued=2019-09-27", "language=zh"),
                ref("[24] 李静杰. 论中俄战略协作伙伴关系[A]//中国社会科学院东欧中亚研究所. 俄罗斯东欧中亚国家年鉴[C]. 北京: 当代世界出版社, 1997: 1-10.",
                        "type=chapter", "title=论中俄战略协作伙伴关系", "author=李静杰", "editor=中国社会科学院东欧中亚研究所",
                        "container-title=俄罗斯东欧中亚国家年鉴", "publisher=当代世界出版社", "publisher-place=北京", "issued=1997",
                        "page=1-10", "language=zh"),
                ref("[25] 中华人民共和国外交部条约法律司. 中华人民共和国条约集: 第50集[G]. 北京: 世界知识出版社, 2005.",
                        "type=document", "title=中华人民共和国条约集: 第50集", "author=中华人民共和国外交部条约法律司",
                        "publisher=世界知识出版社", "publisher-place=北京", "issued=2005", "language=zh"),
                ref("[26] 国家统计局. 中国与俄罗斯进出口贸易数据[DB/OL]. [2024-03-01]. https://data.stats.gov.cn/easyquery.htm?cn=C01.",
                        "type=dataset", "title=中国与俄罗斯进出口贸易数据", "author=国家统计局",
                        "URL=https://data.stats.gov.cn/easyquery.htm?cn=C01", "language=zh"),
                ref("[27] SAKWA R. Russia against the rest: the post-Cold War crisis of world order[M/OL]. Cambridge: Cambridge University Press, 2017[2023-01-15]. https://doi.org/10.1017/9781316675885. DOI:10.1017/9781316675885.",
                        "type=book", "title=Russia against the rest: the post-Cold War crisis of world order", "author=SAKWA, R.",
                        "publisher=Cambridge University Press", "publisher-place=Cambridge", "issued=2017",
                        "URL=https://doi.org/10.1017/9781316675885", "DOI=10.1017/9781316675885", "language=en"),
                ref("SMITH A, JONES B, et al, 2019. Sanctions and the Russian economy[J]. Post-Soviet Affairs, 35: 1-20.",
                        "type=article-journal", "title=Sanctions and the Russian economy", "author=SMITH, A.|JONES, B.",
                        "container-title=Post-Soviet Affairs", "issued=2019", "volume=35", "page=1-20", "language=en"),
                ref("[29] 王毅. 携手共进[N]. 光明日报, 2024年3月8日（第3版）.",
                        "type=article-newspaper", "title=携手共进", "author=王毅", "container-title=光明日报", "issued=2024-03-08",
                        "page=3", "language=zh"),
                ref("[30] 孙壮志, 主编. 中亚国家发展报告(2020)[R]. 北京: 社会科学文献出版社, 2020: 5.",
                        "type=report", "title=中亚国家发展报告(2020)", "editor=孙壮志", "publisher=社会科学文献出版社",
                        "publisher-place=北京", "issued=2020", "locator=5", "language=zh"),
                ref("[31] КОРТУНОВ А В, ред. Российско-китайский диалог: модель 2020[R]. Москва: РСМД, 2020: 8.",
                        "type=report", "title=Российско-китайский диалог: модель 2020", "editor=КОРТУНОВ, А. В.", "publisher=РСМД",
                        "publisher-place=Москва", "issued=2020", "locator=8", "language=ru"),
                ref("王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016, 第45页。",
                        "type=book", "title=战略环境与国家方略", "author=王存刚", "publisher=北京大学出版社", "publisher-place=北京",
                        "issued=2016", "locator=45", "language=zh"),
                ref("参见王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016: 45.",
                        "type=book", "title=战略环境与国家方略", "author=王存刚", "publisher=北京大学出版社", "publisher-place=北京",
                        "issued=2016", "locator=45", "language=zh"),
                ref("[34] CABESTAN J.-P. China and Russia: a strategic alliance in the making?[J]. Foreign Policy Research, 2020, 64(2): 1-15.",
                        "type=article-journal", "title=China and Russia: a strategic alliance in the making?", "author=CABESTAN, J.-P.",
                        "container-title=Foreign Policy Research", "issued=2020", "volume=64", "issue=2", "page=1-15", "language=en"),
                ref("[35] TOLSTOY L. War and peace[M]. Translated by MAUDE L, MAUDE A. Oxford: Oxford University Press, 2010: 100.",
                        "type=book", "title=War and peace", "author=TOLSTOY, L.", "translator=MAUDE, L.|MAUDE, A.",
                        "publisher=Oxford University Press", "publisher-place=Oxford", "issued=2010", "locator=100", "language=en"),
                ref("SANGER D E, 2021. Biden warns Putin of severe sanctions[N]. The New York Times, 12-08(A1).",
                        "type=article-newspaper", "title=Biden warns Putin of severe sanctions", "author=SANGER, D. E.",
                        "container-title=The New York Times", "issued=2021-12-08", "page=A1", "language=en"),
                ref("[37] 李新. 欧亚经济联盟的发展前景[J]. 俄罗斯学刊, 2015, 5(1/2): 5-15.",
                        "type=article-journal", "title=欧亚经济联盟的发展前景", "author=李新", "container-title=俄罗斯学刊", "issued=2015",
                        "volume=5", "issue=1/2", "page=5-15", "language=zh"),
                ref("[38] 上海合作组织宪章[Z]. 2002-06-07.",
                        "type=document", "title=上海合作组织宪章", "issued=2002-06-07", "language=zh"),
                ref("[39] U.S. Department of State. Integrated country strategy: Kazakhstan[R/OL]. (2022-04-15)[2023-01-01]. https://www.state.gov/wp-content/uploads/2022/04/ICS_SCA_Kazakhstan.pdf.",
                        "type=report", "title=Integrated country strategy: Kazakhstan", "author=U.S. Department of State", "issued=2022-04-15",
                        "URL=https://www.state.gov/wp-content/uploads/2022/04/ICS_SCA_Kazakhstan.pdf", "language=en"),
                ref("2. WANG Cungang. China's strategic environment[M]. Singapore: Springer, 2021: 7.",
                        "type=book", "title=China's strategic environment", "author=WANG, Cungang", "publisher=Springer",
                        "publisher-place=Singapore", "issued=2021", "locator=7", "language=en"),
                ref("[40] 刘加林. 多功能一次性压舌板: 中国, 92214985.2[P]. 1993-04-14.",
                        "type=patent", "title=多功能一次性压舌板", "author=刘加林", "number=92214985.2", "issued=1993-04-14", "language=zh"),
                ref("[41] 邢广程编著. 中国和新独立的中亚国家关系[M]. 哈尔滨: 黑龙江教育出版社, 1996.",
                        "type=book", "title=中国和新独立的中亚国家关系", "editor=邢广程", "publisher=黑龙江教育出版社",
                        "publisher-place=哈尔滨", "issued=1996", "language=zh"),
                ref("[42] 张弘. 乌克兰危机与欧亚地缘格局[J]. 俄罗斯研究, 2015年第2期: 33-50.",
                        "type=article-journal", "title=乌克兰危机与欧亚地缘格局", "author=张弘", "container-title=俄罗斯研究",
                        "issued=2015", "issue=2", "page=33-50", "language=zh"),
                ref("[43]MEARSHEIMER J J.The tragedy of great power politics[M].New York:W. W. Norton,2001:29-54.",
                        "type=book", "title=The tragedy of great power politics", "author=MEARSHEIMER, J. J.", "publisher=W. W. Norton",
                        "publisher-place=New York", "issued=2001", "locator=29-54", "language=en"),
                ref("[44] SMITH A et al. Sanctions and Russia[J]. Survival, 2019, 61(2): 7-20.",
                        "type=article-journal", "title=Sanctions and Russia", "author=SMITH, A.", "container-title=Survival",
                        "issued=2019", "volume=61", "issue=2", "page=7-20", "language=en"),
                ref("[45] Иванов И.И., Петров П.П. и др. Россия и Китай[M]. Москва: Весь мир, 2018.",
                        "type=book", "title=Россия и Китай", "author=Иванов, И. И.|Петров, П. П.", "publisher=Весь мир",
                        "publisher-place=Москва", "issued=2018", "language=ru"),
                ref("[46] 人民日报评论员. 推动中俄关系行稳致远[N]. 人民日报, 2023-03-23(1).",
                        "type=article-newspaper", "title=推动中俄关系行稳致远", "author=人民日报评论员", "container-title=人民日报",
                        "issued=2023-03-23", "page=1", "language=zh"),
                ref("王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016: 45. 该书认为战略环境决定方略。",
                        "type=book", "title=战略环境与国家方略", "author=王存刚", "publisher=北京大学出版社", "publisher-place=北京",
                        "issued=2016", "locator=45", "language=zh"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("development")
    void development_references(String reference, Map<String, String> expected) {
        assertEquals(expected, read(reference), reference);
    }

    @Test
    void several_references_in_one_note() {
        NoteParser.Result r = NoteParser.parse("[1] 王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016: 45；"
                + "冯玉军. 俄罗斯经济形势[J]. 俄罗斯东欧中亚研究, 2019(3): 1-23.");
        assertEquals(2, r.citations().size());
        assertEquals("45", r.citations().get(0).locator());
        assertEquals("北京大学出版社", r.citations().get(0).work().publisher);
        assertEquals("article-journal", r.citations().get(1).work().type);
        assertEquals("1-23", r.citations().get(1).work().page);
    }

    @Test
    void a_reference_that_reads_as_nothing_is_unparsed() {
        NoteParser.Result r = NoteParser.parse("[7] 战略环境与国家方略[M].");
        assertTrue(r.citations().isEmpty());
        assertFalse(r.parsed());
    }

    @Test
    void commentary_before_the_reference_is_not_an_author() {
        Work w = NoteParser.parse("关于这一点，参见王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016: 45.").citations().get(0).work();
        assertEquals(List.of(Name.literal("王存刚")), w.author);
        assertEquals("战略环境与国家方略", w.title);
    }

    @Test
    void other_styles_are_not_read_as_gbt() {
        assertNull(GbtStyle.parse("冯绍雷：《制度变迁与对外关系》，上海：上海人民出版社，1997 年，第 66 页"));
        assertNull(GbtStyle.parse("R. Sakwa, *Russia against the Rest*, Cambridge: Cambridge University Press, 2017, p.20."));
        assertNull(GbtStyle.parse("Лукьянов Ф. Украинский вопрос// Россия в глобальной политике. 2018. Т.16. №2-3. С.175."));
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
        return OneWork.read(reference, n -> n.isLiteral() ? n.literal() : n.given() == null ? n.family() + "," : n.family() + ", " + n.given());
    }
}
