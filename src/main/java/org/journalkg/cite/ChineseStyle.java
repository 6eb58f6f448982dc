package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal's own note style for Chinese sources:
 * <pre>
 *   作者：《书名》，地点：出版社，年份，第 X 页。
 *   作者：“篇名”，《刊名》，2025 年第 10 期，第 56-86 页。
 *   作者：“篇名”，《人民日报》，2024 年 10 月 25 日第 2 版。
 *   作者：“篇名”，载编者主编：《书名》，地点：出版社，年份，第 X 页。
 *   [美]作者著：《书名》，译者译，地点：出版社，年份。
 *   “标题”，网站，2025 年 5 月 12 日，URL
 * </pre>
 * and the variants other journals print: publisher and year run together
 * (北京：北京大学出版社2016年版), 载 before a journal's issue or a newspaper's date
 * (载《俄罗斯研究》2018年第2期, 《人民日报》2024年3月8日第3版) or before a book
 * (载《书名》，出版社，年), and roles marked after the names: （俄）作者著，译者译 / 编者主编.
 */
final class ChineseStyle {

    private static final Pattern HEAD = Pattern.compile("^(?<who>[^：:“”《》\"]{1,80}?)\\s*[：:]\\s*(?=[“《\"])");
    private static final Pattern NATIONALITY = Pattern.compile("^[\\[［【(（〔][^\\]］】)）〕]{1,3}[\\]］】)）〕]\\s*");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("^(?<place>[\\p{IsHan}·]{2,8})\\s*[：:]\\s*(?<publisher>.+)$");
    private static final Pattern YEAR_ISSUE = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*([\\d\\-—–]+)\\s*期");
    private static final Pattern NEWSPAPER_PAGE = Pattern.compile("第\\s*([A-Za-z]?\\d+)\\s*版");
    private static final Pattern PAGES = Pattern.compile("第\\s*([\\d\\s\\-–—,，、]+?)\\s*页");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\s*年\\s*(?:版|出版|印行)?$");
    /** 载 ("in") before a container, which a journal's issue, a newspaper's date or nothing may follow. */
    private static final Pattern IN = Pattern.compile("^载(?:于|自)?\\s*(?:(?<editors>[^：:《]+?)\\s*(?:主编|编|编著)?\\s*[：:])?\\s*《(?<book>[^》]+)》\\s*(?<rest>.*)$");
    /** A periodical's name run together with its issue or date: 《俄罗斯研究》2018年第2期, 《人民日报》2024年3月8日第3版. */
    private static final Pattern CONTAINER_THEN = Pattern.compile("^《(?<name>[^》]+)》\\s*(?<rest>(?:\\d{4}|第).+)$");
    /** A publisher with the year of its edition: 北京大学出版社2016年版. */
    private static final Pattern PUBLISHER_YEAR = Pattern.compile("^(?<publisher>.+?)\\s*(?<year>\\d{4})\\s*年\\s*(?:版|出版|印行)?$");
    private static final Pattern PUBLISHER = Pattern.compile("^[\\p{IsHan}（）()·]{2,30}(?:出版社|出版公司|出版集团|出版中心|书局|书店|书社|印书馆)$");
    private static final Pattern ROLE_AUTHOR = Pattern.compile("^(?<names>[\\p{IsHan}·、\\s\\[\\]［］【】()（）〔〕]+?)\\s*(?:等)?\\s*著$");
    private static final Pattern ROLE_EDITOR = Pattern.compile("^(?<names>[\\p{IsHan}·、\\s\\[\\]［］【】()（）〔〕]+?)\\s*(?:等)?\\s*(?:主编|编|编著)$");
    private static final Pattern TRANSLATORS = Pattern.compile("^(?<names>[\\p{IsHan}·、\\s]+?)\\s*(?:等)?\\s*译$");

    private ChineseStyle() { }

    static Parsed parse(String segment) {
        Work w = new Work();
        w.language = "zh";
        String[] urlSplit = Fields.takeUrl(segment);
        String s = urlSplit[0];
        w.url = urlSplit[1];
        w.doi = Fields.doi(segment);

        Matcher head = HEAD.matcher(s);
        if (head.find()) {
            names(head.group("who"), w);
            s = s.substring(head.end());
        }
        String titleKind;
        if (s.startsWith("《")) {
            int end = closing(s, 0, '《', '》');
            if (end < 0) {
                return Parsed.none();
            }
            w.title = s.substring(1, end).strip();
            s = s.substring(end + 1);
            titleKind = "book";
        } else if (s.startsWith("“") || s.startsWith("\"")) {
            char open = s.charAt(0);
            int end = open == '“' ? closing(s, 0, '“', '”') : s.indexOf('"', 1);
            if (end < 0) {
                return Parsed.none();
            }
            w.title = s.substring(1, end).strip();
            s = s.substring(end + 1);
            titleKind = "article";
        } else if (w.url != null && w.author.isEmpty() && s.replaceAll("[（(）)\\s。.]", "").matches("\\p{IsHan}{2,30}")) {
            // 亚美尼亚共和国统计委员会官网（URL）: a site named without a title of its own.
            w.title = s.replaceAll("[（(）)\\s。.]", "");
            w.type = "webpage";
            return new Parsed(w, null);
        } else {
            return Parsed.none();
        }
        // A parenthesis right after the title gives the document's date and place: （2001年6月15日，上海）.
        Matcher paren = Pattern.compile("^\\s*[（(]([^）)]*)[）)]").matcher(s);
        if (paren.find()) {
            String date = Dates.find(paren.group(1));
            if (date != null) {
                w.issued = date;
            }
            s = s.substring(paren.end());
        }

        String locator = null;
        String site = null;
        boolean newspaper = false;
        boolean journalIssue = false;
        boolean in = false;
        boolean dated = false;
        java.util.Deque<String> fields = new java.util.ArrayDeque<>(Fields.splitTop(s, "，,"));
        while (!fields.isEmpty()) {
            String field = Fields.trimEnd(fields.pop());
            if (field.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = IN.matcher(field)).matches()) {
                w.containerTitle = m.group("book").strip();
                if (m.group("editors") != null) {
                    for (String e : m.group("editors").split("[、，,]")) {
                        if (!e.isBlank()) {
                            w.editor.add(Name.literal(NATIONALITY.matcher(e.strip()).replaceFirst("").replaceAll("(等)?(主编|编著|编)$", "")));
                        }
                    }
                }
                in = true;
                if (!m.group("rest").isBlank()) {
                    fields.push(m.group("rest"));
                }
            } else if ((m = CONTAINER_THEN.matcher(field)).matches()) {
                w.containerTitle = m.group("name").strip();
                fields.push(m.group("rest"));
            } else if (field.startsWith("《") && field.endsWith("》")) {
                w.containerTitle = field.substring(1, field.length() - 1).strip();
            } else if ((m = ROLE_AUTHOR.matcher(field)).matches() && w.author.isEmpty() && !m.group("names").isBlank()) {
                // 《书名》，[美]约瑟夫·奈著，…: the author after the title.
                for (String n : m.group("names").split("[、\\s]+")) {
                    String name = NATIONALITY.matcher(n.strip()).replaceFirst("").strip();
                    if (!name.isEmpty()) {
                        w.author.add(Name.literal(name));
                    }
                }
            } else if ((m = ROLE_EDITOR.matcher(field)).matches() && !field.endsWith("汇编") && w.editor.isEmpty() && !m.group("names").isBlank()) {
                for (String n : m.group("names").split("[、\\s]+")) {
                    String name = NATIONALITY.matcher(n.strip()).replaceFirst("").strip();
                    if (!name.isEmpty()) {
                        w.editor.add(Name.literal(name));
                    }
                }
            } else if ((m = TRANSLATORS.matcher(field)).matches()) {
                for (String t : m.group("names").split("[、\\s]+")) {
                    if (!t.isBlank()) {
                        w.translator.add(Name.literal(t.strip()));
                    }
                }
            } else if ((m = PLACE_PUBLISHER.matcher(field)).matches()) {
                w.publisherPlace = m.group("place");
                w.publisher = Fields.trimEnd(m.group("publisher"));
                Matcher py = PUBLISHER_YEAR.matcher(w.publisher);
                if (py.matches()) {
                    // 北京：北京大学出版社2016年版
                    w.publisher = py.group("publisher").strip();
                    w.issued = py.group("year");
                }
            } else if ((m = PUBLISHER_YEAR.matcher(field)).matches() && PUBLISHER.matcher(m.group("publisher").strip()).matches()) {
                w.publisher = m.group("publisher").strip();
                w.issued = m.group("year");
            } else if (PUBLISHER.matcher(field).matches() && w.publisher == null) {
                w.publisher = field;
            } else if ((m = YEAR_ISSUE.matcher(field)).find()) {
                w.issued = m.group(1);
                w.issue = Fields.pages(m.group(2));
                journalIssue = true;
                Matcher p = PAGES.matcher(field);
                if (p.find()) {
                    locator = Fields.pages(p.group(1));
                }
            } else if (Dates.find(field) != null && Dates.ZH_DATE.matcher(field).find()) {
                w.issued = Dates.find(field);
                dated = true;
                Matcher page = NEWSPAPER_PAGE.matcher(field);
                if (page.find()) {
                    locator = page.group(1);
                    newspaper = true;
                }
            } else if ((m = YEAR.matcher(field)).matches()) {
                w.issued = m.group(1);
            } else if ((m = PAGES.matcher(field)).find()) {
                locator = Fields.pages(m.group(1));
            } else if (field.matches("^\\*[^*]+\\*$")) {
                continue; // a title in another language, in italics: (*Constitution of Georgia*)
            } else if (Fields.hasHan(field) && field.length() <= 40 && !field.matches(".*\\d{3,}.*")) {
                site = site == null ? field : site;
            }
        }

        if (in && journalIssue) {
            w.type = "article-journal";
        } else if (in && (newspaper || dated && w.containerTitle != null && Types.byOutlet(w.containerTitle).equals("article-newspaper"))) {
            w.type = "article-newspaper";
        } else if (in) {
            w.type = "chapter";
        } else if ("book".equals(titleKind) && w.containerTitle != null && (journalIssue || newspaper)) {
            // 《社论》，《人民日报》2024年3月8日第3版: a piece of a periodical, its title in 《》.
            w.type = journalIssue ? "article-journal" : "article-newspaper";
        } else if ("article".equals(titleKind)) {
            if (w.containerTitle != null && journalIssue) {
                w.type = "article-journal";
            } else if (w.containerTitle != null && (newspaper || Types.byOutlet(w.containerTitle).equals("article-newspaper"))) {
                w.type = "article-newspaper";
            } else if (w.containerTitle != null) {
                w.type = w.issued != null && w.issued.length() > 7 ? "article-newspaper" : "article-journal";
            } else {
                w.type = "webpage";
                w.containerTitle = site;
            }
        } else {
            String byTitle = Types.byTitle(w.title);
            if (w.publisher != null) {
                w.type = Types.isReportTitle(w.title) ? "report" : "book";
            } else if (byTitle != null) {
                w.type = byTitle;
            } else {
                w.type = w.url != null || site != null ? "webpage" : "book";
            }
            if (site != null) {
                boolean website = site.endsWith("网") || site.contains("网站") || site.endsWith("官网");
                if (w.author.isEmpty() && w.editor.isEmpty() && ("book".equals(w.type) || "report".equals(w.type)) && !website) {
                    // 《…报告》，中国社会科学院国际研究学部，北京：… — the institution is the author.
                    w.author.add(Name.literal(site));
                } else if (website || "webpage".equals(w.type)) {
                    w.containerTitle = w.containerTitle == null ? site : w.containerTitle;
                } else if (w.publisher == null) {
                    w.publisher = site;
                }
            }
        }
        return new Parsed(w, locator);
    }

    /**
     * Reads the names before the colon: 高程、董青青 / 戚振宏主编 (editors) / [美]肯尼思·华尔兹著 /
     * （俄）谢·卡拉加诺夫著，张三译 (author, then translator). Each group apart by "，" has the role
     * its last word marks; a group without one takes the role of the next group that has one
     * (张三，李四主编: both editors), but a translator's role only its own group.
     */
    private static void names(String who, Work w) {
        String s = who.strip().replaceFirst("^(参见|参考|可参考|详见|转引自|见)", "").strip();
        List<String> groups = new ArrayList<>(List.of(s.split("[，,]")));
        groups.replaceAll(String::strip);
        groups.removeIf(String::isEmpty);
        String[] roles = new String[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            roles[i] = g.endsWith("译") && !g.endsWith("编译") ? "translator"
                    : g.matches(".*(主编|编著|编)$") && !g.endsWith("汇编") ? "editor"
                    : g.endsWith("著") ? "author" : null;
        }
        String next = "author";
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (roles[i] == null) {
                roles[i] = next;
            } else if (!"translator".equals(roles[i])) {
                next = roles[i];
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i).replaceAll("(等译|译|主编|编著|等著|著|编|等)$", "").strip();
            List<Name> target = "translator".equals(roles[i]) ? w.translator : "editor".equals(roles[i]) ? w.editor : w.author;
            for (String n : g.split("、")) {
                String name = NATIONALITY.matcher(n.strip()).replaceFirst("").replaceAll("(等|著)$", "").strip();
                if (!name.isEmpty()) {
                    target.add(Name.literal(name));
                }
            }
        }
    }

    /** The index of the bracket closing the one at {@code start}, nesting counted. */
    static int closing(String s, int start, char open, char close) {
        int depth = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

}
