package org.journalkg.issue;

/**
 * Repairs the spaces a PDF conversion leaves inside Chinese text (崔 珩 → 崔珩,
 * 上合组织： 治理 → 上合组织：治理) while keeping spaces between Chinese and Latin or digits
 * (转向东方 2.0, 2026 年), which the journal prints.
 * <pre>
 *   CjkSpacing.prose("俄乌冲突后俄罗斯政治研究中 欧亚主义视角");    // 研究中欧亚主义视角
 *   CjkSpacing.careful("《顺应时代前进潮流 促进世界和平发展》");     // unchanged
 * </pre>
 */
public final class CjkSpacing {

    private CjkSpacing() { }

    /** True for Han ideographs. */
    public static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** True for punctuation set in full width in Chinese text. */
    public static boolean isCjkPunct(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }

    private static boolean isCjk(int c) {
        return isHan(c) || isCjkPunct(c);
    }

    /**
     * For running prose and titles, where a space between two Chinese characters or
     * punctuation marks is never meant: removes every such space.
     */
    public static String prose(String s) {
        return repair(s, false);
    }

    /**
     * For notes and quoted titles, where Chinese uses a space to separate phrases
     * (《顺应时代前进潮流 促进世界和平发展》): removes a space only next to Chinese punctuation
     * or beside a lone ideograph (崔 珩, 结 语).
     */
    public static String careful(String s) {
        return repair(s, true);
    }

    private static String repair(String s, boolean careful) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u3000') {
                int j = i;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\u00A0' || s.charAt(j) == '\u3000')) {
                    j++;
                }
                if (out.length() > 0 && j < n && drop(s, out, j, careful)) {
                    i = j;
                    continue;
                }
                out.append(s, i, j);
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean drop(String s, StringBuilder out, int next, boolean careful) {
        int before = out.codePointBefore(out.length());
        int after = s.codePointAt(next);
        if (!isCjk(before) || !isCjk(after)) {
            return false;
        }
        if (!careful) {
            return true;
        }
        if (isCjkPunct(before) || isCjkPunct(after)) {
            return true;
        }
        boolean loneBefore = out.length() < 2 || !isHan(out.codePointBefore(out.length() - Character.charCount(before)));
        int afterEnd = next + Character.charCount(after);
        boolean loneAfter = afterEnd >= s.length() || !isHan(s.codePointAt(afterEnd));
        return loneBefore || loneAfter;
    }

    /** Removes whitespace between Han characters only: 崔 珩 → 崔珩, A. V. Torkunov unchanged. */
    public static String squeezeHanSpaces(String s) {
        return s.replaceAll("(?<=\\p{IsHan})[\\s\u3000]+(?=\\p{IsHan})", "");
    }

    /** Removes every whitespace character: for names and headings written with letter spacing. */
    public static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }
}
