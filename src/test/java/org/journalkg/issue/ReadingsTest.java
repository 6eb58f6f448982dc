package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.journalkg.layout.Layouts;
import org.junit.jupiter.api.Test;

/** Readings of the same article from several files become one; readings of different articles stay apart. */
class ReadingsTest {

    static Issue sample(String name) {
        return Layouts.read(Path.of("src/test/resources/samples", name), null).issue();
    }

    @Test
    void the_fullest_reading_is_kept_and_completed_from_the_others() {
        Issue web = sample("article-24.web.txt");
        Issue jats = sample("article-24.jats.xml");
        Readings.Merged m = Readings.merge(List.of(web, jats));
        assertEquals(1, m.issues().size());
        Article a = m.issues().get(0).articles().get(0);
        // JATS has the pages, the issue and titles in three languages; the web text the author's institutions.
        assertEquals(24, a.firstPage());
        assertEquals(2026, m.issues().get(0).year());
        assertEquals(jats.articles().get(0).title(), a.title());
        assertEquals(List.of("国务院发展研究中心欧亚社会发展研究所", "西安交通大学亚欧研究中心", "新疆师范大学"), a.authors().get(0).organizations());
        assertEquals(jats.articles().get(0).footnotes(), a.footnotes());
        assertEquals(List.of(web.source() + ": 《非西方视角下的上合组织：治理绩效、现实挑战与优化路径》 is the article also read from " + jats.source()
                + " (same title and first author); one node, from the reading of " + jats.source() + ", completed from the others"), m.notes());
    }

    @Test
    void the_same_title_in_two_issues_is_two_articles() {
        Issue second = IssueReader.read(new org.journalkg.read.SourceText("issue-3.md",
                org.journalkg.read.TextReader.readBundled().text().replace("2026年 第2期", "2026年 第3期"), "UTF-8"));
        Readings.Merged m = Readings.merge(List.of(BundledIssue.get(), second));
        assertEquals(2, m.issues().size());
        assertEquals(14, m.issues().stream().mapToInt(i -> i.articles().size()).sum());
        assertEquals(List.of(), m.notes());
    }

    @Test
    void an_article_and_its_issue_are_one_issue_with_the_article_once() {
        Readings.Merged m = Readings.merge(List.of(sample("article-05.article.md"), BundledIssue.get()));
        assertEquals(1, m.issues().size());
        assertEquals(7, m.issues().get(0).articles().size());
        assertEquals(BundledIssue.get().articles().stream().map(Article::firstPage).toList(),
                m.issues().get(0).articles().stream().map(Article::firstPage).toList());
        assertEquals(BundledIssue.get().journal(), m.issues().get(0).journal());
    }
}
