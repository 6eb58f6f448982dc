package org.journalkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web addresses in a text: http(s)://…, www.…, and bare domains with or without a path
 * (mid.ru/en/foreign_policy/…). A name in an address's slug is no mention of the thing named.
 * <pre>
 *   UrlSpans.of("见 https://mid.ru/russia-china 。").covers(10, 16); // true
 * </pre>
 */
final class UrlSpans {

    /** What ends an address: space, angle brackets and quotes around it, Chinese punctuation. */
    private static final String BODY = "[^\\s<>\"“”«»（）【】，。；、！？]*";
    private static final Pattern URL = Pattern.compile(
            "(?i:https?://|www\\.)" + BODY
            // A bare domain: dotted lower-case names ending in a top-level domain of two to six letters.
            + "|(?<![\\p{L}\\p{N}@.\\-_])[a-z0-9][a-z0-9\\-]*(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,6}(?![\\p{L}\\p{N}\\-_])(?:/" + BODY + ")?");

    private final List<int[]> spans;

    private UrlSpans(List<int[]> spans) {
        this.spans = spans;
    }

    static UrlSpans of(String text) {
        List<int[]> spans = new ArrayList<>();
        if (text.indexOf('.') >= 0) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return new UrlSpans(spans);
    }

    /** True where [start, end) overlaps an address. */
    boolean covers(int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
