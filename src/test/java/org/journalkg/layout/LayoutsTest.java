package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.journalkg.issue.Article;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.read.InputException;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Layouts are told apart by content; what no reader takes fails in one line naming the file. */
class LayoutsTest {

    static InputFile text(String name, String text) {
        return new InputFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_bundled_issue_is_an_issue() {
        assertEquals(Layout.ISSUE, Layouts.detectText("x.md", TextReader.readBundled().text()));
    }

    /**
     * Each article of the bundled issue cut out with its own lines, from the line after the
     * previous （责任编辑 …） to its own and the notes after it: the article layout reads it as the
     * whole issue does, pages, journal and issue taken from its article number.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void an_article_cut_out_of_the_issue_reads_as_in_the_issue(int index) {
        String[] lines = TextReader.readBundled().text().split("\n", -1);
        // Each article ends with its （责任编辑 …） line and the notes of its last page after it.
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("（责任编辑")) {
                int end = i;
                while (end + 1 < lines.length && (lines[end + 1].isBlank() || lines[end + 1].matches("^\\^?[①-⑳].*"))) {
                    end++;
                }
                ends.add(end);
            }
        }
        int from = ends.get(index - 1) + 1;
        int to = ends.get(index);
        String cut = String.join("\n", java.util.Arrays.copyOfRange(lines, from, to + 1));
        Layouts.Reading r = Layouts.read(text("cut.md", cut), null);
        assertEquals(Layout.ARTICLE, r.layout());
        Issue one = r.issue();
        Article a = one.articles().get(0);
        Article expected = BundledIssue.get().articles().get(index);
        assertEquals(expected.title().get(Lang.ZH), a.title().get(Lang.ZH));
        assertEquals(expected.firstPage(), a.firstPage());
        assertEquals(expected.lastPage(), a.lastPage());
        assertEquals(expected.footnotes(), a.footnotes().stream().map(f -> new org.journalkg.issue.Footnote(f.position(), f.markerNumber(),
                f.paragraph(), f.offset(), f.text(), f.original(), f.line() + from)).toList());
        assertEquals(expected.keywords(Lang.ZH), a.keywords(Lang.ZH));
        assertEquals(expected.abstracts().get(Lang.ZH), a.abstracts().get(Lang.ZH));
        // A column line stands over the first article of its column only.
        assertEquals(cut.strip().startsWith(expected.column()) ? expected.column() : null, a.column());
        assertEquals(expected.responsibleEditor(), a.responsibleEditor());
        assertEquals(expected.authors().stream().map(c -> c.person().name().get(Lang.ZH)).toList(),
                a.authors().stream().map(c -> c.person().name().get(Lang.ZH)).toList());
        assertEquals(expected.authors().stream().map(c -> c.affiliations()).toList(), a.authors().stream().map(c -> c.affiliations()).toList());
        assertEquals(2026, one.year());
        assertEquals(2, one.number());
        assertEquals("1009-721X", one.journal().issn());
        assertEquals(List.of(), one.warnings());
    }

    @Test
    void a_forced_layout_is_the_one_used() {
        Layouts.Reading r = Layouts.read(text("a.txt", "标题\n\n作者\n\n【关键词】甲；乙\n\n正文。\n"), Layout.MARKDOWN);
        assertEquals(Layout.MARKDOWN, r.layout());
        assertEquals(List.of("甲", "乙"), r.issue().articles().get(0).keywords(Lang.ZH));
    }

    @Test
    void text_in_no_layout_is_refused_naming_the_layouts_tried() {
        InputException e = assertThrows(InputException.class, () -> Layouts.read(text("notes.txt", "买菜\n\n记得周三开会。\n"), null));
        assertEquals("notes.txt: no known layout (tried issue, article, web, markdown, docx and jats): no title with labelled head fields"
                + " (摘要, 关键词, Abstract, Keywords), no notes list and no table of contents (目录)", e.getMessage());
    }

    @Test
    void files_no_reader_takes_say_what_they_are() {
        assertEquals("a.pdf: a PDF file; convert it to text or Markdown first (for example with pdftotext or pandoc)",
                assertThrows(InputException.class, () -> Layouts.read(new InputFile("a.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)), null)).getMessage());
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("old.doc: a Word 97–2003 .doc file; save it as .docx (Word: File → Save As → Word Document)",
                assertThrows(InputException.class, () -> Layouts.read(new InputFile("old.doc", ole), null)).getMessage());
        assertEquals("page.html: an HTML page; save it as text (or copy the article's text into a .txt file); tried issue, article, web, markdown, docx and jats",
                assertThrows(InputException.class, () -> Layouts.read(text("page.html", "<!DOCTYPE html><html><body>x</body></html>"), null)).getMessage());
    }

    @Test
    void a_zip_that_is_not_a_word_document_is_refused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("photo.jpg"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        assertEquals("photos.zip: a ZIP archive that is not a Word .docx document; tried issue, article, web, markdown, docx and jats",
                assertThrows(InputException.class, () -> Layouts.read(new InputFile("photos.zip", bytes.toByteArray()), null)).getMessage());
    }
}
