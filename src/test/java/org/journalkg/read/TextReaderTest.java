package org.journalkg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(empty + ": the file is empty; expected the text of a journal issue", e.getMessage());
    }

    @Test
    void a_binary_file_fails_naming_the_file() throws Exception {
        Path bin = Files.write(dir.resolve("x.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF});
        InputException e = assertThrows(InputException.class, () -> TextReader.read(bin));
        assertEquals(bin + ": a binary file, not text; expected the text of a journal issue (UTF-8 or GB18030)", e.getMessage());
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
}
