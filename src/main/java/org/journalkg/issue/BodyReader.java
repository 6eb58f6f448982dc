package org.journalkg.issue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's body into sections, paragraphs and footnotes.
 *
 * <p>The source is a PDF conversion: each page's footnotes follow its text, so a paragraph cut
 * by a page break goes on after them (依托集体安全条约组 … 织维护区域安全). A paragraph whose last
 * fragment does not end a sentence is joined with the next text fragment, across any notes in
 * between. Markers restart at ① on every page; a page's notes pair, in order, with the markers
 * met since the previous page's notes.
 * <pre>
 *   BodyReader body = new BodyReader(warnings);
 *   blocks.forEach(body::accept);
 *   body.finish();
 *   body.paragraphs(); body.footnotes();
 * </pre>
 */
public final class BodyReader {

    private static final Pattern HEADING_1 = Pattern.compile("^([一二三四五六七八九十]+)、\\s*(.+)$");
    private static final Pattern HEADING_2 = Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]\\s*(.+)$");
    private static final Pattern CAPTION = Pattern.compile("^(表|图)\\s*\\d+\\s.*");

    private final List<String> warnings;
    private final String where;
    private final List<Section> sections = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final Deque<PendingMarker> markers = new ArrayDeque<>();
    private Integer section;
    private Integer topSection;
    private Builder open;
    /** The number of the last note and of the last marker read, to see a gap in the numbering. */
    private int lastNote;
    private int lastMarker;

    private record PendingMarker(int paragraph, Paragraph.Marker marker) { }

    public BodyReader(String where, List<String> warnings) {
        this.where = where;
        this.warnings = warnings;
    }

    public void accept(Block block) {
        Matcher note = Footnotes.note(block.text());
        if (note != null) {
            footnote(block, Footnotes.number(note), note.group("text"));
            return;
        }
        String squeezedHead = CjkSpacing.careful(Markup.strip(block.text()));
        Matcher h1 = HEADING_1.matcher(squeezedHead);
        Matcher h2 = HEADING_2.matcher(squeezedHead);
        if (isHeading(h1, squeezedHead)) {
            heading(1, h1.group(1), h1.group(2));
        } else if (isHeading(h2, squeezedHead)) {
            heading(2, h2.group(1), h2.group(2));
        } else if (block.text().contains("\t")) {
            close();
            Builder table = new Builder(paragraphs.size(), section, Paragraph.Kind.TABLE, block.line());
            for (String row : block.lines()) {
                table.append(row, "\n");
            }
            open = table;
            close();
        } else if (open != null && open.kind == Paragraph.Kind.TEXT && open.joinable() && !CAPTION.matcher(squeezedHead).matches()) {
            open.append(block.text().replace('\n', ' '), null);
        } else {
            close();
            open = new Builder(paragraphs.size(), section, Paragraph.Kind.TEXT, block.line());
            open.append(block.text().replace('\n', ' '), null);
            if (CAPTION.matcher(squeezedHead).matches()) {
                open.caption = true;
            }
        }
    }

    /** A heading of the journal's numbering: 一、… (level 1) or （一）… (level 2). */
    public record Heading(int level, String label, String title) { }

    /** The heading a line of text is, or null: the same rule for every layout that has no heading markup. */
    public static Heading heading(String text) {
        String t = CjkSpacing.careful(Markup.strip(text)).strip();
        Matcher h1 = HEADING_1.matcher(t);
        if (isHeading(h1, t)) {
            return new Heading(1, h1.group(1), CjkSpacing.prose(h1.group(2).strip()));
        }
        Matcher h2 = HEADING_2.matcher(t);
        if (isHeading(h2, t)) {
            return new Heading(2, h2.group(1), CjkSpacing.prose(h2.group(2).strip()));
        }
        return null;
    }

    private static boolean isHeading(Matcher m, String text) {
        return m.matches() && text.length() <= 60 && !text.endsWith("。") && !text.contains("^");
    }

    private void heading(int level, String label, String title) {
        close();
        Integer parent = level == 1 ? null : topSection;
        int index = sections.size();
        sections.add(new Section(index, level, label, CjkSpacing.prose(title.strip()), parent));
        section = index;
        if (level == 1) {
            topSection = index;
        }
    }

    private void footnote(Block block, int number, String body) {
        // Notes count ①, ②, ③ … on every page: a number that neither restarts nor follows on says one is missing.
        if (number != 1 && number != lastNote + 1) {
            warnings.add(where + ": footnote " + number + " at line " + block.line() + " follows footnote " + lastNote
                    + ": a note is missing or out of order");
        }
        lastNote = number;
        PendingMarker paired = null;
        while (!markers.isEmpty()) {
            PendingMarker m = markers.pollFirst();
            if (m.marker().number() == number) {
                paired = m;
                break;
            }
            warnings.add(where + ": marker " + m.marker().number() + " in paragraph " + (m.paragraph() + 1)
                    + " has no footnote");
        }
        String text = CjkSpacing.careful(Markup.strip(joinLines(body)));
        if (paired == null) {
            warnings.add(where + ": footnote " + number + " at line " + block.line() + " has no marker in the text");
            footnotes.add(new Footnote(footnotes.size() + 1, number, Math.max(0, paragraphs.size() - 1), -1,
                    text, block.text(), block.line()));
            return;
        }
        footnotes.add(new Footnote(footnotes.size() + 1, number, paired.paragraph(), paired.marker().offset(),
                text, block.text(), block.line()));
    }

    /** Ends the body: the open paragraph is closed; markers left without notes are reported. */
    public void finish() {
        close();
        for (PendingMarker m : markers) {
            warnings.add(where + ": marker " + m.marker().number() + " in paragraph " + (m.paragraph() + 1)
                    + " has no footnote");
        }
        markers.clear();
    }

    private void close() {
        if (open != null) {
            paragraphs.add(open.build());
            open = null;
        }
    }

    public List<Section> sections() { return sections; }

    public List<Paragraph> paragraphs() { return paragraphs; }

    public List<Footnote> footnotes() { return footnotes; }

    /** Lines of one block: Chinese runs on without a space, other scripts with one. */
    static String joinLines(String text) {
        String[] lines = text.split("\n");
        StringBuilder b = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            join(b, lines[i]);
        }
        return b.toString();
    }

    /** Appends a fragment: nothing between Chinese characters, a space elsewhere. */
    static void join(StringBuilder b, String next) {
        if (b.length() > 0 && !next.isEmpty()) {
            int last = b.codePointBefore(b.length());
            int first = next.codePointAt(0);
            boolean cjk = (CjkSpacing.isHan(last) || CjkSpacing.isCjkPunct(last))
                    && (CjkSpacing.isHan(first) || CjkSpacing.isCjkPunct(first));
            if (!cjk && !Character.isWhitespace(last) && last != '-') {
                b.append(' ');
            }
        }
        b.append(next);
    }

    private static boolean isCjk(int c) {
        return CjkSpacing.isHan(c) || CjkSpacing.isCjkPunct(c);
    }

    /** True where a text ends a sentence, so a page break after it also ends the paragraph. */
    static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if ("。！？：.!?…".indexOf(last) >= 0) {
            return true;
        }
        if ("”’」』）)»\"".indexOf(last) >= 0 && t.length() > 1) {
            return "。！？.!?".indexOf(t.charAt(t.length() - 2)) >= 0;
        }
        return false;
    }

    /** A paragraph being read, perhaps over several page fragments. */
    private final class Builder {
        final int index;
        final Integer section;
        final Paragraph.Kind kind;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<String> original = new ArrayList<>();
        final List<Paragraph.Marker> found = new ArrayList<>();
        boolean caption;

        Builder(int index, Integer section, Paragraph.Kind kind, int line) {
            this.index = index;
            this.section = section;
            this.kind = kind;
            this.line = line;
        }

        boolean joinable() {
            return !caption && !endsSentence(text.toString());
        }

        /** Adds a fragment: repairs it, takes out its markers and queues them for pairing. */
        void append(String raw, String separator) {
            original.add(raw);
            String clean = CjkSpacing.careful(Markup.strip(raw));
            if (separator != null && text.length() > 0) {
                text.append(separator);
            }
            Matcher m = Footnotes.MARKER.matcher(clean);
            int from = 0;
            while (m.find()) {
                appendText(clean.substring(from, m.start()), from == 0 && separator == null);
                Paragraph.Marker marker = new Paragraph.Marker(Footnotes.number(m), text.length());
                if (marker.number() != 1 && marker.number() != lastMarker + 1) {
                    warnings.add(where + ": marker " + marker.number() + " in the paragraph at line " + line + " follows marker " + lastMarker
                            + ": a marker is missing or out of order");
                }
                lastMarker = marker.number();
                found.add(marker);
                markers.addLast(new PendingMarker(index, marker));
                from = m.end();
            }
            appendText(clean.substring(from), from == 0 && separator == null);
        }

        private void appendText(String s, boolean startOfFragment) {
            if (!startOfFragment && text.length() > 0 && !s.isEmpty() && Character.isWhitespace(s.charAt(0))) {
                // "。^① “…": the space stood after the marker, not inside the Chinese text.
                String rest = s.stripLeading();
                int before = text.codePointBefore(text.length());
                if (!rest.isEmpty() && isCjk(before) && isCjk(rest.codePointAt(0))) {
                    s = rest;
                }
            }
            if (startOfFragment) {
                join(text, s);
            } else {
                text.append(s);
            }
        }

        Paragraph build() {
            return new Paragraph(index, section, kind, text.toString(), String.join("\n", original), found, line);
        }
    }
}
