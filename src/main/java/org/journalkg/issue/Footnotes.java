package org.journalkg.issue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote markers: ① … ⑳ (and beyond, ㉑ …), in the body as ^① and at the head of a note; some
 * conversions number them [1] or ［1］ instead (in the body ^[1] or [1]). Groups: {@code c}, {@code b} or
 * {@code f} the number as printed (see {@link #number(Matcher)}), {@code text} the note.
 */
public final class Footnotes {

    private static final String CIRCLED = "[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]";

    /** A note line: an optional caret, the number (circled or in brackets), the text. */
    public static final Pattern NOTE = Pattern.compile(
            "^\\^?(?:(?<c>" + CIRCLED + ")|\\[(?<b>\\d{1,3})\\]|［(?<f>\\d{1,3})］)\\s*(?<text>.*)$", Pattern.DOTALL);

    /** A marker in running text: ^①, ^[1] or [1]. */
    public static final Pattern MARKER = Pattern.compile(
            "\\^(?<c>" + CIRCLED + ")|\\^?\\[(?<b>\\d{1,3})\\]|\\^?［(?<f>\\d{1,3})］");

    private Footnotes() { }

    /** The number a NOTE or MARKER match printed: ① → 1, [12] → 12. */
    public static int number(Matcher m) {
        return m.group("c") != null ? number(m.group("c")) : Integer.parseInt(m.group("b") != null ? m.group("b") : m.group("f"));
    }

    /** ① → 1, ⑳ → 20, ㉑ → 21, ㊿ → 50. */
    public static int number(String circled) {
        int c = circled.codePointAt(0);
        if (c >= 0x2460 && c <= 0x2473) {
            return c - 0x2460 + 1;
        }
        if (c >= 0x3251 && c <= 0x325F) {
            return c - 0x3251 + 21;
        }
        return c - 0x32B1 + 36;
    }

    public static boolean isNote(String block) {
        return NOTE.matcher(block).matches();
    }

    public static Matcher note(String block) {
        Matcher m = NOTE.matcher(block);
        return m.matches() ? m : null;
    }
}
