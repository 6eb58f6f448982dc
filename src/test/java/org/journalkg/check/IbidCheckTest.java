package org.journalkg.check;

import static org.journalkg.check.MarkersCheckTest.bundledRows;
import static org.journalkg.check.MarkersCheckTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 同上 / Ibid. / Там же that points at nothing or at several works. */
class IbidCheckTest {

    @Test
    void plantedDefects() {
        assertEquals(List.of(
                // the article's first note
                "18 error p.5 | 同上，第 3 页。",
                // after a note citing two works (the 同上。 after it is the same run, not reported again)
                "26 warning p.5 | 同上，第 130 页。",
                // after a commentary note that cites no work
                "34 error p.5 | Там же. С. 5.",
                "46 warning p.5 | Ibid., p.45.",
                // 同前注, which the parser does not take for ibid, after a commentary note
                "50 error p.5 | 同前注，第 12 页。"),
                rows(new IbidCheck(), "ibid.article.md"));
        // 同上书 after one work, Там же after one work, and 同上述… (not an ibid) are not reported.
    }

    @Test
    void messages() {
        var in = CheckInput.of("f", org.journalkg.layout.Layouts.read(MarkersCheckTest.FIXTURES.resolve("ibid.article.md"), null).issue(),
                SourceLines.NONE);
        assertEquals(List.of(
                "\"Ibid.\" refers to the previous note, which cites 2 works; name the work meant.",
                "\"Там же\" refers to the previous note, which cites no work; cite the work in full.",
                "\"同上\" refers to the previous note, which cites 2 works; name the work meant.",
                "\"同上\" stands in the article's first note, so it refers to nothing; cite the work in full.",
                "\"同前注\" refers to the previous note, which cites no work; cite the work in full."),
                new IbidCheck().run(in).stream().map(Finding::message).sorted().toList());
    }

    @Test
    void bundledIssueHasNone() {
        // Its seven ibid notes (Ibid., Там же, 参见同上) each follow a note citing one work.
        assertEquals(List.of(), bundledRows(new IbidCheck()));
    }
}
