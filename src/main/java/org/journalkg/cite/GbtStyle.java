package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References in GB/T 7714 (2005 and 2015), the style of most Chinese journals, numeric or
 * author-year, for Chinese, English and Russian works:
 * <pre>
 *   [1] 王存刚. 战略环境与国家方略[M]. 北京: 北京大学出版社, 2016: 45-50.
 *   [2] 冯玉军, 尚月, 等. 题名[J]. 刊名, 2019, 32(3): 1-23.
 *   [3] 丁文祥. 题名[N]. 中国青年报, 2000-11-20(15).
 *   [4] 白书农. 题名[M]//李承森. 书名. 北京: 高等教育出版社, 1998: 146-163.
 *   [5] 萧钰. 题名[EB/OL]. (2001-12-19)[2002-04-15]. http://…
 *   王存刚, 2016. 战略环境与国家方略[M]. 北京: 北京大学出版社.     (author-year)
 *   MEARSHEIMER J J. The tragedy of great power politics[M]. New York: W. W. Norton, 2001.
 * </pre>
 * {@link #parse} answers null where a segment has no document type code after a title, so that
 * the other grammars read it.
 *
 * <p>Decisions: Chinese names and institutions are literals; Latin and Cyrillic persons are
 * family (case as printed) and given, initials written with points ("J J" → "J. J.", "J-P" →
 * "J.-P."), full given names as printed. "等" and "et al." are dropped. Pages after the year of
 * a book, thesis, report, standard or other whole document are the pages cited (the citation's
 * locator); those of an article, a newspaper item, a conference paper or a contribution "//" in
 * a book are the work's own range ({@code page}). The responsible persons of the book a
 * contribution is in are its editors. The access date [引用日期] is dropped; an update date
 * (更新日期) is the date of issue. Type codes: M book, J article-journal, N article-newspaper,
 * C paper-conference, D thesis, R report, S standard, P patent, EB webpage, DB and DS dataset,
 * CP software, CM map, A (archive, or 1987's contribution), G (compilation) and Z (other)
 * document; any but C and J before "//" a chapter.
 */
final class GbtStyle {

    /** The document type code after a title: [M], [J/OL], [EB/OL]; a carrier after the slash. */
    static final Pattern CODE = Pattern.compile("[\\[［]\\s*(?<code>EB|DB|CP|DS|CM|M|J|N|C|D|R|S|P|Z|A|G)\\s*(?:/\\s*(?<carrier>OL|CD|MT|DK)\\s*)?[\\]］](?=\\s*(?:[.．。,，:：]|//|[\\[［]|$))");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[\\[［【]\\s*\\d{1,4}\\s*[\\]］】]|[(（]\\d{1,3}[)）]|\\d{1,3}\\s*[.．、)）](?!\\d))\\s*");
    private static final Pattern CUE = Pattern.compile("^(?:参见|可参考|参考|详见|转引自|See also|See|Cf\\.|См\\.\\s*также|См\\.)\\s*");
    private static final Pattern COMMENTARY = Pattern.compile("参见|详见|转引自|可参考|见于|认为|指出|[。！？]|\\b(?:[Ss]ee|[Cc]f)\\b|См\\.");
    private static final Pattern AUTHOR_YEAR = Pattern.compile("^(?<who>.*?\\S)\\s*[,，]?\\s*(?<year>(?:1[5-9]|20)\\d{2})[a-z]?$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?<year>(?:1[5-9]|20)\\d{2})[a-z]?\\s*[.．。]\\s*");
    private static final Pattern NATIONALITY = Pattern.compile("^[\\[［(（【][^\\]］)）】]{1,4}[\\]］)）】]\\s*");
    private static final Pattern ROLE = Pattern.compile("(?:(?:\\s*[,，]\\s*|\\s+)[(（]?(?<role>eds?|trans|ред|пер)\\.?[)）]?|\\s*[,，]?\\s*(?<zh>主编|编著|编|等著|著|等译|译))$");
    private static final Pattern ET_AL = Pattern.compile("等|et\\s*al\\.?|и\\s*др\\.?|etc\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIX = Pattern.compile("(?i)Inc|Ltd|LLC|Co|Corp|Jr|Sr|II|III");
    private static final Set<String> ABBREVIATIONS = Set.of("St", "Dr", "Mr", "Mrs", "Ms", "Prof", "No", "Vol", "vs", "etc", "Mt", "Ft", "Gen", "Col");
    private static final Pattern STANDARD_NUMBER = Pattern.compile("(?:[A-Z]{1,6}(?:/[A-Z]{1,2})?|ГОСТ(?:\\s*Р)?)\\s*[A-Z]?\\d[\\d.\\-—–:/ ]*\\d[A-Z]?|[A-Z]{0,3}\\s*\\d[\\d. ]{4,}[\\dXA-Z]");

    private static final Pattern DOI_TEXT = Pattern.compile("(?i)\\bDOI\\s*[:：]\\s*10\\.\\S+");
    private static final String ISO_DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日";
    private static final Pattern ACCESSED = Pattern.compile("[\\[［]\\s*(?:\\d{4}-\\d{1,2}(?:-\\d{1,2})?|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)\\s*[\\]］]");
    private static final Pattern UPDATED = Pattern.compile("[(（]\\s*(?<date>" + ISO_DATE + ")(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[)）]");
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\[［]\\s*(?:[Ss]\\.\\s*[lL]\\.|[Ss]\\.\\s*[nN]\\.|出版地不详|出版者不详|出版年不详|б\\.\\s*м\\.|б\\.\\s*и\\.)\\s*[\\]］]");
    private static final Pattern NOTE_LOCATOR = Pattern.compile("\\s*[,，.]\\s*(?:第\\s*(?<zh>[\\d\\s\\-–—~～,，、]+?)\\s*页|pp?\\.\\s*(?<en>[\\d\\s\\-–—~～,]+)|[СC]\\.\\s*(?<ru>[\\d\\s\\-–—~～,]+))\\s*$");
    private static final Pattern RESPONSIBILITY = Pattern.compile("^(?<names>[^.:]{1,80}?)\\s*,?\\s*(?<role>等译|译注|编译|译|等编|主编|编|eds?\\.|trans\\.|пер\\.)\\s*(?:[.]\\s*|$)");
    private static final Pattern TRANSLATED_BY = Pattern.compile("^(?i:translated by|trans\\. by)\\s+(?<names>[^.]+(?:\\.[^.\\s][^.]*)*)\\.\\s*");
    private static final Pattern EDITION = Pattern.compile("^(?:第?\\s*\\d+\\s*版|[^.\\s]{0,6}(?:修订|增订)版|\\d+(?:st|nd|rd|th)\\s*ed|[Rr]ev\\.?\\s*ed|\\d+-е\\s*изд)\\.?\\s*(?:[.]\\s*|$)");
    private static final String YEAR = "(?<year>(?:1[5-9]|20)\\d{2})[a-z]?";
    private static final String PAGES = "(?:\\s*:\\s*(?<pages>[\\dA-Za-z][\\dA-Za-z\\s\\-–—~～－,，+]*?))?";
    /** place: publisher, year: pages — at the end, starting after a full stop or a semicolon. */
    private static final Pattern PUBLICATION = Pattern.compile("(?:^|(?<=[.;]))\\s*(?<place>[^.:;,]{1,40}?(?:,\\s*[A-Z]{2})?\\.?|∅)\\s*:\\s*(?<publisher>[^:;]+?)\\s*,\\s*\\[?" + YEAR + "\\]?(?:-\\d{2,4})?" + PAGES + "\\s*$");
    /** publisher, year: pages — no place. */
    private static final Pattern PUBLISHER_YEAR = Pattern.compile("(?:^|(?<=[.;]))\\s*(?<publisher>[^.:;,]{2,80}?)\\s*,\\s*\\[?" + YEAR + "\\]?" + PAGES + "\\s*$");
    /** place: publisher: pages — author-year, the year stands after the names. */
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("(?:^|(?<=[.;]))\\s*(?<place>[^.:;,]{1,40}?(?:,\\s*[A-Z]{2})?\\.?|∅)\\s*:\\s*(?<publisher>[^:;]+?)(?:\\s*:\\s*(?<pages>[\\d\\s\\-–—~～,]+))?\\s*$");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:^|(?<=[.,;]))\\s*\\[?" + YEAR + "\\]?" + PAGES + "\\s*$");
    private static final Pattern FIRST_PUBLISHER = Pattern.compile("(?:^|(?<=[.]))\\s*(?<place>[^.:;]{1,40}?)\\s*:\\s*(?<publisher>[^:;]+?)\\s*;\\s*$");
    private static final Pattern JOURNAL = Pattern.compile("^(?<name>.+?)\\s*,\\s*(?<facts>[(\\d].*)$");
    private static final Pattern FACTS = Pattern.compile("^(?:" + YEAR + "(?=\\s*(?:[,(:]|$))\\s*,?\\s*)?(?<volume>[^,():\\s][^,():]*?)?\\s*(?:\\((?<issue>[^)]*)\\))?" + PAGES + "\\s*$");
    private static final Pattern NEWSPAPER = Pattern.compile("^(?<name>.+?)\\s*,\\s*(?<date>" + ISO_DATE + "|\\d{1,2}-\\d{1,2})\\s*(?:\\((?:第\\s*)?(?<page>[^)]+?)(?:\\s*版)?\\)|,\\s*第\\s*(?<page2>\\w+)\\s*版)?\\s*$");
    private static final Pattern DATE = Pattern.compile(ISO_DATE);
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)" + YEAR + "(?!\\d)");

    private GbtStyle() { }

    /** The names before a title, and what they did: author, editor (主编, ed.) or translator (译). */
    private record NameList(List<Name> names, String role) { }

    /**
     * The reference in a segment; null where the segment has no type code after a title (not
     * GB/T), and a reading without a work where it has one but could not be read.
     */
    static Parsed parse(String segment) {
        String s = segment.replace('\u00a0', ' ').strip();
        if (!CODE.matcher(s).find()) {
            return null;
        }
        s = NUMBERING.matcher(s).replaceFirst("");
        s = CUE.matcher(s).replaceFirst("").strip();
        Matcher code = CODE.matcher(s);
        if (!code.find() || s.substring(0, code.start()).isBlank()) {
            return null;
        }
        String kind = code.group("code");
        String head = s.substring(0, code.start()).strip();
        String tail = s.substring(code.end());
        Work w = new Work();

        // The head: authors (and the year, author-year), then the title.
        String title = head;
        int end = authorsEnd(head);
        if (end > 0) {
            String who = head.substring(0, end).strip();
            String rest = head.substring(end + 1).strip();
            String year = null;
            Matcher ay = AUTHOR_YEAR.matcher(who);
            Matcher leading = LEADING_YEAR.matcher(rest);
            if (ay.matches()) {
                who = ay.group("who");
                year = ay.group("year");
            } else if (leading.find()) {
                year = leading.group("year");
                rest = rest.substring(leading.end());
            }
            NameList names = names(who);
            if (names != null && !rest.isBlank()) {
                add(w, names);
                w.issued = year;
                title = rest;
            } else if (COMMENTARY.matcher(who).find() || Fields.count(who, Character.UnicodeScript.HAN) > 20) {
                // Commentary before the reference: a later start of the note reads it.
                return Parsed.none();
            }
        }
        title = Fields.trimEnd(title);
        if (title.matches("^《[^《》]+》$")) {
            title = title.substring(1, title.length() - 1);
        }
        if ("S".equals(kind) || "P".equals(kind)) {
            title = number(title, w);
        }
        if (title.isBlank()) {
            return Parsed.none();
        }
        w.title = title;
        w.language = language(title, s);

        // The tail: identifiers and dates out first, then the publication facts.
        String t = tail;
        w.doi = Fields.doi(t);
        t = DOI_TEXT.matcher(t).replaceAll(" ");
        String[] url = Fields.takeUrl(t);
        t = url[0];
        w.url = url[1];
        t = ACCESSED.matcher(t).replaceAll(" ");
        String updated = null;
        Matcher upd = UPDATED.matcher(t);
        if (upd.find()) {
            updated = iso(upd.group("date"));
            t = t.substring(0, upd.start()) + " " + t.substring(upd.end());
        }
        t = PLACEHOLDER.matcher(t).replaceAll("∅");
        t = t.replace('，', ',').replace('：', ':').replace('；', ';').replace('（', '(').replace('）', ')').replace('．', '.').replace('。', '.')
                .replaceAll("\\s+", " ").strip();
        String locator = null;
        Matcher loc = NOTE_LOCATOR.matcher(t);
        if (loc.find()) {
            locator = pages(loc.group("zh") != null ? loc.group("zh") : loc.group("en") != null ? loc.group("en") : loc.group("ru"));
            t = t.substring(0, loc.start());
        }
        boolean contribution = t.matches("^[\\s.]*//.*");
        t = t.replaceFirst("^[\\s.,]*(?://)?\\s*", "").replaceAll("[\\s.,;]+$", "").strip();

        String range;
        if (contribution) {
            range = host(t, w);
        } else {
            t = responsibilities(t, w);
            range = switch (kind) {
                case "J" -> journal(t, w);
                case "N" -> newspaper(t, w);
                default -> publication(t, w, kind.equals("EB") || "OL".equals(code.group("carrier")));
            };
        }
        if (updated != null && (w.issued == null || updated.startsWith(w.issued))) {
            w.issued = updated;
        }
        if (w.issued == null) {
            Matcher date = DATE.matcher(t);
            Matcher year = ANY_YEAR.matcher(t);
            w.issued = date.find() ? iso(date.group()) : year.find() ? year.group("year") : null;
        }
        w.type = type(kind, contribution);
        if (range != null) {
            boolean own = contribution || List.of("J", "N", "C").contains(kind);
            if (own) {
                w.page = range;
            } else if (locator == null) {
                locator = range;
            }
        }
        return new Parsed(w, locator);
    }

    /**
     * Pieces of a note split at semicolons that belong together again: "北京: 科学出版社; 上海:
     * 上海科技出版社, 1999." continues a GB/T reference with a second place and publisher.
     */
    static List<String> rejoin(List<String> pieces) {
        List<String> out = new ArrayList<>();
        for (String p : pieces) {
            if (!out.isEmpty() && CODE.matcher(out.get(out.size() - 1)).find() && !CODE.matcher(p).find()
                    && p.matches("^[^:：,，.\\[\\]]{1,40}\\s*[:：]\\s*[^:：]+?\\s*[,，]\\s*\\d{4}.*")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "; " + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String type(String kind, boolean contribution) {
        String type = switch (kind) {
            case "M" -> "book";
            case "J" -> "article-journal";
            case "N" -> "article-newspaper";
            case "C" -> "paper-conference";
            case "D" -> "thesis";
            case "R" -> "report";
            case "S" -> "standard";
            case "P" -> "patent";
            case "EB" -> "webpage";
            case "DB", "DS" -> "dataset";
            case "CP" -> "software";
            case "CM" -> "map";
            default -> "document";
        };
        return contribution && !List.of("article-journal", "article-newspaper", "paper-conference", "webpage").contains(type) ? "chapter" : type;
    }

    /**
     * Where the names end in the head: the first full stop that is not an initial's ("J. J."),
     * an abbreviation's (St.) or within a word (U.S., 7.0); -1 where there is none.
     */
    static int authorsEnd(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '．' || c == '。') {
                return i;
            }
            if (c != '.') {
                continue;
            }
            char prev = i > 0 ? h.charAt(i - 1) : ' ';
            char next = i + 1 < h.length() ? h.charAt(i + 1) : ' ';
            boolean han = isHan(prev) || isHan(next);
            int ws = i;
            while (ws > 0 && !Character.isWhitespace(h.charAt(ws - 1)) && h.charAt(ws - 1) != ',' && h.charAt(ws - 1) != '，') {
                ws--;
            }
            String word = h.substring(ws, i);
            // MEARSHEIMER J J.The tragedy: no space after the names, but a word starts.
            boolean run = ws > 0 && word.matches("\\p{Lu}") && h.substring(i + 1).matches("^\\p{Lu}\\p{Ll}.*");
            if (!Character.isWhitespace(next) && !han && !run) {
                continue;
            }
            if (ABBREVIATIONS.contains(word)) {
                continue;
            }
            String after = h.substring(i + 1).stripLeading();
            if (after.matches("^(?:et\\s*al|и\\s*др|etc)\\..*")) {
                continue; // the list goes on to et al. / и др.
            }
            if (ws == 0 && word.matches("(?:\\p{Lu}\\.)+\\p{Lu}") && after.matches("^\\p{Lu}.*")) {
                continue; // U.S. Department of State: an acronym, not a person's initials
            }
            if (word.matches("(?:\\p{Lu}\\p{Ll}?\\.-?)*\\p{Lu}\\p{Ll}?")
                    && (after.startsWith(",") || after.matches("^\\p{Lu}\\p{Ll}?\\.(?:[\\s,\\-].*|$)"))) {
                continue; // J. J. Mearsheimer's second initial follows
            }
            return i;
        }
        return -1;
    }

    /** The names of a head or of the book a contribution is in; null where they are no names. */
    static NameList names(String raw) {
        String s = raw.strip().replaceAll("[.。．]$", "").strip();
        s = s.replaceAll("(?i)\\s*[,，]?\\s*(?:et\\s*al|и\\s*др)\\.?$", "").strip();
        if (s.isEmpty() || COMMENTARY.matcher(s).find()) {
            return null;
        }
        String role = null;
        Matcher r = ROLE.matcher(s);
        if (r.find() && r.start() > 0 && !s.endsWith("汇编")) {
            String found = r.group("role") != null ? r.group("role") : r.group("zh");
            role = found.endsWith("译") || found.equals("trans") || found.equals("пер") ? "translator"
                    : found.equals("著") || found.equals("等著") ? null : "editor"; // 编著 as ChineseStyle has it
            s = s.substring(0, r.start()).strip();
        }
        List<Name> out = new ArrayList<>();
        for (String part : s.split("\\s*[,，、;；]\\s*")) {
            String p = part.strip();
            if (p.isEmpty() || ET_AL.matcher(p).matches()) {
                continue;
            }
            if (SUFFIX.matcher(p.replaceAll("\\.$", "")).matches() && !out.isEmpty()) {
                Name last = out.remove(out.size() - 1);
                String suffix = p.replaceAll("\\.$", "") + (p.matches("(?i)II|III") ? "" : ".");
                out.add(last.isLiteral() ? Name.literal(last.literal() + ", " + suffix)
                        : Name.person(last.family(), (last.given() == null ? "" : last.given() + ", ") + suffix));
                continue;
            }
            Name n = Fields.hasHan(p) ? chinese(p) : person(p);
            if (n == null) {
                return null;
            }
            out.add(n);
        }
        return out.isEmpty() ? null : new NameList(out, role);
    }

    private static void add(Work w, NameList names) {
        List<Name> to = "editor".equals(names.role()) ? w.editor : "translator".equals(names.role()) ? w.translator : w.author;
        to.addAll(names.names());
    }

    /** 王存刚, [美]米尔斯海默, 中国社会科学院俄罗斯东欧中亚研究所, 人民日报评论员; null for a sentence. */
    private static Name chinese(String part) {
        String p = NATIONALITY.matcher(part).replaceFirst("").replaceAll("(?:等|著)$", "").strip();
        int han = Fields.count(p, Character.UnicodeScript.HAN);
        if (p.isEmpty() || p.length() > 40 || p.matches(".*[:：《》“”].*")) {
            return null;
        }
        boolean person = han <= 6 || p.contains("·") || p.contains("•");
        boolean institution = p.matches(".*(?:[部局署院所会社室厅处司馆校行团党网报台组队站委府省市县区国坛库盟员者]|中心|组织|政府|公司|集团|大学|学院)$");
        return person || institution ? Name.literal(p) : null;
    }

    /**
     * MEARSHEIMER J J, Mearsheimer J. J., ИВАНОВ И И, WANG Cungang, World Health Organization;
     * null where it reads as no name.
     */
    static Name person(String part) {
        String p = part.strip().replaceAll("\\s+", " ");
        if (p.isEmpty() || p.matches(".*[\\d:：\"“”«»?!()].*")) {
            return null;
        }
        String[] t = p.split(" ");
        if (t.length > 12) {
            return null;
        }
        int k = t.length;
        while (k > 1 && initials(t[k - 1])) {
            k--;
        }
        if (k < t.length && !Types.isOrganization(p)) {
            List<String> given = new ArrayList<>();
            for (int i = k; i < t.length; i++) {
                given.add(initialsWithPoints(t[i]));
            }
            return Name.person(String.join(" ", java.util.Arrays.copyOfRange(t, 0, k)), String.join(" ", given));
        }
        int caps = 0;
        while (caps < t.length && t[caps].matches("\\p{Lu}[\\p{Lu}'’\\-]+")) {
            caps++;
        }
        if (caps >= 1 && caps < t.length && !Types.isOrganization(p) && !"article-newspaper".equals(Types.byOutlet(p))) {
            // WANG Cungang, HUNTINGTON Samuel P: the family in capitals, given names written out.
            List<String> given = new ArrayList<>();
            for (int i = caps; i < t.length; i++) {
                given.add(initials(t[i]) ? initialsWithPoints(t[i]) : t[i]);
            }
            return Name.person(String.join(" ", java.util.Arrays.copyOfRange(t, 0, caps)), String.join(" ", given));
        }
        if (!p.matches("[\\p{L}][\\p{L}\\p{M}'’.&\\- ]*")) {
            return null;
        }
        return Name.literal(p.replaceAll("\\.$", ""));
    }

    /**
     * J, J-P, J., J.J., J.-P, Yu. — not SMITH, nor two capitals (WANG YI writes a given name out),
     * nor Yu without a point.
     */
    private static boolean initials(String token) {
        return token.matches("\\p{Lu}|\\p{Lu}-\\p{Lu}") || token.matches("(?:\\p{Lu}\\p{Ll}?\\.-?)+(?:\\p{Lu}\\p{Ll}?)?");
    }

    /** J → J., J-P → J.-P., J.J. → J. J. */
    private static String initialsWithPoints(String token) {
        if (!initials(token)) {
            return token;
        }
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("(-?)(\\p{Lu}\\p{Ll}?)\\.?").matcher(token);
        while (m.find()) {
            if (b.length() > 0 && m.group(1).isEmpty()) {
                b.append(' ');
            }
            b.append(m.group(1)).append(m.group(2)).append('.');
        }
        return b.toString();
    }

    /** The number of a standard or patent after the title (信息与文献: GB/T 7714—2015) or before it. */
    private static String number(String title, Work w) {
        // 2005 put the country before a patent's number: 多功能一次性压舌板: 中国, 92214985.2
        Matcher after = Pattern.compile("^(?<title>.+?)\\s*[:：]\\s*(?:\\p{IsHan}{1,6}\\s*[,，]\\s*)?(?<number>" + STANDARD_NUMBER.pattern() + ")$").matcher(title);
        if (after.matches()) {
            w.number = after.group("number").strip();
            return after.group("title").strip();
        }
        Matcher before = Pattern.compile("^(?<number>" + STANDARD_NUMBER.pattern() + ")\\s+(?<title>\\S.*)$").matcher(title);
        if (before.matches() && !before.group("number").matches("\\d.*")) {
            w.number = before.group("number").strip();
            return before.group("title").strip();
        }
        return title;
    }

    /** Translators and editors after the title (王某, 译. / SMITH A, ed.), and the edition (2版), taken off the tail. */
    private static String responsibilities(String t, Work w) {
        String rest = t;
        for (int round = 0; round < 3; round++) {
            Matcher by = TRANSLATED_BY.matcher(rest);
            Matcher r = RESPONSIBILITY.matcher(rest);
            Matcher ed = EDITION.matcher(rest);
            if (by.find()) {
                NameList n = names(by.group("names"));
                if (n != null) {
                    w.translator.addAll(n.names());
                }
                rest = rest.substring(by.end());
            } else if (r.find() && !r.group("names").matches(".*\\d{4}.*")) {
                NameList n = names(r.group("names"));
                if (n == null) {
                    break;
                }
                boolean translators = r.group("role").contains("译") || r.group("role").startsWith("trans") || r.group("role").startsWith("пер");
                (translators ? w.translator : w.editor).addAll(n.names());
                rest = rest.substring(r.end());
            } else if (ed.find()) {
                rest = rest.substring(ed.end());
            } else {
                break;
            }
        }
        return rest.strip();
    }

    /** 刊名, 年, 卷(期): 页码 — the pages are returned. */
    private static String journal(String t, Work w) {
        // 2019年第3期 as the house style writes it: 2019(3).
        Matcher j = JOURNAL.matcher(t.replaceAll("(\\d{4})\\s*年\\s*(?:第\\s*(\\S+?)\\s*期)?", "$1($2)").replace("()", ""));
        if (j.matches()) {
            Matcher f = FACTS.matcher(j.group("facts"));
            if (f.matches()) {
                w.containerTitle = j.group("name").strip();
                if (f.group("year") != null && w.issued == null) {
                    w.issued = f.group("year");
                }
                w.volume = Fields.emptyToNull(f.group("volume") == null ? null : f.group("volume").replaceAll("^第|卷$", "").strip());
                w.issue = Fields.emptyToNull(f.group("issue") == null ? null : f.group("issue").strip());
                return f.group("pages") == null ? null : pages(f.group("pages"));
            }
        }
        w.containerTitle = Fields.emptyToNull(Fields.trimEnd(t));
        return null;
    }

    /** 报名, 日期(版次) — the page (版次) is returned. */
    private static String newspaper(String t, Work w) {
        Matcher n = NEWSPAPER.matcher(t);
        if (!n.matches()) {
            w.containerTitle = Fields.emptyToNull(Fields.trimEnd(t.replaceAll("\\s*,.*$", "")));
            return null;
        }
        w.containerTitle = n.group("name").strip();
        String date = n.group("date");
        if (date.matches("\\d{1,2}-\\d{1,2}")) {
            // Author-year: the year stands after the names.
            w.issued = w.issued == null ? null : iso(w.issued + "-" + date);
        } else {
            w.issued = iso(date);
        }
        String page = n.group("page") != null ? n.group("page") : n.group("page2");
        return page == null ? null : pages(page);
    }

    /**
     * 出版地: 出版者, 出版年: 页码 (or fewer of them) — the pages are returned. Where nothing is
     * read, the sentences after the last full stop are dropped, up to three: a remark may follow.
     */
    private static String publication(String t, Work w, boolean online) {
        String s = t;
        for (int round = 0; round < 4; round++) {
            if (PUBLICATION.matcher(s).find() || PLACE_PUBLISHER.matcher(s).find() && w.issued != null
                    || PUBLISHER_YEAR.matcher(s).find() || YEAR_ONLY.matcher(s).find()) {
                return publicationFacts(s, w, online);
            }
            int stop = s.lastIndexOf(". ");
            if (stop < 0) {
                break;
            }
            s = s.substring(0, stop).strip();
        }
        return publicationFacts(t, w, online);
    }

    private static String publicationFacts(String t, Work w, boolean online) {
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = PUBLICATION.matcher(t);
        if (m.find()) {
            String place = m.group("place");
            String publisher = m.group("publisher");
            Matcher first = FIRST_PUBLISHER.matcher(t.substring(0, m.start()));
            if (first.find()) {
                place = first.group("place");
                publisher = first.group("publisher");
            }
            w.publisherPlace = placeholder(Fields.trimEnd(place).equals("∅") ? "∅" : place.strip());
            w.publisher = placeholder(Fields.trimEnd(publisher));
            if (w.issued == null) {
                w.issued = m.group("year");
            }
            return m.group("pages") == null ? null : pages(m.group("pages"));
        }
        m = PLACE_PUBLISHER.matcher(t);
        if (w.issued != null && m.find()) {
            w.publisherPlace = placeholder(m.group("place"));
            w.publisher = placeholder(Fields.trimEnd(m.group("publisher")));
            return m.group("pages") == null ? null : pages(m.group("pages"));
        }
        m = PUBLISHER_YEAR.matcher(t);
        if (m.find() && !m.group("publisher").matches(".*\\d.*")) {
            String name = placeholder(Fields.trimEnd(m.group("publisher")));
            if (online) {
                w.containerTitle = name;
            } else {
                w.publisher = name;
            }
            if (w.issued == null) {
                w.issued = m.group("year");
            }
            return m.group("pages") == null ? null : pages(m.group("pages"));
        }
        m = YEAR_ONLY.matcher(t);
        if (m.find()) {
            if (w.issued == null) {
                w.issued = m.group("year");
            }
            return m.group("pages") == null ? null : pages(m.group("pages"));
        }
        if (online) {
            // 新华网, 2023-03-22: the site, then the date of issue.
            Matcher date = DATE.matcher(t);
            String site = Fields.trimEnd(DATE.matcher(t).replaceAll(" ").replace("∅", " "));
            if (date.find()) {
                w.issued = iso(date.group());
            }
            if (site.matches(".*\\p{L}{2,}.*")) {
                w.containerTitle = site;
            }
        }
        return null;
    }

    /** //[主要责任者. ]书名. 出版地: 出版者, 出版年: 页码 — the contribution's pages are returned. */
    private static String host(String t, Work w) {
        Matcher m = PUBLICATION.matcher(t);
        String before = t;
        String range = null;
        if (m.find()) {
            before = t.substring(0, m.start());
            Matcher first = FIRST_PUBLISHER.matcher(before);
            String place = m.group("place");
            String publisher = m.group("publisher");
            if (first.find()) {
                place = first.group("place");
                publisher = first.group("publisher");
                before = before.substring(0, first.start());
            }
            w.publisherPlace = placeholder(place.strip());
            w.publisher = placeholder(Fields.trimEnd(publisher));
            w.issued = w.issued == null ? m.group("year") : w.issued;
            range = m.group("pages") == null ? null : pages(m.group("pages"));
        } else if (w.issued != null && (m = PLACE_PUBLISHER.matcher(t)).find()) {
            before = t.substring(0, m.start());
            w.publisherPlace = placeholder(m.group("place"));
            w.publisher = placeholder(Fields.trimEnd(m.group("publisher")));
            range = m.group("pages") == null ? null : pages(m.group("pages"));
        } else if ((m = YEAR_ONLY.matcher(t)).find()) {
            before = t.substring(0, m.start());
            w.issued = w.issued == null ? m.group("year") : w.issued;
            range = m.group("pages") == null ? null : pages(m.group("pages"));
        }
        // 1987 and 2005 wrote the book's own code: //编者. 论文集[C]. 出版地: …
        String book = Fields.trimEnd(CODE.matcher(before).replaceAll(""));
        int end = authorsEnd(book);
        if (end > 0) {
            NameList names = names(book.substring(0, end));
            String rest = Fields.trimEnd(book.substring(end + 1));
            if (names != null && !rest.isBlank()) {
                (("translator".equals(names.role())) ? w.translator : w.editor).addAll(names.names());
                book = rest;
            }
        }
        book = responsibilities(book, new Work());
        w.containerTitle = Fields.emptyToNull(Fields.trimEnd(book));
        return range;
    }

    private static String placeholder(String s) {
        return s == null || s.isBlank() || s.contains("∅") ? null : s.strip();
    }

    /** 45–50 → 45-50, ～ and ~ too; spaces out. */
    private static String pages(String s) {
        return Fields.pages(s.replaceAll("[～〜]", "-")).replaceAll("[,，、.]+$", "");
    }

    /** 2021-6-5 → 2021-06-05; 2021年6月5日 too. */
    private static String iso(String date) {
        Matcher m = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})").matcher(date);
        if (!m.find()) {
            return date;
        }
        return m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3));
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    /** zh where the title is Chinese, ru where Cyrillic, else en. */
    private static String language(String title, String whole) {
        String s = title.matches(".*\\p{L}.*") ? title : whole.replaceAll("(?:https?|ftp)://\\S+", "");
        if (Fields.hasHan(s)) {
            return "zh";
        }
        return Fields.count(s, Character.UnicodeScript.CYRILLIC) > Fields.count(s, Character.UnicodeScript.LATIN) ? "ru" : "en";
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
