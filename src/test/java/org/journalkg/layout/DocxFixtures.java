package org.journalkg.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Small Word documents for {@link DocxReaderTest}, written with POI at test time, so that what
 * each holds can be read here rather than in a binary file.
 * <pre>
 *   Path docx = DocxFixtures.english(tempDir);
 * </pre>
 */
final class DocxFixtures {

    private final XWPFDocument doc = new XWPFDocument();
    private XWPFStyles styles;
    private int changeId = 100;

    private DocxFixtures() { }

    // ---- the documents ----

    /**
     * Title and a Russian Subtitle, a byline, "Abstract:" and "Keywords:" in bold runs of their own,
     * Heading 1 and 2, a footnote with an italic journal, an endnote, a line break, a table, and a
     * typist as the file's author.
     */
    static Path english(Path dir) throws IOException {
        DocxFixtures f = new DocxFixtures();
        f.style("Title", "Title");
        f.style("Subtitle", "Subtitle");
        f.style("Heading1", "heading 1");
        f.style("Heading2", "heading 2");
        f.separators();
        // The file's author is whoever typed it, not the article's author.
        f.doc.getProperties().getCoreProperties().setCreator("Office Typist");
        f.text("Title", "Sanctions and the Arctic");
        f.text("Subtitle", "Санкции и Арктика");
        f.text(null, "Anna Smith and Ivan Petrov");
        f.labelled("Abstract:", " The article examines how sanctions changed Arctic energy projects.");
        f.labelled("Keywords:", " sanctions; Arctic; energy policy");
        f.text("Heading1", "Introduction");
        XWPFParagraph p = f.text(null, "Russia's Arctic strategy changed after 2014.");
        f.footnote(p, "Smith, A. Arctic policy. ", "Polar Journal", ", 2020, no. 3, pp. 1–20.");
        p.createRun().setText(" Projects stalled.");
        f.endnote(p, "Interview with an engineer, Murmansk, 2021.");
        f.text("Heading2", "Energy");
        XWPFParagraph broken = f.text(null, "First line");
        XWPFRun r = broken.createRun();
        r.addBreak();
        r.setText("second line.");
        XWPFTable table = f.doc.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Year");
        table.getRow(0).getCell(1).setText("Output");
        table.getRow(1).getCell(0).setText("2014");
        table.getRow(1).getCell(1).setText("12");
        f.doc.createParagraph();
        return f.write(dir, "english.docx");
    }

    /**
     * A Heading 1 title as Chinese Word names styles (id "1", "heading 1"; id "2", "标题 2"),
     * a tracked insertion and deletion, a comment, "Abstract" as a heading over its paragraph, a
     * wholly deleted paragraph, an outline level, a hyperlink.
     */
    static Path tracked(Path dir) throws IOException {
        DocxFixtures f = new DocxFixtures();
        f.style("1", "heading 1");
        f.style("2", "标题 2");
        f.text("1", "Tracked Changes in Manuscripts");
        f.text(null, "Jane Doe");
        XWPFParagraph p = f.text(null, "The committee ");
        f.inserted(p, "approved ");
        f.deleted(p, "rejected ");
        f.commented(p, "the plan.", "Check the date of the meeting.");
        f.text("2", "Abstract");
        f.text(null, "Changes were tracked.");
        XWPFParagraph heading = f.text("2", "Results");
        f.deleted(heading, " (draft)");
        f.deleted(f.doc.createParagraph(), "A paragraph the editor struck out.");
        XWPFParagraph outline = f.text(null, "Outline heading");
        outline.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
        XWPFParagraph linked = f.text(null, "See ");
        linked.createHyperlinkRun("https://example.org/report").setText("the report");
        linked.createRun().setText(".");
        return f.write(dir, "tracked.docx");
    }

    /**
     * No styles: the title is the first paragraph after a line of 【】 codes; notes on the title
     * (funding) and the byline (authors); 【内容提要】 and 【关键词】; two colon labels in one
     * paragraph; 一、 and （一） headings; a line break inside Chinese text.
     */
    static Path chinese(Path dir) throws IOException {
        DocxFixtures f = new DocxFixtures();
        f.text(null, "【中图分类号】D815【文献标识码】A【文章编号】1009-721X(2026)02-0005(19)");
        XWPFParagraph title = f.text(null, "上海合作组织的制度建设");
        f.footnote(title, "本文系国家社会科学基金重大项目“上合组织研究”（项目批准号：23ZDA123）的阶段性成果。");
        XWPFParagraph byline = f.text(null, "张三　李四");
        f.footnote(byline, "张三，北京大学国际关系学院教授；李四，复旦大学国际问题研究院副研究员。");
        f.text(null, "【内容提要】本文考察上合组织的制度建设及其阶段。");
        f.text(null, "【关键词】上海合作组织；制度建设；多边主义");
        f.text(null, "收稿日期：2026-01-05　DOI：10.1234/rs.2026.02.005");
        f.text(null, "一、引言");
        XWPFParagraph p = f.text(null, "上合组织的制度建设");
        XWPFRun r = p.createRun();
        r.addBreak();
        r.setText("经历了三个阶段。");
        f.footnote(p, "参见《上海合作组织宪章》，2002年。");
        f.text(null, "（一）早期阶段");
        f.text(null, "早期的合作以安全为主。");
        return f.write(dir, "chinese.docx");
    }

    /** "PK\3\4" and noise: looks like a ZIP package, is none. */
    static Path corrupt(Path dir) throws IOException {
        byte[] b = new byte[512];
        new Random(7).nextBytes(b);
        b[0] = 'P';
        b[1] = 'K';
        b[2] = 3;
        b[3] = 4;
        return Files.write(dir.resolve("broken.docx"), b);
    }

    static Path plainText(Path dir) throws IOException {
        return Files.writeString(dir.resolve("notes.docx"), "这不是Word文件。\nJust text saved as .docx.\n", StandardCharsets.UTF_8);
    }

    /** The English document saved with a password: an OLE2 file holding the encrypted package. */
    static Path encrypted(Path dir) throws IOException, GeneralSecurityException {
        byte[] plain = Files.readAllBytes(english(dir));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            return write(dir, "secret.docx", fs);
        }
    }

    /**
     * The English document re-zipped with word/document.xml declared as compressed with {@code method}
     * (its bytes copied raw): Word writes only stored or deflated parts, a damaged or hand-made
     * package may declare anything.
     */
    static Path otherCompression(Path dir, int method) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(Files.newInputStream(english(dir)));
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getName().equals("word/document.xml") ? method : ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                copy.setCrc(crc.getValue());
                zip.addRawArchiveEntry(copy, new ByteArrayInputStream(data));
            }
        }
        return Files.write(dir.resolve("method-" + method + ".docx"), out.toByteArray());
    }

    /** The document with {@code from} replaced by {@code to} in one part's XML, as damage or a careless tool may leave it. */
    static Path edited(Path docx, String part, String from, String to, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(Files.newInputStream(docx));
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    found = xml.contains(from);
                    data = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                zip.write(data);
                zip.closeArchiveEntry();
            }
        }
        if (!found) {
            throw new AssertionError(part + " of " + docx + " holds no " + from);
        }
        return Files.write(docx.resolveSibling(name), out.toByteArray());
    }

    /** The document cut short {@code into} bytes into the stored data of {@code part}, as an interrupted copy leaves it. */
    static Path cutInto(Path docx, String part, int into) throws IOException {
        byte[] b = Files.readAllBytes(docx);
        int at = localHeader(b, part);
        int extra = (b[at + 28] & 0xff) | (b[at + 29] & 0xff) << 8;
        return Files.write(docx.resolveSibling("cut.docx"), Arrays.copyOf(b, at + 30 + part.length() + extra + into));
    }

    /** Stored parts, with word/document.xml's local header alone naming {@code method}, as damage may. */
    static Path localHeader(Path dir, int method) throws IOException {
        byte[] b = Files.readAllBytes(otherCompression(dir, ZipEntry.STORED));
        b[localHeader(b, "word/document.xml") + 8] = (byte) method;
        return Files.write(dir.resolve("local-" + method + ".docx"), b);
    }

    /** Where the local header of an ASCII-named part starts ("PK\3\4", then its name at offset 30). */
    private static int localHeader(byte[] b, String part) {
        byte[] name = part.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 30 + name.length <= b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4
                    && Arrays.equals(b, i + 30, i + 30 + name.length, name, 0, name.length)) {
                return i;
            }
        }
        throw new AssertionError("no local header for " + part);
    }

    /** An OLE2 file with a WordDocument stream, as a Word 97–2003 .doc has. */
    static Path wordBinary(Path dir) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
            return write(dir, "old.doc", fs);
        }
    }

    private static Path write(Path dir, String name, POIFSFileSystem fs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    // ---- building blocks ----

    private void style(String id, String name) {
        if (styles == null) {
            styles = doc.createStyles();
        }
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(s, styles));
    }

    /** The separator and continuation notes Word writes at the head of its footnotes. */
    private void separators() {
        doc.createFootnotes();
        CTFtnEdn sep = CTFtnEdn.Factory.newInstance();
        sep.setId(BigInteger.valueOf(-1));
        sep.setType(STFtnEdn.SEPARATOR);
        sep.addNewP().addNewR().addNewSeparator();
        doc.addFootnote(sep);
        CTFtnEdn cont = CTFtnEdn.Factory.newInstance();
        cont.setId(BigInteger.ZERO);
        cont.setType(STFtnEdn.CONTINUATION_SEPARATOR);
        cont.addNewP().addNewR().addNewContinuationSeparator();
        doc.addFootnote(cont);
    }

    private XWPFParagraph text(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    private void labelled(String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(label);
        p.createRun().setText(value);
    }

    /** A footnote whose odd-numbered parts (1, 3, …) are italic. */
    private void footnote(XWPFParagraph at, String... parts) {
        XWPFAbstractFootnoteEndnote note = doc.createFootnote();
        fill(note.createParagraph(), parts);
        at.addFootnoteReference(note);
    }

    private void endnote(XWPFParagraph at, String text) {
        XWPFAbstractFootnoteEndnote note = doc.createEndnote();
        fill(note.createParagraph(), text);
        at.addFootnoteReference(note);
    }

    private static void fill(XWPFParagraph p, String... parts) {
        for (int i = 0; i < parts.length; i++) {
            XWPFRun r = p.createRun();
            r.setItalic(i % 2 == 1);
            r.setText(parts[i]);
        }
    }

    private void inserted(XWPFParagraph p, String text) {
        CTRunTrackChange ins = p.getCTP().addNewIns();
        track(ins);
        ins.addNewR().addNewT().setStringValue(text);
    }

    private void deleted(XWPFParagraph p, String text) {
        CTRunTrackChange del = p.getCTP().addNewDel();
        track(del);
        del.addNewR().addNewDelText().setStringValue(text);
    }

    private void track(CTRunTrackChange change) {
        change.setId(BigInteger.valueOf(changeId++));
        change.setAuthor("Editor");
    }

    /** {@code text} under a comment, with the comment's reference mark after it, as Word writes them. */
    private void commented(XWPFParagraph p, String text, String comment) {
        BigInteger id = BigInteger.valueOf(changeId++);
        XWPFComment c = (doc.getDocComments() == null ? doc.createComments() : doc.getDocComments()).createComment(id);
        c.setAuthor("Editor");
        c.createParagraph().createRun().setText(comment);
        CTP ctp = p.getCTP();
        ctp.addNewCommentRangeStart().setId(id);
        p.createRun().setText(text);
        ctp.addNewCommentRangeEnd().setId(id);
        p.createRun().getCTR().addNewCommentReference().setId(id);
    }

    private Path write(Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(out)) {
            doc.write(os);
        }
        doc.close();
        return out;
    }
}
