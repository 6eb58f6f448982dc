package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English reference-list entries that open with the first author inverted, in four styles:
 * <pre>
 *   APA 7             Mearsheimer, J. J. (2019). Bound to fail: The rise …. International Security, 43(4), 7–50. https://doi.org/…
 *                     World Bank. (2020). Title (Report No. 12). Publisher. URL
 *   Chicago (A-D)     Hale, Henry E. 2015. “Patronal Politics Revisited.” Journal of Democracy 26 (2): 121–35.
 *   Chicago (bibl.)   Kotkin, Stephen. Armageddon Averted. Oxford: Oxford University Press, 2001.
 *   MLA 9             Laruelle, Marlene. “Title.” Post-Soviet Affairs, vol. 32, no. 1, 2016, pp. 55–74.
 * </pre>
 * {@link #parse} answers null unless the entry opens with such a head: inverted persons (or an
 * organization) and then a year in parentheses or a ". 2019." year, or inverted persons and then
 * a title whose facts carry a year. The journal's own footnote forms ({@code Given Family, “Title”,
 * *Container*, date}) open otherwise and stay with {@link EnglishStyle}.
 */
final class AuthorDateStyle {

    private enum Form { APA, CHICAGO_AUTHOR_DATE, BIBLIOGRAPHY }

    /** What opens an entry: its form, the names, the date that follows them (APA, author-date). */
    private record Head(Form form, List<Name> names, boolean editors, boolean organization, String issued, String rest) { }

    private record NameList(List<Name> names, int end, boolean editors) { }

    // Names. An initial may be a transliterated digraph: Yu., Zh.
    private static final String INITIAL = "(?:\\p{Lu}|Yu|Ya|Ye|Yo|Zh|Ch|Sh|Kh|Ts)\\.";
    private static final String INITIALS = INITIAL + "(?:-?" + INITIAL + ")*";
    private static final String WORD = "\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*";
    private static final String PARTICLE = "(?:van|von|de|da|del|della|dos|das|di|du|der|den|la|le|bin|ibn|al|el|ter|ten)";
    /**
     * One word, or several joined by particles: de Waal, Van Evera, Bueno de Mesquita. Two
     * capitalized words are not one family name here: "Barry Buzan, Ole Wæver" are two persons.
     */
    private static final String FAMILY = "(?:(?:" + PARTICLE + "|Van|Von|De|Del|Della|Di|Du|Da|La|Le|Al|El|Ter|Ten)\\s+)?(?:" + PARTICLE + "\\s+)*" + WORD
            + "(?:\\s+(?:" + PARTICLE + "\\s+)+" + WORD + ")?";
    /** Given names: words then initials (Henry E.), initials then a word (M. Steven), or initials alone. */
    private static final String GIVEN_WORD = "(?!(?:Yu|Ya|Ye|Yo|Zh|Ch|Sh|Kh|Ts)\\.)" + WORD;
    private static final String GIVEN = "(?:" + INITIALS + "\\s+)?" + GIVEN_WORD + "(?:\\s+" + GIVEN_WORD + ")?(?:\\s+" + INITIALS + ")*|" + INITIALS + "(?:\\s+" + INITIALS + ")*";
    private static final String SUFFIX = "(?:Jr\\.|Sr\\.|II|III|IV)(?!\\p{L})";
    /** Where a name may end: a comma, a period, "and"/"&", a parenthesis, or a space after its initial's period. */
    private static final String NAME_END = "(?=[,.]|\\s+(?:and|&)\\s|\\s*\\(|(?<=\\.)\\s)";
    private static final Pattern INVERTED = Pattern.compile("(?<family>" + FAMILY + "),\\s+(?<given>" + GIVEN + ")(?:,?\\s+(?<suffix>" + SUFFIX + "))?" + NAME_END);
    private static final Pattern NATURAL = Pattern.compile("(?<given>(?:" + WORD + "|" + INITIALS + ")(?:\\s+(?:" + WORD + "|" + INITIALS + ")){0,2})\\s+(?<family>(?:"
            + PARTICLE + "\\s+)*" + WORD + ")(?:,?\\s+(?<suffix>" + SUFFIX + "))?" + NAME_END);
    private static final Pattern ONLY_INITIALS = Pattern.compile(INITIALS + "(?:\\s+" + INITIALS + ")*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s+(?:and\\s+|&\\s+|(?:\\.\\s?\\.\\s?\\.|…)\\s+)?|\\s+(?:and|&)\\s+");
    private static final Pattern ET_AL = Pattern.compile(",?\\s+et\\s+al\\.");
    private static final Pattern ROLE = Pattern.compile(",\\s+(?:eds?\\.|editors?)|\\s+\\((?:Eds?\\.|Ed\\.)\\)");
    /** An organization as an author: capitalized words and the small words between them. */
    private static final String ORGANIZATION = "(?<org>\\p{Lu}[\\p{L}\\p{N}.'’&\\-]*(?:,?\\s+(?:of|for|and|the|on|in|at|to|de|du|des|für|&|\\p{Lu}[\\p{L}\\p{N}.'’&\\-]*)){0,14}?)";

    /** A comma and an initial: a list of persons that the name grammar did not take, no institution. */
    private static final Pattern PERSON_IN_LIST = Pattern.compile(",\\s+" + INITIAL);

    // Dates.
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final Pattern APA_DATE = Pattern.compile("\\((?:(?<y>\\d{4})[a-z]?(?:,\\s*(?<md>[^()]{2,30}))?|n\\.\\s?d\\.|in press|forthcoming)\\)\\.?\\s*");
    private static final Pattern AD_YEAR = Pattern.compile("(?:(?<y>\\d{4})[a-z]?|n\\.\\s?d|forthcoming)\\.\\s+");
    private static final Pattern APA_ORGANIZATION = Pattern.compile(ORGANIZATION + "\\.?\\s+(?=\\((?:\\d{4}|n\\.\\s?d\\.))");
    private static final Pattern AD_ORGANIZATION = Pattern.compile(ORGANIZATION + "\\.\\s+(?=(?:\\d{4}[a-z]?|n\\.\\s?d)\\.\\s)");
    private static final Pattern MDY = Pattern.compile("\\b(?<m>" + MONTH + ")\\.?\\s+(?<d>\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+(?<y>\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(?<d>\\d{1,2})\\s+(?<m>" + MONTH + ")\\.?,?\\s+(?<y>\\d{4})\\b");
    private static final Pattern MY = Pattern.compile("\\b(?<m>" + MONTH + ")\\.?(?:[/–-]" + MONTH + "\\.?)?,?\\s+(?<y>\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?<y>1[5-9]\\d{2}|20\\d{2})[a-z]?\\b");

    // Links.
    private static final Pattern URL = Pattern.compile("<?((?:https?|ftp)://[^\\s<>]+)>?");
    private static final Pattern BARE_URL = Pattern.compile("(?<=^|[\\s,])((?:www\\.)?[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}/[^\\s,<>]*)");
    private static final Pattern RETRIEVED_FROM = Pattern.compile("(?i)\\bRetrieved\\s+(?:on\\s+)?(?:[^.]*?\\d{4},?\\s+)?from\\s*");
    private static final Pattern ACCESSED = Pattern.compile("(?i)(?<=^|[.,”\"]\\s?)\\s*(?:Accessed|Retrieved)\\s+(?:on\\s+)?[^.]*?\\d{4}");
    private static final Pattern DOI_TEXT = Pattern.compile("(?i)\\bdoi:\\s*10\\.\\S+");

    // APA's body.
    private static final String PAGE = "(?:Article\\s+)?[A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–—]\\s*[A-Za-z]?\\d+[A-Za-z]?)?";
    private static final Pattern APA_ARTICLE = Pattern.compile("(?<head>.+?[.?!])\\s+(?<cont>[^.?!()]*[^\\s.?!(),]),\\s+(?<vol>\\d+[A-Za-z]?)(?:\\s*\\((?<iss>[^()]+)\\))?(?:,\\s+(?<pages>" + PAGE + "))?");
    private static final Pattern APA_IN = Pattern.compile("(?<=[.?!])\\s+In\\s+(?=\\S)");
    private static final Pattern APA_EDITORS = Pattern.compile("(?<eds>[^()]+?)\\s+\\((?:Eds?\\.|Ed\\.)\\),\\s+");
    private static final Pattern TRAILING_GROUP = Pattern.compile("(?<t>.+?)\\s*(?:\\((?<paren>[^()]+)\\)|\\[(?<bracket>[^\\[\\]]+)\\])");
    private static final Pattern NEWS_PAGE = Pattern.compile("(?<cont>.+?),\\s+(?:pp?\\.\\s*)?(?<page>[A-Z]?\\d+(?:\\s*[-–]\\s*[A-Z]?\\d+)?)");
    private static final Pattern PAGES_IN = Pattern.compile("\\bpp?\\.\\s*(?<p>\\d+(?:\\s*[-–—]\\s*\\d+)?)");
    private static final Pattern VOLUME_IN = Pattern.compile("(?i)\\bVol\\.\\s*(?<v>[\\w\\-–]+)");
    private static final Pattern SERIES_NUMBER = Pattern.compile("(?i)\\b(?:No\\.|Nos\\.|Number|(?:Report|Paper|Brief|Memo)(?=\\s+\\d))\\s*(?<n>[\\w\\-/.]+)");
    private static final Pattern SERIES = Pattern.compile("(?i)\\b(?:Report|Paper|Brief|Memo|Series)\\b");

    // Chicago's and MLA's bodies. A volume is no year: "New York Times, October 5, 2022" has none.
    private static final String VOLUME = "(?!(?:1[5-9]|20)\\d\\d\\b)\\d+[A-Za-z]?";
    private static final Pattern MLA_PERIODICAL = Pattern.compile("(?<cont>[^,]+?),\\s+(?:vol\\.\\s*(?<vol>[^,\\s]+))?(?:,?\\s*no\\.\\s*(?<iss>[^,\\s]+))?,\\s+(?<date>[^,]*?\\d{4})(?:,\\s+pp?\\.\\s*(?<pages>[^,\\s]+))?(?:,.*)?");
    private static final Pattern BIBLIOGRAPHY_ARTICLE = Pattern.compile("(?<cont>.+?),?\\s+(?<vol>" + VOLUME + ")(?:,\\s+no\\.\\s*(?<iss>[\\w/–\\-]+))?\\s*\\((?<date>[^()]*\\d{4}[^()]*)\\)(?:\\s*:\\s*(?<pages>\\w+(?:\\s*[-–—]\\s*\\w+)?(?:,\\s*\\w+(?:\\s*[-–—]\\s*\\w+)?)*))?");
    private static final Pattern AUTHOR_DATE_ARTICLE = Pattern.compile("(?<cont>.+?),?\\s+(?<vol>" + VOLUME + ")(?:\\s*\\((?<iss>[^()]+)\\)|,\\s+no\\.\\s*(?<iss2>[\\w/–\\-]+))?(?:\\s*:\\s*(?<pages>\\w+(?:\\s*[-–—]\\s*\\w+)?(?:,\\s*\\w+(?:\\s*[-–—]\\s*\\w+)?)*))?");
    private static final Pattern MLA_CHAPTER = Pattern.compile("(?<book>.+?),\\s+edited\\s+by\\s+(?<eds>.+?),\\s+(?<pub>[^,]+),\\s+(?<date>[^,]*\\d{4})(?:,\\s+pp?\\.\\s*(?<pages>[^,\\s]+))?");
    private static final Pattern EDITED_BY = Pattern.compile("(?i),?\\s*(?:edited\\s+by|eds?\\.)\\s+(?<eds>.+)$");
    private static final Pattern PAGES_ALONE = Pattern.compile("(?:pp?\\.\\s*)?(\\d+\\s*[-–—]\\s*\\d+)");
    private static final Pattern CHAPTER_PAGES = Pattern.compile(",\\s+(?:pp?\\.\\s*)?(?<p>\\d+\\s*[-–—]\\s*\\d+)$");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("(?<place>[^:]{2,60}?)\\s*:\\s*(?<pub>.+)");
    private static final Pattern FACTS_DATE = Pattern.compile(",\\s+(?<date>(?:" + MONTH + "\\.?\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}[a-z]?)$");
    private static final Pattern EDITION = Pattern.compile("(?i)^(?:(?:\\d+\\w*|rev\\.|revised|new|and|expanded|updated|enlarged|second|third|fourth|fifth)\\s+)+(?:ed\\.|edition)(?:,\\s*|$)");
    private static final Pattern BY = Pattern.compile("(?i)^(?<role>edited|translated|trans\\.|ed\\.)\\s*(?:by\\s+)?(?<names>.+)$");
    private static final Pattern PUBLISHER_WORD = Pattern.compile("(?i)\\b(?:Press|Publish\\w*|Books|Verlag|Publications|Editions|Routledge|Palgrave|Macmillan|Wiley|Springer|Sage|Penguin|Tauris|Norton)\\b");

    private AuthorDateStyle() { }

    /** The entry read, or null where it does not open as an author-first reference. */
    static Parsed parse(String segment) {
        String s = segment.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (Fields.hasHan(s)) {
            // Chinese names or a Chinese title: APA only, read by its own small grammar.
            return ApaChinese.parse(s);
        }
        // Cyrillic names and titles are read in APA's form only: GOST's "Иванов И. И. Title // …" stays with RussianStyle.
        boolean cyrillic = Fields.hasCyrillic(s.replaceAll("(?:https?|ftp)://\\S+", ""));
        Head head = head(s);
        if (head != null && cyrillic && head.form() != Form.APA) {
            return null;
        }
        if (head == null || head.organization() && head.form() == Form.APA && titleBeforeSite(head)) {
            return titleFirst(s);
        }
        Work w = new Work();
        (head.editors() ? w.editor : w.author).addAll(head.names());
        w.issued = head.issued();
        String body = links(head.rest(), w);
        boolean ok = head.form() == Form.APA ? apa(body, w, head) : chicagoOrMla(body, w, head);
        w.language = cyrillic ? "ru" : "en";
        if (cyrillic) {
            issueNumbered(w);
        }
        return ok && w.isCitation() ? new Parsed(w, null) : null;
    }

    /**
     * Russian (and Chinese) journals number their issues through the year and have no volume:
     * APA prints that issue bare, "Полис, 3, 20–31", where an English journal's number is its volume.
     */
    static void issueNumbered(Work w) {
        if ("article-journal".equals(w.type) && w.volume != null && w.issue == null) {
            w.issue = w.volume;
            w.volume = null;
        }
    }

    /**
     * "Russian Border Guards Leave Yerevan Airport. (2024, July 31). Radio Free Europe. URL" read
     * as an organization's: where the one sentence after the date names an outlet or an
     * institution and the supposed author names none, the entry has no author and opens with its
     * title.
     */
    private static boolean titleBeforeSite(Head h) {
        String author = h.names().get(0).literal();
        String body = links(h.rest(), new Work());
        if (body.isEmpty()) {
            // "SCO Heads of State Council Meeting. (2025, September 1). URL": an author needs a title after the date.
            return true;
        }
        return sentences(body).size() == 1 && !Types.isOrganization(author)
                && (Types.isOrganization(body) || "article-newspaper".equals(Types.byOutlet(body)));
    }

    /** Where an APA entry without an author has its date: after the title's closing mark. */
    private static final Pattern DATE_AFTER_TITLE = Pattern.compile("[.?!？！]\\s+(?=\\((?:\\d{4}|n\\.\\s?d\\.))");

    /**
     * An APA entry without an author: "Title. (2025, July 9). Site or Publisher. URL". The
     * date must follow the first sentence's closing mark and close with a period.
     */
    private static Parsed titleFirst(String s) {
        Matcher at = DATE_AFTER_TITLE.matcher(s);
        if (!at.find()) {
            return null;
        }
        String rest = s.substring(at.end());
        Matcher d = APA_DATE.matcher(rest);
        if (!d.lookingAt() || !rest.substring(0, d.end()).strip().endsWith(").")) {
            return null;
        }
        String head = s.substring(0, at.start() + 1);
        if (URL.matcher(head).find() || head.contains("“") && !head.contains("”")) {
            return null;
        }
        Work w = new Work();
        w.title = title(head);
        w.issued = apaDate(d);
        w.language = Fields.hasCyrillic(w.title) ? "ru" : "en";
        source(links(rest.substring(d.end()), w), w, "ru".equals(w.language));
        return w.isCitation() ? new Parsed(w, null) : null;
    }

    private static final Pattern JOURNAL_NUMBERS = Pattern.compile("(?<cont>.+?),\\s+(?:(?<vol>\\d+[A-Za-z]?)\\s*)?(?:\\((?<iss>[^()]+)\\))?(?:,\\s+(?<pages>" + PAGE + "))?");

    /**
     * What follows the date of an entry whose title came first, or follows a Chinese entry's
     * title: nothing, a journal and its numbers, a newspaper, a site, or a publisher. A document
     * an institution issues (a declaration, a concept) with only a year has the institution as
     * its publisher; "In Site" is a container.
     */
    static void source(String tail, Work w, boolean numberIsIssue) {
        String t = Fields.trimEnd(tail.replace("*", ""));
        boolean in = t.startsWith("In ");
        if (in) {
            t = t.substring(3).strip();
        }
        boolean dated = w.issued != null && w.issued.length() > 4;
        Matcher j = JOURNAL_NUMBERS.matcher(t);
        boolean numbered = j.matches() && (j.group("vol") != null || j.group("iss") != null);
        if (t.isEmpty()) {
            w.type = w.url != null ? "webpage" : "book";
        } else if (numbered && j.group("iss") == null && "article-newspaper".equals(Types.byOutlet(j.group("cont")))
                && !j.group("cont").strip().endsWith("学报")) {
            w.type = "article-newspaper";
            w.containerTitle = j.group("cont").strip();
            w.page = j.group("vol");
        } else if (numbered) {
            w.type = "article-journal";
            w.containerTitle = j.group("cont").strip();
            w.volume = j.group("vol");
            w.issue = j.group("iss") == null ? null : j.group("iss").strip();
            w.page = j.group("pages") == null ? null : Fields.pages(j.group("pages").replaceFirst("^Article\\s+", ""));
            if (numberIsIssue) {
                issueNumbered(w);
            }
        } else if (!in && (PUBLISHER_WORD.matcher(t).find() || t.endsWith("出版社")
                || !dated && Types.isOrganization(t) && (w.url == null || Types.byTitle(w.title) != null))) {
            w.publisher = t;
            w.type = w.url != null && !Types.isOrganization(t) ? "webpage" : PUBLISHER_WORD.matcher(t).find() || t.endsWith("出版社") ? "book" : "report";
        } else if (in || w.url != null || dated || !"webpage".equals(Types.byOutlet(t))) {
            w.containerTitle = t;
            w.type = Types.byOutlet(t);
        } else {
            w.publisher = t;
            w.type = "book";
        }
        String byTitle = Types.byTitle(w.title);
        if (w.author.isEmpty() && byTitle != null && !"report".equals(byTitle) && !w.type.startsWith("article")) {
            w.type = byTitle;
        }
    }

    /** True where the text opens as an author-first reference does (names, then a date or a title). */
    static boolean opens(String segment) {
        String s = segment.strip();
        return !s.isEmpty() && !Fields.hasHan(s) && !Fields.hasCyrillic(s) && head(s) != null;
    }

    private static Head head(String s) {
        NameList names = names(s);
        if (names != null) {
            String rest = s.substring(names.end()).strip();
            Matcher d = APA_DATE.matcher(rest);
            if (d.lookingAt()) {
                return new Head(Form.APA, names.names(), names.editors(), false, apaDate(d), rest.substring(d.end()));
            }
            Matcher y = AD_YEAR.matcher(rest);
            if (y.lookingAt()) {
                return new Head(Form.CHICAGO_AUTHOR_DATE, names.names(), names.editors(), false, y.group("y"), rest.substring(y.end()));
            }
            if (rest.matches("(?s)[“\"*\\p{Lu}\\d].*")) {
                return new Head(Form.BIBLIOGRAPHY, names.names(), names.editors(), false, null, rest);
            }
            return null;
        }
        Matcher org = APA_ORGANIZATION.matcher(s);
        if (org.lookingAt() && !PERSON_IN_LIST.matcher(org.group("org")).find()) {
            String rest = s.substring(org.end());
            Matcher d = APA_DATE.matcher(rest);
            if (d.lookingAt()) {
                return new Head(Form.APA, List.of(Name.literal(Fields.trimEnd(org.group("org")))), false, true, apaDate(d), rest.substring(d.end()));
            }
        }
        org = AD_ORGANIZATION.matcher(s);
        if (org.lookingAt() && !PERSON_IN_LIST.matcher(org.group("org")).find()) {
            String rest = s.substring(org.end());
            Matcher y = AD_YEAR.matcher(rest);
            if (y.lookingAt()) {
                return new Head(Form.CHICAGO_AUTHOR_DATE, List.of(Name.literal(Fields.trimEnd(org.group("org")))), false, true, y.group("y"), rest.substring(y.end()));
            }
        }
        return null;
    }

    /**
     * The inverted name list an entry opens with: "Family, G. G., Family, G., &amp; Family, G."
     * (APA: all inverted) or "Family, Given, and Given Family" (Chicago, MLA: the first only),
     * with "et al." and an editors' role; null where the first name is not inverted.
     */
    private static NameList names(String s) {
        Matcher m = INVERTED.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        List<Name> out = new ArrayList<>();
        out.add(person(m));
        // With initials, APA inverts every name; with given names, Chicago and MLA the first only.
        boolean invertAll = ONLY_INITIALS.matcher(m.group("given")).matches();
        int pos = m.end();
        while (true) {
            Matcher sep = NAME_SEPARATOR.matcher(s).region(pos, s.length());
            if (!sep.lookingAt()) {
                break;
            }
            int at = sep.end();
            Matcher first = (invertAll ? INVERTED : NATURAL).matcher(s).region(at, s.length());
            Matcher second = (invertAll ? NATURAL : INVERTED).matcher(s).region(at, s.length());
            if (first.lookingAt()) {
                out.add(person(first));
                pos = first.end();
            } else if (second.lookingAt()) {
                out.add(person(second));
                pos = second.end();
            } else {
                break;
            }
        }
        Matcher etAl = ET_AL.matcher(s).region(pos, s.length());
        if (etAl.lookingAt()) {
            pos = etAl.end();
        }
        boolean editors = false;
        Matcher role = ROLE.matcher(s).region(pos, s.length());
        if (role.lookingAt()) {
            editors = true;
            pos = role.end();
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
        } else if (s.charAt(pos - 1) != '.' && !s.startsWith(" (", pos)) {
            return null;
        }
        if (pos >= s.length() || !Character.isWhitespace(s.charAt(pos))) {
            return null;
        }
        // "Henry Farrell, Abraham L. Newman, “…”": a family name and a comma after the initial.
        if (s.charAt(pos - 1) == '.' && s.substring(pos).matches("\\s+" + WORD + ",.*")) {
            return null;
        }
        return new NameList(out, pos, editors);
    }

    private static Name person(Matcher m) {
        String given = m.group("given").strip();
        if (m.group("suffix") != null) {
            given = given + ", " + m.group("suffix");
        }
        return Name.person(m.group("family").strip(), given);
    }

    /** Persons in their natural order, as editors follow "In" or "edited by": "H. E. Hale &amp; A. Aslund". */
    private static List<Name> natural(String list) {
        List<Name> out = new ArrayList<>();
        String l = Fields.trimEnd(list).replaceAll(",?\\s+et\\s+al\\.?$", "");
        for (String p : l.split("\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+")) {
            if (p.matches(SUFFIX) && !out.isEmpty()) {
                Name last = out.remove(out.size() - 1);
                out.add(Name.person(last.family(), last.given() + ", " + p));
                continue;
            }
            Name n = EnglishStyle.person(p);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** APA's date: (2019), (2021, May 3), (2020, Spring), (n.d.). */
    private static String apaDate(Matcher d) {
        String y = d.group("y");
        if (y == null) {
            return null;
        }
        String md = d.group("md");
        if (md != null) {
            String precise = date(md.strip().replaceAll("^(" + MONTH + "\\.?)\\s+(\\d{1,2})", "$1 $2,") + " " + y);
            if (precise != null && precise.startsWith(y)) {
                return precise;
            }
        }
        return y;
    }

    /** The first date in a text, as ISO: "May 3, 2021", "3 May 2021", "Sept. 2019", "2019". */
    static String date(String s) {
        Matcher m = MDY.matcher(s);
        if (m.find()) {
            return m.group("y") + "-" + month(m.group("m")) + "-" + two(m.group("d"));
        }
        m = DMY.matcher(s);
        if (m.find()) {
            return m.group("y") + "-" + month(m.group("m")) + "-" + two(m.group("d"));
        }
        m = MY.matcher(s);
        if (m.find()) {
            return m.group("y") + "-" + month(m.group("m"));
        }
        m = YEAR.matcher(s);
        return m.find() ? m.group("y") : null;
    }

    private static String month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String k = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(k)) {
                return two(String.valueOf(i + 1));
            }
        }
        return "00";
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    /**
     * Takes the URL and DOI out of the body, with "Retrieved … from" and "Accessed …", which
     * date a visit and not the work.
     */
    private static String links(String body, Work w) {
        w.doi = Fields.doi(body);
        String b = RETRIEVED_FROM.matcher(body).replaceAll("");
        Matcher u = URL.matcher(b);
        if (u.find()) {
            w.url = Fields.cleanUrl(u.group(1).replaceAll("[.,;)]+$", ""));
            b = u.replaceAll(" ");
        } else {
            Matcher bare = BARE_URL.matcher(b);
            if (bare.find()) {
                w.url = "https://" + Fields.cleanUrl(bare.group(1).replaceAll("[.,;)]+$", ""));
                b = b.substring(0, bare.start()) + " " + b.substring(bare.end());
            }
        }
        if (w.doi != null && (w.url == null || w.url.contains("doi.org/"))) {
            w.url = w.url == null ? null : "https://doi.org/" + w.doi;
        }
        b = DOI_TEXT.matcher(b).replaceAll(" ");
        b = ACCESSED.matcher(b).replaceAll(" ");
        return b.replaceAll("\\s+", " ").replaceAll("\\s+([.,])", "$1").replaceAll("[\\s,;.]+$", "").strip();
    }

    // ---------------------------------------------------------------- APA

    private static boolean apa(String body, Work w, Head h) {
        String b = body.replace("*", "");
        if (b.isEmpty()) {
            return false;
        }
        Matcher a = APA_ARTICLE.matcher(b);
        if (a.matches()) {
            w.type = "article-journal";
            w.title = title(a.group("head"));
            w.containerTitle = a.group("cont").strip();
            w.volume = a.group("vol");
            w.issue = a.group("iss") == null ? null : a.group("iss").strip();
            w.page = a.group("pages") == null ? null : Fields.pages(a.group("pages").replaceFirst("^Article\\s+", ""));
            return true;
        }
        Matcher in = APA_IN.matcher(b);
        if (in.find()) {
            w.type = "chapter";
            w.title = title(b.substring(0, in.start()));
            String after = b.substring(in.end());
            Matcher eds = APA_EDITORS.matcher(after);
            if (eds.lookingAt()) {
                w.editor.addAll(natural(eds.group("eds")));
                after = after.substring(eds.end());
            }
            List<String> parts = sentences(after);
            String book = parts.get(0);
            Matcher g = TRAILING_GROUP.matcher(book);
            if (g.matches() && g.group("paren") != null) {
                book = g.group("t");
                groupFacts(g.group("paren"), w);
            }
            w.containerTitle = title(book);
            if (parts.size() > 1) {
                publisher(String.join(". ", parts.subList(1, parts.size())), w);
            }
            return true;
        }
        List<String> parts = sentences(b);
        String tail = parts.size() > 1 ? parts.get(parts.size() - 1) : null;
        String t = parts.size() > 1 ? b.substring(0, b.lastIndexOf(tail)) : b;
        boolean series = false;
        boolean thesis = false;
        Matcher g = TRAILING_GROUP.matcher(Fields.trimEnd(t));
        while (g.matches()) {
            if (g.group("paren") != null) {
                series |= groupFacts(g.group("paren"), w);
            } else if (g.group("bracket").matches("(?i).*\\b(?:dissertation|thesis)\\b.*")) {
                thesis = true;
                String[] where = g.group("bracket").split(",\\s*", 2);
                if (where.length == 2) {
                    w.publisher = where[1].strip();
                }
            }
            t = g.group("t");
            g = TRAILING_GROUP.matcher(t);
        }
        w.title = title(t);
        boolean dated = w.issued != null && w.issued.length() > 4;
        if (thesis) {
            w.type = "thesis";
        } else if (series) {
            w.type = "report";
            if (tail != null) {
                publisher(tail, w);
            }
        } else if (tail != null) {
            Matcher np = NEWS_PAGE.matcher(tail);
            boolean site = w.url != null && w.doi == null && !PUBLISHER_WORD.matcher(tail).find() && !tail.contains(":");
            if (dated || site) {
                if (dated && np.matches()) {
                    w.containerTitle = np.group("cont").strip();
                    w.page = Fields.pages(np.group("page"));
                } else {
                    w.containerTitle = tail;
                }
                w.type = Types.byOutlet(w.containerTitle);
            } else {
                publisher(tail, w);
                w.type = bookOrReport(w, h);
            }
        } else if (w.url != null) {
            w.type = h.organization() && Types.isReportTitle(w.title) ? "report" : "webpage";
        } else {
            w.type = h.organization() ? "report" : "book";
        }
        byTitle(w, h);
        return true;
    }

    /**
     * The facts in parentheses after a title: "2nd ed.", "Report No. 266", "Vol. 2", "pp. 45–67".
     * True where they name a series number (a report's).
     */
    private static boolean groupFacts(String facts, Work w) {
        boolean series = false;
        for (String f : facts.split("\\s*[,;]\\s*")) {
            Matcher p = PAGES_IN.matcher(f);
            Matcher v = VOLUME_IN.matcher(f);
            Matcher n = SERIES_NUMBER.matcher(f);
            if (p.find()) {
                w.page = Fields.pages(p.group("p"));
            } else if (v.find()) {
                w.volume = v.group("v");
            } else if (n.find()) {
                w.number = n.group("n").replaceAll("\\.$", "");
                series = true;
            } else if (SERIES.matcher(f).find()) {
                series = true;
            }
        }
        return series;
    }

    /** "Place: Publisher" or "Publisher". */
    private static void publisher(String text, Work w) {
        String t = Fields.trimEnd(text.replace("*", ""));
        Matcher pp = PLACE_PUBLISHER.matcher(t);
        if (pp.matches()) {
            w.publisherPlace = pp.group("place").strip();
            w.publisher = pp.group("pub").strip();
        } else if (!t.isEmpty()) {
            w.publisher = t;
        }
    }

    private static String bookOrReport(Work w, Head h) {
        if (w.number != null) {
            return "report";
        }
        boolean institution = w.publisher != null && Types.isOrganization(w.publisher) && !PUBLISHER_WORD.matcher(w.publisher).find();
        if (institution || h.organization() && w.publisher == null || h.organization() && Types.isReportTitle(w.title)) {
            return "report";
        }
        return "book";
    }

    /** A treaty, a law or an official document that an institution issues is typed by its title. */
    private static void byTitle(Work w, Head h) {
        if (!h.organization() && !h.names().isEmpty()) {
            return;
        }
        String t = Types.byTitle(w.title);
        if (t != null && !"report".equals(t) && !w.type.startsWith("article") && !"chapter".equals(w.type)) {
            w.type = t;
        }
    }

    // ---------------------------------------------------------------- Chicago and MLA

    private static boolean chicagoOrMla(String body, Work w, Head h) {
        String title;
        String after;
        boolean quoted = false;
        char c0 = body.isEmpty() ? ' ' : body.charAt(0);
        if (c0 == '“' || c0 == '"') {
            int end = c0 == '“' ? ChineseStyle.closing(body, 0, '“', '”') : body.indexOf('"', 1);
            if (end < 0) {
                return false;
            }
            title = body.substring(1, end);
            after = body.substring(end + 1);
            quoted = true;
        } else if (c0 == '*') {
            int end = body.indexOf('*', 1);
            if (end < 0) {
                return false;
            }
            title = body.substring(1, end);
            after = body.substring(end + 1);
        } else {
            List<String> parts = sentences(body);
            title = parts.get(0);
            after = body.substring(Math.min(body.length(), body.indexOf(title) + title.length()));
        }
        w.title = title(title);
        after = after.replaceFirst("^[\\s.,]+", "").strip();
        List<String> parts = after.isEmpty() ? List.of() : sentences(after);
        if (!parts.isEmpty() && parts.get(0).startsWith("In ")) {
            chapter(parts, w);
        } else if (quoted && !parts.isEmpty() && MLA_CHAPTER.matcher(parts.get(0)).matches()) {
            Matcher m = MLA_CHAPTER.matcher(parts.get(0));
            m.matches();
            w.type = "chapter";
            w.containerTitle = title(m.group("book"));
            w.editor.addAll(natural(m.group("eds")));
            w.publisher = Fields.unitalic(m.group("pub"));
            issued(m.group("date"), w);
            if (m.group("pages") != null) {
                w.page = Fields.pages(m.group("pages"));
            }
        } else if (quoted && parts.isEmpty()) {
            // “Title.” and a URL: a page of a site the entry does not name.
            w.type = "webpage";
            return w.url != null && h.form() == Form.CHICAGO_AUTHOR_DATE;
        } else if (quoted) {
            if (!periodical(String.join(". ", parts), w, h)) {
                return false;
            }
        } else {
            book(parts, w, h);
        }
        return w.issued != null || h.form() == Form.CHICAGO_AUTHOR_DATE;
    }

    /** "In Book, edited by Given Family, 10–20. Place: Publisher, 2018." */
    private static void chapter(List<String> parts, Work w) {
        w.type = "chapter";
        String first = parts.get(0).substring(3).strip();
        Matcher p = CHAPTER_PAGES.matcher(first);
        if (p.find()) {
            w.page = Fields.pages(p.group("p"));
            first = first.substring(0, p.start());
        }
        Matcher e = EDITED_BY.matcher(first);
        if (e.find()) {
            w.editor.addAll(natural(e.group("eds")));
            first = first.substring(0, e.start());
        }
        w.containerTitle = title(first);
        for (String f : parts.subList(1, parts.size())) {
            Matcher pg = PAGES_ALONE.matcher(f.strip());
            if (pg.matches()) {
                w.page = Fields.pages(pg.group(1));
            } else {
                facts(f, w);
            }
        }
    }

    /** Publication facts: "Place: Publisher, 2018", "Publisher, 2018", "Place: Publisher". */
    private static void facts(String text, Work w) {
        String t = Fields.trimEnd(text.replace("*", ""));
        Matcher d = FACTS_DATE.matcher(t);
        if (d.find()) {
            String iso = date(d.group("date"));
            if (w.issued == null || iso != null && iso.startsWith(w.issued)) {
                w.issued = iso;
            }
            t = t.substring(0, d.start()).strip();
        } else if (date(t) != null && t.matches("[\\p{L}.]*\\s*\\d{0,2},?\\s*\\d{4}[a-z]?")) {
            if (w.issued == null) {
                w.issued = date(t);
            }
            return;
        }
        if (!t.isEmpty()) {
            publisher(t, w);
        }
    }

    /** The date of the facts where it is the head's year made precise, or where the head has none. */
    private static void issued(String text, Work w) {
        String iso = date(text);
        if (iso != null && (w.issued == null || iso.startsWith(w.issued))) {
            w.issued = iso;
        }
    }

    /** A quoted title's container: a journal (three styles), a newspaper or a site. */
    private static boolean periodical(String after, Work w, Head h) {
        String a = after.replace("*", "");
        List<Pattern> order = h.form() == Form.CHICAGO_AUTHOR_DATE
                ? List.of(AUTHOR_DATE_ARTICLE, MLA_PERIODICAL, BIBLIOGRAPHY_ARTICLE)
                : List.of(BIBLIOGRAPHY_ARTICLE, MLA_PERIODICAL, AUTHOR_DATE_ARTICLE);
        for (Pattern p : order) {
            Matcher m = p.matcher(a);
            if (!m.matches()) {
                continue;
            }
            if (p == MLA_PERIODICAL && m.group("vol") == null && m.group("iss") == null) {
                continue;
            }
            w.type = "article-journal";
            w.containerTitle = m.group("cont").strip();
            w.volume = m.group("vol");
            String iss = p == AUTHOR_DATE_ARTICLE ? (m.group("iss") != null ? m.group("iss") : m.group("iss2")) : m.group("iss");
            w.issue = iss == null ? null : iss.strip();
            if (p != AUTHOR_DATE_ARTICLE) {
                issued(m.group("date"), w);
            }
            if (m.group("pages") != null) {
                w.page = Fields.pages(m.group("pages"));
            }
            return true;
        }
        // A newspaper, a magazine or a site: "New York Times, May 3, 2021", "The Guardian, 3 May 2021".
        Matcher d = firstDate(a);
        String container;
        if (d != null) {
            container = a.substring(0, d.start());
            issued(d.group(), w);
        } else {
            container = sentences(a).get(0);
        }
        container = Fields.trimEnd(container);
        if (container.isEmpty()) {
            w.type = "webpage";
            return w.url != null;
        }
        if (w.url == null && (w.issued == null || w.issued.length() == 4) && Types.isOrganization(container)
                && !"article-newspaper".equals(Types.byOutlet(container))) {
            // “Title.” Carnegie Moscow Center, 2014. — an institution's paper, not a page of its site.
            w.type = "report";
            w.publisher = container;
            return true;
        }
        w.containerTitle = container;
        w.type = Types.byOutlet(container);
        return true;
    }

    private static Matcher firstDate(String s) {
        for (Pattern p : List.of(MDY, DMY, MY, YEAR)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** A book's sentences after its title: editions, editors, translators, series, then the imprint. */
    private static void book(List<String> parts, Work w, Head h) {
        boolean series = false;
        List<String> others = new ArrayList<>();
        for (String raw : parts) {
            String f = raw.strip();
            Matcher ed = EDITION.matcher(f);
            if (ed.find()) {
                f = f.substring(ed.end()).strip();
                if (f.isEmpty()) {
                    continue;
                }
            }
            Matcher by = BY.matcher(f);
            if (by.matches() && !f.contains(":")) {
                String list = by.group("names");
                // MLA runs on to the imprint: "Translated by A B and C D, Vintage Books, 1993".
                Matcher imprint = Pattern.compile(",\\s+(?=[^,]*(?:,\\s*)?\\d{4}[a-z]?$)").matcher(list);
                if (imprint.find()) {
                    others.add(list.substring(imprint.end()));
                    list = list.substring(0, imprint.start());
                }
                List<Name> names = natural(list);
                (by.group("role").toLowerCase(Locale.ROOT).startsWith("t") ? w.translator : w.editor).addAll(names);
            } else if (f.matches("(?i)Vol\\.\\s*\\w+(?:,.*)?")) {
                // "Vol. 1, Paradoxes of Power, 1878–1928": the volume's own title is left out.
                w.volume = f.replaceFirst("(?i)Vol\\.\\s*(\\w+).*", "$1");
            } else if (SERIES.matcher(f).find() && SERIES_NUMBER.matcher(f).find() && !f.contains(":")) {
                Matcher n = SERIES_NUMBER.matcher(f);
                n.find();
                w.number = n.group("n").replaceAll("\\.$", "");
                series = true;
            } else {
                others.add(f);
            }
        }
        // The imprint: the sentence with "Place: Publisher" or a closing year, else the last.
        String imprint = others.isEmpty() ? null : others.get(others.size() - 1);
        for (String f : others) {
            if (f.contains(":") || FACTS_DATE.matcher(Fields.trimEnd(f)).find()) {
                imprint = f;
            }
        }
        if (imprint != null) {
            facts(imprint, w);
        }
        if (w.publisher == null && w.url != null) {
            w.type = "webpage";
        } else {
            w.type = series ? "report" : bookOrReport(w, h);
        }
        byTitle(w, h);
    }

    // ---------------------------------------------------------------- sentences

    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "vs", "No", "Nos",
            "no", "Vol", "Vols", "vol", "pp", "Co", "Ltd", "Gen", "Col", "Lt", "Sen", "Rep", "Prof", "Gov", "Pres");

    /**
     * The sentences of a text: at a period (or ? and !) outside quotes, brackets and italics,
     * before a capital, a digit or an opening mark, unless it closes an initial or an
     * abbreviation (Mr., U.S., I.B.). A question or exclamation mark ends a sentence only in
     * the last: "Who Lost Russia? How … War. Publisher." keeps its title whole.
     */
    static List<String> sentences(String s) {
        List<Integer> strong = new ArrayList<>();
        List<Integer> weak = new ArrayList<>();
        int depth = 0;
        boolean italic = false;
        boolean straight = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("“([‘".indexOf(c) >= 0) {
                depth++;
            } else if ("”)]’".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '*') {
                italic = !italic;
            } else if (c == '"') {
                straight = !straight;
            } else if (".?!".indexOf(c) >= 0 && depth == 0 && !italic && !straight && i + 2 < s.length() && s.charAt(i + 1) == ' ') {
                char next = s.charAt(i + 2);
                if (!(Character.isUpperCase(next) || Character.isDigit(next) || "“\"*([".indexOf(next) >= 0)) {
                    continue;
                }
                if (c == '.' && abbreviation(s, i)) {
                    continue;
                }
                (c == '.' ? strong : weak).add(i);
            }
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int end : strong) {
            out.add(s.substring(from, end).strip());
            from = end + 1;
        }
        int lastStart = from;
        for (int end : weak) {
            if (end > lastStart) {
                out.add(s.substring(from, end + 1).strip());
                from = end + 1;
                break;
            }
        }
        String last = s.substring(from).strip();
        if (!last.isEmpty() || out.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static boolean abbreviation(String s, int period) {
        int k = period;
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1)) && "(“\"*".indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        String token = s.substring(k, period);
        return token.matches("\\p{Lu}") || token.matches("(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}") || ABBREVIATIONS.contains(token);
    }

    /** A title as printed, without its italics, quotes and closing period; ? and ! stay. */
    private static String title(String t) {
        return Fields.unitalic(t).replaceAll("^[“\"]|[”\"]$", "").replaceAll("[\\s.,;:]+$", "").strip();
    }
}
