package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References in the full form of GOST R 7.0.5-2008 / GOST 7.1-2003, in Russian or in a Latin
 * script: areas apart by " – " (". – ", an en dash or a hyphen with spaces), the statement of
 * responsibility after " / ", other title information after " : ", the host after " // ".
 * <pre>
 *   Иванов И. И. Название : подзаголовок / И. И. Иванов, П. П. Петров ; под ред. С. С. Сидорова. – М. : Наука, 2010. – 200 с.
 *   Петров П. П. Статья // Полис. Политические исследования. – 2019. – № 3. – С. 10–25.
 *   Сидоров С. С. Глава // Россия и мир : сб. ст. / под ред. А. А. Иванова. – М., 2015. – С. 5–20.
 *   Название [Электронный ресурс] // Сайт. – 2020. – 5 мая. – URL: https://… (дата обращения: 12.05.2023).
 *   Smith J. Title. – London : Routledge, 2018. – 300 p.
 * </pre>
 * The shorter Russian form without dashes ("Статья// Журнал. 2018. Т.16. №2. С.175.") is
 * {@link RussianStyle}'s; this grammar is used where a mark only the full form has is present
 * ({@link #applies}).
 */
final class GostStyle {

    /** What may open an area after a dash: a year, a place and colon, numbering, pages, a URL, an extent. */
    private static final String AREA_START = "(?:\\d{4}(?:\\s*г)?\\.?(?=\\s+[–—-]\\s|\\s*$)|\\d{4},\\s*(?=Т\\.|T\\.|Vol|№|No)|\\[?\\p{Lu}[\\p{L}\\-]*\\.\\s?[:;,]|\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*){0,2}\\s[:;]\\s|\\[?\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*){0,2}\\s?:\\s*[^,:;]{1,80},\\s*\\[?\\d{4}|\\[?\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*){0,2},\\s*\\d{4}"
            + "|М\\.|СПб\\.?|Т\\.\\s*\\d|T\\.\\s*\\d|№|No\\.|Nr\\.|Vol\\.|Bd\\.|Вып\\.|Iss\\.|С\\.\\s*\\d|P\\.\\s*\\d|S\\.\\s*\\d|pp?\\.\\s*\\d|URL|Режим доступа|ISBN|ISSN|DOI"
            + "|\\d+\\s*(?:с|p|S|стр|pp)\\.|Изд\\.|\\d+-е\\s+изд|\\d+(?:st|nd|rd|th)\\s+ed\\.|Текст\\s*:|Text\\s*:|\\d{1,2}\\s+\\p{L}+\\.?\\s*$|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\(\\p{L})";
    /** An area separator: a dash between spaces, before what opens an area or after a period. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<=\\.)\\s+[–—-]\\s+|(?<!\\d)\\s+[–—-]\\s+(?=" + AREA_START + ")");
    /**
     * Where the dashes are left out (". М. : Наука, 2010. 200 с."), a period before what can
     * only open an area: a place and publisher with a year, pages, an extent, a volume.
     */
    private static final Pattern DOTTED = Pattern.compile("(?<=\\.)\\s+(?=(?:М|Л|СПб|К|Мн)\\.\\s*[:;,]|\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+){0,2}\\s?:\\s*[^,:;/]{1,80},\\s*\\[?\\d{4}\\b|С\\.\\s*\\d|\\d+\\s*(?:с|p|S)\\.?\\s*$|Т\\.\\s*\\d|URL\\s*:"
            + "|(?:1[5-9]|20)\\d{2}(?:\\s*г)?\\.?(?:\\s|$)|\\d{1,2}\\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*(?:\\s+\\d{4})?(?:\\s*г)?\\.?(?:\\s|$))");
    /** The host's mark: " // " (a URL's "://" is not one). */
    private static final Pattern HOST = Pattern.compile("(?<![:/])\\s*//(?!/)\\s*");
    private static final Pattern ELECTRONIC = Pattern.compile("\\s*\\[(?:Электронный ресурс|Электронное издание|Electronic resource|Online|Elektronische Ressource|Ressource électronique|Текст|Text)\\]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A URL with its label, if any: "URL: https://…", "Режим доступа: http://…", a bare one. */
    private static final Pattern LINK = Pattern.compile("(?:(?:URL|Режим доступа|Available(?: at| from)?|Access mode|Mode of access)\\s*:\\s*)?<?(?<url>(?:https?|ftp)://[^\\s<>]+?)>?(?=[.,;]?(?:\\s|$))(?:\\s*[,.]?\\s*свободный)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ACCESSED = Pattern.compile("\\(\\s*(?:дата обращения|дата доступа|accessed|access date|date of access|retrieved|consulté le|abgerufen am)\\s*:?[^)]*\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String FAMILY = "\\p{Lu}(?:[\\p{Ll}’'`]|\\p{Lu}(?=\\p{Ll}))+(?:-\\p{Lu}?[\\p{Ll}’']+)?";
    private static final String PARTICLE = "(?:(?:de|da|van|von|der|den|di|du|la|le|ван|фон|де)\\s+)?";
    private static final String INITIALS_RU = "(?:\\p{Lu}\\p{Ll}?\\.\\s*(?:-\\s*\\p{Lu}\\.\\s*)?){1,2}";
    private static final String INITIALS_LAT = "(?:(?!(?:Mr|Ms|Dr|St|Mt|Jr|Sr)\\.)\\p{Lu}\\p{Ll}?\\.\\s*(?:-\\s*\\p{Lu}\\.\\s*)?){1,3}";
    /** Authors before the title: Фамилия И. О. (with or without a comma), one to three, perhaps "и др." / "et al.". */
    private static final Pattern HEADING = Pattern.compile("^(?<list>(?:" + PARTICLE + FAMILY + ",?\\s+(?:" + INITIALS_LAT + ")\\s*(?:,\\s*|\\s+(?:и|and|&)\\s+)?){1,3})(?:\\s*(?:и\\s+др\\.|et\\s+al\\.|\\[и\\s+др\\.\\]))?\\s*(?=\\S)");
    private static final Pattern HEADING_ONE = Pattern.compile("(?<family>" + PARTICLE + FAMILY + "),?\\s+(?<given>" + INITIALS_LAT + ")");
    private static final Pattern GIVEN_FIRST = Pattern.compile("^(?<given>" + INITIALS_LAT + ")\\s*(?<family>" + PARTICLE + FAMILY + "(?:\\s+" + FAMILY + ")?)$");
    private static final Pattern FAMILY_FIRST = Pattern.compile("^(?<family>" + PARTICLE + FAMILY + "),?\\s+(?<given>" + INITIALS_LAT + ")$");
    /** Full names in a statement of responsibility: "John Smith", "Анна Петрова". */
    private static final Pattern FULL_NAME = Pattern.compile("^(?<given>\\p{Lu}[\\p{Ll}]+(?:\\s+\\p{Lu}\\.)?)\\s+(?<family>" + PARTICLE + FAMILY + ")$");

    private static final Pattern ROLE_EDITOR = Pattern.compile("^(?:под\\s+(?:общ\\.|общей|науч\\.|научной)?\\s*ред(?:\\.|акцией)|(?:отв\\.|ответственный|науч\\.|научный|гл\\.|главный|общ\\.)?\\s*ред(?:\\.|актор[ы]?|-р)|сост\\.|составител[ьи]|ed(?:s)?\\.(?:\\s*by)?|edited\\s+by|hrsg\\.(?:\\s*von)?|hg\\.\\s*v\\.|sous\\s+la\\s+dir(?:ection|\\.)\\s+de|dir\\.)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROLE_TRANSLATOR = Pattern.compile("^(?:пер(?:\\.|евод)(?:\\s+с\\s+\\p{L}+\\.?)?|transl(?:\\.|ated)(?:\\s+from\\s+\\p{L}+)?(?:\\s*by)?|trans\\.(?:\\s*by)?|übers\\.(?:\\s*von)?|trad\\.(?:\\s*(?:par|de))?)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROLE_AUTHOR = Pattern.compile("^(?:рук\\.\\s*(?:проекта|авт\\.\\s*кол\\.)?|авт\\.-сост\\.|by)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROLE_OTHER = Pattern.compile("^(?:предисл|послесл|вступ|коммент|примеч|авт\\.\\s*предисл|худож|ил\\.|фот|пер\\.\\s*и\\s*коммент|foreword|introd|with\\s+an?\\s+intro|ill\\.)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Names followed by their role in parentheses: "С. С. Сидоров (ред.)", "J. Smith (ed.)". */
    private static final Pattern ROLE_AFTER = Pattern.compile("\\s*\\((?:отв\\.\\s*)?(?:ред|сост|eds?|Hrsg|dir)\\.?\\)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Other title information that names a kind of publication, not a title. */
    private static final Pattern GENRE = Pattern.compile("^(?:сб(?:орник)?\\.?\\s*(?:науч(?:\\.|ных)?\\s*)?(?:ст(?:\\.|атей)?|тр(?:\\.|удов)?)?|монография|моногр\\.?|коллективная монография|кол\\.\\s*моногр\\.?|учеб(?:ное|\\.)\\s*пособие|учебник|учеб\\.?|справочник|хрестоматия|сайт|\\[сайт\\]|(?:научный|науч\\.|общественно-политический|ежемесячный|ежекв\\.|ежеквартальный)\\s+журнал|журнал|газета|пер\\.?\\s*с\\s*\\p{L}+\\.?|перевод с \\p{L}+|translated from (?:the )?\\p{L}+|a monograph|monograph|collected (?:papers|essays|articles)|edited volume|website|\\[website\\]|\\[site\\])$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Other title information that makes a work a report. */
    private static final Pattern REPORT_GENRE = Pattern.compile("^(?:(?:аналит\\.|аналитический|научный|ежегодный|ежегод\\.)?\\s*(?:доклад|прогноз|отчет|отчёт|ежегодник)|(?:analytical\\s+|annual\\s+)?report|working paper|policy brief)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Other title information that makes a host a collection of papers: proceedings and the like. */
    private static final Pattern COLLECTION = Pattern.compile("^(?:материалы|тезисы|труды|сб\\.?|сборник|proceedings|papers|collected)(?:\\s.*|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Other title information of an act: "федер. закон от 05.04.2013 № 44-ФЗ". */
    private static final Pattern ACT = Pattern.compile("^(?:федер(?:\\.|альный)\\s*(?:конституц(?:\\.|ионный)\\s*)?закон|закон|указ|постановление|распоряжение|приказ|федер\\.\\s*конст\\.\\s*закон)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Other title information that tells who approved a document and when: "утв. Указом Президента … от 2 июля 2021 г. № 400". */
    private static final Pattern APPROVED = Pattern.compile("^(?:утв(?:\\.|ерждена?|ерждено|ерждён)|принята?|принято|подписана?|approved|adopted|signed)(?:\\s.*|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_AT_END = Pattern.compile("(?:,\\s*|\\s+|^)\\[?(?:cop\\.\\s*|©\\s*|c\\s*)?(?<year>1[5-9]\\d{2}|20\\d{2})\\]?(?:\\s*г\\.)?\\s*$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\[?(?<year>1[5-9]\\d{2}|20\\d{2})\\]?(?:\\s*г\\.?)?(?:\\s*[,.]?\\s*(?<rest>\\d{1,2}\\s+\\p{L}+\\.?|\\p{L}+\\.?\\s+\\d{1,2}))?$");
    private static final Pattern VOLUME = Pattern.compile("^(?:Т|T|Vol|Bd|Tome|Tom|Jg)(?:\\.\\s*|\\s+)(?<v>\\d+(?:\\s*[-–—]\\s*\\d+)?|[IVXLC]+\\b)");
    private static final Pattern ISSUE = Pattern.compile("^(?:№|No\\.?|Nr\\.?|N\\s*(?=\\d)|Iss\\.|Issue|H\\.|Heft)\\s*\\.?\\s*(?<n>[\\dIVXLC]+(?:\\s*[-–—/]\\s*\\d+)?)(?:\\s*\\(\\s*\\d+\\s*\\))?");
    private static final Pattern PART = Pattern.compile("^(?:Вып\\.|Выпуск|Ч\\.|Part|Pt\\.)\\s*(?<n>[\\dIVXLC]+(?:\\s*[-–—]\\s*\\d+)?)", Pattern.UNICODE_CASE);
    private static final Pattern PAGES = Pattern.compile("^(?:С|P|pp?|S|Pp|Стр|стр)\\.\\s*(?<p>\\d+(?:\\s*[-–—]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-–—]\\s*\\d+)?)*)\\.?$");
    private static final Pattern EXTENT = Pattern.compile("^(?:[IVXLC]+\\s*,\\s*)?\\d+(?:\\s*,\\s*\\[?\\d+\\]?)?\\s*(?:с|p|pp|S|стр|л|Bl|pages)\\.?(?:\\s*[:;].*)?$");
    private static final String MONTHS = "январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]"
            + "|January|February|March|April|May|June|July|August|September|October|November|December";
    /** A day and month without the year, which an area of its own gives: "– 2020. – 14 июня.", "– 2019. – 5 March.". */
    private static final Pattern DAY_MONTH = Pattern.compile("^(?:(?<d>\\d{1,2})\\s+(?<m>" + MONTHS + ")|(?<m2>" + MONTHS + ")\\s+(?<d2>\\d{1,2}))\\.?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Areas and elements that carry nothing the work records: content type, ISBN, series, notes. */
    private static final Pattern DROPPED = Pattern.compile("^(?:Текст|Text|Электронный текст|Изображение|Видео)\\s*:.*|^(?:ISBN|ISSN|Загл\\.|Title from|Библиогр|Bibliogr|Систем\\.\\s*требования|Электрон\\.|Режим доступа\\s*:\\s*(?:для|по)).*|^\\(.*\\)$|^(?:Изд\\.|\\d+-е\\s+изд|Издание|\\d+(?:st|nd|rd|th)\\s+ed\\.|\\d+\\.\\s*Aufl\\.).*|^\\[?[БбSs]\\.\\s*[мгlтLd]\\.\\]?$", Pattern.UNICODE_CASE);
    private static final Pattern KNOWN_PLACE = Pattern.compile("^(?:М|Л|СПб|К|Мн|Н\\.\\s*Новгород|Ростов н/Д|Екб|Новосиб)\\.?$");

    /** A number-bearing element that follows others in an area: "Т. 16, № 2", "2019. № 3". */
    private static final Pattern ELEMENT_BREAK = Pattern.compile("(?:,|(?<=\\.))\\s+(?=(?:Т\\.\\s*\\d|T\\.\\s*\\d|Vol\\.|Bd\\.|Tome|№|No\\.|Nr\\.|Iss\\.|Issue|Вып\\.|Ч\\.\\s*\\d|С\\.\\s*\\d|P\\.\\s*\\d|S\\.\\s*\\d|pp?\\.\\s*\\d|(?:1[5-9]|20)\\d{2}\\b|\\d{1,2}\\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)))");

    private GostStyle() { }

    /**
     * Whether the text carries a mark of the full GOST form: an area dash after a period or
     * before an area's opening, " / " or " : " (Cyrillic only: in Latin script both occur in
     * titles), " // " in Latin script, [Электронный ресурс], URL:, (дата обращения …).
     */
    static boolean applies(String s) {
        String t = s.replaceAll("(?:https?|ftp)://\\S+", "URL");
        boolean cyrillic = Fields.count(t, Character.UnicodeScript.CYRILLIC) > Fields.count(t, Character.UnicodeScript.LATIN);
        if (!cyrillic && t.matches("(?s).*[“\"][^”\"]{4,}[”\"]\\s*(?:[,，]|//).*")) {
            // A quoted title followed by a comma or "//": the journal's English style, not GOST's.
            return false;
        }
        if (!cyrillic && (t.matches("(?s)^(?:\\p{Lu}\\p{Ll}?\\.\\s*)+" + PARTICLE + "\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?\\s*,.*")
                || t.matches("(?s)^[^–—]*\\*[^*]+.*") && !t.matches("(?s)^[^*]*(?://|\\.\\s[–—-]\\s).*"))) {
            // "J. Smith, *Title – 2020*, …": names before their initials' family and a comma, or
            // italics before GOST's first mark, are the journal's English style.
            return false;
        }
        if (SEPARATOR.matcher(t).find() || ELECTRONIC.matcher(t).find() || ACCESSED.matcher(t).find()
                || t.matches("(?s).*\\b(?:URL|Режим доступа)\\s*:.*")) {
            return true;
        }
        if (cyrillic) {
            return t.matches("(?s).*\\S\\s/\\s\\S.*") || t.matches("(?s).*[\\p{L}.»)\\]]\\s:\\s\\S.*");
        }
        return HOST.matcher(t).find() && t.matches("(?s).*//.*(?:Vol\\.|No\\.|№|P\\.\\s*\\d|\\d{4}\\.).*");
    }

    static Parsed parse(String segment) {
        Work w = new Work();
        String s = segment.strip().replaceFirst("^(?:См\\.\\s*также|См\\.|Cf\\.|See also|See)\\s*:?\\s*", "");
        w.doi = Fields.doi(s);
        if (ELECTRONIC.matcher(s).find()) {
            s = ELECTRONIC.matcher(s).replaceAll("");
        }
        s = ACCESSED.matcher(s).replaceAll("");
        // URLs go first, labelled or not, wherever they stand; the dashes around them close up.
        Matcher url = LINK.matcher(s);
        String link = null;
        while (url.find()) {
            if (link == null) {
                link = Fields.cleanUrl(url.group("url"));
            }
        }
        s = LINK.matcher(s).replaceAll(" ").replaceAll("\\s+", " ");
        s = s.replaceAll("(\\.?\\s+[–—-]\\s+)(?:[.,;]?\\s*[–—-]\\s+)+", "$1").replaceAll("[\\s.,;:–—-]+$", "").strip();
        s = s.replaceAll("\\s+", " ").strip().replaceAll("[.;,\\s]+$", "");

        String own = s;
        String host = null;
        Matcher hm = HOST.matcher(s);
        if (hm.find() && hm.start() > 0) {
            own = s.substring(0, hm.start());
            host = s.substring(hm.end());
        }
        List<String> ownAreas = areas(own);
        List<String> hostAreas = host == null ? List.of() : areas(host);
        if (ownAreas.isEmpty()) {
            return Parsed.none();
        }

        Facts f = new Facts();
        // The title area: heading, title proper, other title information, statement of responsibility.
        String titleArea = ownAreas.get(0);
        Matcher heading = HEADING.matcher(titleArea);
        List<Name> headingNames = new ArrayList<>();
        if (heading.find() && heading.end() < titleArea.length() && !heading.group("list").isBlank()) {
            Matcher one = HEADING_ONE.matcher(heading.group("list"));
            while (one.find()) {
                headingNames.add(Name.person(one.group("family"), initials(one.group("given"))));
            }
            titleArea = titleArea.substring(heading.end());
        }
        Title t = title(titleArea);
        if (t.title.isEmpty()) {
            return Parsed.none();
        }
        w.title = Fields.unitalic(t.title);
        w.author.addAll(headingNames);
        String slashHost = null;
        if (t.institution != null && headingNames.isEmpty() && t.authors.isEmpty()) {
            w.author.add(Name.literal(t.institution));
        } else if (t.institution != null && host == null && !"webpage".equals(Types.byOutlet(t.institution))) {
            // "Путин В. В. Статья / Известия. 2012. 16 января.": a periodical after the slash is the host.
            slashHost = t.institution;
        }
        for (Name n : t.authors) {
            if (w.author.stream().noneMatch(a -> same(a, n))) {
                w.author.add(n);
            }
        }
        w.editor.addAll(t.editors);
        w.translator.addAll(t.translators);
        for (int i = 1; i < ownAreas.size(); i++) {
            facts(ownAreas.get(i), f, w);
        }

        boolean chapter = false;
        Facts hf = new Facts();
        if (slashHost != null) {
            w.containerTitle = slashHost;
            host = slashHost;
        }
        if (!hostAreas.isEmpty()) {
            List<String> first = elements(hostAreas.get(0));
            Title c = title(first.get(0));
            w.containerTitle = Fields.unitalic(c.title);
            w.editor.addAll(c.editors);
            if (w.author.isEmpty()) {
                w.author.addAll(c.authors);
            }
            for (int i = 1; i < first.size(); i++) {
                facts(first.get(i), hf, w);
            }
            for (int i = 1; i < hostAreas.size(); i++) {
                facts(hostAreas.get(i), hf, w);
            }
            chapter = hf.publication || !c.editors.isEmpty() || c.collection;
        }
        String year = hf.year != null ? hf.year : f.year;
        String dayMonth = hf.dayMonth != null ? hf.dayMonth : f.dayMonth;
        String date = hf.date != null ? hf.date : f.date;
        w.issued = date != null ? date : year == null ? null : dayMonth != null ? year + "-" + dayMonth : year;
        if (t.actDate != null) {
            w.issued = t.actDate;
        }
        w.number = t.actNumber;
        w.url = hf.url != null ? hf.url : f.url != null ? f.url : link;
        if (w.doi != null && w.url != null && w.url.contains("doi.org/")) {
            w.url = "https://doi.org/" + w.doi;
        }
        w.volume = hf.volume != null ? hf.volume : f.volume;
        w.issue = hf.issue != null ? hf.issue : f.issue;

        String locator;
        if (host != null) {
            locator = hf.pages != null ? hf.pages : f.pages;
            if (locator != null && locator.matches("\\d+-\\d+")) {
                w.page = locator;
            }
            String outlet = Types.byOutlet(w.containerTitle);
            if (chapter) {
                w.type = "chapter";
            } else if (t.act) {
                w.type = "legislation";
            } else if ("article-newspaper".equals(outlet)) {
                w.type = "article-newspaper";
            } else if (w.volume != null || w.issue != null || locator != null) {
                w.type = "article-journal";
            } else if (w.url != null) {
                w.type = outlet;
            } else if (w.issued != null && w.issued.length() > 7) {
                w.type = "article-magazine".equals(outlet) ? outlet : "article-newspaper";
            } else {
                w.type = "article-journal";
            }
        } else {
            locator = f.pages;
            String byTitle = Types.byTitle(w.title);
            boolean press = w.publisher != null && w.publisher.matches("(?iu).*(?:изд|press|verlag|publish|books|éditions|edizioni|editorial|routledge|springer|palgrave|wiley|sage|brill|наука|питер|весь мир).*");
            boolean organization = w.publisher != null && Types.isOrganization(w.publisher) && !press;
            if (t.act) {
                w.type = "legislation";
            } else if (!t.book && (t.report || Types.isReportTitle(w.title) || organization)) {
                w.type = "report";
            } else if (byTitle != null && !"report".equals(byTitle)) {
                w.type = byTitle;
            } else if (f.publication || w.publisher != null) {
                w.type = "book";
            } else if (w.url != null) {
                w.type = "webpage";
            } else {
                w.type = "book";
            }
        }
        String script = w.title + " " + (w.containerTitle == null ? "" : w.containerTitle);
        w.language = Fields.count(w.title, Character.UnicodeScript.CYRILLIC) > Fields.count(w.title, Character.UnicodeScript.LATIN)
                || Fields.count(w.title, Character.UnicodeScript.LATIN) == 0 && Fields.hasCyrillic(script) ? "ru" : "en";
        return new Parsed(w, locator);
    }

    /** What the areas after the title tell. */
    private static final class Facts {
        String year;
        String dayMonth;
        String date;
        String volume;
        String issue;
        String pages;
        String url;
        boolean publication;
    }

    /** The title area read: title proper (with other title information), names by role. */
    private static final class Title {
        String title = "";
        final List<Name> authors = new ArrayList<>();
        final List<Name> editors = new ArrayList<>();
        final List<Name> translators = new ArrayList<>();
        boolean collection;
        /** Named a monograph or a textbook: a book whoever publishes it. */
        boolean book;
        boolean report;
        boolean act;
        String actDate;
        String actNumber;
        /** A statement of responsibility that names no person: an institution, or a periodical ("/ Известия"). */
        String institution;
    }

    /** Splits a description into its areas at the dashes that stand outside brackets and quotes. */
    static List<String> areas(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        Matcher sep = (SEPARATOR.matcher(s).find() ? SEPARATOR : DOTTED).matcher(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ("«“([".indexOf(c) >= 0) {
                depth++;
            } else if ("»”)]".indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
            if (depth == 0 && Character.isWhitespace(c) && sep.find(i) && sep.start() == i) {
                out.add(cur.toString());
                cur.setLength(0);
                i = sep.end();
                continue;
            }
            cur.append(c);
            i++;
        }
        out.add(cur.toString());
        List<String> clean = new ArrayList<>();
        for (String a : out) {
            String x = dropPeriod(a.strip());
            if (!x.isEmpty()) {
                clean.add(x);
            }
        }
        return clean;
    }

    /** An area's closing period goes, but an abbreviation's stays: "М.", "сб. ст.", "200 с.". */
    static String dropPeriod(String s) {
        String t = s.strip();
        if (!t.endsWith(".")) {
            return t;
        }
        if (t.matches("(?s)(?:.*[\\s.,:;(\\[])?(?:\\p{Lu}|\\p{Lu}\\p{Ll}|СПб|[спSpл]|ил|др|ст|тр|ред|пер|изд|гг|г|вып|т|ч|сб|науч|моногр|учеб|сост|отв|англ|нем|фр|eds?|Bd|Vol|No|Nr|Iss|Hrsg|vols?|et al|al|comp|trans|transl)\\.$")) {
            return t;
        }
        return t.substring(0, t.length() - 1).strip();
    }

    /** The elements of an area: its first part, then each number-bearing part ("2019. № 3. С. 5"). */
    static List<String> elements(String area) {
        List<String> out = new ArrayList<>();
        int start = 0;
        Matcher m = ELEMENT_BREAK.matcher(area);
        int depth = 0;
        int scanned = 0;
        while (m.find()) {
            for (; scanned < m.start(); scanned++) {
                char c = area.charAt(scanned);
                if ("«“([".indexOf(c) >= 0) {
                    depth++;
                } else if ("»”)]".indexOf(c) >= 0 && depth > 0) {
                    depth--;
                }
            }
            if (depth > 0 || area.substring(start, m.start()).contains(" / ") && m.start() > 0 && area.charAt(m.start()) == ',') {
                continue;
            }
            out.add(dropPeriod(area.substring(start, m.start()).replaceAll("[,]$", "")));
            start = m.end();
        }
        out.add(dropPeriod(area.substring(start)));
        out.removeIf(String::isBlank);
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /** Reads one area (or element) after the title: publication, year, date, numbering, pages, URL. */
    private static void facts(String area, Facts f, Work w) {
        String a = area.strip();
        if (a.isEmpty()) {
            return;
        }
        if (a.matches("(?is)^(?:URL|Режим доступа|Available(?: at| from)?|Access mode|Mode of access)\\s*:.*") || a.matches("(?s)^<?(?:https?|ftp)://.*")) {
            String[] u = Fields.takeUrl(a);
            if (u[1] != null && f.url == null) {
                f.url = u[1];
            }
            return;
        }
        if (a.matches("(?i)^DOI\\s*:?.*")) {
            return;
        }
        if (DROPPED.matcher(a).matches() || EXTENT.matcher(a).matches()) {
            return;
        }
        List<String> parts = elements(a);
        if (parts.size() > 1) {
            for (String p : parts) {
                element(p, f, w);
            }
            return;
        }
        element(a, f, w);
    }

    private static void element(String e, Facts f, Work w) {
        String a = e.strip().replaceAll("[,]$", "");
        if (a.isEmpty() || DROPPED.matcher(a).matches() || EXTENT.matcher(a).matches()) {
            return;
        }
        Matcher m;
        if ((m = YEAR_ONLY.matcher(a)).matches()) {
            f.year = f.year == null ? m.group("year") : f.year;
            if (m.group("rest") != null) {
                dayMonth(m.group("rest"), f);
            }
            return;
        }
        if ((m = VOLUME.matcher(a)).lookingAt()) {
            f.volume = Fields.pages(m.group("v"));
            String rest = a.substring(m.end()).replaceFirst("^[,.\\s]+", "");
            if (!rest.isEmpty()) {
                element(rest, f, w);
            }
            return;
        }
        if ((m = ISSUE.matcher(a)).lookingAt()) {
            f.issue = Fields.pages(m.group("n"));
            String rest = a.substring(m.end()).replaceFirst("^[,.\\s]+", "");
            if (!rest.isEmpty()) {
                element(rest, f, w);
            }
            return;
        }
        if ((m = PART.matcher(a)).lookingAt()) {
            if (f.issue == null) {
                f.issue = Fields.pages(m.group("n"));
            }
            String rest = a.substring(m.end()).replaceFirst("^[,.\\s]+", "");
            if (!rest.isEmpty()) {
                element(rest, f, w);
            }
            return;
        }
        if ((m = PAGES.matcher(a)).matches()) {
            f.pages = Fields.pages(m.group("p"));
            return;
        }
        if (dayMonth(a, f)) {
            return;
        }
        String full = Dates.find(a);
        if (full != null && full.length() > 7 && a.replaceAll("\\d|\\p{L}*(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|uary|ruary|March|April|May|June|July|ugust|ember|tober)\\p{L}*|г\\.?|[\\s.,]", "").isEmpty()) {
            f.date = full;
            return;
        }
        publication(a, f, w);
    }

    private static boolean dayMonth(String a, Facts f) {
        Matcher m = DAY_MONTH.matcher(a.strip());
        if (!m.matches()) {
            return false;
        }
        String day = m.group("d") != null ? m.group("d") : m.group("d2");
        String month = m.group("m") != null ? m.group("m") : m.group("m2");
        String iso = Dates.find(day + " " + month + " 2000");
        if (iso != null) {
            f.dayMonth = iso.substring(5);
        }
        return true;
    }

    /** "М. : Наука, 2010", "М. ; Л. : Изд-во АН СССР, 1948", "М., 2015", "London : Routledge, 2018". */
    private static void publication(String a, Facts f, Work w) {
        String rest = a;
        Matcher y = YEAR_AT_END.matcher(rest);
        String year = null;
        if (y.find()) {
            year = y.group("year");
            rest = rest.substring(0, y.start());
        }
        rest = rest.replaceAll("\\[?[БбSs]\\.\\s*[мгlLd]\\.\\]?", "").replaceAll("\\s+", " ").replaceAll("[\\s,;:]+$", "").strip();
        boolean shaped = year != null || rest.contains(":") || KNOWN_PLACE.matcher(rest).matches();
        if (rest.isEmpty() || !shaped || !rest.matches("(?s)^[\\[«\"\\p{Lu}].*") || rest.matches(".*\\d.*") || rest.length() > 150) {
            if (year != null && f.year == null && (rest.isEmpty() || rest.matches("[\\[\\]\\s.,]*"))) {
                f.year = year;
            }
            return;
        }
        List<String> places = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        for (String group : rest.split("\\s*;\\s*")) {
            int colon = group.indexOf(':');
            String before = (colon < 0 ? group : group.substring(0, colon)).strip().replaceAll("[\\s,]+$", "");
            String after = colon < 0 ? "" : Fields.trimEnd(group.substring(colon + 1));
            if (colon < 0 && before.matches("(?iu).*(?:изд|издательств|press|verlag|publish|books).*")) {
                publishers.add(unquote(before));
                continue;
            }
            if (!before.isEmpty()) {
                places.add(before);
            }
            if (!after.isEmpty()) {
                publishers.add(unquote(after));
            }
        }
        if (places.isEmpty() && publishers.isEmpty()) {
            return;
        }
        f.publication = true;
        if (!places.isEmpty()) {
            w.publisherPlace = String.join("; ", places);
        }
        if (!publishers.isEmpty()) {
            w.publisher = String.join("; ", publishers);
        }
        if (year != null && f.year == null) {
            f.year = year;
        }
    }

    /** «Глаголь» → Глаголь: quotes around a whole publisher name are typography. */
    private static String unquote(String s) {
        return s != null && s.matches("^[«\"“].*[»\"”]$") && s.indexOf('«', 1) < 0 ? s.substring(1, s.length() - 1).strip() : s;
    }

    /** Title proper, other title information and statement of responsibility of one title area. */
    private static Title title(String area) {
        Title t = new Title();
        String a = area.strip();
        String sor = null;
        int slash = topLevel(a, " / ");
        if (slash >= 0) {
            sor = a.substring(slash + 3).strip();
            a = a.substring(0, slash).strip();
        }
        int parallel = topLevel(a, " = ");
        if (parallel >= 0) {
            a = a.substring(0, parallel).strip();
        }
        List<String> kept = new ArrayList<>();
        List<String> pieces = splitColons(a);
        for (int i = 0; i < pieces.size(); i++) {
            String p = Fields.trimEnd(pieces.get(i));
            if (i > 0 && GENRE.matcher(p).matches()) {
                t.collection |= COLLECTION.matcher(p).matches();
                t.book |= p.matches("(?iu).*(?:моногр|учеб|пособие|справочник|хрестоматия|monograph).*");
                continue;
            }
            if (i > 0 && REPORT_GENRE.matcher(p).matches() && p.split("\\s+").length <= 4) {
                t.report = true;
                continue;
            }
            if (i > 0 && COLLECTION.matcher(p).matches()) {
                t.collection = true;
            }
            if (i > 0 && APPROVED.matcher(p).matches()) {
                String date = Dates.find(p);
                if (date != null) {
                    t.actDate = date;
                }
                continue;
            }
            if (i > 0 && ACT.matcher(p).matches()) {
                t.act = true;
                String date = Dates.find(p);
                if (date != null) {
                    t.actDate = date;
                }
                Matcher n = Pattern.compile("№\\s*([\\p{L}\\d\\-–/]+)").matcher(p);
                if (n.find()) {
                    t.actNumber = n.group(1).replace('–', '-');
                }
                continue;
            }
            kept.add(p);
        }
        t.title = String.join(": ", kept).strip();
        if (sor != null) {
            responsibility(sor, t);
        }
        return t;
    }

    /** Splits at " : " (and ":" before a lower-case word, as GOST's other title information), outside quotes. */
    private static List<String> splitColons(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("«“([".indexOf(c) >= 0) {
                depth++;
            } else if ("»”)]".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0 && i > 0 && s.charAt(i - 1) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                out.add(s.substring(start, i - 1));
                start = i + 2;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** The index of the first occurrence of {@code mark} outside brackets and quotes, or -1. */
    private static int topLevel(String s, String mark) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("«“([".indexOf(c) >= 0) {
                depth++;
            } else if ("»”)]".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0 && s.startsWith(mark, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The statement of responsibility: groups apart by ";", each perhaps led by a role. */
    private static void responsibility(String sor, Title t) {
        for (String group : Fields.splitTop(sor, ";")) {
            String g = group.strip().replaceAll("^\\[|\\]$", "").strip();
            List<Name> target = t.authors;
            boolean genitive = false;
            Matcher m;
            // One or more roles before the names: "под ред.", "сост., общ. ред. и послесл.", "пер. с нем.".
            boolean editor = false;
            boolean translator = false;
            boolean author = false;
            boolean other = false;
            String roles = "";
            while (true) {
                String before = g;
                if ((m = ROLE_EDITOR.matcher(g)).lookingAt() && m.end() > 0) {
                    editor = true;
                } else if ((m = ROLE_TRANSLATOR.matcher(g)).lookingAt() && m.end() > 0) {
                    translator = true;
                } else if ((m = ROLE_AUTHOR.matcher(g)).lookingAt() && m.end() > 0) {
                    author = true;
                } else if ((m = ROLE_OTHER.matcher(g)).lookingAt()) {
                    other = true;
                    m = Pattern.compile("^\\S*\\.?\\s*(?:ст\\.\\s*)?").matcher(g);
                    m.lookingAt();
                } else {
                    break;
                }
                roles += g.substring(0, m.end()) + " ";
                g = g.substring(m.end()).replaceFirst("^\\s*(?:,|и(?=\\s)|and(?=\\s))\\s*", "");
                if (g.equals(before)) {
                    break;
                }
            }
            if (editor) {
                target = t.editors;
            } else if (translator) {
                target = t.translators;
            } else if (other && !author) {
                continue;
            }
            // After these the names are in the genitive: под ред. Сидорова, пер. Смирнова, общ. ред. и послесл. Давыдова.
            genitive = Fields.hasCyrillic(roles) && roles.matches("(?isu).*(?:под\\s|пер|общ\\.|послесл|предисл|вступ|коммент).*");
            Matcher after = ROLE_AFTER.matcher(g);
            if (after.find()) {
                target = t.editors;
                g = g.substring(0, after.start());
            }
            List<Name> persons = new ArrayList<>();
            List<String> others = new ArrayList<>();
            String list = g.replaceAll("\\[?\\s*(?:и\\s+др|et\\s+al|u\\.\\s*a|и\\s+[дД]р)\\.?\\s*\\]?", "").strip();
            for (String raw : list.split("\\s*,\\s*|\\s+(?:и|and|&|und|et)\\s+")) {
                String p = Fields.trimEnd(raw.strip().replaceAll("^\\[|\\]$", ""));
                if (p.isEmpty()) {
                    continue;
                }
                Name n = person(p, genitive);
                if (n != null) {
                    persons.add(n);
                } else {
                    others.add(p);
                }
            }
            target.addAll(persons);
            if (persons.isEmpty() && !others.isEmpty() && target == t.authors && t.authors.isEmpty() && t.institution == null) {
                // "/ ИМЭМО РАН": an institution is the author (where the heading names none).
                t.institution = Fields.trimEnd(list);
            }
        }
    }

    /** One person in a statement of responsibility: "И. И. Иванов", "Иванов И. И.", "John Smith". */
    static Name person(String p, boolean genitive) {
        Matcher m = GIVEN_FIRST.matcher(p);
        if (!m.matches()) {
            m = FAMILY_FIRST.matcher(p);
        }
        if (!m.matches()) {
            m = FULL_NAME.matcher(p);
            if (!m.matches() || Types.isOrganization(p)) {
                return null;
            }
            return Name.person(genitive ? nominative(m.group("family")) : m.group("family"), m.group("given"));
        }
        String family = m.group("family").strip();
        return Name.person(genitive ? nominative(family) : family, initials(m.group("given")));
    }

    /** "И.И." / "И. И." → "И. И.". */
    static String initials(String s) {
        return s.strip().replaceAll("\\.\\s*(?=\\p{Lu})", ". ").replaceAll("\\s+", " ").strip();
    }

    private static boolean same(Name a, Name b) {
        return a.family() != null && a.family().equals(b.family());
    }

    /**
     * A Russian family name in the genitive ("под ред. С. С. Сидорова", "пер. с англ. А. Б.
     * Смирновой") back in the nominative. Endings only: a name that declines otherwise
     * (Соловья, Толстого as "Толстой") may come out wrong.
     */
    static String nominative(String genitive) {
        String g = genitive;
        if (!Fields.hasCyrillic(g)) {
            return g;
        }
        String[][] rules = {
            {"ского", "ский"}, {"цкого", "цкий"}, {"ького", "ький"}, {"ого", "ой"}, {"его", "ий"},
            {"ской", "ская"}, {"цкой", "цкая"},
            {"овой", "ова"}, {"евой", "ева"}, {"ёвой", "ёва"}, {"иной", "ина"}, {"ыной", "ына"},
            {"ова", "ов"}, {"ева", "ев"}, {"ёва", "ёв"}, {"ина", "ин"}, {"ына", "ын"},
        };
        for (String[] r : rules) {
            if (g.endsWith(r[0]) && g.length() > r[0].length() + 1) {
                return g.substring(0, g.length() - r[0].length()) + r[1];
            }
        }
        if (g.matches(".*[бвгджзклмнпрстфхцчшщ]а$")) {
            return g.substring(0, g.length() - 1);
        }
        if (g.matches(".*[лрн]я$")) {
            return g.substring(0, g.length() - 1) + "ь";
        }
        return g;
    }
}
