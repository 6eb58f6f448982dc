package org.journalkg.layout;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.journalkg.issue.Block;
import org.journalkg.issue.HeadFields;
import org.journalkg.issue.Issue;
import org.journalkg.issue.IssueReader;
import org.journalkg.issue.SingleArticleReader;
import org.journalkg.read.InputException;
import org.journalkg.read.SourceText;
import org.journalkg.read.TextReader;

/**
 * Chooses each file's layout from its content (the extension only breaks ties) and reads it with
 * that layout's reader, so that every layout ends in the same records.
 * <pre>
 *   Layouts.Reading r = Layouts.read(Path.of("article-05.web.txt"), null);
 *   r.layout();                      // WEB
 *   r.issue().articles().size();     // 1
 * </pre>
 */
public final class Layouts {

    /** What one file gave: its layout and the issue (or the single article) read from it. */
    public record Reading(String file, Layout layout, Issue issue) { }

    private static final String TRIED = "tried issue, article, web, markdown, docx and jats";
    private static final Pattern MD_TITLE = Pattern.compile("(?m)^#{1,3}\\s+\\S");
    private static final Pattern MD_NOTE = Pattern.compile("(?m)^\\[\\^[^\\]\\s]+\\]:");
    private static final Pattern EDITOR_LINE = Pattern.compile("[（(]\\s*责\\s*任\\s*编\\s*辑");

    private Layouts() { }

    /** Reads a file in the layout given, or in the one its content shows where {@code forced} is null. */
    public static Reading read(Path file, Layout forced) {
        return read(new InputFile(file.toString(), TextReader.bytes(file)), forced);
    }

    /** The issue bundled with the product. */
    public static Reading readBundled() {
        SourceText text = TextReader.readBundled();
        return new Reading(text.name(), Layout.ISSUE, IssueReader.read(text));
    }

    public static Reading read(InputFile file, Layout forced) {
        Layout layout = forced != null ? forced : detectBinary(file);
        if (layout == Layout.DOCX) {
            return new Reading(file.name(), layout, DocxReader.read(file));
        }
        if (layout == Layout.JATS && declaresOtherEncoding(file)) {
            return new Reading(file.name(), layout, JatsReader.read(file));
        }
        SourceText text = TextReader.decode(file.name(), file.bytes());
        if (layout == null) {
            layout = detectText(file.name(), text.text());
        }
        if (layout == Layout.JATS && declaresOtherEncoding(file)) {
            return new Reading(file.name(), layout, JatsReader.read(file));
        }
        Issue issue = layout == Layout.JATS ? JatsReader.read(file, text.text()) : readText(text, layout);
        if (!text.warnings().isEmpty()) {
            // What decoding repaired comes first: it concerns the whole file.
            List<String> warnings = new java.util.ArrayList<>(text.warnings());
            warnings.addAll(issue.warnings());
            issue = issue.with(issue.articles(), warnings);
        }
        return new Reading(file.name(), layout, issue);
    }

    private static Issue readText(SourceText text, Layout layout) {
        return switch (layout) {
            case ISSUE -> IssueReader.read(text);
            case ARTICLE -> SingleArticleReader.read(text);
            case WEB -> TextArticleReader.read(text, TextArticleReader.Syntax.WEB);
            case MARKDOWN -> TextArticleReader.read(text, TextArticleReader.Syntax.MARKDOWN);
            default -> throw new IllegalStateException("not a text layout: " + layout);
        };
    }

    /**
     * True where an XML file declares an encoding other than UTF-8 or UTF-16 (windows-1251, GBK):
     * the XML parser then decodes the bytes itself; otherwise the text decoded here is parsed, so
     * that a few bad bytes are repaired with a warning instead of failing the file.
     */
    private static boolean declaresOtherEncoding(InputFile file) {
        String head = new String(file.bytes(), 0, Math.min(200, file.bytes().length), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']").matcher(head);
        return m.find() && !m.group(1).toLowerCase(Locale.ROOT).matches("utf-?8|utf-?16.*");
    }

    /** Word files and files no text layout can hold are recognised by their first bytes. */
    private static Layout detectBinary(InputFile file) {
        byte[] b = file.bytes();
        String lower = file.name().toLowerCase(Locale.ROOT);
        if (file.isZip()) {
            if (lower.endsWith(".docx") || containsAscii(b, "word/")) {
                return Layout.DOCX;
            }
            throw new InputException(file.name() + ": a ZIP archive that is not a Word .docx document; " + TRIED);
        }
        if (TextReader.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InputException(file.name() + ": a Word 97–2003 .doc file; save it as .docx (Word: File → Save As → Word Document)");
        }
        if (TextReader.startsWith(b, '%', 'P', 'D', 'F')) {
            throw new InputException(file.name() + ": a PDF file; convert it to text or Markdown first (for example with pdftotext or pandoc)");
        }
        return null;
    }

    /** The layout a text's content shows. */
    static Layout detectText(String name, String text) {
        String head = text.stripLeading();
        if (head.startsWith("<?xml") || head.startsWith("<!DOCTYPE article") || head.startsWith("<article")) {
            return Layout.JATS;
        }
        if (head.regionMatches(true, 0, "<!DOCTYPE html", 0, 14) || head.regionMatches(true, 0, "<html", 0, 5)) {
            throw new InputException(name + ": an HTML page; save it as text (or copy the article's text into a .txt file); " + TRIED);
        }
        List<Block> blocks = Block.split(text);
        // A Markdown title on the first line: Markdown, whatever head fields follow it.
        boolean markdownTitle = !blocks.isEmpty() && blocks.get(0).text().startsWith("# ");
        boolean contents = blocks.stream().limit(400).anyMatch(b -> b.squeezed().equals("目录"));
        if (contents && EDITOR_LINE.matcher(text).find()) {
            return Layout.ISSUE;
        }
        if (!markdownTitle && isJournalArticle(blocks)) {
            return Layout.ARTICLE;
        }
        boolean markdownName = name.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown|mdown)$");
        String start = text.length() > 4000 ? text.substring(0, 4000) : text;
        boolean article = hasHeadField(blocks) || hasNotesList(text);
        if (MD_NOTE.matcher(text).find() || (article && (markdownTitle || MD_TITLE.matcher(start).find() || markdownName))) {
            return Layout.MARKDOWN;
        }
        if (article) {
            return Layout.WEB;
        }
        if (contents) {
            return Layout.ISSUE;
        }
        throw new NoLayout(name + ": no known layout (" + TRIED
                + "): no title with labelled head fields (摘要, 关键词, Abstract, Keywords), no notes list and no table of contents (目录)");
    }

    /**
     * The journal's own conversion of one article: a byline ending in * over 【】 head fields, or
     * (an article without head fields) over a body with ^① markers or a （责任编辑 …） line.
     */
    private static boolean isJournalArticle(List<Block> blocks) {
        boolean byline = false;
        for (int i = 0; i < Math.min(blocks.size(), 8); i++) {
            String t = blocks.get(i).text().strip();
            if (t.endsWith("*") && !t.startsWith("*") && t.length() <= 60) {
                byline = true;
            } else if (byline && t.startsWith("【")) {
                return true;
            }
        }
        if (byline && blocks.stream().anyMatch(b -> EDITOR_LINE.matcher(b.text()).lookingAt() || b.text().contains("^①"))) {
            return true;
        }
        return blocks.stream().limit(40).anyMatch(b -> b.squeezed().contains("【文章编号】"));
    }

    private static boolean hasHeadField(List<Block> blocks) {
        return blocks.stream().limit(40).flatMap(b -> b.lines().stream()).anyMatch(l -> !HeadFields.parse(l).isEmpty());
    }

    private static boolean hasNotesList(String text) {
        return Pattern.compile("(?m)^\\s*(?:注\\s*释|参考文献|References|Notes|Примечания|Литература)\\s*[：:]?\\s*$").matcher(text).find()
                && Pattern.compile("(?m)^\\s*(?:\\[\\d{1,3}\\]|［\\d{1,3}］)").matcher(text).find();
    }

    private static boolean containsAscii(byte[] b, String s) {
        return new String(b, 0, Math.min(b.length, 65536), java.nio.charset.StandardCharsets.ISO_8859_1).contains(s);
    }
}
