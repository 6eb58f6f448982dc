package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.journalkg.read.InputException;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * What the fuzz targets (org.journalkg.fuzz) found, pinned here with the message the user sees;
 * the inputs themselves are in the targets' corpus (src/test/resources/org/journalkg/fuzz/).
 */
class FuzzFindingsTest {

    /** IssueFuzzTest: "2 月 56 日" in the masthead threw DateTimeException out of the reader. */
    @Test
    void an_impossible_publication_date_is_left_out_with_a_warning() throws IOException {
        byte[] bytes = smallIssueWith("2027 年 2 月 28 日", "2027 年 2 月 56 日");
        Issue issue = IssueReader.read(TextReader.decode("small-issue.md", bytes));
        assertNull(issue.published());
        assertEquals(2, issue.articles().size());
        assertEquals("the masthead's 出版日期 2027 年 2 月 56 日 is no date; the issue is stored without a publication date",
                issue.warnings().get(0));
    }

    /** Found while triaging the above: "第99999999999期" threw NumberFormatException; now it is no issue number. */
    @Test
    void an_issue_number_too_long_for_an_int_is_no_issue_number() throws IOException {
        byte[] bytes = smallIssueWith("2027年 第1期", "2027年 第99999999999期");
        InputException e = assertThrows(InputException.class,
                () -> IssueReader.read(TextReader.decode("small-issue.md", bytes)));
        assertEquals("small-issue.md: not a journal issue in the expected format: no year and number (2026年第2期) in the front matter",
                e.getMessage());
    }

    /** IssueFuzzTest: a contents page of 20 digits threw NumberFormatException; now the line is no contents entry. */
    @Test
    void a_contents_page_too_long_for_an_int_is_no_entry() throws IOException {
        byte[] bytes = smallIssueWith("- 9 赵 六", "- 35555555555555555555 赵 六");
        Issue issue = IssueReader.read(TextReader.decode("small-issue.md", bytes));
        assertEquals(List.of(3), issue.contents().stream().filter(e -> e.lang() == Lang.ZH).map(ContentsEntry::page).toList());
        assertEquals(2, issue.articles().size());
        // Not silent: the article the lost entry named is reported.
        assertEquals(List.of("article at line 85: title 《第二篇文章》 not found in the table of contents"), issue.warnings());
    }

    /** The small issue of the test fixtures with one piece of text replaced, as UTF-8. */
    private static byte[] smallIssueWith(String from, String to) throws IOException {
        try (InputStream in = FuzzFindingsTest.class.getResourceAsStream("/fixtures/small-issue.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError("the small issue holds no " + from);
            }
            return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
    }
}
