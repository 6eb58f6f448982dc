package org.journalkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.journalkg.issue.IssueReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GB18030, a byte-order mark and CRLF read exactly like UTF-8; bad files fail in one line. */
class TextReaderTest {

    static final String ORIGINAL = TextReader.readBundled().text();

    @TempDir
    Path dir;

    @Test
    void gb18030_bom_and_crlf_read_like_the_utf8_original() throws Exception {
        Path gb = dir.resolve("gb.md");
        Files.write(gb, ORIGINAL.getBytes(Charset.forName("GB18030")));
        SourceText t = TextReader.read(gb);
        assertEquals("GB18030", t.charset());
        assertEquals(ORIGINAL, t.text());

        Path bom = dir.resolve("bom.md");
        byte[] body = ORIGINAL.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        assertEquals(ORIGINAL, TextReader.read(bom).text());
        assertEquals(IssueReader.read(TextReader.readBundled()).articles(), IssueReader.read(TextReader.read(bom)).articles());
    }

    @Test
    void an_empty_file_fails_naming_the_file() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        InputException e = assertThrows(InputException.class, () -> TextReader.read(empty));
        assertEquals(empty + ": the file is empty; expected the text of a journal issue or article", e.getMessage());
    }

    @Test
    void a_binary_file_fails_naming_the_file() throws Exception {
        Path bin = Files.write(dir.resolve("x.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF});
        InputException e = assertThrows(InputException.class, () -> TextReader.read(bin));
        assertEquals(bin + ": a binary file, not text; expected the text of a journal issue or article (UTF-8 or GB18030)", e.getMessage());
    }

    @Test
    void a_text_that_is_no_issue_fails_naming_the_file() throws Exception {
        Path other = Files.writeString(dir.resolve("notes.md"), "# Shopping list\n\n- milk\n- bread\n");
        InputException e = assertThrows(InputException.class, () -> IssueReader.read(TextReader.read(other)));
        assertEquals(other + ": not a journal issue in the expected format: no table of contents (目录) found", e.getMessage());
    }

    @Test
    void a_missing_file_fails_naming_the_file() {
        Path none = dir.resolve("none.md");
        InputException e = assertThrows(InputException.class, () -> TextReader.read(none));
        assertEquals(none + ": no such file", e.getMessage());
    }

    @Test
    void a_few_bad_bytes_read_as_replacement_characters_with_a_warning_naming_their_lines() {
        byte[] bytes = TextReader.readBundled().text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = TextReader.readBundled().text().split("\n", -1);
        // Two bytes broken, on line 300 (第三，…) and on line 1199 (② …): the second byte of the first character each.
        bytes[offsetOfLine(lines, 299) + 1] = (byte) 0xFF;
        bytes[offsetOfLine(lines, 1198) + 1] = (byte) 0xFE;
        SourceText t = TextReader.decode("damaged.md", bytes);
        assertEquals("UTF-8", t.charset());
        assertEquals(java.util.List.of("line 300: 6 unreadable byte sequence(s) in UTF-8 replaced by U+FFFD, on line(s) 300, 1199"), t.warnings());
        assertEquals(lines.length, t.text().split("\n", -1).length);
        assertEquals(7, IssueReader.read(t).articles().size());
    }

    /** The byte offset where line {@code index} (0-based) starts, in UTF-8. */
    private static int offsetOfLine(String[] lines, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) {
            n += lines[i].getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        }
        return n;
    }

    @Test
    void a_file_mostly_undecodable_is_refused_naming_the_first_bad_line() {
        byte[] bytes = new byte[4000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i % 50 == 49 ? (byte) '\n' : (byte) (0x80 + (i * 7) % 0x3F);
        }
        InputException e = assertThrows(InputException.class, () -> TextReader.decode("junk.txt", bytes));
        assertTrue(e.getMessage().startsWith("junk.txt: not text in UTF-8 or GB18030 (tried both): "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", the first on line 1"), e.getMessage());
    }

    @Test
    void control_characters_never_reach_the_text() {
        String body = "这是一段没有问题的正文。".repeat(10);
        SourceText t = TextReader.decode("ctl.md", ("标题\n\n正文\u0000有\u0007控制\u001B字符。\n\n下一段\u0085。\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("标题\n\n正文有控制字符。\n\n下一段。\n" + body, t.text());
        assertEquals(java.util.List.of("line 3: control characters taken out, on line(s) 3, 5"), t.warnings());
    }
}
