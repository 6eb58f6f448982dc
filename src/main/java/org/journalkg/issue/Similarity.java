package org.journalkg.issue;

import java.text.Normalizer;
import java.util.Locale;

/** Edit distance over letters and digits only, case- and width-insensitive. */
public final class Similarity {

    private Similarity() { }

    /** Letters and digits, lower case, NFKC (full-width → half-width). */
    public static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 0 for equal keys, 1 for nothing in common. */
    public static double difference(String a, String b) {
        String x = key(a);
        String y = key(b);
        int max = Math.max(x.length(), y.length());
        return max == 0 ? 0 : (double) distance(x, y) / max;
    }
}
