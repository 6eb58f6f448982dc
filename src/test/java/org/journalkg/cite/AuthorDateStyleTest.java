package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference-list entries whose first author is inverted: APA 7, Chicago author-date, Chicago
 * bibliography and MLA 9. The references are written for this test, each with every field it
 * should yield; a field not listed must stay empty. They are read through
 * {@link NoteParser#parse} as a note would be, so that the hook and the splitting at ";" are
 * tested too. Names print as "Family, Given"; an organization's as "{Name}".
 */
class AuthorDateStyleTest {

    /**
     * Written before any rule of {@link AuthorDateStyle} and not tuned on afterwards: they
     * measure how far the rules carry beyond the references they were made for. Before the
     * rules none was read right; the first rules read all twelve. The rules' author had written
     * these references, so the score is an upper bound on what fresh references would get.
     */
    static Stream<Arguments> heldOut() {
        return Stream.of(
                ref("Toal, G., O'Loughlin, J., & Bakke, K. M. (2020). Is Ukraine caught between Europe and Russia? Attitudes in the borderland. Post-Soviet Affairs, 36(3), 200–221. https://doi.org/10.1080/1060586X.2020.1733340",
                        "type=article-journal", "author=Toal, G.|O'Loughlin, J.|Bakke, K. M.",
                        "title=Is Ukraine caught between Europe and Russia? Attitudes in the borderland", "container-title=Post-Soviet Affairs",
                        "issued=2020", "volume=36", "issue=3", "page=200-221",
                        "URL=https://doi.org/10.1080/1060586X.2020.1733340", "DOI=10.1080/1060586X.2020.1733340"),
                ref("Sakwa, R. (2021). Frontline Ukraine: Crisis in the borderlands (2nd ed.). I.B. Tauris.",
                        "type=book", "author=Sakwa, R.", "title=Frontline Ukraine: Crisis in the borderlands", "issued=2021", "publisher=I.B. Tauris"),
                ref("Gel'man, V. (2016). The vicious circle of post-Soviet neopatrimonialism in Russia. In H. E. Hale & A. Aslund (Eds.), Russia's political economy in transition (pp. 45–67). Cambridge University Press. https://doi.org/10.1017/9781316471586.003",
                        "type=chapter", "author=Gel'man, V.", "title=The vicious circle of post-Soviet neopatrimonialism in Russia",
                        "editor=Hale, H. E.|Aslund, A.", "container-title=Russia's political economy in transition", "issued=2016", "page=45-67",
                        "publisher=Cambridge University Press", "URL=https://doi.org/10.1017/9781316471586.003", "DOI=10.1017/9781316471586.003"),
                ref("International Crisis Group. (2022). Averting a new war in the South Caucasus (Europe Report No. 266). https://www.crisisgroup.org/europe-central-asia/caucasus/266-averting-new-war",
                        "type=report", "author={International Crisis Group}", "title=Averting a new war in the South Caucasus", "issued=2022",
                        "number=266", "URL=https://www.crisisgroup.org/europe-central-asia/caucasus/266-averting-new-war"),
                ref("Troianovski, A. (2021, May 3). Russia's wartime economy faces a reckoning. The New York Times. https://www.nytimes.com/2021/05/03/world/europe/russia-economy.html",
                        "type=article-newspaper", "author=Troianovski, A.", "title=Russia's wartime economy faces a reckoning",
                        "container-title=The New York Times", "issued=2021-05-03", "URL=https://www.nytimes.com/2021/05/03/world/europe/russia-economy.html"),
                ref("Levada Center. (n.d.). Approval of Vladimir Putin. Retrieved May 5, 2023, from https://www.levada.ru/en/ratings/",
                        "type=webpage", "author={Levada Center}", "title=Approval of Vladimir Putin", "URL=https://www.levada.ru/en/ratings/"),
                ref("Hale, Henry E. 2015. “Patronal Politics Revisited.” Journal of Democracy 26 (2): 121–35. https://doi.org/10.1353/jod.2015.0027",
                        "type=article-journal", "author=Hale, Henry E.", "title=Patronal Politics Revisited", "container-title=Journal of Democracy",
                        "issued=2015", "volume=26", "issue=2", "page=121-35", "URL=https://doi.org/10.1353/jod.2015.0027", "DOI=10.1353/jod.2015.0027"),
                ref("Colton, Timothy J., and Henry E. Hale. 2009. The Putin Vote: Presidential Electoral Politics in Russia's Hybrid Regime. Princeton, NJ: Princeton University Press.",
                        "type=book", "author=Colton, Timothy J.|Hale, Henry E.", "title=The Putin Vote: Presidential Electoral Politics in Russia's Hybrid Regime",
                        "issued=2009", "publisher-place=Princeton, NJ", "publisher=Princeton University Press"),
                ref("Kotkin, Stephen. *Armageddon Averted: The Soviet Collapse, 1970–2000*. Oxford: Oxford University Press, 2001.",
                        "type=book", "author=Kotkin, Stephen", "title=Armageddon Averted: The Soviet Collapse, 1970–2000", "issued=2001",
                        "publisher-place=Oxford", "publisher=Oxford University Press"),
                ref("Charap, Samuel. “The Ghost of Hybrid War.” Survival 57, no. 6 (2015): 51–58.",
                        "type=article-journal", "author=Charap, Samuel", "title=The Ghost of Hybrid War", "container-title=Survival",
                        "issued=2015", "volume=57", "issue=6", "page=51-58"),
                ref("Laruelle, Marlene. “The Three Colors of Novorossiya, or the Russian Nationalist Mythmaking of the Ukrainian Crisis.” Post-Soviet Affairs, vol. 32, no. 1, 2016, pp. 55–74.",
                        "type=article-journal", "author=Laruelle, Marlene",
                        "title=The Three Colors of Novorossiya, or the Russian Nationalist Mythmaking of the Ukrainian Crisis",
                        "container-title=Post-Soviet Affairs", "issued=2016", "volume=32", "issue=1", "page=55-74"),
                ref("Hill, Fiona, and Clifford G. Gaddy. Mr. Putin: Operative in the Kremlin. Brookings Institution Press, 2013.",
                        "type=book", "author=Hill, Fiona|Gaddy, Clifford G.", "title=Mr. Putin: Operative in the Kremlin", "issued=2013",
                        "publisher=Brookings Institution Press"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOut")
    void held_out_references(String reference, Map<String, String> expected) {
        assertEquals(expected, read(reference), reference);
    }

    /** Written alongside the rules, one or more per form each style has. */
    static Stream<Arguments> development() {
        return Stream.of(
                // APA 7
                ref("Mearsheimer, J. J. (2019). Bound to fail: The rise and fall of the liberal international order. International Security, 43(4), 7–50. https://doi.org/10.1162/isec_a_00342",
                        "type=article-journal", "author=Mearsheimer, J. J.", "title=Bound to fail: The rise and fall of the liberal international order",
                        "container-title=International Security", "issued=2019", "volume=43", "issue=4", "page=7-50",
                        "URL=https://doi.org/10.1162/isec_a_00342", "DOI=10.1162/isec_a_00342"),
                ref("Libman, A., & Obydenkova, A. V. (2018). Regional international organizations as a strategy of autocracy: The Eurasian Economic Union and Russian foreign policy. International Affairs, 94(5), 1037–1058. https://doi.org/10.1093/ia/iiy147",
                        "type=article-journal", "author=Libman, A.|Obydenkova, A. V.",
                        "title=Regional international organizations as a strategy of autocracy: The Eurasian Economic Union and Russian foreign policy",
                        "container-title=International Affairs", "issued=2018", "volume=94", "issue=5", "page=1037-1058",
                        "URL=https://doi.org/10.1093/ia/iiy147", "DOI=10.1093/ia/iiy147"),
                ref("Smith, J. A., Ivanova, Yu. S., & de Waal, T. (2022). Frozen conflicts after 2020. Caucasus Survey, 10(2), Article e2045. https://doi.org/10.1000/cs.2022.2045",
                        "type=article-journal", "author=Smith, J. A.|Ivanova, Yu. S.|de Waal, T.", "title=Frozen conflicts after 2020",
                        "container-title=Caucasus Survey", "issued=2022", "volume=10", "issue=2", "page=e2045",
                        "URL=https://doi.org/10.1000/cs.2022.2045", "DOI=10.1000/cs.2022.2045"),
                ref("Hill, F., & Gaddy, C. G. (2015). Mr. Putin: Operative in the Kremlin (New and expanded ed.). Brookings Institution Press.",
                        "type=book", "author=Hill, F.|Gaddy, C. G.", "title=Mr. Putin: Operative in the Kremlin", "issued=2015",
                        "publisher=Brookings Institution Press"),
                ref("Trenin, D. (2019). Russia and the Far East. In R. Legvold (Ed.), Russian foreign policy in the twenty-first century (pp. 101–130). Columbia University Press.",
                        "type=chapter", "author=Trenin, D.", "title=Russia and the Far East", "editor=Legvold, R.",
                        "container-title=Russian foreign policy in the twenty-first century", "issued=2019", "page=101-130",
                        "publisher=Columbia University Press"),
                ref("World Bank. (2020). Russia economic report: Recovery interrupted (Report No. 44). World Bank Group. https://openknowledge.worldbank.org/handle/10986/34950",
                        "type=report", "author={World Bank}", "title=Russia economic report: Recovery interrupted", "issued=2020", "number=44",
                        "publisher=World Bank Group", "URL=https://openknowledge.worldbank.org/handle/10986/34950"),
                ref("Seddon, M. (2023, April 26). Putin signs decree on seizing Western assets. Financial Times, A4.",
                        "type=article-newspaper", "author=Seddon, M.", "title=Putin signs decree on seizing Western assets",
                        "container-title=Financial Times", "issued=2023-04-26", "page=A4"),
                ref("Ministry of Foreign Affairs of the Russian Federation. (2023, March 31). The concept of the foreign policy of the Russian Federation. https://mid.ru/en/foreign_policy/fundamental_documents/1860586/",
                        "type=report", "author={Ministry of Foreign Affairs of the Russian Federation}",
                        "title=The concept of the foreign policy of the Russian Federation", "issued=2023-03-31",
                        "URL=https://mid.ru/en/foreign_policy/fundamental_documents/1860586/"),
                ref("Kanet, R. E. (Ed.). (2019). Routledge handbook of Russian security. Routledge.",
                        "type=book", "editor=Kanet, R. E.", "title=Routledge handbook of Russian security", "issued=2019", "publisher=Routledge"),
                ref("Kofman, M. (n.d.). Russia military analysis. Retrieved June 1, 2024, from https://russianmilitaryanalysis.wordpress.com/",
                        "type=webpage", "author=Kofman, M.", "title=Russia military analysis", "URL=https://russianmilitaryanalysis.wordpress.com/"),
                ref("Gabuev, A. (2023, March 20). What's really going on between Russia and China. Foreign Affairs. https://www.foreignaffairs.com/united-states/whats-really-going-between-russia-and-china",
                        "type=article-magazine", "author=Gabuev, A.", "title=What's really going on between Russia and China",
                        "container-title=Foreign Affairs", "issued=2023-03-20",
                        "URL=https://www.foreignaffairs.com/united-states/whats-really-going-between-russia-and-china"),
                ref("Petrov, I. (2021). Energy diplomacy in the Caspian region [Doctoral dissertation, University of Oxford]. Oxford University Research Archive.",
                        "type=thesis", "author=Petrov, I.", "title=Energy diplomacy in the Caspian region", "issued=2021", "publisher=University of Oxford"),
                ref("Nye, J. S., Jr. (2004). Soft power: The means to success in world politics. PublicAffairs.",
                        "type=book", "author=Nye, J. S., Jr.", "title=Soft power: The means to success in world politics", "issued=2004",
                        "publisher=PublicAffairs"),
                ref("Tsygankov, A. P. (2022). Russia's foreign policy: Change and continuity in national identity (6th ed.). Rowman & Littlefield.",
                        "type=book", "author=Tsygankov, A. P.", "title=Russia's foreign policy: Change and continuity in national identity", "issued=2022",
                        "publisher=Rowman & Littlefield"),
                // Chicago author-date
                ref("Mearsheimer, John J. 2019. “Bound to Fail: The Rise and Fall of the Liberal International Order.” International Security 43 (4): 7–50. https://doi.org/10.1162/isec_a_00342.",
                        "type=article-journal", "author=Mearsheimer, John J.", "title=Bound to Fail: The Rise and Fall of the Liberal International Order",
                        "container-title=International Security", "issued=2019", "volume=43", "issue=4", "page=7-50",
                        "URL=https://doi.org/10.1162/isec_a_00342", "DOI=10.1162/isec_a_00342"),
                ref("Sakwa, Richard. 2017. Russia against the Rest: The Post-Cold War Crisis of World Order. Cambridge: Cambridge University Press.",
                        "type=book", "author=Sakwa, Richard", "title=Russia against the Rest: The Post-Cold War Crisis of World Order", "issued=2017",
                        "publisher-place=Cambridge", "publisher=Cambridge University Press"),
                ref("Allison, Roy. 2011. “Russia and the Post-Soviet Order.” In Global Order and Its Discontents, edited by Rosemary Foot and Andrew Walter, 30–55. Cambridge: Cambridge University Press.",
                        "type=chapter", "author=Allison, Roy", "title=Russia and the Post-Soviet Order", "container-title=Global Order and Its Discontents",
                        "editor=Foot, Rosemary|Walter, Andrew", "issued=2011", "page=30-55", "publisher-place=Cambridge", "publisher=Cambridge University Press"),
                ref("Troianovski, Anton. 2022. “Putin Signs Laws to Annex Ukrainian Regions.” New York Times, October 5, 2022.",
                        "type=article-newspaper", "author=Troianovski, Anton", "title=Putin Signs Laws to Annex Ukrainian Regions",
                        "container-title=New York Times", "issued=2022-10-05"),
                ref("International Crisis Group. 2022. Averting a New War between Armenia and Azerbaijan. Europe Report 266. Brussels: International Crisis Group.",
                        "type=report", "author={International Crisis Group}", "title=Averting a New War between Armenia and Azerbaijan", "issued=2022",
                        "number=266", "publisher-place=Brussels", "publisher=International Crisis Group"),
                ref("Colton, Timothy J., Henry E. Hale, and Michael McFaul. 2008. “Putin and the ‘Democratic’ Nature of Russian Politics.” Post-Soviet Affairs 24, no. 1: 1–30.",
                        "type=article-journal", "author=Colton, Timothy J.|Hale, Henry E.|McFaul, Michael", "title=Putin and the ‘Democratic’ Nature of Russian Politics",
                        "container-title=Post-Soviet Affairs", "issued=2008", "volume=24", "issue=1", "page=1-30"),
                // Chicago notes-bibliography, bibliography form
                ref("Sakwa, Richard. Russia against the Rest: The Post-Cold War Crisis of World Order. Cambridge: Cambridge University Press, 2017.",
                        "type=book", "author=Sakwa, Richard", "title=Russia against the Rest: The Post-Cold War Crisis of World Order", "issued=2017",
                        "publisher-place=Cambridge", "publisher=Cambridge University Press"),
                ref("Mearsheimer, John J. “Bound to Fail: The Rise and Fall of the Liberal International Order.” International Security 43, no. 4 (Spring 2019): 7–50.",
                        "type=article-journal", "author=Mearsheimer, John J.", "title=Bound to Fail: The Rise and Fall of the Liberal International Order",
                        "container-title=International Security", "issued=2019", "volume=43", "issue=4", "page=7-50"),
                ref("Watrous, Stephen. “The Regionalist Conception of Siberia.” In Between Heaven and Hell: The Myth of Siberia in Russian Culture, edited by Galya Diment and Yuri Slezkine, 113–32. New York: St. Martin’s Press, 1993.",
                        "type=chapter", "author=Watrous, Stephen", "title=The Regionalist Conception of Siberia",
                        "container-title=Between Heaven and Hell: The Myth of Siberia in Russian Culture", "editor=Diment, Galya|Slezkine, Yuri",
                        "issued=1993", "page=113-32", "publisher-place=New York", "publisher=St. Martin’s Press"),
                ref("Seddon, Max. “Putin Signs Decree on Seizing Western Assets.” Financial Times, April 26, 2023. https://www.ft.com/content/6f1d6b8e.",
                        "type=article-newspaper", "author=Seddon, Max", "title=Putin Signs Decree on Seizing Western Assets", "container-title=Financial Times",
                        "issued=2023-04-26", "URL=https://www.ft.com/content/6f1d6b8e"),
                ref("Hale, Henry E., and Robert Orttung, eds. Beyond the Euromaidan: Comparative Perspectives on Advancing Reform in Ukraine. Stanford, CA: Stanford University Press, 2016.",
                        "type=book", "editor=Hale, Henry E.|Orttung, Robert", "title=Beyond the Euromaidan: Comparative Perspectives on Advancing Reform in Ukraine",
                        "issued=2016", "publisher-place=Stanford, CA", "publisher=Stanford University Press"),
                ref("Trubetskoy, N. S. *The Legacy of Genghis Khan and Other Essays on Russia’s Identity*. Edited by Anatoly Liberman. Ann Arbor: Michigan Slavic Publications, 1991.",
                        "type=book", "author=Trubetskoy, N. S.", "title=The Legacy of Genghis Khan and Other Essays on Russia’s Identity", "editor=Liberman, Anatoly",
                        "issued=1991", "publisher-place=Ann Arbor", "publisher=Michigan Slavic Publications"),
                ref("Stanovaya, Tatiana. “Putin’s Age of Chaos.” Carnegie Politika, August 8, 2023. https://carnegieendowment.org/politika/90353.",
                        "type=webpage", "author=Stanovaya, Tatiana", "title=Putin’s Age of Chaos", "container-title=Carnegie Politika", "issued=2023-08-08",
                        "URL=https://carnegieendowment.org/politika/90353"),
                // MLA 9
                ref("Mearsheimer, John J. “Bound to Fail: The Rise and Fall of the Liberal International Order.” International Security, vol. 43, no. 4, 2019, pp. 7–50, https://doi.org/10.1162/isec_a_00342.",
                        "type=article-journal", "author=Mearsheimer, John J.", "title=Bound to Fail: The Rise and Fall of the Liberal International Order",
                        "container-title=International Security", "issued=2019", "volume=43", "issue=4", "page=7-50",
                        "URL=https://doi.org/10.1162/isec_a_00342", "DOI=10.1162/isec_a_00342"),
                ref("Plokhy, Serhii. The Gates of Europe: A History of Ukraine. Basic Books, 2015.",
                        "type=book", "author=Plokhy, Serhii", "title=The Gates of Europe: A History of Ukraine", "issued=2015", "publisher=Basic Books"),
                ref("Higgins, Andrew. “Russia’s Shadow Fleet Grows.” The New York Times, 3 Dec. 2023, www.nytimes.com/2023/12/03/world/europe/russia-oil-tankers.html.",
                        "type=article-newspaper", "author=Higgins, Andrew", "title=Russia’s Shadow Fleet Grows", "container-title=The New York Times",
                        "issued=2023-12-03", "URL=https://www.nytimes.com/2023/12/03/world/europe/russia-oil-tankers.html"),
                ref("Laruelle, Marlene. “Eurasianism as a Political Ideology.” Russian Nationalism Today, edited by Marlene Laruelle and Paul Goble, Routledge, 2019, pp. 45–60.",
                        "type=chapter", "author=Laruelle, Marlene", "title=Eurasianism as a Political Ideology", "container-title=Russian Nationalism Today",
                        "editor=Laruelle, Marlene|Goble, Paul", "publisher=Routledge", "issued=2019", "page=45-60"),
                ref("Toal, Gerard, et al. “Is Ukraine Caught between Europe and Russia?” Post-Soviet Affairs, vol. 36, no. 3, 2020, pp. 200–21.",
                        "type=article-journal", "author=Toal, Gerard", "title=Is Ukraine Caught between Europe and Russia?", "container-title=Post-Soviet Affairs",
                        "issued=2020", "volume=36", "issue=3", "page=200-21"),
                ref("Kortunov, Andrey. “Russia and the Global South.” Russian International Affairs Council, 12 Feb. 2024, russiancouncil.ru/en/analytics-and-comments/analytics/russia-global-south/. Accessed 5 May 2024.",
                        "type=webpage", "author=Kortunov, Andrey", "title=Russia and the Global South", "container-title=Russian International Affairs Council",
                        "issued=2024-02-12", "URL=https://russiancouncil.ru/en/analytics-and-comments/analytics/russia-global-south/"),
                ref("Hill, Fiona, and Clifford G. Gaddy. Mr. Putin: Operative in the Kremlin. New and expanded ed., Brookings Institution Press, 2015.",
                        "type=book", "author=Hill, Fiona|Gaddy, Clifford G.", "title=Mr. Putin: Operative in the Kremlin", "issued=2015",
                        "publisher=Brookings Institution Press"),
                ref("Dostoevsky, Fyodor. Crime and Punishment. Translated by Richard Pevear and Larissa Volokhonsky, Vintage Books, 1993.",
                        "type=book", "author=Dostoevsky, Fyodor", "title=Crime and Punishment", "translator=Pevear, Richard|Volokhonsky, Larissa",
                        "issued=1993", "publisher=Vintage Books"),
                // Found by probing after the first rules.
                ref("Hale, H. E., & Orttung, R. (Eds.). (2016). Beyond the Euromaidan: Comparative perspectives on advancing reform in Ukraine. Stanford University Press.",
                        "type=book", "editor=Hale, H. E.|Orttung, R.", "title=Beyond the Euromaidan: Comparative perspectives on advancing reform in Ukraine",
                        "issued=2016", "publisher=Stanford University Press"),
                ref("Mearsheimer, J. J. (2019). Bound to fail. *International Security, 43*(4), 7–50.",
                        "type=article-journal", "author=Mearsheimer, J. J.", "title=Bound to fail", "container-title=International Security",
                        "issued=2019", "volume=43", "issue=4", "page=7-50"),
                ref("U.S. Department of State. (2022, January 10). Joint statement on strategic stability. https://www.state.gov/joint-statement/",
                        "type=webpage", "author={U.S. Department of State}", "title=Joint statement on strategic stability", "issued=2022-01-10",
                        "URL=https://www.state.gov/joint-statement/"),
                ref("Levada Center. n.d. “Approval of Vladimir Putin.” Accessed May 5, 2023. https://www.levada.ru/en/ratings/.",
                        "type=webpage", "author={Levada Center}", "title=Approval of Vladimir Putin", "URL=https://www.levada.ru/en/ratings/"),
                ref("Hale, Henry E. 2015a. Patronal Politics: Eurasian Regime Dynamics in Comparative Perspective. New York: Cambridge University Press.",
                        "type=book", "author=Hale, Henry E.", "title=Patronal Politics: Eurasian Regime Dynamics in Comparative Perspective", "issued=2015",
                        "publisher-place=New York", "publisher=Cambridge University Press"),
                ref("Trenin, Dmitri. “Russia’s Breakout from the Post-Cold War System.” Carnegie Moscow Center, 2014.",
                        "type=report", "author=Trenin, Dmitri", "title=Russia’s Breakout from the Post-Cold War System", "issued=2014",
                        "publisher=Carnegie Moscow Center"),
                ref("Kotkin, Stephen. Stalin. Vol. 1, Paradoxes of Power, 1878–1928. New York: Penguin Press, 2014.",
                        "type=book", "author=Kotkin, Stephen", "title=Stalin", "volume=1", "issued=2014", "publisher-place=New York", "publisher=Penguin Press"),
                ref("Gabuev, Alexander. “China’s New Vassal.” Foreign Affairs, vol. 101, no. 2, Mar.-Apr. 2022, pp. 10–20.",
                        "type=article-journal", "author=Gabuev, Alexander", "title=China’s New Vassal", "container-title=Foreign Affairs",
                        "issued=2022-03", "volume=101", "issue=2", "page=10-20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("development")
    void development_references(String reference, Map<String, String> expected) {
        assertEquals(expected, read(reference), reference);
    }

    /**
     * APA entries in other scripts and without an author: Chinese names (literal, "zh"),
     * Cyrillic inverted names ("ru"), and "Title. (date). Site." Written before the rules that
     * read them and not tuned on afterwards; none was read right before.
     */
    static Stream<Arguments> heldOutScripts() {
        return Stream.of(
                ref("王缉思. (2019). 大国关系：中美分道扬镳，还是殊途同归. 中信出版社.",
                        "type=book", "author={王缉思}", "title=大国关系：中美分道扬镳，还是殊途同归", "issued=2019",
                        "publisher=中信出版社", "language=zh"),
                ref("阎学通、孙学峰. (2005). 国际关系研究实用方法. 人民出版社.",
                        "type=book", "author={阎学通}|{孙学峰}", "title=国际关系研究实用方法", "issued=2005",
                        "publisher=人民出版社", "language=zh"),
                ref("秦亚青. (2009). 关系本位与过程建构：将中国理念植入国际关系理论. 中国社会科学, (3), 69–86.",
                        "type=article-journal", "author={秦亚青}", "title=关系本位与过程建构：将中国理念植入国际关系理论",
                        "container-title=中国社会科学", "issued=2009", "issue=3", "page=69-86", "language=zh"),
                ref("钟声. (2019, May 14). 任何极限施压都吓不倒中国人民. 光明日报.",
                        "type=article-newspaper", "author={钟声}", "title=任何极限施压都吓不倒中国人民",
                        "container-title=光明日报", "issued=2019-05-14", "language=zh"),
                ref("Тренин, Д. В. (2021). Новый баланс сил: Россия в поисках внешнеполитического равновесия. Альпина Паблишер.",
                        "type=book", "author=Тренин, Д. В.", "title=Новый баланс сил: Россия в поисках внешнеполитического равновесия",
                        "issued=2021", "publisher=Альпина Паблишер", "language=ru"),
                ref("Лукин, А. В., & Новикова, Е. С. (2020). Российско-китайские отношения в условиях пандемии. Мировая экономика и международные отношения, 64(9), 15–24. https://doi.org/10.20542/0131-2227-2020-64-9-15-24",
                        "type=article-journal", "author=Лукин, А. В.|Новикова, Е. С.", "title=Российско-китайские отношения в условиях пандемии",
                        "container-title=Мировая экономика и международные отношения", "issued=2020", "volume=64", "issue=9", "page=15-24",
                        "URL=https://doi.org/10.20542/0131-2227-2020-64-9-15-24", "DOI=10.20542/0131-2227-2020-64-9-15-24", "language=ru"),
                ref("Joint statement on the outcome of the trilateral summit. (2023, June 4). Ministry of Foreign Affairs of Japan. https://www.mofa.go.jp/a_o/page6e_000412.html",
                        "type=webpage", "title=Joint statement on the outcome of the trilateral summit",
                        "container-title=Ministry of Foreign Affairs of Japan", "issued=2023-06-04", "URL=https://www.mofa.go.jp/a_o/page6e_000412.html"),
                ref("Лавров провёл переговоры с министром иностранных дел Египта. (2024, March 1). Министерство иностранных дел Российской Федерации. https://www.mid.ru/ru/press_service/news/1940000/",
                        "type=webpage", "title=Лавров провёл переговоры с министром иностранных дел Египта",
                        "container-title=Министерство иностранных дел Российской Федерации", "issued=2024-03-01",
                        "URL=https://www.mid.ru/ru/press_service/news/1940000/", "language=ru"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOutScripts")
    void held_out_references_in_other_scripts(String reference, Map<String, String> expected) {
        assertEquals(expected, read(reference), reference);
    }

    /** Written alongside the rules for other scripts and authorless entries. */
    static Stream<Arguments> developmentScripts() {
        return Stream.of(
                ref("罗伯特·基欧汉. (2012). 霸权之后 (苏长和, 信强, & 何曜, trans.). 上海人民出版社.",
                        "type=book", "author={罗伯特·基欧汉}", "translator={苏长和}|{信强}|{何曜}", "title=霸权之后", "issued=2012",
                        "publisher=上海人民出版社", "language=zh"),
                ref("陈旭. (2014). 国际关系中的小国权力论析. 太平洋学报, 10.",
                        "type=article-journal", "author={陈旭}", "title=国际关系中的小国权力论析", "container-title=太平洋学报",
                        "issued=2014", "issue=10", "language=zh"),
                ref("习近平同外宾举行会谈. (2025, October 31). 人民日报.",
                        "type=article-newspaper", "title=习近平同外宾举行会谈", "container-title=人民日报", "issued=2025-10-31", "language=zh"),
                ref("上海合作组织成员国元首理事会宣言. (2018). 中华人民共和国外交部. https://www.mfa.gov.cn/a/b.shtml",
                        "type=document", "title=上海合作组织成员国元首理事会宣言", "publisher=中华人民共和国外交部", "issued=2018",
                        "URL=https://www.mfa.gov.cn/a/b.shtml", "language=zh"),
                ref("李建民. (2020). 区域经济合作. In 戚振宏 (ed.), 上合组织建设：机遇和挑战. 世界知识出版社.",
                        "type=chapter", "author={李建民}", "editor={戚振宏}", "title=区域经济合作", "container-title=上合组织建设：机遇和挑战",
                        "issued=2020", "publisher=世界知识出版社", "language=zh"),
                ref("Караганов, С. А. (2017). От поворота на Восток к Большой Евразии. Международная жизнь, 5.",
                        "type=article-journal", "author=Караганов, С. А.", "title=От поворота на Восток к Большой Евразии",
                        "container-title=Международная жизнь", "issued=2017", "issue=5", "language=ru"),
                ref("Сибирские пути и дороги России. (2026, January 27). Российская газета. https://rg.ru/2026/01/27/a.html",
                        "type=article-newspaper", "title=Сибирские пути и дороги России", "container-title=Российская газета",
                        "issued=2026-01-27", "URL=https://rg.ru/2026/01/27/a.html", "language=ru"),
                ref("Russian Border Guards Leave Yerevan Airport. (2024, July 31). Radio Free Europe. https://www.rferl.org/a/1.html",
                        "type=article-newspaper", "title=Russian Border Guards Leave Yerevan Airport", "container-title=Radio Free Europe",
                        "issued=2024-07-31", "URL=https://www.rferl.org/a/1.html"),
                ref("SCO Heads of State Council Meeting. (2025, September 1). http://en.kremlin.ru/events/president/news/77891",
                        "type=webpage", "title=SCO Heads of State Council Meeting", "issued=2025-09-01",
                        "URL=http://en.kremlin.ru/events/president/news/77891"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("developmentScripts")
    void development_references_in_other_scripts(String reference, Map<String, String> expected) {
        assertEquals(expected, read(reference), reference);
    }

    /** The Chinese house style and GB/T 7714 have no "(2016)." after the names: not APA's. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年，第 5 页。",
        "王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016.",
        "Лукьянов Ф.А. Украинский вопрос для будущего России // Россия в глобальной политике. 2018. Т. 16. № 2-3. С. 175."
    })
    void house_styles_are_not_apa(String note) {
        assertNull(AuthorDateStyle.parse(note), note);
    }

    /** The journal's own footnote forms open with a name in its natural order: they are not these styles'. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "J. Mearsheimer, “Bound to Fail: The Rise and Fall of the Liberal International Order”, *International Security*, 2019, Vol.43, No.4, pp.7-8.",
        "Robert O. Keohane, Joseph S. Nye, Jr., “Power and Interdependence Revisited”, *Foreign Affairs*, June 2, 2025, https://example.org/a",
        "Barry Buzan, Ole Wæver. *Regions and Powers: The Structure of International Security*. Cambridge: Cambridge University Press, 2003, pp.6-26",
        "Henry Farrell, Abraham L. Newman, “Weaponized Interdependence”, International Security, 2019, Vol.44, No.1, pp.42-79",
        "The White House, *National Security Strategy of the United States*, November 2025, https://example.org/nss.pdf",
        "Moscow, in this reading, is a revisionist power, not a status quo one.",
        "Mearsheimer, John, “Bound to Fail”, *International Security*, 2019, Vol.43, No.4, pp.7-8.",
        "Лукьянов Ф. Украинский вопрос для будущего России// Россия в глобальной политике. 2018. Т.16. №2-3. С.175.",
        "冯绍雷：《制度变迁与对外关系》，上海：上海人民出版社，1997 年，第 66 页。"
    })
    void footnote_forms_are_left_to_the_other_styles(String note) {
        assertNull(AuthorDateStyle.parse(note), note);
    }

    @Test
    void semicolons_split_works_but_not_a_title() {
        NoteParser.Result two = NoteParser.parse("Sakwa, R. (2017). Russia against the rest. Cambridge University Press; "
                + "Mearsheimer, J. J. (2019). Bound to fail. International Security, 43(4), 7–50.");
        assertEquals(List.of("Russia against the rest", "Bound to fail"), two.citations().stream().map(c -> c.work().title).toList());
        assertEquals(Map.of("type", "book", "author", "Lo, B.", "title", "Between war and peace; Russia's eastern policy, 1992–2020", "issued", "2021",
                "publisher", "Routledge", "language", "en"),
                read("Lo, B. (2021). Between war and peace; Russia's eastern policy, 1992–2020. Routledge."));
        // A note of the journal's own form keeps splitting as before.
        NoteParser.Result notes = NoteParser.parse("R. Sakwa, *Russia against the Rest*, Cambridge: Cambridge University Press, 2017, p.20; "
                + "J. Mearsheimer, “Bound to Fail”, *International Security*, 2019, Vol.43, No.4, pp.7-8.");
        assertEquals(2, notes.citations().size());
    }

    static Arguments ref(String text, String... fields) {
        Map<String, String> m = new TreeMap<>();
        for (String f : fields) {
            int eq = f.indexOf('=');
            m.put(f.substring(0, eq), f.substring(eq + 1));
        }
        m.putIfAbsent("language", "en");
        return Arguments.of(text, m);
    }

    /** Every field of the one work the reference cites, as strings; the locator apart from the page. */
    static Map<String, String> read(String reference) {
        return OneWork.read(reference, n -> n.isLiteral() ? "{" + n.literal() + "}" : n.display());
    }
}
