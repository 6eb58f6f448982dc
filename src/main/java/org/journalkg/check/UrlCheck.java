package org.journalkg.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Paragraph;

/**
 * Web addresses in the notes:
 * <ul>
 * <li>tracking parameters (utm_*, ysclid, yclid, fbclid, gclid, spm, WeChat's from=timeline …),
 *     in the notes or the text: warning, the address should be cited without them;</li>
 * <li>an address broken by a space or line break (inside {@code <…>}, or a bare address whose cut
 *     end — "-", "_", "=", "/" … — goes on after the space), or cut by a page break (an open
 *     {@code <https://…} that is never closed, a bare address ending the note on "-", "_", "=",
 *     "&" or "%", or its tail standing alone in the text after the page's notes): error;</li>
 * <li>a web source (the part of a note, between "；", that holds an address other than a DOI's)
 *     with no date of publication or access — not even a year — outside its titles and addresses:
 *     warning. A year is taken as enough: a report or a book online is dated by its year.</li>
 * </ul>
 */
final class UrlCheck implements Check {

    /** An address as a note prints it, up to a space or a character no address holds. */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"“”‘’«»，。；、（）《》「」【】\u3000]+",
            Pattern.CASE_INSENSITIVE);
    /** An address in angle brackets (markdown) with a space or line break inside it. */
    private static final Pattern ANGLE_BROKEN = Pattern.compile("<((?:https?|ftp)://[^<>\\s]*)(\\s+)([^<>\\s\\p{IsHan}]+)>");
    /** An address in angle brackets opened at the end of the note and never closed. */
    private static final Pattern ANGLE_OPEN = Pattern.compile("<((?:https?|ftp)://[^<>\\s]+)\\s*$");
    /** A bare address that ends the note in the middle: on "-", "_", "=", "&" or "%". */
    private static final Pattern BARE_CUT = Pattern.compile("(?<![<\\w/])((?:https?|ftp)://[^\\s<>]*([-_=&%]))$");
    /** What may continue a bare address after a space: address characters only. */
    private static final Pattern TAIL = Pattern.compile("^[A-Za-z0-9\\-._~%/?=&#+]+");
    /** A tail of an address standing alone at the start of a text fragment. */
    private static final Pattern LONE_TAIL = Pattern.compile("^\\s*([A-Za-z0-9\\-._~%/?=&#+:]+)>(?=\\s|$|[，。；,;.])");
    private static final Pattern LONE_FRAGMENT = Pattern.compile("^\\s*([A-Za-z0-9\\-._~%/?=&#+]*[/][A-Za-z0-9\\-._~%/?=&#+]*)\\s*$");

    private static final Set<String> TRACKING = Set.of("ysclid", "yclid", "fbclid", "gclid", "gclsrc", "dclid", "msclkid",
            "mc_cid", "mc_eid", "igshid", "_openstat", "spm", "spm_id_from", "vd_source", "share_source", "share_medium",
            "share_token", "share_from", "sharer_shareid", "sharer_sharetime", "sharer_sharedid", "isappinstalled", "wt.mc_id",
            "utm", "_hsenc", "_hsmi", "mkt_tok");
    private static final Pattern SHARE_FROM = Pattern.compile("(?i)(timeline|singlemessage|groupmessage|share|copylink|wechat|weixin|message)");

    private static final String EN_MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String RU_MONTH = "(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв\\.|февр?\\.|мар\\.|апр\\.|авг\\.|сент?\\.|окт\\.|нояб?\\.|дек\\.)\\p{L}*";
    /** A date of publication or access, or the words that introduce one. */
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}\\s*年\\s*\\d{1,2}\\s*月"
                    + "|(?<!\\d)\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?(?!\\d)"
                    + "|(?<!\\d)\\d{1,2}[./]\\d{1,2}[./]\\d{4}(?!\\d)"
                    + "|(?<![\\p{L}\\d])\\d{1,2}\\s+" + RU_MONTH + "\\s+\\d{4}"
                    + "|(?<!\\p{L})" + RU_MONTH + "\\s+\\d{4}"
                    + "|\\b" + EN_MONTH + "\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}"
                    + "|\\b\\d{1,2}\\s+" + EN_MONTH + ",?\\s+\\d{4}"
                    + "|访问日期|浏览日期|登录时间|引用日期|检索日期|访问时间|查询日期|获取日期"
                    + "|(?<![\\d.])(?:19|20)\\d{2}(?!\\d)"
                    + "|дата\\s+обращения|дата\\s+доступа|(?i:accessed|retrieved|access\\s+date|viewed\\s+on|last\\s+visited)",
            Pattern.UNICODE_CASE);
    /** Titles, whose dates are not the source's: 《…》, “…”, «…», "…". */
    private static final Pattern TITLE = Pattern.compile("《[^》]*》|“[^”]*”|«[^»]*»|\"[^\"]*\"");

    @Override
    public Kind kind() {
        return Kind.URL;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        for (Article a : input.issue().articles()) {
            for (Footnote f : a.footnotes()) {
                note(input, a, f, out);
            }
            for (Paragraph p : a.paragraphs()) {
                tails(input, a, p, out);
                trackedInText(input, a, p, out);
            }
        }
        return out;
    }

    private static void note(CheckInput input, Article a, Footnote f, List<Finding> out) {
        String original = f.original() == null ? f.text() : f.original();
        Set<String> broken = new LinkedHashSet<>();
        Matcher angle = ANGLE_BROKEN.matcher(original);
        while (angle.find()) {
            String shown = angle.group(1) + " " + angle.group(3);
            broken.add(shown);
        }
        for (String b : broken) {
            out.add(finding(input, a, f, Severity.ERROR,
                    "The web address is broken by a space or line break; join it into one address.", b));
        }
        Matcher open = ANGLE_OPEN.matcher(original.strip());
        if (open.find()) {
            out.add(finding(input, a, f, Severity.ERROR,
                    "The web address is cut off at the end of the note (its closing '>' and perhaps its end are missing); give it whole.",
                    open.group(1)));
        }
        Matcher bareEnd = BARE_CUT.matcher(original.strip());
        if (!open.find(0) && bareEnd.find()) {
            out.add(finding(input, a, f, Severity.ERROR,
                    "The web address breaks off at the end of the note (it ends in '" + bareEnd.group(2) + "'); give it whole.",
                    bareEnd.group(1)));
        }
        Matcher m = URL.matcher(original);
        while (m.find()) {
            String url = trim(m.group());
            int end = m.start() + url.length();
            if (broken.stream().anyMatch(b -> b.startsWith(url))) {
                continue;
            }
            String tail = bareTail(url, original, end);
            if (tail != null) {
                out.add(finding(input, a, f, Severity.ERROR,
                        "The web address is broken by a space or line break; join it into one address.", url + " " + tail));
            }
            List<String> tracking = tracking(url);
            if (!tracking.isEmpty()) {
                out.add(finding(input, a, f, Severity.WARNING,
                        "The web address carries tracking parameter" + (tracking.size() > 1 ? "s " : " ") + String.join(", ", tracking)
                                + "; cite the address without " + (tracking.size() > 1 ? "them." : "it."), url));
            }
        }
        for (String source : segments(f.text())) {
            if (web(source) && !dated(source)) {
                out.add(finding(input, a, f, Severity.WARNING,
                        "The web source gives no date of publication or access; add one (e.g. 2025年3月5日, 访问日期, дата обращения, accessed).",
                        MarkersCheck.shorten(source)));
            }
        }
    }

    /** The continuation of a bare address after a space, where the address certainly goes on; else null. */
    private static String bareTail(String url, String text, int end) {
        if (end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
            return null;
        }
        int from = end;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        Matcher t = TAIL.matcher(text.substring(from));
        if (!t.find()) {
            return null;
        }
        String tail = t.group().replaceAll("[.,;:]+$", "");
        int after = from + t.group().length();
        // The tail must be a whole word (not the start of "2025 г." or "pp.12").
        if (after < text.length() && !Character.isWhitespace(text.charAt(after)) && ">)，。；,;".indexOf(text.charAt(after)) < 0) {
            return null;
        }
        if (tail.length() < 2 || tail.regionMatches(true, 0, "http", 0, 4) || tail.regionMatches(true, 0, "www.", 0, 4)) {
            return null;
        }
        char last = url.charAt(url.length() - 1);
        boolean cutEnd = "-_=&?%~".indexOf(last) >= 0;
        boolean tailOfPath = "-_/=&?%#".indexOf(tail.charAt(0)) >= 0 && Character.isLetterOrDigit(tail.charAt(1));
        boolean pathLike = (tail.contains("/") && tail.matches(".*[A-Za-z].*"))
                || tail.matches("(?i).*\\.(s?html?|php|aspx?|jsp|pdf)") || tail.contains("=");
        if ((cutEnd && Character.isLetterOrDigit(tail.charAt(0))) || tailOfPath || (pathLike && !tail.startsWith("."))) {
            return tail;
        }
        return null;
    }

    /** The end of an address cut by a page break, left at the head of a fragment of the text. */
    private static void tails(CheckInput input, Article a, Paragraph p, List<Finding> out) {
        if (p.original() == null || p.kind() == Paragraph.Kind.TABLE) {
            return;
        }
        for (String fragment : p.original().split("\n")) {
            Matcher m = LONE_TAIL.matcher(fragment);
            String tail = m.find() ? m.group(1) : null;
            if (tail == null) {
                Matcher whole = LONE_FRAGMENT.matcher(fragment);
                tail = whole.matches() && whole.group(1).matches(".*[A-Za-z].*") ? whole.group(1) : null;
            }
            if (tail != null && !tail.matches("(?i)(https?|ftp)://.*")) {
                String ev = fragment.strip().length() <= 120 ? fragment.strip() : tail;
                int line = input.lines().lineOf(ev, p.firstLine());
                out.add(new Finding(input.file(), line > 0 ? line : p.firstLine(), CheckInput.page(a), Kind.URL, Severity.ERROR,
                        "The end of a web address stands apart from its note (cut by a page break); join it to the address in the note.",
                        ev));
            }
        }
    }

    /** An address with tracking parameters in the body of the article. */
    private static void trackedInText(CheckInput input, Article a, Paragraph p, List<Finding> out) {
        Matcher m = URL.matcher(p.text());
        while (m.find()) {
            String url = trim(m.group());
            List<String> tracking = tracking(url);
            if (!tracking.isEmpty()) {
                String ev = url.length() <= 200 ? url : url.substring(0, 199) + "…";
                int line = input.lines().lineOf(url, p.firstLine());
                out.add(new Finding(input.file(), line > 0 ? line : p.firstLine(), CheckInput.page(a), Kind.URL, Severity.WARNING,
                        "The web address carries tracking parameter" + (tracking.size() > 1 ? "s " : " ") + String.join(", ", tracking)
                                + "; cite the address without " + (tracking.size() > 1 ? "them." : "it."), ev));
            }
        }
    }

    /** The tracking parameters of an address's query and fragment. */
    static List<String> tracking(String url) {
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        int start = q >= 0 ? q : h;
        if (start < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String param : url.substring(start + 1).split("[&#?]")) {
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            boolean track = name.startsWith("utm_") || TRACKING.contains(name)
                    || (name.equals("from") && SHARE_FROM.matcher(value).matches())
                    || name.startsWith("sharer_");
            if (track && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The parts of a note that cite one work each: split at "；" and at "; " outside addresses. */
    private static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("；|;\\s+")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** True where a part of a note cites a web page: it holds an address that is not a DOI's. */
    static boolean web(String source) {
        Matcher m = URL.matcher(source);
        while (m.find()) {
            if (!m.group().toLowerCase(Locale.ROOT).matches("(?:https?://)?(?:dx\\.)?doi\\.org/.*")) {
                return true;
            }
        }
        return false;
    }

    /** True where the source names a date outside its titles and addresses. */
    static boolean dated(String source) {
        String rest = URL.matcher(source).replaceAll(" ");
        rest = TITLE.matcher(rest).replaceAll(" ");
        return DATE.matcher(rest).find();
    }

    private static String trim(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?)]}'*>".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static Finding finding(CheckInput input, Article a, Footnote f, Severity severity, String message, String evidence) {
        String ev = evidence.length() <= 200 ? evidence : evidence.substring(0, 199) + "…";
        return new Finding(input.file(), f.line(), CheckInput.page(a), Kind.URL, severity, message, ev);
    }
}
