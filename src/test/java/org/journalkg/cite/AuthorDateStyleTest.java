package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
     * measure how far the rules carry beyond the references they were made for.
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
        NoteParser.Result r = NoteParser.parse(reference);
        if (r.citations().size() != 1) {
            return Map.of("citations", String.valueOf(r.citations().size()));
        }
        Citation c = r.citations().get(0);
        Work w = c.work();
        Map<String, String> m = new TreeMap<>();
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
        put(m, "URL", w.url);
        put(m, "DOI", w.doi);
        put(m, "language", w.language);
        put(m, "locator", c.locator());
        return m;
    }

    private static String names(List<Name> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(n.isLiteral() ? "{" + n.literal() + "}" : n.display()));
        return out.isEmpty() ? null : String.join("|", out);
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}
