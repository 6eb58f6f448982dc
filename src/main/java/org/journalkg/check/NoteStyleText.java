package org.journalkg.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.issue.CjkSpacing;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Footnotes;

/**
 * The text a note-style rule looks at: the note as the source prints it (italics kept as
 * {@code *…*}), cut into one piece per cited work, and each piece's title located with the
 * marks around it.
 */
final class NoteStyleText {

    static final Pattern URL = Pattern.compile("<?(?:https?|ftp)://[^\\s>；;]+>?");
    /** Where a citation starts after commentary or a cue word. */
    private static final Pattern START = Pattern.compile("。|参见|可参考|参考|详见|转引自|(?<![\\p{L}])(?:See also|See|Cf\\.|См\\.\\s*также|См\\.)\\s");

    private NoteStyleText() { }

    /** The note with its marker off, markup kept, on one line. */
    static String markup(Footnote f) {
        String block = f.original() == null ? f.text() : f.original().replace('\n', ' ');
        Matcher m = Footnotes.note(block);
        String body = m != null ? m.group("text") : block;
        return CjkSpacing.careful(body.replace("^", "").replaceAll("\\s+", " ").strip());
    }

    /** The note split at ； and ; standing outside quotes, brackets, italics and addresses. */
    static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean italic = false;
        boolean straight = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (depth == 0 && s.startsWith("http", i)) {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '；') {
                    end++;
                }
                if (end > i && s.charAt(end - 1) == ';') {
                    end--;
                }
                cur.append(s, i, end);
                i = end - 1;
                continue;
            }
            if ("“《«(（[‘".indexOf(c) >= 0) {
                depth++;
            } else if ("”》»)）]’".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '*') {
                italic = !italic;
            } else if (c == '"') {
                straight = !straight;
            }
            if (depth == 0 && !italic && !straight && (c == '；' || c == ';')) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    /** Text without whitespace, with the index in the original of each kept character. */
    record Compact(String text, int[] at) {
        static Compact of(String s) {
            StringBuilder b = new StringBuilder();
            int[] at = new int[s.length()];
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u3000' && c != '*') {
                    b.append(c);
                    at[n++] = i;
                }
            }
            return new Compact(b.toString(), java.util.Arrays.copyOf(at, n));
        }
    }

    static String compact(String s) {
        return Compact.of(s).text();
    }

    /**
     * Where a title stands in a piece: its start and end in the piece, the mark that opens it
     * ('《', '“', '"', '*', '«' or 0 for none) and the text before and after its marks.
     */
    record Located(int start, int end, char open, String head, String tail) { }

    static Located locate(String piece, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        Compact c = Compact.of(piece);
        String t = compact(title);
        int k = c.text().indexOf(t);
        if (k < 0 || t.isEmpty() || c.text().indexOf(t, k + 1) >= 0) {
            return null;
        }
        int start = c.at()[k];
        int end = c.at()[k + t.length() - 1] + 1;
        // A title's own full stop, question mark or closing italics may stand before its mark.
        int before = start;
        while (before > 0 && piece.charAt(before - 1) == ' ') {
            before--;
        }
        char open = 0;
        if (before > 0 && "《“\"*«".indexOf(piece.charAt(before - 1)) >= 0) {
            open = piece.charAt(before - 1);
            before--;
        }
        int after = end;
        while (after < piece.length() && ".?!。？！, ".indexOf(piece.charAt(after)) >= 0 && after - end < 2) {
            after++;
        }
        char close = open == '《' ? '》' : open == '“' ? '”' : open == '«' ? '»' : open;
        if (open != 0) {
            if (after < piece.length() && piece.charAt(after) == close) {
                after++;
            } else if (end < piece.length() && piece.charAt(end) == close) {
                after = end + 1;
            } else {
                // An opening mark without its closing one right after the title: not where we think.
                return null;
            }
        } else {
            after = end;
        }
        return new Located(start, end, open, piece.substring(0, before), piece.substring(after));
    }

    /** The citation's own text: the piece from the start of the work (after commentary and cue words). */
    static String own(String piece, Located at) {
        String head = at.head();
        Matcher m = START.matcher(head);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return piece.substring(from).strip();
    }

    static String withoutUrls(String s) {
        return URL.matcher(s).replaceAll(" ");
    }

    /** The text outside 《》, “” and ‘’ (titles and quotations may use any punctuation). */
    static String outsideQuotes(String s) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("《“‘".indexOf(c) >= 0) {
                depth++;
            } else if ("》”’".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
