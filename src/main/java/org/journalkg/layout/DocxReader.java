package org.journalkg.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import javax.xml.namespace.QName;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.journalkg.issue.ArticleAssembler;
import org.journalkg.issue.BodyReader;
import org.journalkg.issue.CjkSpacing;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.read.InputException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Reads a Word manuscript (.docx) into the same article model as every other single-article layout.
 * <pre>
 *   Issue one = DocxReader.read(new InputFile("article.docx", Files.readAllBytes(path)));
 *   Article a = one.articles().get(0);   // title, authors, abstract, sections, paragraphs, footnotes
 * </pre>
 * Word has no lines, so the {@code line} every message names is the 1-based index of the body element
 * (paragraph, table or content control, empty paragraphs counted) in the document: "line 12" means
 * the twelfth paragraph. A message about a note names instead the note's ordinal among the
 * footnotes, or among the endnotes (1, 2, …).
 * <p>
 * What the reader takes from the document, in {@link ArticleAssembler} terms:
 * <ul>
 *   <li>title: the first paragraph styled Title (before any heading), else a Heading 1 with only
 *       short lines above it and no 一、 numbering, else the first paragraph that is no labelled
 *       field; its language is its script's. Where the title was the only Heading 1, Heading 2
 *       is the top section level;</li>
 *   <li>Subtitle-styled paragraphs right after it: titles in other languages;</li>
 *   <li>byline: the paragraph right after the title, when it is short, ends in no sentence
 *       punctuation and is neither a field nor a heading. The file's own author property is not
 *       read: it names whoever typed the file;</li>
 *   <li>fields: paragraphs opening with a label (内容提要：, 【关键词】, a bold "Abstract", several
 *       【…】 or 中图分类号：… 文章编号：… in one paragraph); a label alone takes the next paragraph;</li>
 *   <li>headings: Heading N styles and outline levels; other paragraphs go through
 *       {@link ArticleAssembler#block}, which knows 一、 and （一）;</li>
 *   <li>footnotes and endnotes, paired by ids that carry the number Word prints ({@code fn1},
 *       {@code en1}: each kind counted in reference order), not the XML id; italics as {@code *…*};
 *       a note on the title or the byline is a head field (作者简介, 基金项目), not a footnote;</li>
 *   <li>tables as one paragraph: cells joined by " | ", rows by " ; ".</li>
 * </ul>
 * The text is what Word shows with changes accepted: insertions in, deletions and comments out,
 * a line break as "\n". Numbers Word's list numbering adds (1., 一、 from numbering.xml) are not
 * part of the text and are not read.
 */
public final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName ID = new QName(W, "id");
    private static final QName CUSTOM_MARK = new QName(W, "customMarkFollows");
    private static final Set<String> NOT_SHOWN = Set.of("del", "moveFrom", "pPr", "rPr", "sectPr");
    private static final int LABEL_REACH = 60;
    private static final int BYLINE_MAX = 60;
    private static final int COLUMN_MAX = 20;
    private static final int REASON_MAX = 120;
    /** A further label inside a head paragraph: 【文章编号】, or 文章编号：/DOI: after a space (full-width too). */
    private static final Pattern NEXT_LABEL = Pattern.compile("【[^】]{1,12}】|(?<=[\\s\u3000])(?:\\p{IsHan}{2,6}|DOI)\\s*[：:]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：:;]$");
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)(\\d)");

    private DocxReader() { }

    /** Reads a Word manuscript (.docx) into an Issue holding that one article. */
    public static Issue read(InputFile file) {
        Opened opened = open(file);
        try {
            Reading reading = new Reading(file.name(), opened.document());
            if (opened.damage() != null) {
                reading.assembler.warn(0, opened.damage());
            }
            return reading.read();
        } finally {
            // Read from memory: nothing to save, and revert() never writes.
            opened.document().getPackage().revert();
        }
    }

    /** The document, and what a damaged file lost on the way (null where nothing). */
    private record Opened(XWPFDocument document, String damage) { }

    // ---- opening ----

    private static Opened open(InputFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw problem(file, "the file is empty; expected a Word .docx document");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw problem(file, compoundFileProblem(bytes));
        }
        if (magic != FileMagic.OOXML) {
            throw problem(file, "not a Word .docx document (" + describe(magic, bytes) + ")");
        }
        String compression = otherCompression(bytes);
        if (compression != null) {
            throw problem(file, "not a Word .docx document (" + compression + ")");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return salvaged(file, reason(e));
        } catch (NoClassDefFoundError e) {
            throw problem(file, "not a Word .docx document (" + missingDecompressor(e) + ")");
        }
        String kind = otherPackageKind(pkg);
        if (kind != null) {
            pkg.revert();
            throw problem(file, "not a Word .docx document (" + kind + ")");
        }
        try {
            return new Opened(new XWPFDocument(pkg), null);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            return salvaged(file, reason(e));
        }
    }

    /**
     * A package POI could not open, read from the parts that survive (see {@link DocxSalvage}),
     * with a warning naming what was lost; where nothing was lost or the document does not open
     * even so, the file fails as before, with POI's reason.
     */
    private static Opened salvaged(InputFile file, String reason) {
        DocxSalvage salvage = DocxSalvage.of(file.bytes());
        if (salvage == null) {
            throw problem(file, "not a Word .docx document (" + reason + ")");
        }
        InputException failure = problem(file, salvage.mainDocumentLost() != null ? salvage.mainDocumentLost()
                : "not a Word .docx document (" + reason + ")");
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(salvage.zip()));
        } catch (IOException | InvalidFormatException | RuntimeException | LinkageError e) {
            throw failure;
        }
        if (otherPackageKind(pkg) != null) {
            pkg.revert();
            throw failure;
        }
        try {
            return new Opened(new XWPFDocument(pkg), salvage.warning());
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw failure;
        }
    }

    private static InputException problem(InputFile file, String problem) {
        return new InputException(file.name() + ": " + problem);
    }

    /** An OLE2 file is a .doc, or a .docx that was saved with a password. */
    private static String compoundFileProblem(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "the document is encrypted (password-protected); save a copy without a password and read that";
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return "not a Word .docx document (a Word 97-2003 .doc file; save it as .docx)";
            }
            return "not a Word .docx document (an OLE2 compound file, not a ZIP package)";
        } catch (IOException | RuntimeException e) {
            return "not a Word .docx document (a damaged OLE2 compound file)";
        }
    }

    private static String describe(FileMagic magic, byte[] bytes) {
        return switch (magic) {
            case PDF -> "a PDF file";
            case RTF -> "an RTF file; save it as .docx";
            case HTML -> "an HTML file";
            case XML -> "an XML file, not a ZIP package";
            case UNKNOWN -> isText(bytes) ? "plain text, not a ZIP package" : "not a ZIP package";
            default -> "a " + magic.name().toLowerCase(Locale.ROOT) + " file";
        };
    }

    /** UTF-8 without control characters in the first 4 KB (cut where no character is split). */
    private static boolean isText(byte[] bytes) {
        int end = Math.min(bytes.length, 4096);
        while (end < bytes.length && end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end)).toString();
            return s.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Null when the package's directory lists every part as stored or deflated, the only two methods
     * an Open XML package may use (ISO/IEC 29500-2, annex C); else the first part that is not, named.
     * Where the directory cannot be read, POI's own open says what is wrong.
     */
    private static String otherCompression(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                int method = e.getMethod();
                if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
                    return "part " + DocxSalvage.printable(e.getName()) + " is compressed with ZIP method " + method
                            + methodName(method) + "; a .docx holds only stored or deflated parts";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String methodName(int method) {
        return switch (method) {
            case 9 -> " (Deflate64)";
            case 12 -> " (bzip2)";
            case 14 -> " (LZMA)";
            case 93 -> " (Zstandard)";
            case 95 -> " (XZ)";
            case 99 -> " (AES encryption)";
            default -> "";
        };
    }

    /**
     * A part compressed with Zstandard or XZ that the package's directory did not show (a damaged
     * package whose local header says otherwise): commons-compress reads those ZIP methods only with
     * optional libraries, left off the class path since no .docx needs them, so it fails to load their
     * classes. Any other missing class is a fault of the build, not of the file, and is thrown on.
     */
    private static String missingDecompressor(NoClassDefFoundError e) {
        String missing = String.valueOf(e.getMessage());
        String method = missing.contains("luben/zstd") ? "Zstandard"
                : missing.contains("tukaani/xz") ? "XZ" : null;
        if (method == null) {
            throw e;
        }
        return "a part is compressed with " + method + "; a .docx holds only stored or deflated parts";
    }

    /** Null for a word-processing package; else what the package holds instead. */
    private static String otherPackageKind(OPCPackage pkg) {
        if (pkg.isStrictOoxmlFormat()) {
            return "Strict Open XML, which cannot be read; save it as a Word Document .docx";
        }
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            return "the package holds no main document";
        }
        String type = main.get(0).getContentType();
        if (type.contains("wordprocessingml")) {
            return null;
        }
        return type.contains("spreadsheetml") ? "an Excel workbook"
                : type.contains("presentationml") ? "a PowerPoint presentation" : "the main part is " + type;
    }

    /** POI's own words, on one short line. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NullPointerException || root instanceof IndexOutOfBoundsException
                || root instanceof ClassCastException || root instanceof ArithmeticException) {
            // A fault inside POI or commons-compress met on odd bytes: its message speaks of their code.
            return "a damaged ZIP package";
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        m = m.lines().findFirst().orElse(m);
        return m.length() <= REASON_MAX ? m : m.substring(0, REASON_MAX - 1) + "…";
    }

    // ---- reading ----

    private enum Kind { TITLE, SUBTITLE, HEADING, PLAIN, TABLE }

    /** A body element with text: its kind, heading level, text with markers and without, bold opening. */
    private record Element(int line, Kind kind, int level, Text text) {
        String plain() { return text.plain(); }
    }

    /** Where a head paragraph's footnote stood, which decides what an unlabelled note means. */
    private enum HeadNote { TITLE, BYLINE }

    /** A label and its value, as one head paragraph gives them. */
    private record Labelled(String label, String value) { }

    private static final class Reading {
        private final XWPFDocument document;
        private final XWPFStyles styles;
        private final ArticleAssembler assembler;
        private final Map<String, HeadNote> headNotes = new HashMap<>();
        private final NoteNumbers numbers = new NoteNumbers();
        private final Set<Lang> titleLangs = new HashSet<>();
        private int headingShift;
        private String pendingLabel;

        Reading(String source, XWPFDocument document) {
            this.document = document;
            this.styles = document.getStyles();
            this.assembler = new ArticleAssembler(source);
        }

        Issue read() {
            List<Element> elements = elements();
            int title = titleIndex(elements);
            for (int i = 0; i < title; i++) {
                aboveTitle(elements.get(i));
            }
            int next = elements.size();
            if (title >= 0) {
                next = head(elements, title);
            }
            for (int i = next; i < elements.size(); i++) {
                body(elements.get(i));
            }
            notes("fn", document.getFootnotes());
            notes("en", document.getEndnotes());
            return assembler.finish();
        }

        // ---- the elements of the body ----

        private List<Element> elements() {
            List<Element> out = new ArrayList<>();
            List<IBodyElement> body = document.getBodyElements();
            for (int i = 0; i < body.size(); i++) {
                Element e = element(body.get(i), i + 1);
                if (e != null && !e.text().isEmpty()) {
                    out.add(e);
                }
            }
            return out;
        }

        private Element element(IBodyElement e, int line) {
            if (e instanceof XWPFParagraph p) {
                Text text = Text.of(p, false, numbers);
                int level = headingLevel(p);
                Kind kind = level > 0 ? Kind.HEADING : styleKind(p.getStyleID());
                return new Element(line, kind, level, text);
            }
            if (e instanceof XWPFTable t) {
                return new Element(line, Kind.TABLE, 0, tableText(t));
            }
            if (e instanceof XWPFSDT sdt) {
                String s = sdt.getContent().getText();
                return new Element(line, Kind.PLAIN, 0, new Text(s, s, 0, List.of()));
            }
            return null;
        }

        private Text tableText(XWPFTable table) {
            List<String> notes = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> parts = new ArrayList<>();
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        Text t = Text.of(p, false, numbers);
                        notes.addAll(t.notes());
                        if (!t.isEmpty()) {
                            parts.add(t.text().strip());
                        }
                    }
                    cells.add(String.join(" ", parts));
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(String.join(" | ", cells));
                }
            }
            String text = String.join(" ; ", rows);
            return new Text(text, Text.withoutMarkers(text), 0, notes);
        }

        // ---- styles ----

        /** Heading N style, a paragraph's outline level or its style's: 1 = top; 0 for none. */
        private int headingLevel(XWPFParagraph p) {
            int outline = outlineLevel(p.getCTP().getPPr());
            if (outline > 0) {
                return outline;
            }
            String id = p.getStyleID();
            for (String name : styleNames(id)) {
                Matcher m = HEADING_NAME.matcher(name);
                if (m.matches() && m.group(1).charAt(0) > '0') {
                    return m.group(1).charAt(0) - '0';
                }
            }
            XWPFStyle style = styles == null || id == null ? null : styles.getStyle(id);
            return style == null ? 0 : outlineLevel(style.getCTStyle().getPPr());
        }

        /** Outline level 0–8 is a heading of level 1–9; 9 and none are body text. */
        private static int outlineLevel(CTPPrBase ppr) {
            if (ppr == null || !ppr.isSetOutlineLvl()) {
                return 0;
            }
            String v = wordAttribute(ppr.getOutlineLvl(), "val");
            return v != null && v.strip().matches("[0-8]") ? Integer.parseInt(v.strip()) + 1 : 0;
        }

        private Kind styleKind(String id) {
            for (String name : styleNames(id)) {
                if (name.equals("title") || name.equals("标题")) {
                    return Kind.TITLE;
                }
                if (name.equals("subtitle") || name.equals("副标题")) {
                    return Kind.SUBTITLE;
                }
            }
            return Kind.PLAIN;
        }

        /** The style's name (localized names included) and its id, lower case without spaces. */
        private List<String> styleNames(String id) {
            if (id == null) {
                return List.of();
            }
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            List<String> names = new ArrayList<>();
            if (style != null && style.getName() != null) {
                names.add(normalize(style.getName()));
            }
            names.add(normalize(id));
            return names;
        }

        private static String normalize(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        }

        // ---- the head ----

        /** Title style before any heading, else a Heading 1 with nothing long above it, else the first non-field. */
        private int titleIndex(List<Element> elements) {
            for (int i = 0; i < elements.size() && elements.get(i).kind() != Kind.HEADING; i++) {
                if (elements.get(i).kind() == Kind.TITLE) {
                    return i;
                }
            }
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                if (e.kind() == Kind.HEADING && e.level() == 1 && BodyReader.heading(e.plain()) == null) {
                    headingShift = elements.stream().skip(i + 1L).anyMatch(o -> o.kind() == Kind.HEADING && o.level() == 1) ? 0 : 1;
                    return i;
                }
                if (e.plain().strip().length() > BYLINE_MAX || e.kind() == Kind.TABLE) {
                    break;
                }
            }
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i).kind() != Kind.TABLE && !isField(elements.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** Fields above the title (中图分类号 lines) are read; a short line is the column; anything else is reported. */
        private void aboveTitle(Element e) {
            if (fields(e)) {
                return;
            }
            String s = e.plain().strip();
            if (s.length() <= COLUMN_MAX && e.kind() != Kind.TABLE) {
                assembler.column(s);
            } else {
                assembler.warn(e.line(), "text above the title is not read: " + abbreviate(s));
            }
        }

        /** Title, subtitles and byline; returns the index of the first element after them. */
        private int head(List<Element> elements, int at) {
            Element title = elements.get(at);
            title(title);
            mark(title, HeadNote.TITLE);
            int i = at + 1;
            while (i < elements.size() && elements.get(i).kind() == Kind.SUBTITLE) {
                subtitle(elements.get(i++));
            }
            if (i < elements.size() && isByline(elements.get(i))) {
                Element byline = elements.get(i++);
                assembler.byline(byline.plain(), byline.line());
                mark(byline, HeadNote.BYLINE);
            }
            return i;
        }

        private void title(Element e) {
            Lang lang = langOf(e.plain());
            titleLangs.add(lang);
            assembler.title(lang, e.plain(), e.line());
        }

        /** A subtitle in the title's language would be a second title there: the model has none, so it is reported. */
        private void subtitle(Element e) {
            Lang lang = langOf(e.plain());
            if (titleLangs.contains(lang)) {
                assembler.warn(e.line(), "subtitle in the title's language is not part of the title: " + abbreviate(e.plain().strip()));
            } else {
                title(e);
            }
        }

        private boolean isByline(Element e) {
            String s = e.plain().strip();
            return e.kind() == Kind.PLAIN && !s.isEmpty() && s.length() <= BYLINE_MAX && !SENTENCE_END.matcher(s).find()
                    && !isField(e) && BodyReader.heading(s) == null;
        }

        private void mark(Element e, HeadNote where) {
            e.text().notes().forEach(id -> headNotes.put(id, where));
        }

        // ---- the body ----

        private void body(Element e) {
            switch (e.kind()) {
                case TABLE -> assembler.paragraph(e.text().text(), e.line());
                case HEADING -> heading(e);
                case TITLE, SUBTITLE -> otherTitle(e);
                case PLAIN -> plain(e);
            }
        }

        /** A heading that is only a field label (Abstract, 摘要) labels the next paragraph instead. */
        private void heading(Element e) {
            String s = e.plain().strip();
            if (ArticleAssembler.isFieldLabel(s)) {
                pendingLabel = s;
                return;
            }
            pendingLabel = null;
            // A marker cannot stand in a section title; its note is reported as having none.
            assembler.heading(Math.max(1, e.level() - headingShift), s, e.line());
        }

        /** Title-styled text further on: a title in another language (an English title at the end), else text. */
        private void otherTitle(Element e) {
            Lang lang = langOf(e.plain());
            if (titleLangs.contains(lang)) {
                plain(e);
            } else {
                title(e);
            }
        }

        private void plain(Element e) {
            if (fields(e)) {
                return;
            }
            if (pendingLabel != null) {
                String label = pendingLabel;
                pendingLabel = null;
                if (assembler.field(label, e.plain(), e.line())) {
                    return;
                }
            }
            assembler.block(e.text().text(), e.line());
        }

        /** True where the paragraph opens with a known label; every label in it is handed over. */
        private boolean fields(Element e) {
            if (e.kind() == Kind.TABLE) {
                return false;
            }
            List<Labelled> fields = labelled(e.plain(), e.text().boldPrefix());
            if (fields.isEmpty() || !ArticleAssembler.isFieldLabel(fields.get(0).label())) {
                return false;
            }
            if (fields.size() == 1 && fields.get(0).value().isEmpty()) {
                pendingLabel = fields.get(0).label();
                return true;
            }
            pendingLabel = null;
            for (Labelled f : fields) {
                assembler.field(f.label(), f.value(), e.line());
            }
            return true;
        }

        private boolean isField(Element e) {
            List<Labelled> fields = labelled(e.plain(), e.text().boldPrefix());
            return !fields.isEmpty() && ArticleAssembler.isFieldLabel(fields.get(0).label());
        }

        // ---- notes ----

        private void notes(String prefix, List<? extends XWPFAbstractFootnoteEndnote> notes) {
            int ordinal = 0;
            for (XWPFAbstractFootnoteEndnote n : notes) {
                BigInteger wordId = noteId(n.getCTFtnEdn());
                String id = numbers.idOf(prefix, String.valueOf(wordId));
                if (isSeparator(n.getCTFtnEdn(), wordId, id)) {
                    continue;
                }
                ordinal++;
                if (id == null) {
                    id = prefix + "-id" + wordId;
                }
                String text = noteText(n);
                HeadNote where = headNotes.get(id);
                if (where == null) {
                    assembler.note(id, text, ordinal);
                } else {
                    headNote(where, text, ordinal);
                }
            }
        }

        /** Separator lines are notes too in Word: typed ones, or unreferenced ones numbered 0 or below. */
        private static boolean isSeparator(CTFtnEdn note, BigInteger wordId, String id) {
            String type = wordAttribute(note, "type");
            if (type != null && !type.strip().equals(STFtnEdn.NORMAL.toString())) {
                return true;
            }
            return wordId != null && wordId.signum() <= 0 && id == null;
        }

        /** The note's w:id, or null where it is missing or no number. */
        private static BigInteger noteId(CTFtnEdn note) {
            String v = wordAttribute(note, "id");
            return v != null && v.strip().matches("-?\\d{1,18}") ? new BigInteger(v.strip()) : null;
        }

        /**
         * A w: attribute as written. XMLBeans' typed getters throw on a value outside the schema
         * (w:type="continuationSepara-or"), where a damaged note or style should cost that one value.
         */
        private static String wordAttribute(XmlObject element, String name) {
            try (XmlCursor c = element.newCursor()) {
                return c.getAttributeText(new QName(W, name));
            }
        }

        private String noteText(XWPFAbstractFootnoteEndnote note) {
            return note.getParagraphs().stream().map(p -> Text.of(p, true, numbers).text().strip())
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        }

        /**
         * A note on the title or the byline is a head field: labelled (作者简介：…) as it says, else
         * funding where it hangs on the title and an author note where it hangs on the byline.
         */
        private void headNote(HeadNote where, String text, int ordinal) {
            List<Labelled> fields = labelled(text, 0);
            if (!fields.isEmpty() && ArticleAssembler.isFieldLabel(fields.get(0).label())) {
                fields.forEach(f -> assembler.field(f.label(), f.value(), ordinal));
            } else {
                assembler.field(where == HeadNote.TITLE ? "基金项目" : "作者简介", text, ordinal);
            }
        }
    }

    // ---- labels ----

    /** The labels a paragraph opens with and their values; empty where it opens with none. */
    private static List<Labelled> labelled(String text, int boldPrefix) {
        int end = labelEnd(text, boldPrefix);
        if (end < 0) {
            return List.of();
        }
        String current = text.substring(0, end).strip();
        String rest = text.substring(end);
        List<Labelled> out = new ArrayList<>();
        Matcher m = NEXT_LABEL.matcher(rest);
        int from = 0;
        while (m.find()) {
            if (ArticleAssembler.isFieldLabel(m.group())) {
                out.add(new Labelled(current, value(rest.substring(from, m.start()))));
                current = m.group();
                from = m.end();
            }
        }
        out.add(new Labelled(current, value(rest.substring(from))));
        return out;
    }

    /**
     * After 【…】, after a bold label Word set apart, at the end of a paragraph that is a label
     * alone (摘要), or after the first colon, within the first 60 characters.
     */
    private static int labelEnd(String text, int boldPrefix) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return -1;
        }
        char open = text.charAt(start);
        if (open == '【' || open == '[') {
            int close = text.indexOf(open == '【' ? '】' : ']', start);
            return close > start && close <= LABEL_REACH ? close + 1 : -1;
        }
        if (boldPrefix > start && ArticleAssembler.isFieldLabel(text.substring(start, boldPrefix))) {
            return boldPrefix;
        }
        if (ArticleAssembler.isFieldLabel(text)) {
            return text.length();
        }
        for (int i = start; i < text.length() && i <= LABEL_REACH; i++) {
            if (text.charAt(i) == '：' || text.charAt(i) == ':') {
                return i + 1;
            }
        }
        return -1;
    }

    private static String value(String s) {
        return s.replaceFirst("^\\s*[：:]", "").strip();
    }

    private static Lang langOf(String s) {
        if (s.codePoints().anyMatch(CjkSpacing::isHan)) {
            return Lang.ZH;
        }
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) ? Lang.RU : Lang.EN;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    // ---- the text of a paragraph ----

    /**
     * A paragraph's text as Word shows it: footnote references as assembler markers, line breaks
     * as "\n", italics as *…* where asked (notes), and how far a bold opening reaches (a label).
     */
    private record Text(String text, String plain, int boldPrefix, List<String> notes) {

        private static final String EMPTY_MARKER = ArticleAssembler.marker("");
        private static final Pattern MARKER = Pattern.compile(
                EMPTY_MARKER.charAt(0) + "[^" + EMPTY_MARKER.charAt(1) + "]*" + EMPTY_MARKER.charAt(1));

        boolean isEmpty() {
            return plain.isBlank() && notes.isEmpty();
        }

        static String withoutMarkers(String s) {
            return MARKER.matcher(s).replaceAll("");
        }

        static Text of(XWPFParagraph p, boolean stars, NoteNumbers numbers) {
            TextBuilder b = new TextBuilder(p, stars, numbers);
            b.children(p.getCTP());
            String text = b.finish();
            return new Text(text, withoutMarkers(text), b.boldPrefix, List.copyOf(b.notes));
        }
    }

    /**
     * Word prints a note's number, not its id (pandoc's ids start at 20 and skip): footnotes and
     * endnotes are each numbered in the order of their first reference, so the marker id carries
     * that number ({@code fn1}, {@code en1}). A reference with a mark of its own (*) takes no number.
     */
    private static final class NoteNumbers {
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();

        String reference(String prefix, String wordId, boolean customMark) {
            return ids.computeIfAbsent(prefix + wordId,
                    k -> customMark ? prefix + "*" + wordId : prefix + counts.merge(prefix, 1, Integer::sum));
        }

        /** The marker id of a note, or null where nothing in the text refers to it. */
        String idOf(String prefix, String wordId) {
            return ids.get(prefix + wordId);
        }
    }

    private static final class TextBuilder {
        private final XWPFParagraph paragraph;
        private final boolean stars;
        private final NoteNumbers numbers;
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder italic = new StringBuilder();
        private final List<String> notes = new ArrayList<>();
        private int boldPrefix;
        private boolean boldOpening = true;

        TextBuilder(XWPFParagraph paragraph, boolean stars, NoteNumbers numbers) {
            this.paragraph = paragraph;
            this.stars = stars;
            this.numbers = numbers;
        }

        /**
         * Runs in document order, through insertions, hyperlinks, fields and content controls, but not
         * deletions: POI's own run list holds deleted runs too.
         */
        void children(XmlObject xml) {
            try (XmlCursor c = xml.newCursor()) {
                for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                    QName name = c.getName();
                    if (!W.equals(name.getNamespaceURI()) || NOT_SHOWN.contains(name.getLocalPart())) {
                        continue;
                    }
                    XmlObject child = c.getObject();
                    if (child instanceof CTR r) {
                        run(r);
                    } else {
                        children(child);
                    }
                }
            }
        }

        private void run(CTR ctr) {
            XWPFRun run = paragraph.getRun(ctr);
            if (run == null) {
                run = new XWPFRun(ctr, paragraph);
            }
            String s = content(ctr);
            if (stars && run.isItalic() && !s.isBlank()) {
                italic.append(s);
                return;
            }
            flushItalic();
            out.append(s);
            if (boldOpening && !s.isBlank()) {
                if (run.isBold()) {
                    boldPrefix = out.length();
                } else {
                    boldOpening = false;
                }
            }
        }

        /**
         * What a run shows; comment marks, field codes, deleted text and the note's own number show
         * nothing, and neither does the custom mark (*) a reference brings along: the marker stands for it.
         */
        private String content(CTR ctr) {
            StringBuilder s = new StringBuilder();
            boolean customMark = false;
            try (XmlCursor c = ctr.newCursor()) {
                for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                    if (!W.equals(c.getName().getNamespaceURI())) {
                        continue;
                    }
                    String name = c.getName().getLocalPart();
                    if (name.endsWith("noteReference")) {
                        customMark = isOn(c.getAttributeText(CUSTOM_MARK));
                    }
                    switch (name) {
                        case "t" -> s.append(customMark ? "" : c.getTextValue());
                        case "tab", "ptab" -> s.append(' ');
                        case "br", "cr" -> s.append('\n');
                        case "noBreakHyphen" -> s.append('-');
                        case "footnoteReference" -> s.append(reference("fn", c));
                        case "endnoteReference" -> s.append(reference("en", c));
                        default -> { }
                    }
                }
            }
            return s.toString();
        }

        private String reference(String prefix, XmlCursor c) {
            String id = numbers.reference(prefix, c.getAttributeText(ID), isOn(c.getAttributeText(CUSTOM_MARK)));
            notes.add(id);
            return ArticleAssembler.marker(id);
        }

        private static boolean isOn(String value) {
            return value != null && (value.equals("1") || value.equals("true") || value.equals("on"));
        }

        /** *Journal title*: stars hug the words, spaces stay outside. */
        private void flushItalic() {
            if (italic.length() == 0) {
                return;
            }
            String s = italic.toString();
            String core = s.strip();
            int lead = s.indexOf(core);
            out.append(s, 0, lead).append('*').append(core).append('*').append(s.substring(lead + core.length()));
            italic.setLength(0);
        }

        String finish() {
            flushItalic();
            return out.toString();
        }
    }
}
