package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Page-break joins and marker–footnote pairing on the bundled issue. */
class BodyTest {

    @Test
    void the_word_split_by_a_page_of_footnotes_is_whole_again() {
        Article a = BundledIssue.onPage(5);
        List<Paragraph> hits = a.paragraphs().stream().filter(p -> p.text().contains("依托集体安全条约组织维护区域安全")).toList();
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).original().contains("依托集体安全条约组\n织维护区域安全"), hits.get(0).original());
    }

    @Test
    void a_paragraph_cut_where_a_page_has_no_notes_is_joined_too() {
        Article a = BundledIssue.onPage(121);
        assertEquals(1, a.paragraphs().stream().filter(p -> p.text().contains("秩序替代机制嵌入同一制度蓝图")).count());
    }

    @Test
    void no_footnote_text_stays_in_the_body() {
        for (Article a : BundledIssue.get().articles()) {
            for (Paragraph p : a.paragraphs()) {
                assertFalse(Footnotes.isNote(p.original()), p.original());
                assertFalse(p.text().contains("^"), p.text());
                for (Footnote f : a.footnotes()) {
                    assertFalse(p.text().contains(f.text()) && f.text().length() > 20, f.text());
                }
            }
        }
    }

    @Test
    void every_footnote_is_paired_with_a_marker_in_its_paragraph() {
        int total = 0;
        for (Article a : BundledIssue.get().articles()) {
            for (Footnote f : a.footnotes()) {
                Paragraph p = a.paragraphs().get(f.paragraph());
                assertTrue(p.markers().contains(new Paragraph.Marker(f.markerNumber(), f.offset())),
                        "note " + f.position() + " on page " + a.firstPage());
                assertTrue(f.offset() > 0 && f.offset() <= p.text().length());
                total++;
            }
            assertEquals(a.footnotes().size(), a.paragraphs().stream().mapToInt(p -> p.markers().size()).sum());
        }
        assertEquals(268, total);
    }

    @Test
    void per_article_counts_of_notes_and_positions_run_through_the_article() {
        Map<Integer, Integer> counts = BundledIssue.get().articles().stream()
                .collect(Collectors.toMap(Article::firstPage, a -> a.footnotes().size()));
        assertEquals(Map.of(3, 1, 5, 47, 24, 30, 48, 42, 67, 44, 91, 61, 121, 43), counts);
        Article a = BundledIssue.onPage(5);
        for (int i = 0; i < a.footnotes().size(); i++) {
            assertEquals(i + 1, a.footnotes().get(i).position());
        }
        Footnote first = a.footnotes().get(0);
        assertEquals("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。", first.text());
        assertEquals(1, first.markerNumber());
        Footnote thirteenth = a.footnotes().get(12);
        assertEquals("Ibid., p.20.", thirteenth.text());
        assertEquals("^⑤ *Ibid.*, p.20.", thirteenth.original());
    }

    @Test
    void sections_have_levels_and_repaired_titles() {
        Article a = BundledIssue.onPage(5);
        assertEquals(12, a.sections().size());
        Section last = a.sections().get(a.sections().size() - 1);
        assertEquals(new Section(11, 1, "五", "结语", null), last);
        Section sub = a.sections().get(2);
        assertEquals(2, sub.level());
        assertEquals(1, sub.parent());
        assertEquals("中俄美对当前国际战略态势的基本判断", sub.title());
    }
}
