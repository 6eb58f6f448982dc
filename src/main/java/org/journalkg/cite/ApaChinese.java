package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * APA 7 entries of Chinese works, as citeproc and authors write them:
 * <pre>
 *   王存刚. (2016). 战略环境与国家方略. 北京大学出版社.
 *   高程, &amp; 董青青. (2025). 大国博弈中的拉美地区国家行为逻辑. 世界经济与政治, (10), 18–35.
 *   罗伯特·基欧汉. (2012). 霸权之后 (苏长和, 信强, &amp; 何曜, trans.). 上海人民出版社.
 *   新时代的中国国家安全. (2025, May 12). 中国政府网. https://www.gov.cn/…
 * </pre>
 * Names are literal (a Chinese name is not inverted), separated by ", ", "、", "，" or " &amp; ".
 * The date in parentheses must follow the names or the title at once, so that the journal's
 * house style (王存刚：《书名》，…) and GB/T 7714 (王存刚. 书名[M]. …) are not taken.
 */
final class ApaChinese {

    private static final String NAME = "[\\p{IsHan}·・•]+";
    private static final String SEPARATOR = "\\s*[,，、]\\s*(?:&\\s*)?|\\s+&\\s+";
    private static final Pattern NAMES = Pattern.compile(NAME + "(?:(?:" + SEPARATOR + ")" + NAME + ")*(?:\\s*等)?");
    /** A person: two to four characters, or a transcribed foreign name with its dot (肯尼思·华尔兹). */
    private static final Pattern PERSON = Pattern.compile("\\p{IsHan}{2,4}|[\\p{IsHan}]+[·・•][\\p{IsHan}·・•]+");
    private static final Pattern DATE_AFTER_HEAD = Pattern.compile("[.?!？！]\\s+(?=\\((?:\\d{4}|n\\.\\s?d\\.))");
    private static final Pattern APA_DATE = Pattern.compile("\\((?<y>\\d{4})[a-z]?(?:,\\s*(?<md>[^()]{2,30}))?\\)\\.|\\(n\\.\\s?d\\.\\)\\.");
    private static final Pattern TRANSLATORS = Pattern.compile("\\s*\\((?:[^()]*?;\\s*)?(?<names>[^();]+?),?\\s+(?:trans|Trans)\\.\\)$");
    private static final Pattern CHAPTER = Pattern.compile("In\\s+(?<eds>[^()]+?)\\s*\\((?:[Ee]ds?\\.|编|主编)\\),\\s*(?<book>.+?)(?:\\.\\s+(?<pub>[^.]+))?");
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://\\S+");

    private ApaChinese() { }

    /** The entry read, or null where it is not an APA entry of a Chinese work. */
    static Parsed parse(String s) {
        Matcher at = DATE_AFTER_HEAD.matcher(s);
        if (!at.find()) {
            return null;
        }
        String head = s.substring(0, at.start()).strip();
        String rest = s.substring(at.end());
        Matcher d = APA_DATE.matcher(rest);
        if (head.isEmpty() || !d.lookingAt() || URL.matcher(head).find() || !Fields.hasHan(head + rest)) {
            return null;
        }
        Work w = new Work();
        w.language = "zh";
        w.issued = d.group("y") == null ? null : date(d.group("y"), d.group("md"));
        List<String> parts = sentences(links(rest.substring(d.end()), w));
        boolean names = NAMES.matcher(head).matches();
        // One sentence after the date that names an outlet: the head is a title unless it is a list of persons.
        boolean persons = true;
        for (String n : head.replaceFirst("\\s*等$", "").split(SEPARATOR)) {
            persons &= PERSON.matcher(n.strip()).matches();
        }
        boolean authorless = !names || parts.isEmpty() || parts.size() == 1 && !persons && outlet(parts.get(0));
        String title;
        String tail;
        if (authorless) {
            if (!s.substring(0, at.start() + 1).endsWith(".") && !head.matches(".*[?!？！]$")) {
                return null;
            }
            title = head.endsWith("?") || head.endsWith("？") || head.endsWith("!") || head.endsWith("！") ? head : head.replaceAll("[.。]$", "");
            tail = String.join(". ", parts);
        } else {
            for (String n : head.replaceFirst("\\s*等$", "").split(SEPARATOR)) {
                w.author.add(Name.literal(n.strip()));
            }
            title = parts.get(0);
            tail = String.join(". ", parts.subList(1, parts.size()));
        }
        Matcher tr = TRANSLATORS.matcher(title);
        if (tr.find()) {
            for (String n : tr.group("names").split(SEPARATOR)) {
                if (!n.isBlank()) {
                    w.translator.add(Name.literal(n.strip()));
                }
            }
            title = title.substring(0, tr.start());
        }
        w.title = title.strip();
        Matcher in = CHAPTER.matcher(tail);
        if (in.matches()) {
            // "In 戚振宏 (ed.), 书名. 出版社": a chapter of an edited book.
            for (String n : in.group("eds").split(SEPARATOR)) {
                w.editor.add(Name.literal(n.strip()));
            }
            w.type = "chapter";
            w.containerTitle = in.group("book").strip();
            w.publisher = in.group("pub") == null ? null : Fields.trimEnd(in.group("pub"));
            return w.isCitation() ? new Parsed(w, null) : null;
        }
        AuthorDateStyle.source(tail, w, true);
        return w.isCitation() ? new Parsed(w, null) : null;
    }

    /** A newspaper, a site or an institution: what an entry without an author names after its date. */
    private static boolean outlet(String part) {
        return Types.isOrganization(part) || !"webpage".equals(Types.byOutlet(part)) || part.endsWith("出版社");
    }

    private static String date(String year, String monthDay) {
        if (monthDay != null) {
            String iso = AuthorDateStyle.date(monthDay.strip().replaceAll("^(\\p{L}+\\.?)\\s+(\\d{1,2})", "$1 $2,") + " " + year);
            if (iso != null && iso.startsWith(year)) {
                return iso;
            }
        }
        return year;
    }

    /** Takes the URL and the DOI out; what is left closes without its period. */
    private static String links(String body, Work w) {
        w.doi = Fields.doi(body);
        Matcher u = URL.matcher(body);
        String b = body;
        if (u.find()) {
            w.url = Fields.cleanUrl(u.group().replaceAll("[.,;)]+$", ""));
            b = u.replaceAll(" ");
        }
        return b.replaceAll("\\s+", " ").replaceAll("[\\s,;.]+$", "").strip();
    }

    /** The body split at ". " outside parentheses and quotes: title, then container or publisher. */
    private static List<String> sentences(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if ("(（“‘《[".indexOf(c) >= 0) {
                depth++;
            } else if (")）”’》]".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '.' && depth == 0 && i + 1 < body.length() && body.charAt(i + 1) == ' ') {
                out.add(body.substring(from, i).strip());
                from = i + 1;
            }
        }
        String last = body.substring(from).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        out.removeIf(String::isEmpty);
        return out;
    }
}
