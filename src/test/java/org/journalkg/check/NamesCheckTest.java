package org.journalkg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesCheckTest {

    private static List<Finding> run(CheckInput in) {
        return new NamesCheck().run(in);
    }

    private static String messages(List<Finding> f) {
        return String.join("\n", f.stream().sorted(Finding.ORDER).map(Finding::message).toList());
    }

    @Test
    void theBundledIssuesFourSpellings() {
        // Each read in the source: 付兴旻 in the Chinese contents (l. 45) against 付兴昶 in byline and note (l. 1078, 1088);
        // Fu Xinyang in the English contents (l. 168) against Fu Xingyang on the abstract page (l. 2150);
        // Efrementko in the English contents (l. 164) against Efremenko on the abstract page (l. 2140);
        // Цземьянь on the Russian abstract page (l. 2059) against Цземянь in the Russian contents (l. 119).
        List<Finding> f = run(ContentsCheckTest.bundled());
        assertEquals(List.of(
                "2059 | 5 | NAMES | WARNING | Ян Цземьянь / Ян Цземянь",
                "164 | 48 | NAMES | WARNING | D. V. Efrementko / D. V. Efremenko",
                "45 | 67 | NAMES | WARNING | 付兴旻 / 付兴昶",
                "168 | 67 | NAMES | WARNING | Fu Xinyang / Fu Xingyang"), ContentsCheckTest.pinned(f));
        String all = messages(f);
        assertTrue(all.contains("is spelled Ян Цземьянь in the Russian abstract page (line 2059) but Ян Цземянь in the Russian contents (line 119)"
                + " (the Palladius system gives Ян Цземянь)"), all);
        assertTrue(all.contains("is spelled 付兴旻 in the Chinese contents (line 45) but 付兴昶 in the byline (line 1078) and the author note (line 1088)"), all);
        assertTrue(all.contains("is spelled Fu Xinyang in the English contents (line 168) but Fu Xingyang in the English abstract page (line 2150)"), all);
        assertTrue(all.contains("is spelled D. V. Efrementko in the English contents (line 164) but D. V. Efremenko in the English abstract page (line 2140)"), all);
    }

    @Test
    void plantedMisspellings() {
        // One misspelling in one place each: the English abstract page (Fu Xinyang), the Chinese contents (付兴旻).
        assertEquals(List.of("157 | 10 | NAMES | WARNING | Fu Xinyang / Fu Xingyang"),
                ContentsCheckTest.pinned(run(ContentsCheckTest.fixture("defects.md"))));
        assertEquals(List.of(/* page 10: every contents list says so against the one article number (defects2.md) */ "14 | 10 | NAMES | WARNING | 付兴旻 / 付兴昶"),
                ContentsCheckTest.pinned(run(ContentsCheckTest.fixture("defects2.md"))));
    }

    @Test
    void transliterationsOutsideTheSystem() {
        // The author note against byline and contents; a Russian spelling not by Palladius in both Russian places;
        // an English spelling of a Russian name not the usual romanisation in both English places.
        List<Finding> f = run(ContentsCheckTest.fixture("names.md"));
        assertEquals(List.of(
                "41 | 10 | NAMES | WARNING | Фу Синьян / Fu Xingyang",
                "99 | 10 | NAMES | WARNING | 付兴旻 / 付兴昶",
                "63 | 20 | NAMES | WARNING | D. V. Efrementko / Д. В. Ефременко"), ContentsCheckTest.pinned(f));
        String all = messages(f);
        assertTrue(all.contains("is spelled Фу Синьян in the Russian contents (line 41) and the Russian abstract page (line 133),"
                + " which is not the Palladius transliteration Фу Синъян of the English Fu Xingyang."), all);
        assertTrue(all.contains("is spelled 付兴旻 in the author note (line 99) but 付兴昶 in the byline (line 91) and the Chinese contents (line 14)"), all);
        assertTrue(all.contains("is spelled D. V. Efrementko in the English contents (line 63) and the English abstract page (line 167),"
                + " which is not the usual romanisation of the Russian Д. В. Ефременко (D. V. Efremenko)."), all);
    }
}
