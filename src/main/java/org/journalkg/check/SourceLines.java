package org.journalkg.check;

import java.util.List;

/**
 * Finds the line of a file that holds a piece of text the reader took from it. The reader joins
 * lines broken inside a paragraph and drops stray spaces, so both sides are compared without
 * any whitespace; a shorter start of the text is tried where the whole is not found (a note's
 * marker or a repaired space may differ).
 * <pre>
 *   SourceLines s = new SourceLines(List.of("第一行", "内容 提要：俄罗斯"));
 *   s.lineOf("内容提要", 1);   // 2
 * </pre>
 */
public final class SourceLines {

    /** No lines to search (a Word file): every lookup answers 0, "not known". */
    public static final SourceLines NONE = new SourceLines(List.of());

    private final List<String> lines;
    private final String compact;
    /** compact index → 1-based line. */
    private final int[] lineAt;

    public SourceLines(List<String> lines) {
        this.lines = List.copyOf(lines);
        StringBuilder b = new StringBuilder();
        int total = lines.stream().mapToInt(String::length).sum();
        int[] at = new int[total + 1];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (!Character.isWhitespace(c) && c != '\u3000') {
                    b.append(c);
                    at[n++] = i + 1;
                }
            }
        }
        this.compact = b.toString();
        this.lineAt = java.util.Arrays.copyOf(at, n);
    }

    /** Line N (1-based) as it stands in the file; "" where there is no such line. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    /** The whole text again, its lines joined by line breaks. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The lines of a text as a reader saw them. */
    public static SourceLines of(String text) {
        return new SourceLines(text.lines().toList());
    }

    /**
     * The first line at or after {@code fromLine} where {@code text} starts, or failing that
     * anywhere in the file; 0 where it is not found.
     */
    public int lineOf(String text, int fromLine) {
        String c = text == null ? "" : strip(text);
        for (int len : new int[] {c.length(), 24, 12, 6}) {
            int line = len == 0 || len > c.length() ? 0 : find(c.substring(0, len), fromLine);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    /** As {@link #lineOf}, but only where the whole text is found (no shorter start of it). */
    public int exactLineOf(String text, int fromLine) {
        return text == null ? 0 : find(strip(text), fromLine);
    }

    /** The line where a probe without whitespace starts, at or after fromLine or else anywhere; 0 where it is not. */
    private int find(String probe, int fromLine) {
        if (probe.isEmpty() || lineAt.length == 0) {
            return 0;
        }
        int i = compact.indexOf(probe, firstIndexAtLine(Math.max(1, fromLine)));
        if (i < 0) {
            i = compact.indexOf(probe);
        }
        return i < 0 ? 0 : lineAt[i];
    }

    private int firstIndexAtLine(int line) {
        int lo = 0;
        int hi = lineAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lineAt[mid] < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (!Character.isWhitespace(ch) && ch != '\u3000') {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
