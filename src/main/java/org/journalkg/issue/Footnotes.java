package org.journalkg.issue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Footnote markers: ① … ⑳ (and beyond, ㉑ …), in the body as ^① and at the head of a note. */
public final class Footnotes {

    private static final String CIRCLED = "[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]";

    /** A note line: an optional caret, the circled number, the text. */
    public static final Pattern NOTE = Pattern.compile("^\\^?(" + CIRCLED + ")\\s*(.*)$", Pattern.DOTALL);

    /** A marker in running text. */
    public static final Pattern MARKER = Pattern.compile("\\^(" + CIRCLED + ")");

    private Footnotes() { }

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
