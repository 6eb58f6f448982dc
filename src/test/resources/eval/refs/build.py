# -*- coding: utf-8 -*-
# Builds refs-heldout.json. Entries written by hand; this script only serialises them.
import json

E = []
def add(id_, style, text, expected):
    E.append({"id": id_, "style": style, "text": text, "expected": expected})

def L(s): return {"literal": s}
def P(f, g=None):
    d = {"family": f}
    if g is not None: d["given"] = g
    return d

# ---------------- GB/T 7714 ----------------
S = "gbt7714"
add("gbt-01", S, "[1] 李振宇. 欧亚地区一体化进程研究[M]. 北京: 社会科学文献出版社, 2017: 112-118.",
    {"type": "book", "author": [L("李振宇")], "title": "欧亚地区一体化进程研究", "publisher-place": "北京",
     "publisher": "社会科学文献出版社", "issued": "2017", "page": "112-118", "language": "zh"})
add("gbt-02", S, "[2] 赵明轩, 刘婧. 上海合作组织框架下的中亚安全治理[J]. 俄罗斯东欧中亚研究, 2021(4): 45-67.",
    {"type": "article-journal", "author": [L("赵明轩"), L("刘婧")], "title": "上海合作组织框架下的中亚安全治理",
     "container-title": "俄罗斯东欧中亚研究", "issued": "2021", "issue": "4", "page": "45-67", "language": "zh"})
add("gbt-03", S, "孙海峰. 俄罗斯远东开发战略的演变与前景[J]. 东北亚论坛, 2019, 28(2): 78-92.",
    {"type": "article-journal", "author": [L("孙海峰")], "title": "俄罗斯远东开发战略的演变与前景",
     "container-title": "东北亚论坛", "issued": "2019", "volume": "28", "issue": "2", "page": "78-92", "language": "zh"})
add("gbt-04", S, "[4] 陈立新. 中俄能源合作迈上新台阶[N]. 人民日报, 2023-06-15(3).",
    {"type": "article-newspaper", "author": [L("陈立新")], "title": "中俄能源合作迈上新台阶",
     "container-title": "人民日报", "issued": "2023-06-15", "page": "3", "language": "zh"})
add("gbt-05", S, "[5] 周文博. 欧亚经济联盟关税政策的协调机制[C]//中国社会科学院俄罗斯东欧中亚研究所. 欧亚经济联盟与“一带一路”对接: 第三届欧亚论坛论文集. 北京: 中国社会科学出版社, 2018: 56-71.",
    {"type": "paper-conference", "author": [L("周文博")], "title": "欧亚经济联盟关税政策的协调机制",
     "editor": [L("中国社会科学院俄罗斯东欧中亚研究所")],
     "container-title": "欧亚经济联盟与“一带一路”对接: 第三届欧亚论坛论文集",
     "publisher-place": "北京", "publisher": "中国社会科学出版社", "issued": "2018", "page": "56-71", "language": "zh"})
add("gbt-06", S, "[6] 王静怡. 俄罗斯对中亚移民政策研究(1991—2015)[D]. 上海: 华东师范大学, 2016.",
    {"type": "thesis", "author": [L("王静怡")], "title": "俄罗斯对中亚移民政策研究(1991—2015)",
     "publisher-place": "上海", "publisher": "华东师范大学", "issued": "2016", "language": "zh"})
add("gbt-07", S, "[7] 中国现代国际关系研究院. 2022年欧亚地区形势评估报告[R]. 北京: 时事出版社, 2023.",
    {"type": "report", "author": [L("中国现代国际关系研究院")], "title": "2022年欧亚地区形势评估报告",
     "publisher-place": "北京", "publisher": "时事出版社", "issued": "2023", "language": "zh"})
add("gbt-08", S, "[8] 全国信息与文献标准化技术委员会. 信息与文献 都柏林核心元数据元素集: GB/T 25100—2010[S]. 北京: 中国标准出版社, 2011.",
    {"type": "document", "author": [L("全国信息与文献标准化技术委员会")], "title": "信息与文献 都柏林核心元数据元素集",
     "publisher-place": "北京", "publisher": "中国标准出版社", "issued": "2011", "language": "zh"})
add("gbt-09", S, "[9] 中华人民共和国外交部. 中国—中亚外长会晤联合声明[EB/OL]. (2022-06-09)[2024-03-15]. https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202206/t20220609_10700811.shtml.",
    {"type": "webpage", "author": [L("中华人民共和国外交部")], "title": "中国—中亚外长会晤联合声明",
     "issued": "2022-06-09", "URL": "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202206/t20220609_10700811.shtml",
     "language": "zh"})
add("gbt-10", S, "[10] International Crisis Group. Central Asia's Water Dilemma: Cooperation or Conflict?[EB/OL]. (2021-11-04)[2023-09-20]. https://www.crisisgroup.org/europe-central-asia/central-asia/water-dilemma-cooperation-or-conflict.",
    {"type": "webpage", "author": [L("International Crisis Group")], "title": "Central Asia's Water Dilemma: Cooperation or Conflict?",
     "issued": "2021-11-04", "URL": "https://www.crisisgroup.org/europe-central-asia/central-asia/water-dilemma-cooperation-or-conflict",
     "language": "en"})
add("gbt-11", S, "[11] 国务院发展研究中心欧亚社会发展研究所. 中亚五国投资环境调研材料汇编[Z]. 2019.",
    {"type": "document", "author": [L("国务院发展研究中心欧亚社会发展研究所")], "title": "中亚五国投资环境调研材料汇编",
     "issued": "2019", "language": "zh"})
add("gbt-12", S, "[12] 冯晓东. 苏联解体后的俄罗斯联邦制改革[M]//黄立群, 主编. 转型国家政治发展比较研究. 北京: 中国社会科学出版社, 2015: 201-236.",
    {"type": "chapter", "author": [L("冯晓东")], "title": "苏联解体后的俄罗斯联邦制改革", "editor": [L("黄立群")],
     "container-title": "转型国家政治发展比较研究", "publisher-place": "北京", "publisher": "中国社会科学出版社",
     "issued": "2015", "page": "201-236", "language": "zh"})
add("gbt-13", S, "[13] WHITMORE C R. Corridors of Influence: Energy Diplomacy in Post-Soviet Eurasia[M]. Cambridge: Cambridge University Press, 2014: 88-95.",
    {"type": "book", "author": [P("WHITMORE", "C R")], "title": "Corridors of Influence: Energy Diplomacy in Post-Soviet Eurasia",
     "publisher-place": "Cambridge", "publisher": "Cambridge University Press", "issued": "2014", "page": "88-95", "language": "en"})
add("gbt-14", S, "[14] PETERSEN A, KOWALSKI M, NURLANOVA D, et al. Labour Migration and Remittances in Tajikistan: Evidence from Household Panel Data[J]. Europe-Asia Studies, 2020, 72(6): 1012-1035. DOI: 10.1080/09668136.2020.1764512.",
    {"type": "article-journal", "author": [P("PETERSEN", "A"), P("KOWALSKI", "M"), P("NURLANOVA", "D")],
     "title": "Labour Migration and Remittances in Tajikistan: Evidence from Household Panel Data",
     "container-title": "Europe-Asia Studies", "issued": "2020", "volume": "72", "issue": "6", "page": "1012-1035",
     "DOI": "10.1080/09668136.2020.1764512", "language": "en"})
add("gbt-15", S, "[15] СЕМЕНОВА О Н. Энергетическая политика России в Центральной Азии[M]. Москва: Аспект Пресс, 2018: 34-41.",
    {"type": "book", "author": [P("СЕМЕНОВА", "О Н")], "title": "Энергетическая политика России в Центральной Азии",
     "publisher-place": "Москва", "publisher": "Аспект Пресс", "issued": "2018", "page": "34-41", "language": "ru"})
add("gbt-16", S, "[16] ГРИГОРЬЕВ П А, ХАН В С. Китайские инвестиции в экономику Казахстана: структура и динамика[J]. Мировая экономика и международные отношения, 2019, 63(7): 98-107.",
    {"type": "article-journal", "author": [P("ГРИГОРЬЕВ", "П А"), P("ХАН", "В С")],
     "title": "Китайские инвестиции в экономику Казахстана: структура и динамика",
     "container-title": "Мировая экономика и международные отношения", "issued": "2019", "volume": "63", "issue": "7",
     "page": "98-107", "language": "ru"})
add("gbt-17", S, "[17] 杨光明．独联体框架下的集体安全条约组织[J]．国际观察，2009，(5)：33-40．",
    {"type": "article-journal", "author": [L("杨光明")], "title": "独联体框架下的集体安全条约组织",
     "container-title": "国际观察", "issued": "2009", "issue": "5", "page": "33-40", "language": "zh"})
add("gbt-18", S, "[18] 马志强. 苏联对华援助的再评价[A]. 刘国平. 中苏关系史论文集[C]. 北京: 人民出版社, 2001. 145-160.",
    {"type": "chapter", "author": [L("马志强")], "title": "苏联对华援助的再评价", "editor": [L("刘国平")],
     "container-title": "中苏关系史论文集", "publisher-place": "北京", "publisher": "人民出版社", "issued": "2001",
     "page": "145-160", "language": "zh"})
add("gbt-19", S, "赵立军, 2014. 哈萨克斯坦的多元平衡外交[M]. 北京: 世界知识出版社.",
    {"type": "book", "author": [L("赵立军")], "title": "哈萨克斯坦的多元平衡外交", "publisher-place": "北京",
     "publisher": "世界知识出版社", "issued": "2014", "language": "zh"})
add("gbt-20", S, "KING D, 2018. The Caspian Legal Regime after Aktau[J]. Central Asian Survey, 37(4): 512-530.",
    {"type": "article-journal", "author": [P("KING", "D")], "title": "The Caspian Legal Regime after Aktau",
     "container-title": "Central Asian Survey", "issued": "2018", "volume": "37", "issue": "4", "page": "512-530", "language": "en"})
add("gbt-21", S, "[21] 许文哲. 数字丝绸之路背景下的中俄跨境电商合作[J/OL]. 欧亚经济, 2022(3): 60-78. DOI:10.16497/j.cnki.1672-7452.2022.03.004.",
    {"type": "article-journal", "author": [L("许文哲")], "title": "数字丝绸之路背景下的中俄跨境电商合作",
     "container-title": "欧亚经济", "issued": "2022", "issue": "3", "page": "60-78",
     "DOI": "10.16497/j.cnki.1672-7452.2022.03.004", "language": "zh"})
add("gbt-22", S, "[22] ABDULLAEV K. State Building and Clan Networks in Post-Soviet Uzbekistan[D]. Oxford: University of Oxford, 2012.",
    {"type": "thesis", "author": [P("ABDULLAEV", "K")], "title": "State Building and Clan Networks in Post-Soviet Uzbekistan",
     "publisher-place": "Oxford", "publisher": "University of Oxford", "issued": "2012", "language": "en"})
add("gbt-23", S, "[23] 刘畅, 吴晓雪, 郑一鸣, 等. 中欧班列“长安号”开行十周年[N]. 光明日报, 2023-11-28(10).",
    {"type": "article-newspaper", "author": [L("刘畅"), L("吴晓雪"), L("郑一鸣")], "title": "中欧班列“长安号”开行十周年",
     "container-title": "光明日报", "issued": "2023-11-28", "page": "10", "language": "zh"})
add("gbt-24", S, "[24] World Bank. Kazakhstan Country Economic Memorandum: Beyond Oil and Gas[R]. Washington, DC: World Bank, 2022.",
    {"type": "report", "author": [L("World Bank")], "title": "Kazakhstan Country Economic Memorandum: Beyond Oil and Gas",
     "publisher-place": "Washington, DC", "publisher": "World Bank", "issued": "2022", "language": "en"})
add("gbt-25", S, "[25] [俄]别洛乌索夫. 欧亚大陆的十字路口[M]. 李静, 译. 北京: 社会科学文献出版社, 2020: 23.",
    {"type": "book", "author": [L("别洛乌索夫")], "title": "欧亚大陆的十字路口", "publisher-place": "北京",
     "publisher": "社会科学文献出版社", "issued": "2020", "page": "23", "language": "zh"})

# ---------------- APA 7 ----------------
S = "apa"
add("apa-01", S, "Kaminski, R. J. (2019). The steppe and the state: Governance in rural Kazakhstan. Routledge.",
    {"type": "book", "author": [P("Kaminski", "R. J.")], "issued": "2019",
     "title": "The steppe and the state: Governance in rural Kazakhstan", "publisher": "Routledge", "language": "en"})
add("apa-02", S, "Orlova, N., & Bekturganov, A. (2021). Informal institutions and local budgeting in Kyrgyzstan. Post-Soviet Affairs, 37(3), 245–263. https://doi.org/10.1080/1060586X.2021.1893456",
    {"type": "article-journal", "author": [P("Orlova", "N."), P("Bekturganov", "A.")], "issued": "2021",
     "title": "Informal institutions and local budgeting in Kyrgyzstan", "container-title": "Post-Soviet Affairs",
     "volume": "37", "issue": "3", "page": "245-263", "DOI": "10.1080/1060586X.2021.1893456", "language": "en"})
add("apa-03", S, "Li, X., Zhang, W., & Morozov, D. (2022). Border trade and the Belt and Road Initiative: Evidence from Heilongjiang. Eurasian Geography and Economics, 63(2), 180–204. https://doi.org/10.1080/15387216.2021.1982310",
    {"type": "article-journal", "author": [P("Li", "X."), P("Zhang", "W."), P("Morozov", "D.")], "issued": "2022",
     "title": "Border trade and the Belt and Road Initiative: Evidence from Heilongjiang",
     "container-title": "Eurasian Geography and Economics", "volume": "63", "issue": "2", "page": "180-204",
     "DOI": "10.1080/15387216.2021.1982310", "language": "en"})
add("apa-04", S, "Sorensen, M. L. (2017). Nation-building through language policy in Uzbekistan. In P. Adams & K. Rahimova (Eds.), Language and power in Central Asia (pp. 112–138). Palgrave Macmillan.",
    {"type": "chapter", "author": [P("Sorensen", "M. L.")], "issued": "2017",
     "title": "Nation-building through language policy in Uzbekistan", "editor": [P("Adams", "P."), P("Rahimova", "K.")],
     "container-title": "Language and power in Central Asia", "page": "112-138", "publisher": "Palgrave Macmillan", "language": "en"})
add("apa-05", S, "International Energy Agency. (2023). Caspian energy outlook 2023. https://www.iea.org/reports/caspian-energy-outlook-2023",
    {"type": "report", "author": [L("International Energy Agency")], "issued": "2023", "title": "Caspian energy outlook 2023",
     "URL": "https://www.iea.org/reports/caspian-energy-outlook-2023", "language": "en"})
add("apa-06", S, "Hartley, J. (2018). Russia's military footprint in Tajikistan. Carnegie Endowment for International Peace. https://carnegieendowment.org/2018/05/14/russia-military-footprint-tajikistan",
    {"type": "report", "author": [P("Hartley", "J.")], "issued": "2018", "title": "Russia's military footprint in Tajikistan",
     "publisher": "Carnegie Endowment for International Peace",
     "URL": "https://carnegieendowment.org/2018/05/14/russia-military-footprint-tajikistan", "language": "en"})
add("apa-07", S, "Central Asia Barometer. (n.d.). Public attitudes toward China in Kazakhstan. Retrieved March 3, 2024, from https://ca-barometer.org/en/publications/attitudes-toward-china",
    {"type": "webpage", "author": [L("Central Asia Barometer")], "title": "Public attitudes toward China in Kazakhstan",
     "URL": "https://ca-barometer.org/en/publications/attitudes-toward-china", "language": "en"})
add("apa-08", S, "Petrov, A. (2022, October 12). What the new gas hub means for Turkey and Russia. Eurasianet. https://eurasianet.org/what-the-new-gas-hub-means-for-turkey-and-russia",
    {"type": "webpage", "author": [P("Petrov", "A.")], "issued": "2022-10-12",
     "title": "What the new gas hub means for Turkey and Russia", "container-title": "Eurasianet",
     "URL": "https://eurasianet.org/what-the-new-gas-hub-means-for-turkey-and-russia", "language": "en"})
add("apa-09", S, "Hollister, G. (2023, June 2). Kazakhstan courts Western investors as sanctions on Russia bite. The Wall Street Journal, A8.",
    {"type": "article-newspaper", "author": [P("Hollister", "G.")], "issued": "2023-06-02",
     "title": "Kazakhstan courts Western investors as sanctions on Russia bite", "container-title": "The Wall Street Journal",
     "page": "A8", "language": "en"})
add("apa-10", S, "Mirzaeva, L. (2024, January 15). Uzbekistan's cotton sector after the boycott. The Guardian. https://www.theguardian.com/world/2024/jan/15/uzbekistan-cotton-sector-after-boycott",
    {"type": "article-newspaper", "author": [P("Mirzaeva", "L.")], "issued": "2024-01-15",
     "title": "Uzbekistan's cotton sector after the boycott", "container-title": "The Guardian",
     "URL": "https://www.theguardian.com/world/2024/jan/15/uzbekistan-cotton-sector-after-boycott", "language": "en"})
add("apa-11", S, "Nazarov, T., & Keller, S. (Eds.). (2016). The Eurasian Economic Union: Institutions and practice. Edward Elgar.",
    {"type": "book", "editor": [P("Nazarov", "T."), P("Keller", "S.")], "issued": "2016",
     "title": "The Eurasian Economic Union: Institutions and practice", "publisher": "Edward Elgar", "language": "en"})
add("apa-12", S, "Dawson, E. M. (2020). Understanding Russian foreign policy (3rd ed.). Rowman & Littlefield.",
    {"type": "book", "author": [P("Dawson", "E. M.")], "issued": "2020", "title": "Understanding Russian foreign policy",
     "publisher": "Rowman & Littlefield", "language": "en"})
add("apa-13", S, "Yusupov, B. (2015). Water diplomacy in the Ferghana Valley. Central Asia and the Caucasus, 16, 45–59.",
    {"type": "article-journal", "author": [P("Yusupov", "B.")], "issued": "2015", "title": "Water diplomacy in the Ferghana Valley",
     "container-title": "Central Asia and the Caucasus", "volume": "16", "page": "45-59", "language": "en"})
add("apa-14", S, "Кузнецов, А. В. (2019). Евразийская интеграция: Итоги пяти лет [Eurasian integration: Results of five years]. Вестник МГИМО-Университета, 12(4), 88–104. https://doi.org/10.24833/2071-8160-2019-4-67-88-104",
    {"type": "article-journal", "author": [P("Кузнецов", "А. В.")], "issued": "2019",
     "title": "Евразийская интеграция: Итоги пяти лет", "container-title": "Вестник МГИМО-Университета",
     "volume": "12", "issue": "4", "page": "88-104", "DOI": "10.24833/2071-8160-2019-4-67-88-104", "language": "ru"})
add("apa-15", S, "Akhmetova, Z. (2019). Memory politics and the Soviet past in Kazakhstan [Doctoral dissertation, University of Wisconsin–Madison]. ProQuest Dissertations and Theses Global.",
    {"type": "thesis", "author": [P("Akhmetova", "Z.")], "issued": "2019",
     "title": "Memory politics and the Soviet past in Kazakhstan", "publisher": "University of Wisconsin–Madison", "language": "en"})
add("apa-16", S, "Stein, R. (2021, March). The new great game is about minerals. Foreign Policy, 240, 34–39.",
    {"type": "article-magazine", "author": [P("Stein", "R.")], "issued": "2021-03", "title": "The new great game is about minerals",
     "container-title": "Foreign Policy", "volume": "240", "page": "34-39", "language": "en"})
add("apa-17", S, "Wang, Y., & Ivanova, S. (2019). Cross-border e-commerce between China and Russia: A firm-level survey. In Proceedings of the 9th International Conference on Eurasian Economies (pp. 233–240). Eurasian Economists Association.",
    {"type": "paper-conference", "author": [P("Wang", "Y."), P("Ivanova", "S.")], "issued": "2019",
     "title": "Cross-border e-commerce between China and Russia: A firm-level survey",
     "container-title": "Proceedings of the 9th International Conference on Eurasian Economies", "page": "233-240",
     "publisher": "Eurasian Economists Association", "language": "en"})
add("apa-18", S, "Karimov, I. (2018). China's soft power in Tajikistan. In L. Fischer (Ed.), China and Eurasia: Rethinking cooperation and contradiction (pp. 77–96). Springer. https://doi.org/10.1007/978-3-319-69722-3_5",
    {"type": "chapter", "author": [P("Karimov", "I.")], "issued": "2018", "title": "China's soft power in Tajikistan",
     "editor": [P("Fischer", "L.")], "container-title": "China and Eurasia: Rethinking cooperation and contradiction",
     "page": "77-96", "publisher": "Springer", "DOI": "10.1007/978-3-319-69722-3_5", "language": "en"})
add("apa-19", S, "United Nations Development Programme. (2021). Human development report for Central Asia: Climate and resilience. UNDP Regional Bureau for Europe and the CIS.",
    {"type": "report", "author": [L("United Nations Development Programme")], "issued": "2021",
     "title": "Human development report for Central Asia: Climate and resilience",
     "publisher": "UNDP Regional Bureau for Europe and the CIS", "language": "en"})
add("apa-20", S, "Baimukhamedova, A., Grant, T., Olsen, H., & Rustamov, F. (2023). Remittances, gender, and household decision-making in rural Uzbekistan. World Development, 162, Article 106134. https://doi.org/10.1016/j.worlddev.2022.106134",
    {"type": "article-journal", "author": [P("Baimukhamedova", "A."), P("Grant", "T."), P("Olsen", "H."), P("Rustamov", "F.")],
     "issued": "2023", "title": "Remittances, gender, and household decision-making in rural Uzbekistan",
     "container-title": "World Development", "volume": "162", "DOI": "10.1016/j.worlddev.2022.106134", "language": "en"})

# ---------------- Chicago notes-bibliography ----------------
S = "chicago-notes"
add("cn-01", S, "1. Thomas W. Larkin, Empire of Rails: The Trans-Siberian Railway and Russian Expansion in Asia (Ithaca, NY: Cornell University Press, 2011), 57.",
    {"type": "book", "author": [P("Larkin", "Thomas W.")],
     "title": "Empire of Rails: The Trans-Siberian Railway and Russian Expansion in Asia",
     "publisher-place": "Ithaca, NY", "publisher": "Cornell University Press", "issued": "2011", "page": "57", "language": "en"})
add("cn-02", S, "Volkova, Elena. Moscow's Pivot to Asia: Ambitions and Limits. London: Routledge, 2019.",
    {"type": "book", "author": [P("Volkova", "Elena")], "title": "Moscow's Pivot to Asia: Ambitions and Limits",
     "publisher-place": "London", "publisher": "Routledge", "issued": "2019", "language": "en"})
add("cn-03", S, "2. Daniel R. Hoffman, “Authoritarian Learning in Central Asia,” Journal of Eurasian Studies 9, no. 2 (2018): 145.",
    {"type": "article-journal", "author": [P("Hoffman", "Daniel R.")], "title": "Authoritarian Learning in Central Asia",
     "container-title": "Journal of Eurasian Studies", "volume": "9", "issue": "2", "issued": "2018", "page": "145", "language": "en"})
add("cn-04", S, "Seitkali, Aigerim, and Peter J. Novak. “The Politics of Nuclear Memory in Semipalatinsk.” Slavic Review 78, no. 1 (2019): 66–89. https://doi.org/10.1017/slr.2019.5.",
    {"type": "article-journal", "author": [P("Seitkali", "Aigerim"), P("Novak", "Peter J.")],
     "title": "The Politics of Nuclear Memory in Semipalatinsk", "container-title": "Slavic Review", "volume": "78", "issue": "1",
     "issued": "2019", "page": "66-89", "DOI": "10.1017/slr.2019.5", "language": "en"})
add("cn-05", S, "3. Maria Hansen, “Sino-Russian Arms Trade after 2014,” in Russia and China: Partners of Convenience?, ed. Jonathan Reeves (Oxford: Oxford University Press, 2020), 203–25.",
    {"type": "chapter", "author": [P("Hansen", "Maria")], "title": "Sino-Russian Arms Trade after 2014",
     "container-title": "Russia and China: Partners of Convenience?", "editor": [P("Reeves", "Jonathan")],
     "publisher-place": "Oxford", "publisher": "Oxford University Press", "issued": "2020", "page": "203-25", "language": "en"})
add("cn-06", S, "Petrenko, Igor. “Language Policy in Post-Soviet Ukraine.” In Nation and Language in Eastern Europe, edited by Sarah Collins and David Mertz, 45–68. Madison: University of Wisconsin Press, 2014.",
    {"type": "chapter", "author": [P("Petrenko", "Igor")], "title": "Language Policy in Post-Soviet Ukraine",
     "container-title": "Nation and Language in Eastern Europe", "editor": [P("Collins", "Sarah"), P("Mertz", "David")],
     "page": "45-68", "publisher-place": "Madison", "publisher": "University of Wisconsin Press", "issued": "2014", "language": "en"})
add("cn-07", S, "4. Andrew Peltier, “Kyrgyz Protesters Storm Government Building in Bishkek,” New York Times, October 6, 2020, A10.",
    {"type": "article-newspaper", "author": [P("Peltier", "Andrew")], "title": "Kyrgyz Protesters Storm Government Building in Bishkek",
     "container-title": "New York Times", "issued": "2020-10-06", "page": "A10", "language": "en"})
add("cn-08", S, "5. “Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation,” Shanghai Cooperation Organisation, accessed May 4, 2024, http://eng.sectsco.org/documents/declaration-council-heads-state.",
    {"type": "webpage", "title": "Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation",
     "container-title": "Shanghai Cooperation Organisation", "URL": "http://eng.sectsco.org/documents/declaration-council-heads-state",
     "language": "en"})
add("cn-09", S, "6. Aleksei Voronin, Rossiia i Kitai v XXI veke [Russia and China in the twenty-first century] (Moscow: Ves’ mir, 2016), 112–14.",
    {"type": "book", "author": [P("Voronin", "Aleksei")], "title": "Rossiia i Kitai v XXI veke",
     "publisher-place": "Moscow", "publisher": "Ves’ mir", "issued": "2016", "page": "112-14", "language": "ru"})
add("cn-10", S, "Kurbanov, Davron. “Cotton, Water, and Power in Soviet Uzbekistan, 1950–1985.” PhD diss., Indiana University, 2015.",
    {"type": "thesis", "author": [P("Kurbanov", "Davron")], "title": "Cotton, Water, and Power in Soviet Uzbekistan, 1950–1985",
     "publisher": "Indiana University", "issued": "2015", "language": "en"})
add("cn-11", S, "7. Larkin, Empire of Rails, 63.",
    {"author": [P("Larkin")], "title": "Empire of Rails", "page": "63", "language": "en"})
add("cn-12", S, "8. Ibid., 64.", {"ibid": True})

# ---------------- Chicago author-date ----------------
S = "chicago-author-date"
add("cad-01", S, "Harrington, Paul S. 2017. Frontier Economies: Trade and Power on the Sino-Kazakh Border. Chicago: University of Chicago Press.",
    {"type": "book", "author": [P("Harrington", "Paul S.")], "issued": "2017",
     "title": "Frontier Economies: Trade and Power on the Sino-Kazakh Border", "publisher-place": "Chicago",
     "publisher": "University of Chicago Press", "language": "en"})
add("cad-02", S, "Ibragimova, Lola, and Mark Tennant. 2020. “Patronage and Public Procurement in Tajikistan.” Europe-Asia Studies 72 (8): 1301–24. https://doi.org/10.1080/09668136.2020.1785421.",
    {"type": "article-journal", "author": [P("Ibragimova", "Lola"), P("Tennant", "Mark")], "issued": "2020",
     "title": "Patronage and Public Procurement in Tajikistan", "container-title": "Europe-Asia Studies", "volume": "72",
     "issue": "8", "page": "1301-24", "DOI": "10.1080/09668136.2020.1785421", "language": "en"})
add("cad-03", S, "Zhou, Ming. 2018. “Chinese Traders in the Russian Far East.” In Migration in Post-Soviet Space, edited by Anna Berg, 155–78. Cham: Springer.",
    {"type": "chapter", "author": [P("Zhou", "Ming")], "issued": "2018", "title": "Chinese Traders in the Russian Far East",
     "container-title": "Migration in Post-Soviet Space", "editor": [P("Berg", "Anna")], "page": "155-78",
     "publisher-place": "Cham", "publisher": "Springer", "language": "en"})
add("cad-04", S, "Kessler, Anna. 2022. “Tajikistan’s Rogun Dam Nears Completion.” Washington Post, September 14, 2022.",
    {"type": "article-newspaper", "author": [P("Kessler", "Anna")], "issued": "2022-09-14",
     "title": "Tajikistan’s Rogun Dam Nears Completion", "container-title": "Washington Post", "language": "en"})
add("cad-05", S, "Asian Development Bank. 2019. Connecting Central Asia: A Review of Regional Transport Corridors. Manila: Asian Development Bank.",
    {"type": "report", "author": [L("Asian Development Bank")], "issued": "2019",
     "title": "Connecting Central Asia: A Review of Regional Transport Corridors", "publisher-place": "Manila",
     "publisher": "Asian Development Bank", "language": "en"})
add("cad-06", S, "Bureau of National Statistics of Kazakhstan. 2023. “Foreign Direct Investment by Country, 2022.” Accessed February 11, 2024. https://stat.gov.kz/en/industries/economy/foreign-investment/fdi-2022.",
    {"type": "webpage", "author": [L("Bureau of National Statistics of Kazakhstan")], "issued": "2023",
     "title": "Foreign Direct Investment by Country, 2022",
     "URL": "https://stat.gov.kz/en/industries/economy/foreign-investment/fdi-2022", "language": "en"})
add("cad-07", S, "Sokolov, V. I. 2015. Kitaiskaia politika Rossii: Ot Primakova do Lavrova. Moscow: Nauka.",
    {"type": "book", "author": [P("Sokolov", "V. I.")], "issued": "2015", "title": "Kitaiskaia politika Rossii: Ot Primakova do Lavrova",
     "publisher-place": "Moscow", "publisher": "Nauka", "language": "ru"})
add("cad-08", S, "Xu, Lin, Hao Chen, and Olga Belova. 2021. “Energy Interdependence between Russia and China after Crimea.” Asian Survey 61 (5): 780–805.",
    {"type": "article-journal", "author": [P("Xu", "Lin"), P("Chen", "Hao"), P("Belova", "Olga")], "issued": "2021",
     "title": "Energy Interdependence between Russia and China after Crimea", "container-title": "Asian Survey",
     "volume": "61", "issue": "5", "page": "780-805", "language": "en"})

# ---------------- GOST ----------------
S = "gost"
add("gost-01", S, "Кравцов А. Н. Россия и Центральная Азия : стратегия сотрудничества / А. Н. Кравцов. – М. : Аспект Пресс, 2015. – 312 с.",
    {"type": "book", "author": [P("Кравцов", "А. Н.")], "title": "Россия и Центральная Азия : стратегия сотрудничества",
     "publisher-place": "М.", "publisher": "Аспект Пресс", "issued": "2015", "language": "ru"})
add("gost-02", S, "Беляев С. Г. Евразийский экономический союз: проблемы институционального развития / С. Г. Беляев // Полис. Политические исследования. – 2019. – № 3. – С. 112–127.",
    {"type": "article-journal", "author": [P("Беляев", "С. Г.")],
     "title": "Евразийский экономический союз: проблемы институционального развития",
     "container-title": "Полис. Политические исследования", "issued": "2019", "issue": "3", "page": "112-127", "language": "ru"})
add("gost-03", S, "Морозова Е. В., Тихонов Д. А. Миграционная политика Казахстана в 2010-е годы // Мировая экономика и международные отношения. 2020. Т. 64, № 5. С. 88–97.",
    {"type": "article-journal", "author": [P("Морозова", "Е. В."), P("Тихонов", "Д. А.")],
     "title": "Миграционная политика Казахстана в 2010-е годы", "container-title": "Мировая экономика и международные отношения",
     "issued": "2020", "volume": "64", "issue": "5", "page": "88-97", "language": "ru"})
add("gost-04", S, "Ким Ю. С. Корейская диаспора в Узбекистане: идентичность и память // Вестник Санкт-Петербургского университета. Востоковедение и африканистика. 2021. Т. 13, вып. 2. С. 245–260. DOI: 10.21638/spbu13.2021.207.",
    {"type": "article-journal", "author": [P("Ким", "Ю. С.")], "title": "Корейская диаспора в Узбекистане: идентичность и память",
     "container-title": "Вестник Санкт-Петербургского университета. Востоковедение и африканистика", "issued": "2021",
     "volume": "13", "issue": "2", "page": "245-260", "DOI": "10.21638/spbu13.2021.207", "language": "ru"})
add("gost-05", S, "Савельев И. П. Китайский фактор в политике России на Дальнем Востоке // Россия в АТР: новые вызовы : сб. науч. ст. / отв. ред. Н. В. Белова. – Владивосток : Дальнаука, 2016. – С. 45–63.",
    {"type": "chapter", "author": [P("Савельев", "И. П.")], "title": "Китайский фактор в политике России на Дальнем Востоке",
     "container-title": "Россия в АТР: новые вызовы", "editor": [P("Белова", "Н. В.")], "publisher-place": "Владивосток",
     "publisher": "Дальнаука", "issued": "2016", "page": "45-63", "language": "ru"})
add("gost-06", S, "Лебедев М. А., Орлов К. Н., Ахмедова Р. Ш. Энергетическая безопасность Евразии. – СПб. : Изд-во С.-Петерб. ун-та, 2017. – 248 с.",
    {"type": "book", "author": [P("Лебедев", "М. А."), P("Орлов", "К. Н."), P("Ахмедова", "Р. Ш.")],
     "title": "Энергетическая безопасность Евразии", "publisher-place": "СПб.", "publisher": "Изд-во С.-Петерб. ун-та",
     "issued": "2017", "language": "ru"})
add("gost-07", S, "Интеграционные процессы на постсоветском пространстве : монография / Н. А. Сидоров, Т. В. Ершова, Г. Б. Нуриев, Л. К. Абрамова. – М. : МГИМО-Университет, 2018. – 276 с.",
    {"type": "book", "title": "Интеграционные процессы на постсоветском пространстве",
     "author": [P("Сидоров", "Н. А."), P("Ершова", "Т. В."), P("Нуриев", "Г. Б."), P("Абрамова", "Л. К.")],
     "publisher-place": "М.", "publisher": "МГИМО-Университет", "issued": "2018", "language": "ru"})
add("gost-08", S, "Абдуллаев Ф. Р. Политика России в отношении Таджикистана (1992–2012 гг.) : дис. … канд. полит. наук : 23.00.04 / Абдуллаев Фарход Рахимович. – М., 2014. – 198 с.",
    {"type": "thesis", "author": [P("Абдуллаев", "Ф. Р.")], "title": "Политика России в отношении Таджикистана (1992–2012 гг.)",
     "publisher-place": "М.", "issued": "2014", "language": "ru"})
add("gost-09", S, "Официальный сайт Евразийской экономической комиссии [Электронный ресурс]. – URL: http://www.eurasiancommission.org/ru/ (дата обращения: 12.03.2024).",
    {"type": "webpage", "title": "Официальный сайт Евразийской экономической комиссии",
     "URL": "http://www.eurasiancommission.org/ru/", "language": "ru"})
add("gost-10", S, "Белкин О. Д. Санкции и экономическая безопасность России [Электронный ресурс] // Российский совет по международным делам. – 2022. – 14 апр. – URL: https://russiancouncil.ru/analytics-and-comments/analytics/sanktsii-i-ekonomicheskaya-bezopasnost/ (дата обращения: 20.05.2023).",
    {"type": "webpage", "author": [P("Белкин", "О. Д.")], "title": "Санкции и экономическая безопасность России",
     "container-title": "Российский совет по международным делам", "issued": "2022-04-14",
     "URL": "https://russiancouncil.ru/analytics-and-comments/analytics/sanktsii-i-ekonomicheskaya-bezopasnost/", "language": "ru"})
add("gost-11", S, "Назарова Т. Газовый союз с Ташкентом / Т. Назарова // Коммерсантъ. – 2023. – 7 февр. – С. 2.",
    {"type": "article-newspaper", "author": [P("Назарова", "Т.")], "title": "Газовый союз с Ташкентом",
     "container-title": "Коммерсантъ", "issued": "2023-02-07", "page": "2", "language": "ru"})
add("gost-12", S, "О ратификации Договора о Евразийском экономическом союзе : федер. закон от 03.10.2014 № 279-ФЗ // Собрание законодательства Российской Федерации. – 2014. – № 40, ч. 2. – Ст. 5310.",
    {"type": "legislation", "title": "О ратификации Договора о Евразийском экономическом союзе", "issued": "2014-10-03",
     "container-title": "Собрание законодательства Российской Федерации", "issue": "40", "language": "ru"})
add("gost-13", S, "Whitfield J. R. Energy Politics in the Caspian Region / J. R. Whitfield. – London : Routledge, 2016. – 240 p.",
    {"type": "book", "author": [P("Whitfield", "J. R.")], "title": "Energy Politics in the Caspian Region",
     "publisher-place": "London", "publisher": "Routledge", "issued": "2016", "language": "en"})
add("gost-14", S, "Novak P., Lee H. Chinese Infrastructure Loans in Kyrgyzstan // Central Asian Survey. – 2019. – Vol. 38, No. 2. – P. 210–228.",
    {"type": "article-journal", "author": [P("Novak", "P."), P("Lee", "H.")], "title": "Chinese Infrastructure Loans in Kyrgyzstan",
     "container-title": "Central Asian Survey", "issued": "2019", "volume": "38", "issue": "2", "page": "210-228", "language": "en"})
add("gost-15", S, "Очерки истории Центральной Азии : в 3 т. Т. 2 / отв. ред. С. Р. Каримов. – Ташкент : Фан, 2012. – 540 с.",
    {"type": "book", "title": "Очерки истории Центральной Азии", "volume": "2", "editor": [P("Каримов", "С. Р.")],
     "publisher-place": "Ташкент", "publisher": "Фан", "issued": "2012", "language": "ru"})
add("gost-16", S, "Гусев Л. Ю. Шанхайская организация сотрудничества и Афганистан / Л. Ю. Гусев // Безопасность в Центральной Азии / отв. ред. Е. А. Зуева. – М. ; СПб. : Нестор-История, 2019. – С. 77–94.",
    {"type": "chapter", "author": [P("Гусев", "Л. Ю.")], "title": "Шанхайская организация сотрудничества и Афганистан",
     "container-title": "Безопасность в Центральной Азии", "editor": [P("Зуева", "Е. А.")], "publisher-place": "М. ; СПб.",
     "publisher": "Нестор-История", "issued": "2019", "page": "77-94", "language": "ru"})
add("gost-17", S, "Центральная Азия и Россия: сценарии развития до 2035 года : доклад / Ю. П. Соколова, А. Т. Ермеков [и др.]. – М. : ИМЭМО РАН, 2021. – 84 с.",
    {"type": "report", "title": "Центральная Азия и Россия: сценарии развития до 2035 года",
     "author": [P("Соколова", "Ю. П."), P("Ермеков", "А. Т.")], "publisher-place": "М.", "publisher": "ИМЭМО РАН",
     "issued": "2021", "language": "ru"})
add("gost-18", S, "Жуков В. Ф. Водно-энергетические проблемы Центральной Азии // Вестник МГИМО-Университета. 2016. № 4 (49). С. 150–158.",
    {"type": "article-journal", "author": [P("Жуков", "В. Ф.")], "title": "Водно-энергетические проблемы Центральной Азии",
     "container-title": "Вестник МГИМО-Университета", "issued": "2016", "issue": "4", "page": "150-158", "language": "ru"})
add("gost-19", S, "Рахимов Ш. Ш. Цифровая трансформация государственного управления в Узбекистане // Постсоветские исследования. 2022. Т. 5, № 3. С. 301–315. URL: https://www.postsovietstudies.ru/2022/03/rakhimov (дата обращения: 01.09.2023).",
    {"type": "article-journal", "author": [P("Рахимов", "Ш. Ш.")], "title": "Цифровая трансформация государственного управления в Узбекистане",
     "container-title": "Постсоветские исследования", "issued": "2022", "volume": "5", "issue": "3", "page": "301-315",
     "URL": "https://www.postsovietstudies.ru/2022/03/rakhimov", "language": "ru"})
add("gost-20", S, "Бекова А. С. Образ Китая в казахстанских СМИ // Россия и Китай: история и перспективы сотрудничества : материалы XII междунар. науч.-практ. конф. (Благовещенск, 15–16 мая 2022 г.). – Благовещенск : Изд-во АмГУ, 2022. – С. 34–39.",
    {"type": "paper-conference", "author": [P("Бекова", "А. С.")], "title": "Образ Китая в казахстанских СМИ",
     "container-title": "Россия и Китай: история и перспективы сотрудничества", "publisher-place": "Благовещенск",
     "publisher": "Изд-во АмГУ", "issued": "2022", "page": "34-39", "language": "ru"})

# ---------------- MLA 9 ----------------
S = "mla"
add("mla-01", S, "Brandt, Oliver. Siberian Frontiers: Settlement and Empire, 1860–1914. Oxford UP, 2013.",
    {"type": "book", "author": [P("Brandt", "Oliver")], "title": "Siberian Frontiers: Settlement and Empire, 1860–1914",
     "publisher": "Oxford UP", "issued": "2013", "language": "en"})
add("mla-02", S, "Tokaeva, Dana, and Michael Ross. “Ethnic Russians in Northern Kazakhstan.” Nationalities Papers, vol. 47, no. 3, 2019, pp. 412–30. https://doi.org/10.1017/nps.2018.44.",
    {"type": "article-journal", "author": [P("Tokaeva", "Dana"), P("Ross", "Michael")], "title": "Ethnic Russians in Northern Kazakhstan",
     "container-title": "Nationalities Papers", "volume": "47", "issue": "3", "issued": "2019", "page": "412-30",
     "DOI": "10.1017/nps.2018.44", "language": "en"})
add("mla-03", S, "Sato, Kenji. “Japan’s Silk Road Diplomacy.” Asia between Russia and China, edited by Helen Marsh, Routledge, 2020, pp. 99–117.",
    {"type": "chapter", "author": [P("Sato", "Kenji")], "title": "Japan’s Silk Road Diplomacy",
     "container-title": "Asia between Russia and China", "editor": [P("Marsh", "Helen")], "publisher": "Routledge",
     "issued": "2020", "page": "99-117", "language": "en"})
add("mla-04", S, "Iskakova, Gulnara. “Why Kyrgyzstan Keeps Rewriting Its Constitution.” The Diplomat, 18 Jan. 2021, thediplomat.com/2021/01/why-kyrgyzstan-keeps-rewriting-its-constitution/.",
    {"type": "webpage", "author": [P("Iskakova", "Gulnara")], "title": "Why Kyrgyzstan Keeps Rewriting Its Constitution",
     "container-title": "The Diplomat", "issued": "2021-01-18",
     "URL": "thediplomat.com/2021/01/why-kyrgyzstan-keeps-rewriting-its-constitution/", "language": "en"})
add("mla-05", S, "Rennick, Paul. “Moscow Looks East for Trade.” The Washington Post, 3 Mar. 2015, p. A12.",
    {"type": "article-newspaper", "author": [P("Rennick", "Paul")], "title": "Moscow Looks East for Trade",
     "container-title": "The Washington Post", "issued": "2015-03-03", "page": "A12", "language": "en"})
add("mla-06", S, "Hu, Yan, et al. “Railway Connectivity and Regional Trade in Eurasia.” Journal of Transport Geography, vol. 92, 2021, pp. 1–12.",
    {"type": "article-journal", "author": [P("Hu", "Yan")], "title": "Railway Connectivity and Regional Trade in Eurasia",
     "container-title": "Journal of Transport Geography", "volume": "92", "issued": "2021", "page": "1-12", "language": "en"})

# ---------------- journal-zh ----------------
S = "journal-zh"
add("jz-01", S, "郑永安：《中亚国家独立后的民族政策》，北京：民族出版社，2013年，第78页。",
    {"type": "book", "author": [L("郑永安")], "title": "中亚国家独立后的民族政策", "publisher-place": "北京",
     "publisher": "民族出版社", "issued": "2013", "page": "78", "language": "zh"})
add("jz-02", S, "何青松：《俄罗斯政党体制的演进与特点》，载《俄罗斯研究》2018年第2期。",
    {"type": "article-journal", "author": [L("何青松")], "title": "俄罗斯政党体制的演进与特点", "container-title": "俄罗斯研究",
     "issued": "2018", "issue": "2", "language": "zh"})
add("jz-03", S, "林晓东主编：《中俄关系七十年》，社会科学文献出版社2019年版，第112—115页。",
    {"type": "book", "editor": [L("林晓东")], "title": "中俄关系七十年", "publisher": "社会科学文献出版社", "issued": "2019",
     "page": "112-115", "language": "zh"})
add("jz-04", S, "苏文：《中欧班列助推西部开放》，《人民日报》2024年3月8日第3版。",
    {"type": "article-newspaper", "author": [L("苏文")], "title": "中欧班列助推西部开放", "container-title": "人民日报",
     "issued": "2024-03-08", "page": "3", "language": "zh"})
add("jz-05", S, "高峰：《苏联解体三十年的反思》，载张立平主编：《转型与重塑：后苏联空间三十年》，北京：中国社会科学出版社，2021年，第23—45页。",
    {"type": "chapter", "author": [L("高峰")], "title": "苏联解体三十年的反思", "editor": [L("张立平")],
     "container-title": "转型与重塑：后苏联空间三十年", "publisher-place": "北京", "publisher": "中国社会科学出版社",
     "issued": "2021", "page": "23-45", "language": "zh"})
add("jz-06", S, "[美]理查德·汉森：《大博弈的终结》，王丽译，北京：新华出版社，2017年，第56页。",
    {"type": "book", "author": [L("理查德·汉森")], "title": "大博弈的终结", "publisher-place": "北京", "publisher": "新华出版社",
     "issued": "2017", "page": "56", "language": "zh"})
add("jz-07", S, "刘洋、吴迪：《欧亚经济联盟的制度困境》，《国际问题研究》2020年第5期，第60—75页。",
    {"type": "article-journal", "author": [L("刘洋"), L("吴迪")], "title": "欧亚经济联盟的制度困境", "container-title": "国际问题研究",
     "issued": "2020", "issue": "5", "page": "60-75", "language": "zh"})
add("jz-08", S, "国家统计局：《2023年中国与中亚五国贸易统计》，国家统计局网站，2024年1月20日，https://www.stats.gov.cn/sj/zxfb/202401/t20240120_1946802.html。",
    {"type": "webpage", "author": [L("国家统计局")], "title": "2023年中国与中亚五国贸易统计", "container-title": "国家统计局网站",
     "issued": "2024-01-20", "URL": "https://www.stats.gov.cn/sj/zxfb/202401/t20240120_1946802.html", "language": "zh"})

# ---------------- real-notes ----------------
S = "real-notes"
add("rn-01", S, "关于这一点，参见冯立新：《独联体的历史命运》，北京：世界知识出版社，2012年，第34—36页。",
    {"type": "book", "author": [L("冯立新")], "title": "独联体的历史命运", "publisher-place": "北京", "publisher": "世界知识出版社",
     "issued": "2012", "page": "34-36", "language": "zh"})
add("rn-02", S, "同上。", {"ibid": True})
add("rn-03", S, "同上书，第41页。", {"ibid": True})
add("rn-04", S, "③ 参见黄雪梅：“中亚水资源争端的政治经济学”，《俄罗斯东欧中亚研究》，2017 年第 6 期，第 30-48 页；马骏：《跨界河流与地区安全》，北京：时事出版社，2015 年，第 12-19 页。",
    [{"type": "article-journal", "author": [L("黄雪梅")], "title": "中亚水资源争端的政治经济学", "container-title": "俄罗斯东欧中亚研究",
      "issued": "2017", "issue": "6", "page": "30-48", "language": "zh"},
     {"type": "book", "author": [L("马骏")], "title": "跨界河流与地区安全", "publisher-place": "北京", "publisher": "时事出版社",
      "issued": "2015", "page": "12-19", "language": "zh"}])
add("rn-05", S, "Martin Ellison, Russia’s Asian Strategy: Between Beijing and Tokyo (New York: Columbia University Press, 2016), p. 88.",
    {"type": "book", "author": [P("Ellison", "Martin")], "title": "Russia’s Asian Strategy: Between Beijing and Tokyo",
     "publisher-place": "New York", "publisher": "Columbia University Press", "issued": "2016", "page": "88", "language": "en"})
add("rn-06", S, "② Данилов А. В. Российско-китайское стратегическое партнерство: итоги и перспективы// Россия в глобальной политике. 2021. Т.19. №4. С.56-71.",
    {"type": "article-journal", "author": [P("Данилов", "А. В.")], "title": "Российско-китайское стратегическое партнерство: итоги и перспективы",
     "container-title": "Россия в глобальной политике", "issued": "2021", "volume": "19", "issue": "4", "page": "56-71", "language": "ru"})
add("rn-07", S, "有学者认为，俄罗斯的“向东转”战略并非权宜之计，而是长期结构性调整的结果。参见李铭：《俄罗斯“向东转”战略的内在逻辑》，载《国际观察》2019年第3期，第88—104页。",
    {"type": "article-journal", "author": [L("李铭")], "title": "俄罗斯“向东转”战略的内在逻辑", "container-title": "国际观察",
     "issued": "2019", "issue": "3", "page": "88-104", "language": "zh"})
add("rn-08", S, "见《中俄总理第二十八次定期会晤联合公报》，《人民日报》2023年12月21日第2版。",
    {"type": "article-newspaper", "title": "中俄总理第二十八次定期会晤联合公报", "container-title": "人民日报",
     "issued": "2023-12-21", "page": "2", "language": "zh"})
add("rn-09", S, "不同的观点参见 Rachel Dunne, Omar Saidov, “Rethinking Authoritarian Resilience in Turkmenistan”, Demokratizatsiya, 2021, Vol.29, No.1, pp.55-78.",
    {"type": "article-journal", "author": [P("Dunne", "Rachel"), P("Saidov", "Omar")], "title": "Rethinking Authoritarian Resilience in Turkmenistan",
     "container-title": "Demokratizatsiya", "volume": "29", "issue": "1", "issued": "2021", "page": "55-78", "language": "en"})
add("rn-10", S, "参见王晓东：《哈萨克斯坦“多元平衡”外交研究》，博士学位论文，北京外国语大学，2018年，第67页。",
    {"type": "thesis", "author": [L("王晓东")], "title": "哈萨克斯坦“多元平衡”外交研究", "publisher": "北京外国语大学",
     "issued": "2018", "page": "67", "language": "zh"})
add("rn-11", S, "④ Aidana Serikova, “Astana Bets on the Middle Corridor”, The Diplomat, May 14, 2024, <https://thediplomat.com/2024/05/astana-bets-on-the-middle-corridor/>",
    {"type": "webpage", "author": [P("Serikova", "Aidana")], "title": "Astana Bets on the Middle Corridor",
     "container-title": "The Diplomat", "issued": "2024-05-14",
     "URL": "https://thediplomat.com/2024/05/astana-bets-on-the-middle-corridor/", "language": "en"})
# pure commentary, cites nothing
add("rn-12", S, "本文系国家社会科学基金重大项目“欧亚地区秩序演变研究”（项目编号：21&ZD170）的阶段性成果。", None)
add("rn-13", S, "需要指出的是，2014年以后俄罗斯官方文件中已很少使用“近邻”一词，本文所说的“中亚”仅指哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦五国。", None)
add("rn-14", S, "Unless otherwise noted, all translations from the Russian are my own.", None)
add("rn-15", S, "Здесь и далее перевод с китайского наш. – Прим. авт.", None)

# sanity checks
ids = [e["id"] for e in E]
assert len(ids) == len(set(ids))
ALLOWED = {"type","title","author","editor","container-title","publisher","publisher-place","issued","volume","issue",
           "page","URL","DOI","language"}
TYPES = {"book","chapter","article-journal","article-newspaper","article-magazine","report","thesis","webpage",
         "paper-conference","legislation","document"}
import re
def check(e, x):
    if x == {"ibid": True}: return
    assert set(x) <= ALLOWED, (e["id"], set(x) - ALLOWED)
    if "type" in x: assert x["type"] in TYPES, e["id"]
    for k, v in x.items():
        if k in ("author", "editor"):
            for n in v: assert set(n) <= {"family","given","literal"} and n, (e["id"], n)
        else:
            assert isinstance(v, str) and v == v.strip() and v, (e["id"], k)
    if "issued" in x: assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", x["issued"]), e["id"]
    if "page" in x: assert "–" not in x["page"] and "—" not in x["page"], e["id"]
for e in E:
    x = e["expected"]
    if x is None: continue
    for y in (x if isinstance(x, list) else [x]): check(e, y)
    assert "\n" not in e["text"]

json.dump(E, open("/work/eval-refs/refs-heldout.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(E), Counter(e["style"] for e in E))
