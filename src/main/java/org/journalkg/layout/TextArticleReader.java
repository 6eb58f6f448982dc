package org.journalkg.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.issue.ArticleAssembler;
import org.journalkg.issue.HeadFields;
import org.journalkg.issue.CjkSpacing;
import org.journalkg.issue.Footnotes;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.read.SourceText;

/**
 * Reads one article written as text: a web or CNKI full text, text saved from Word
 * ({@link Syntax#WEB}), or Markdown from pandoc and PDF converters ({@link Syntax#MARKDOWN}).
 * <pre>
 *   Issue one = TextArticleReader.read(TextReader.read(Path.of("article.txt")), Syntax.WEB);
 * </pre>
 * Both have a title (the first line, or Markdown's {@code #} heading), a byline, labelled head
 * fields with or without 【】 (Markdown's in bold), a body and notes. Web text marks notes
 * {@code [n]}, {@code ［n］}, {@code ^n}, {@code <sup>n</sup>} or ①, and lists them at the end
 * under 注释 / 参考文献 / References, or right after the paragraph that carries the marker;
 * Markdown marks them {@code [^id]} and defines them as {@code [^id]: …}, continued on indented
 * lines. Circled numbers restart on every page of a PDF, so a note pairs with the latest marker
 * of its number that has no note yet.
 */
public final class TextArticleReader {

    /** How the text marks up its structure. */
    public enum Syntax { WEB, MARKDOWN }

    private static final String CIRCLED = "[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]";
    /** Markers in running text. */
    private static final Pattern MARKER = Pattern.compile(
            "\\[\\^([^\\]\\s]+)\\]|\\^?\\[(\\d{1,3})\\]|［(\\d{1,3})］|<sup>\\s*\\[?(\\d{1,3})\\]?\\s*</sup>|\\^(\\d+)|\\^?(" + CIRCLED + ")");
    /** A note at the start of a line: [1] …, ［1］…, 1. …, ① …, ^1 …, [^1]: … . */
    private static final Pattern NOTE_LINE = Pattern.compile(
            "^(?:\\[\\^([^\\]\\s]+)\\]:|\\[(\\d{1,3})\\]|［(\\d{1,3})］|(\\d{1,3})[.．、)）]|[（(](\\d{1,3})[)）]|\\^(\\d{1,3})|\\^?(" + CIRCLED + "))\\s*(.*)$", Pattern.DOTALL);
    /** The heading of a list of notes or references. */
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "^(?:#+\\s*)?(?:\\*\\*)?\\s*[【\\[]?\\s*(注\\s*释|注|尾注|脚注|参\\s*考\\s*文\\s*献|References|Notes|Bibliography|Примечания|Литература|Список литературы|Библиографический список)\\s*[】\\]]?\\s*(?:\\*\\*)?\\s*[：:]?\\s*(?:\\*\\*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EDITOR_LINE = Pattern.compile("^[（(]\\s*(责\\s*任\\s*编\\s*辑|翻\\s*译)\\s*[：:]?\\s*(.+?)\\s*[）)]$");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern MD_DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:\\s*(.*)$");
    private static final Pattern SUBTITLE = Pattern.compile("^(?:——|—|－－|--)\\s*\\S");
    /** A note the journal marks with stars: a name (or 本文系…) and a comma within its first words. */
    private static final Pattern STAR_NOTE = Pattern.compile("^\\*{1,3}\\s*((?:本文系|本文为|本文是|本研究|[^，,。*]{2,40}[，,]).*)$", Pattern.DOTALL);
    private static final Pattern MD_LIST_ITEM = Pattern.compile("^(?:\\d{1,3}[.)]|[-*+]|\\[\\d{1,3}\\])\\s+");
    private static final Pattern MD_LINK = Pattern.compile("(?<!!)\\[([^\\]^][^\\]]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~\"'])");

    private final SourceText source;
    private final Syntax syntax;
    private final ArticleAssembler article;
    /** Per marker number, how often it restarted (circled numbers restart on every page). */
    private final Map<String, Integer> generation = new HashMap<>();
    /** Marker ids that have their note; per number, the ids still waiting for one, oldest first. */
    private final Set<String> noted = new HashSet<>();
    private final Map<String, Deque<String>> waiting = new HashMap<>();
    private int lastNoteLine = -1;
    /** The last ^n marker's number, to read ^172020 as note 17 before 2020. */
    private int lastCaret;
    private String lastNoteId;
    private StringBuilder lastNote;

    private TextArticleReader(SourceText source, Syntax syntax) {
        this.source = source;
        this.syntax = syntax;
        this.article = new ArticleAssembler(source.name());
    }

    public static Issue read(SourceText source, Syntax syntax) {
        return new TextArticleReader(source, syntax).read();
    }

    /** A paragraph of the source: its first line and its lines joined. */
    private record Unit(int line, String text, boolean indented) { }

    private Issue read() {
        List<Unit> units = units();
        int i = 0;
        // Title: Markdown's first heading of level 1, else the first unit.
        int titleLevel = 0;
        while (i < units.size() && units.get(i).text().isBlank()) {
            i++;
        }
        if (i < units.size()) {
            Unit u = units.get(i);
            Matcher h = MD_HEADING.matcher(u.text());
            String title = u.text();
            if (syntax == Syntax.MARKDOWN && h.matches()) {
                titleLevel = h.group(1).length();
                title = h.group(2);
            }
            if (HeadFields.parse(title).isEmpty()) {
                i++;
                // A subtitle on a line of its own: ——走廊治理的制度嵌入与权力重组.
                if (i < units.size() && SUBTITLE.matcher(units.get(i).text()).lookingAt()) {
                    title += units.get(i).text().strip();
                    i++;
                }
                article.title(langOf(title), inline(title), u.line());
            }
        }
        // Byline: a short line of names under the title, before any field or body.
        if (i < units.size() && isByline(units.get(i).text())) {
            article.byline(inline(units.get(i).text()), units.get(i).line());
            i++;
        }
        boolean inNotes = false;
        String notePrefix = "";
        int noteLists = 0;
        for (; i < units.size(); i++) {
            Unit u = units.get(i);
            String text = u.text();
            Matcher editor = EDITOR_LINE.matcher(CjkSpacing.squeezeHanSpaces(text.strip()));
            Matcher heading = NOTES_HEADING.matcher(text.strip());
            if (editor.matches()) {
                flushNote();
                article.field(editor.group(1), editor.group(2), u.line());
                continue;
            }
            if (heading.matches()) {
                flushNote();
                inNotes = true;
                // A second list (notes, then references) numbers afresh: its ids must not meet the first's.
                notePrefix = noteLists++ == 0 ? "" : "list" + noteLists + ":";
                continue;
            }
            Matcher starNote = STAR_NOTE.matcher(inline(text).strip());
            if (starNote.matches()) {
                // * 杨洁勉，…: an author note as the journal prints it; *本文系…: a funding note.
                flushNote();
                String note = starNote.group(1);
                if (note.matches("^(本文系|本文为|本文是|本研究).*")) {
                    article.fundingNote(note);
                } else {
                    article.authorNote(note);
                }
                continue;
            }
            List<HeadFields.Field> fields = HeadFields.parse(text);
            if (!fields.isEmpty()) {
                flushNote();
                for (HeadFields.Field f : fields) {
                    article.field(f.label(), inline(f.value()), u.line());
                }
                continue;
            }
            Matcher def = syntax == Syntax.MARKDOWN ? MD_DEFINITION.matcher(text) : null;
            if (def != null && def.matches()) {
                flushNote();
                startNote(def.group(1), def.group(2), u.line());
                continue;
            }
            if (syntax == Syntax.MARKDOWN && u.indented() && lastNote != null) {
                lastNote.append(' ').append(text.strip());
                continue;
            }
            Matcher note = NOTE_LINE.matcher(text.strip());
            if (note.matches() && (inNotes || isInlineNote(note))) {
                flushNote();
                String n = firstGroup(note, 7);
                String id = inNotes ? notePrefix + normalize(n) : idForNote(n);
                startNote(id, note.group(8), u.line());
                continue;
            }
            if (inNotes && lastNote != null) {
                // A note that runs on over several lines of the list.
                lastNote.append(' ').append(text.strip());
                continue;
            }
            flushNote();
            Matcher md = syntax == Syntax.MARKDOWN ? MD_HEADING.matcher(text) : null;
            if (md != null && md.matches()) {
                int level = Math.max(1, md.group(1).length() - Math.max(1, titleLevel));
                article.heading(level, inline(md.group(2)), u.line());
                continue;
            }
            if (!inNotes) {
                article.block(markers(inline(text)), u.line());
            }
        }
        flushNote();
        return article.finish();
    }

    /**
     * Web text has a paragraph a line; Markdown has paragraphs between blank lines, and a note
     * definition runs on in indented lines.
     */
    private List<Unit> units() {
        String[] lines = source.text().split("\n", -1);
        List<Unit> out = new ArrayList<>();
        if (syntax == Syntax.WEB) {
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].replace('\u00A0', ' ').strip();
                if (!l.isEmpty()) {
                    out.add(new Unit(i + 1, l, false));
                }
            }
            return out;
        }
        StringBuilder cur = null;
        int start = 0;
        boolean indented = false;
        for (int i = 0; i <= lines.length; i++) {
            String raw = i < lines.length ? lines[i].replace('\u00A0', ' ') : "";
            String l = raw.strip();
            // A heading, a note definition or a list item starts a paragraph of its own.
            boolean breaks = l.isEmpty() || MD_HEADING.matcher(l).matches() || MD_DEFINITION.matcher(l).matches()
                    || MD_LIST_ITEM.matcher(l).lookingAt();
            if (cur != null && breaks) {
                out.add(new Unit(start, cur.toString(), indented));
                cur = null;
            }
            if (l.isEmpty()) {
                continue;
            }
            if (cur == null) {
                cur = new StringBuilder(l);
                start = i + 1;
                indented = raw.startsWith("    ") || raw.startsWith("\t");
                if (MD_HEADING.matcher(l).matches()) {
                    out.add(new Unit(start, l, false));
                    cur = null;
                }
            } else {
                joinLine(cur, l);
            }
        }
        return out;
    }

    /** Lines of one paragraph: Chinese runs on without a space, other scripts with one. */
    private static void joinLine(StringBuilder b, String next) {
        int last = b.codePointBefore(b.length());
        int first = next.codePointAt(0);
        boolean cjk = (CjkSpacing.isHan(last) || CjkSpacing.isCjkPunct(last)) && (CjkSpacing.isHan(first) || CjkSpacing.isCjkPunct(first));
        if (!cjk) {
            b.append(' ');
        }
        b.append(next);
    }

    private boolean isByline(String text) {
        String t = inline(text).strip();
        if (t.isEmpty() || t.length() > 60 || !HeadFields.parse(t).isEmpty() || NOTES_HEADING.matcher(t).matches()) {
            return false;
        }
        if (syntax == Syntax.MARKDOWN && t.startsWith("#")) {
            return false;
        }
        // Names, not a sentence: no sentence punctuation, no heading numbering.
        return !t.matches(".*[。！？；：:!?].*") && !t.matches("^[一二三四五六七八九十]+、.*") && !t.matches(".*\\d{3,}.*");
    }

    /**
     * Markdown's inline markup that carries no text: a link becomes its text (in a note, its
     * text and address, which a citation needs), an escape its character.
     */
    private String inline(String text) {
        return inline(text, false);
    }

    private String inline(String text, boolean note) {
        if (syntax != Syntax.MARKDOWN) {
            return text;
        }
        String s = MD_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).equals(m.group(2)) || note ? (m.group(1).equals(m.group(2)) ? m.group(2) : m.group(1) + " " + m.group(2))
                        : m.group(1)));
        return MD_ESCAPE.matcher(s).replaceAll("$1").replace("__", "");
    }

    /** Markers in running text → the assembler's tokens, ids matching the notes' ids. */
    private String markers(String text) {
        Matcher m = MARKER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String n = firstGroup(m, 6);
            String after = "";
            if (m.group(5) != null) {
                n = caretNumber(m.group(5));
                after = m.group(5).substring(n.length());
            }
            String id = m.group(1) != null ? n : idForMarker(n, m.group(6) != null);
            m.appendReplacement(b, Matcher.quoteReplacement(ArticleAssembler.marker(id) + after));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * The number of a ^n marker whose digits run on into the text (^172020 年: note 17, then the
     * year): the number that follows the previous one where the digits start with it, else the
     * longest of up to three digits.
     */
    private String caretNumber(String digits) {
        String next = String.valueOf(lastCaret + 1);
        String n = digits.startsWith(next) ? next : digits.substring(0, Math.min(3, digits.length()));
        lastCaret = Integer.parseInt(n);
        return n;
    }

    /**
     * A marker's id: its number, and the page (generation) it is on where numbers restart. A
     * circled number met again before its note is the next page's: a paragraph cut by a page
     * break carries the markers of both pages before either page's notes.
     */
    private String idForMarker(String n, boolean circled) {
        String key = normalize(n);
        Deque<String> queue = waiting.computeIfAbsent(key, k -> new ArrayDeque<>());
        String id = id(key);
        if (noted.contains(id) || (circled && queue.contains(id))) {
            generation.merge(key, 1, Integer::sum);
            id = id(key);
        }
        if (!queue.contains(id)) {
            queue.addLast(id);
        }
        return id;
    }

    /** A note pairs with the oldest marker of its number still waiting for one. */
    private String idForNote(String n) {
        String key = normalize(n);
        Deque<String> queue = waiting.getOrDefault(key, new ArrayDeque<>());
        String id = queue.isEmpty() ? id(key) : queue.pollFirst();
        noted.add(id);
        return id;
    }

    private String id(String key) {
        int g = generation.getOrDefault(key, 0);
        return g == 0 ? key : key + "#" + (g + 1);
    }

    /** ① and 1 are the same note number. */
    private static String normalize(String n) {
        return n.length() == 1 && !Character.isDigit(n.charAt(0)) ? String.valueOf(Footnotes.number(n)) : n;
    }

    /** A numbered line in the body is a note only where a marker of that number waits for one. */
    private boolean isInlineNote(Matcher note) {
        // Only the forms markers take: "1." and "（1）" in the body are enumerations.
        boolean markerForm = note.group(2) != null || note.group(3) != null || note.group(6) != null || note.group(7) != null;
        return markerForm && !waiting.getOrDefault(normalize(firstGroup(note, 7)), new ArrayDeque<>()).isEmpty();
    }

    private void startNote(String id, String text, int line) {
        lastNoteId = id;
        lastNote = new StringBuilder(text.strip());
        lastNoteLine = line;
    }

    private void flushNote() {
        if (lastNote != null) {
            article.note(lastNoteId, inline(lastNote.toString(), true), lastNoteLine);
            lastNote = null;
        }
    }

    private static String firstGroup(Matcher m, int upTo) {
        for (int g = 1; g <= upTo; g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static Lang langOf(String s) {
        if (s.matches("(?s).*\\p{IsHan}.*")) {
            return Lang.ZH;
        }
        return s.matches("(?s).*\\p{IsCyrillic}.*") ? Lang.RU : Lang.EN;
    }
}
