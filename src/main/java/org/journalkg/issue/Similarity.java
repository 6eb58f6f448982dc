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

    /**
     * The edit distance where it is at most {@code limit}, else some number above it: only the
     * diagonal band the limit allows is computed, and the work stops once the band exceeds it.
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length(), i + limit);
            cur[0] = Math.min(i, over);
            if (from > 1) {
                cur[from - 1] = over;
            }
            int best = cur[0] <= limit && from == 1 ? cur[0] : over;
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                best = Math.min(best, cur[j]);
            }
            if (to < b.length()) {
                cur[to + 1] = over;
            }
            if (best > limit) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], over);
    }

    /** 0 for equal keys, 1 for nothing in common. */
    public static double difference(String a, String b) {
        String x = key(a);
        String y = key(b);
        int max = Math.max(x.length(), y.length());
        return max == 0 ? 0 : (double) distance(x, y) / max;
    }
}
