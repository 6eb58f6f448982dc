package org.journalkg.check;

/**
 * How the journal's rules count a text ("300–500 字", "2 万–2.5 万字"): every character that is
 * not a space, as a Chinese editor's word processor counts 字 (punctuation included; a Latin
 * word or a number counts each of its letters or digits).
 */
final class Counting {

    private Counting() { }

    static int characters(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && !Character.isISOControl(c)) {
                n++;
            }
            i += Character.charCount(c);
        }
        return n;
    }

    /** 21,345 */
    static String thousands(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
