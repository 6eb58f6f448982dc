package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.journalkg.issue.Article;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Footnote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * English notes as web pages, Markdown and Word files write them: no italics, so nothing but
 * quotes, commas, dates and URLs marks where a title ends. The notes are written for this test
 * (not taken from the issue or the samples), each with every CSL field it should yield; a field
 * not listed must stay empty. {@code page} is the citation's locator, or the article's range
 * where the note gives none, as CitationQualityTest counts it.
 *
 * <p>The held-out notes were written before the rules for plain notes, and the rules were not
 * tuned on them: they measure how far the rules carry beyond the notes they were made for.
 * Besides, the issue's own notes with italics are read again without them.
 */
class PlainEnglishNotesTest {

    static Stream<Arguments> development() {
        return Stream.of(
                note("Ministry of Foreign Affairs of the People’s Republic of China, China’s Position on the Political Settlement of the Ukraine Crisis, February 24, 2023, https://www.mfa.gov.cn/eng/zxxx_662805/202302/t20230224_11030713.html",
                        "type=report", "author=Ministry of Foreign Affairs of the People’s Republic of China",
                        "title=China’s Position on the Political Settlement of the Ukraine Crisis", "issued=2023-02-24",
                        "URL=https://www.mfa.gov.cn/eng/zxxx_662805/202302/t20230224_11030713.html"),
                note("Max Seddon, “Putin Signs Decree on Seizing Western Assets”, Financial Times, April 26, 2023, https://www.ft.com/content/6f1d6b8e-putin-decree",
                        "type=article-newspaper", "author=Seddon, Max", "title=Putin Signs Decree on Seizing Western Assets",
                        "container-title=Financial Times", "issued=2023-04-26", "URL=https://www.ft.com/content/6f1d6b8e-putin-decree"),
                note("“Central Asian Leaders Meet in Astana for Consultative Summit”, Al Jazeera, August 9, 2024, https://www.aljazeera.com/news/2024/8/9/central-asian-leaders-meet",
                        "type=article-newspaper", "title=Central Asian Leaders Meet in Astana for Consultative Summit",
                        "container-title=Al Jazeera", "issued=2024-08-09", "URL=https://www.aljazeera.com/news/2024/8/9/central-asian-leaders-meet"),
                note("S. Plokhy, The Gates of Europe: A History of Ukraine, New York: Basic Books, 2015, p.12.",
                        "type=book", "author=Plokhy, S.", "title=The Gates of Europe: A History of Ukraine", "publisher=Basic Books",
                        "publisher-place=New York", "issued=2015", "page=12"),
                note("2022 National Security Strategy, October 12, 2022, p.25, https://www.whitehouse.gov/wp-content/uploads/2022/10/nss-2022.pdf",
                        "type=report", "title=National Security Strategy", "issued=2022-10-12", "page=25",
                        "URL=https://www.whitehouse.gov/wp-content/uploads/2022/10/nss-2022.pdf"),
                note("A. Gabuev, “Crouching Bear, Hidden Dragon”, Journal of Democracy, 2023, Vol.34, No.1, pp.5-19.",
                        "type=article-journal", "author=Gabuev, A.", "title=Crouching Bear, Hidden Dragon", "container-title=Journal of Democracy",
                        "issued=2023", "volume=34", "issue=1", "page=5-19"),
                note("Executive Order 14024 on Blocking Property with Respect to Specified Harmful Foreign Activities of the Government of the Russian Federation, April 15, 2021, https://ofac.treasury.gov/media/57936/download",
                        "type=legislation",
                        "title=Executive Order 14024 on Blocking Property with Respect to Specified Harmful Foreign Activities of the Government of the Russian Federation",
                        "issued=2021-04-15", "URL=https://ofac.treasury.gov/media/57936/download"),
                note("R. Allison, “Russia and the Post-Soviet Order”, in R. Foot, A. Walter eds., Global Order and Its Discontents, Cambridge: Cambridge University Press, 2011, pp.30-55.",
                        "type=chapter", "author=Allison, R.", "title=Russia and the Post-Soviet Order", "editor=Foot, R.|Walter, A.",
                        "container-title=Global Order and Its Discontents", "publisher=Cambridge University Press", "publisher-place=Cambridge",
                        "issued=2011", "page=30-55"),
                note("Alexander Gabuev, “What’s Really Going On Between Russia and China”, Carnegie Endowment for International Peace, April 12, 2023, https://carnegieendowment.org/posts/2023/04/russia-china",
                        "type=webpage", "author=Gabuev, Alexander", "title=What’s Really Going On Between Russia and China",
                        "container-title=Carnegie Endowment for International Peace", "issued=2023-04-12", "URL=https://carnegieendowment.org/posts/2023/04/russia-china"),
                note("Samuel Charap, Timothy J. Colton, Everyone Loses: The Ukraine Crisis and the Ruinous Contest for Post-Soviet Eurasia, London: Routledge, 2017, pp.34-36.",
                        "type=book", "author=Charap, Samuel|Colton, Timothy J.",
                        "title=Everyone Loses: The Ukraine Crisis and the Ruinous Contest for Post-Soviet Eurasia", "publisher=Routledge",
                        "publisher-place=London", "issued=2017", "page=34-36"),
                note("World Bank, Europe and Central Asia Economic Update: Spring 2024, April 2024, p.9, https://openknowledge.worldbank.org/handle/10986/41409",
                        "type=report", "author=World Bank", "title=Europe and Central Asia Economic Update: Spring 2024", "issued=2024-04",
                        "page=9", "URL=https://openknowledge.worldbank.org/handle/10986/41409"),
                note("Neil MacFarquhar, “Russia Moves to Tighten Internet Controls”, The New York Times, November 1, 2019, p.8.",
                        "type=article-newspaper", "author=MacFarquhar, Neil", "title=Russia Moves to Tighten Internet Controls",
                        "container-title=The New York Times", "issued=2019-11-01", "page=8"),
                // Chicago's notes: facts in parentheses, a bare page, "52, no. 7 (2019): 967–994", "in Book, ed. Name".
                note("Serhii Plokhy, The Russo-Ukrainian War: The Return of History (New York: W. W. Norton, 2023), 45–47.",
                        "type=book", "author=Plokhy, Serhii", "title=The Russo-Ukrainian War: The Return of History", "publisher=W. W. Norton",
                        "publisher-place=New York", "issued=2023", "page=45-47"),
                note("Andrei P. Tsygankov, “Russia’s Foreign Policy and the West,” Europe-Asia Studies 61, no. 4 (June 2009): 602.",
                        "type=article-journal", "author=Tsygankov, Andrei P.", "title=Russia’s Foreign Policy and the West",
                        "container-title=Europe-Asia Studies", "issued=2009-06", "volume=61", "issue=4", "page=602"),
                note("Angela Stent, “Russia, China, and the West,” in Russia’s Strategic Choices, ed. Michael Kofman (Washington, DC: Brookings, 2020), 45.",
                        "type=chapter", "author=Stent, Angela", "title=Russia, China, and the West", "editor=Kofman, Michael",
                        "container-title=Russia’s Strategic Choices", "publisher=Brookings", "publisher-place=Washington, DC", "issued=2020", "page=45"),
                // Web copies drop the quotes too: the outlet or the journal after the title tells an article.
                note("Kazakhstan, Russia Sign Agreement on Gas Supplies, TASS, October 4, 2023, https://tass.com/economy/1684341",
                        "type=article-newspaper", "title=Kazakhstan, Russia Sign Agreement on Gas Supplies", "container-title=TASS",
                        "issued=2023-10-04", "URL=https://tass.com/economy/1684341"),
                note("J. Smith and K. Lee, Eurasian Integration Reconsidered, Journal of Eurasian Studies, 2020, Vol.11, No.2, pp.101-115.",
                        "type=article-journal", "author=Smith, J.|Lee, K.", "title=Eurasian Integration Reconsidered",
                        "container-title=Journal of Eurasian Studies", "issued=2020", "volume=11", "issue=2", "page=101-115"),
                note("See, for example, Dmitri Trenin, What Is Russia Up To in the Middle East?, Cambridge: Polity Press, 2018, pp.12-15.",
                        "type=book", "author=Trenin, Dmitri", "title=What Is Russia Up To in the Middle East?", "publisher=Polity Press",
                        "publisher-place=Cambridge", "issued=2018", "page=12-15"),
                Arguments.of("Author’s calculations based on UN Comtrade data, 2025.", Map.of("citations", "0")));
    }

    /** Written before the rules; not tuned on. */
    static Stream<Arguments> heldOut() {
        return Stream.of(
                note("Andrew Higgins, “Russia Tightens Its Grip on Georgia’s Breakaway Regions”, The New York Times, March 14, 2024, https://www.nytimes.com/2024/03/14/world/europe/russia-georgia-abkhazia.html",
                        "type=article-newspaper", "author=Higgins, Andrew", "title=Russia Tightens Its Grip on Georgia’s Breakaway Regions",
                        "container-title=The New York Times", "issued=2024-03-14",
                        "URL=https://www.nytimes.com/2024/03/14/world/europe/russia-georgia-abkhazia.html"),
                note("Chatham House, Russia’s Influence in Central Asia after the War in Ukraine, London, June 2024, p.7, https://www.chathamhouse.org/2024/06/russias-influence-central-asia",
                        "type=report", "author=Chatham House", "title=Russia’s Influence in Central Asia after the War in Ukraine",
                        "publisher-place=London", "issued=2024-06", "page=7", "URL=https://www.chathamhouse.org/2024/06/russias-influence-central-asia"),
                note("Thomas de Waal, The Caucasus: An Introduction, Oxford: Oxford University Press, 2010, pp.45-47.",
                        "type=book", "author=de Waal, Thomas", "title=The Caucasus: An Introduction", "publisher=Oxford University Press",
                        "publisher-place=Oxford", "issued=2010", "page=45-47"),
                note("Kathleen J. Collins, “The Logic of Clan Politics: Evidence from the Central Asian Trajectories”, World Politics, 2004, Vol.56, No.2, pp.224-261.",
                        "type=article-journal", "author=Collins, Kathleen J.", "title=The Logic of Clan Politics: Evidence from the Central Asian Trajectories",
                        "container-title=World Politics", "issued=2004", "volume=56", "issue=2", "page=224-261"),
                note("Law of the Republic of Kazakhstan on Languages, July 11, 1997, https://adilet.zan.kz/eng/docs/Z970000151_",
                        "type=legislation", "title=Law of the Republic of Kazakhstan on Languages", "issued=1997-07-11",
                        "URL=https://adilet.zan.kz/eng/docs/Z970000151_"),
                note("“Kazakhstan Hosts Summit of Turkic States”, The Diplomat, November 3, 2024, https://thediplomat.com/2024/11/kazakhstan-hosts-summit-of-turkic-states/",
                        "type=article-magazine", "title=Kazakhstan Hosts Summit of Turkic States", "container-title=The Diplomat",
                        "issued=2024-11-03", "URL=https://thediplomat.com/2024/11/kazakhstan-hosts-summit-of-turkic-states/"),
                note("“Tokayev, Mirziyoyev Discuss Water Cooperation”, TASS, April 2, 2025, https://tass.com/politics/1938475",
                        "type=article-newspaper", "title=Tokayev, Mirziyoyev Discuss Water Cooperation", "container-title=TASS",
                        "issued=2025-04-02", "URL=https://tass.com/politics/1938475"),
                note("Dmitri Trenin, “Russia and Central Asia: Interests, Policies, and Prospects”, in Eugene Rumer, Dmitri Trenin, Huasheng Zhao eds., Central Asia: Views from Washington, Moscow, and Beijing, Armonk, NY: M. E. Sharpe, 2007, pp.75-136.",
                        "type=chapter", "author=Trenin, Dmitri", "title=Russia and Central Asia: Interests, Policies, and Prospects",
                        "editor=Rumer, Eugene|Trenin, Dmitri|Zhao, Huasheng", "container-title=Central Asia: Views from Washington, Moscow, and Beijing",
                        "publisher=M. E. Sharpe", "publisher-place=Armonk, NY", "issued=2007", "page=75-136"),
                note("Robert Jervis, Perception and Misperception in International Politics (Princeton, NJ: Princeton University Press, 1976), 58.",
                        "type=book", "author=Jervis, Robert", "title=Perception and Misperception in International Politics",
                        "publisher=Princeton University Press", "publisher-place=Princeton, NJ", "issued=1976", "page=58"),
                note("Fiona Hill, “Putin’s Long Game”, Foreign Policy, February 9, 2022, https://foreignpolicy.com/2022/02/09/putin-long-game/",
                        "type=article-magazine", "author=Hill, Fiona", "title=Putin’s Long Game", "container-title=Foreign Policy",
                        "issued=2022-02-09", "URL=https://foreignpolicy.com/2022/02/09/putin-long-game/"),
                note("Ivan Krastev, Mark Leonard, The Crisis of American Power: How Europeans See Biden’s America, European Council on Foreign Relations, January 2021, https://ecfr.eu/publication/the-crisis-of-american-power/",
                        "type=report", "author=Krastev, Ivan|Leonard, Mark", "title=The Crisis of American Power: How Europeans See Biden’s America",
                        "publisher=European Council on Foreign Relations", "issued=2021-01", "URL=https://ecfr.eu/publication/the-crisis-of-american-power/"),
                note("Paul Kubicek, “Regionalism, Nationalism and Realpolitik in Central Asia”, Europe-Asia Studies, 1997, Vol.49, No.4, pp.637-655, https://doi.org/10.1080/09668139708412465",
                        "type=article-journal", "author=Kubicek, Paul", "title=Regionalism, Nationalism and Realpolitik in Central Asia",
                        "container-title=Europe-Asia Studies", "issued=1997", "volume=49", "issue=4", "page=637-655",
                        "URL=https://doi.org/10.1080/09668139708412465", "DOI=10.1080/09668139708412465"));
    }

    /**
     * A second held-out set, written after the first rules had landed and before any rule was
     * made for Chicago's "(Place: Publisher, Year)" and "52, no. 7 (2019): 967–994"; not tuned on.
     */
    static Stream<Arguments> heldOutSecond() {
        return Stream.of(
                note("Stephen Kotkin, Armageddon Averted: The Soviet Collapse, 1970–2000 (Oxford: Oxford University Press, 2001), 113.",
                        "type=book", "author=Kotkin, Stephen", "title=Armageddon Averted: The Soviet Collapse, 1970–2000",
                        "publisher=Oxford University Press", "publisher-place=Oxford", "issued=2001", "page=113"),
                note("Timothy Frye, “Economic Sanctions and Public Opinion: Survey Experiments from Russia,” Comparative Political Studies 52, no. 7 (2019): 967–994.",
                        "type=article-journal", "author=Frye, Timothy", "title=Economic Sanctions and Public Opinion: Survey Experiments from Russia",
                        "container-title=Comparative Political Studies", "issued=2019", "volume=52", "issue=7", "page=967-994"),
                note("Henry Foy, “EU Agrees New Sanctions Package against Russia”, Financial Times, 23 June 2023.",
                        "type=article-newspaper", "author=Foy, Henry", "title=EU Agrees New Sanctions Package against Russia",
                        "container-title=Financial Times", "issued=2023-06-23"),
                note("Andrew S. Weiss, Eugene Rumer, Nuclear Enrichment: Russia’s Ill-Fated Influence Campaign in South Africa, Carnegie Endowment for International Peace, December 2019, p.14.",
                        "type=report", "author=Weiss, Andrew S.|Rumer, Eugene", "title=Nuclear Enrichment: Russia’s Ill-Fated Influence Campaign in South Africa",
                        "publisher=Carnegie Endowment for International Peace", "issued=2019-12", "page=14"),
                note("United Nations General Assembly, Resolution ES-11/1: Aggression against Ukraine, March 2, 2022, https://digitallibrary.un.org/record/3959039",
                        "type=document", "author=United Nations General Assembly", "title=Resolution ES-11/1: Aggression against Ukraine",
                        "issued=2022-03-02", "URL=https://digitallibrary.un.org/record/3959039"),
                note("Anne Applebaum, “The Bad Guys Are Winning”, The Atlantic, November 15, 2021, https://www.theatlantic.com/magazine/archive/2021/12/the-autocrats-are-winning/620526/",
                        "type=article-magazine", "author=Applebaum, Anne", "title=The Bad Guys Are Winning", "container-title=The Atlantic",
                        "issued=2021-11-15", "URL=https://www.theatlantic.com/magazine/archive/2021/12/the-autocrats-are-winning/620526/"),
                note("Fiona Hill and Clifford G. Gaddy, Mr. Putin: Operative in the Kremlin, Washington, DC: Brookings Institution Press, 2015, p.7.",
                        "type=book", "author=Hill, Fiona|Gaddy, Clifford G.", "title=Mr. Putin: Operative in the Kremlin",
                        "publisher=Brookings Institution Press", "publisher-place=Washington, DC", "issued=2015", "page=7"),
                note("“Uzbekistan and Kyrgyzstan Sign Border Treaty”, Xinhua, January 27, 2023, https://english.news.cn/20230127/a1b2c3/c.html",
                        "type=article-newspaper", "title=Uzbekistan and Kyrgyzstan Sign Border Treaty", "container-title=Xinhua",
                        "issued=2023-01-27", "URL=https://english.news.cn/20230127/a1b2c3/c.html"),
                Arguments.of("The author is grateful to the anonymous reviewers for their comments.", Map.of("citations", "0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("development")
    void development_notes(String note, Map<String, String> expected) {
        assertEquals(expected, read(note), note);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOut")
    void held_out_notes(String note, Map<String, String> expected) {
        assertEquals(expected, read(note), note);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOutSecond")
    void second_held_out_notes(String note, Map<String, String> expected) {
        assertEquals(expected, read(note), note);
    }

    /**
     * Every note of the bundled issue that has italics, read again with the stars taken out, as a
     * web page or a Word file would print it: the same works, but for two whose italics span what
     * commas alone cannot tell. 48#24 prints *China's Arctic Policy, Belt and Road Portal* (plain:
     * title China's Arctic Policy, publisher the portal); 91#44 prints *Ministry of Defense of the
     * Republic of Azerbaijan, Trend* (plain: container Trend).
     */
    @Test
    void the_issues_notes_read_alike_without_italics() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (Article a : BundledIssue.get().articles()) {
            for (Footnote f : a.footnotes()) {
                String note = CitationReader.noteText(f);
                if (!note.contains("*") || !note.matches("(?s).*[A-Za-z]{4,}.*")) {
                    continue;
                }
                compared++;
                if (!cited(note).equals(cited(note.replace("*", "")))) {
                    differ.add(a.firstPage() + "#" + f.position());
                }
            }
        }
        assertEquals(107, compared);
        assertEquals(List.of("48#24", "91#44"), differ);
    }

    private static List<String> cited(String note) {
        List<String> out = new ArrayList<>();
        for (Citation c : NoteParser.parse(note).citations()) {
            out.add(CslJson.item("", c.work()) + " @" + c.locator());
        }
        return out;
    }

    private static Arguments note(String text, String... fields) {
        Map<String, String> m = new TreeMap<>();
        for (String f : fields) {
            int eq = f.indexOf('=');
            m.put(f.substring(0, eq), f.substring(eq + 1));
        }
        m.put("language", "en");
        return Arguments.of(text, m);
    }

    /** The fields of the one work the note cites, as strings; a cited page stands as the page. */
    static Map<String, String> read(String note) {
        Map<String, String> m = OneWork.read(note, Name::display);
        if (m.containsKey("citations")) {
            return m;
        }
        Map<String, String> out = new TreeMap<>(m);
        String locator = out.remove("locator");
        if (locator != null) {
            out.put("page", locator);
        }
        out.remove("number");
        return out;
    }
}
