package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pieces every citation style shares: URLs, DOIs, page locators, top-level splitting. */
final class Fields {

    static final Pattern URL = Pattern.compile("<?((?:https?|ftp)://[^\\s<>（）]+?)>?(?=[\\s，,;；。）)]*$|[\\s，;；）)]|>|$)");
    static final Pattern DOI = Pattern.compile("(?:doi\\.org/|doi:\\s*|DOI:\\s*)(10\\.\\d{4,9}/[^\\s<>,;]+?)(?=[.,;]?(?:\\s|$|>))", Pattern.CASE_INSENSITIVE);
    /** Query parameters that track a click, not part of what a URL identifies. */
    private static final Pattern TRACKING = Pattern.compile("^(?:ysclid|utm_[a-z_]+|sphrase_id|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|main_click|utm_referrer)(?:=.*)?$", Pattern.CASE_INSENSITIVE);

    private Fields() { }

    /** A URL with click-tracking parameters (ysclid, utm_*, sphrase_id, …) removed. */
    static String cleanUrl(String url) {
        String u = url.replaceAll("[.。,，;；]+$", "");
        int q = u.indexOf('?');
        if (q < 0) {
            return u;
        }
        String base = u.substring(0, q);
        String query = u.substring(q + 1);
        String fragment = "";
        int hash = query.indexOf('#');
        if (hash >= 0) {
            fragment = query.substring(hash);
            query = query.substring(0, hash);
        }
        List<String> kept = new ArrayList<>();
        for (String p : query.split("&")) {
            if (!p.isEmpty() && !TRACKING.matcher(p).matches()) {
                kept.add(p);
            }
        }
        return base + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + fragment;
    }

    /** The URL as a key: no scheme, no www., no trailing slash, lower-case host. */
    static String urlKey(String url) {
        if (url == null) {
            return null;
        }
        String u = cleanUrl(url).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        u = u.replaceAll("/+$", "").replaceAll("/\\?", "?");
        int slash = u.indexOf('/');
        return slash < 0 ? u.toLowerCase(Locale.ROOT) : u.substring(0, slash).toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "") + u.substring(slash);
    }

    /** Takes the first URL out of a text; returns [text without it, url] (url may be null). */
    static String[] takeUrl(String s) {
        Matcher m = Pattern.compile("<((?:https?|ftp)://[^>]+)>|((?:https?|ftp)://[^\\s<>]+)").matcher(s);
        if (!m.find()) {
            return new String[] {s, null};
        }
        String url = m.group(1) != null ? m.group(1) : m.group(2);
        url = url.replaceAll("[.。,，;；）)]+$", "");
        String rest = (s.substring(0, m.start()) + " " + s.substring(m.end())).strip();
        // Everything after the URL but punctuation goes: URLs close a citation.
        rest = rest.replaceAll("[（(]\\s*[）)]", "").replaceAll("\\s+[.。]?$", "").strip();
        return new String[] {rest, cleanUrl(url)};
    }

    static String doi(String s) {
        Matcher m = DOI.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Splits at the separators that stand outside quotes, brackets, italics and URLs.
     * The separators are single characters.
     */
    static List<String> splitTop(String s, String separators) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean italic = false;
        boolean straightQuote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (s.startsWith("http", i) && depth == 0) {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>' && s.charAt(end) != '；') {
                    end++;
                }
                cur.append(s, i, end);
                i = end - 1;
                continue;
            }
            if ("“《«(（[‘「".indexOf(c) >= 0) {
                depth++;
            } else if ("”》»)）]’」".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '*') {
                italic = !italic;
            } else if (c == '"') {
                straightQuote = !straightQuote;
            }
            if (depth == 0 && !italic && !straightQuote && separators.indexOf(c) >= 0) {
                if (!cur.toString().isBlank()) {
                    out.add(cur.toString().strip());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    /** Trailing punctuation of a field. */
    static String trimEnd(String s) {
        return s == null ? null : s.strip().replaceAll("[\\s.。,，;；:：]+$", "").strip();
    }

    static String unitalic(String s) {
        return s == null ? null : s.replace("*", "").strip();
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Normalized page: en dashes and spaces out (56–86 → 56-86). */
    static String pages(String s) {
        return s.replaceAll("\\s+", "").replaceAll("[–—－~]", "-");
    }

    static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static int count(String s, Character.UnicodeScript script) {
        return (int) s.codePoints().filter(c -> Character.UnicodeScript.of(c) == script).count();
    }
}
