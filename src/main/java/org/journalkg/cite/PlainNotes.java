package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the italics would stand in an English note that a web page, a Markdown or a Word file
 * prints without them. In the journal's PDF a book, journal, site or document title is italic
 * ({@code The White House, *National Security Strategy …*, November 2025}); without the stars
 * only the comma structure is left, and this class reads the title's bounds from it:
 * <pre>
 *   “Quoted title”, Container, Date          → the container is the run after the quotes
 *   Agent, Title, [Place,] Date, p.N         → persons or an institution, then the title
 *   Title, Place: Publisher, Year            → the title runs up to the first fact
 * </pre>
 * A fact is what no title is: a date or year, a page, volume or issue, "Place: Publisher".
 * {@link #italicize} puts the stars back so that {@link EnglishStyle} reads both forms by one
 * path; where the structure does not tell, the note is returned as it came.
 */
final class PlainNotes {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String YEAR = "(?:1[5-9]\\d{2}|20\\d{2})";
    /** A date a comma may split: "March 31, 2023", "November, 2025". The splitter keeps it whole. */
    private static final Pattern DATE_SPAN = Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2},\\s+" + YEAR + "\\b|\\b" + MONTH + ",\\s+" + YEAR + "\\b");
    private static final Pattern DATE = Pattern.compile("(?i)(?:(?:accessed|retrieved|updated|published|posted|issued|last (?:modified|updated|accessed))(?: on)?:?\\s+)?"
            + "(?:" + MONTH + "\\s+\\d{1,2},?\\s+" + YEAR + "|\\d{1,2}\\s+" + MONTH + ",?\\s+" + YEAR + "|" + MONTH + ",?\\s+" + YEAR
            + "|(?:Spring|Summer|Autumn|Fall|Winter)\\s+" + YEAR + "|" + YEAR + "(?:[-–/]\\d{2,4})?[a-z]?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})");
    private static final Pattern LOCUS = Pattern.compile("(?i)(?:pp?\\.|vols?\\.|nos?\\.|iss\\.|issue|art\\.|ch\\.|chapter|part|para\\.|doi:?)\\s*\\S.*|(?:eds?\\.|edited by|trans\\.|translated by)\\s*\\S.*|\\d+(?:\\s*[-–]\\s*\\d+)?|et al\\.?");
    /** A series and its number: "Report No.233", "Working Paper No. 12", "Policy Brief Number 4". */
    private static final Pattern SERIES_NUMBER = Pattern.compile("\\p{Lu}[\\p{L} ]{0,40}\\s(?:No\\.|Nos\\.|Number)\\s*[\\w\\-/]+");
    /** Chicago's facts of a book: "Princeton, NJ: Princeton University Press, 1976". */
    private static final Pattern CHICAGO_FACTS = Pattern.compile("[^():]{2,60}:\\s*[^():]{2,100},\\s*(?:\\p{L}+\\.?\\s+)?(?:\\d{1,2},?\\s+)?" + YEAR + "[a-z]?");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("(?<place>\\p{Lu}[\\p{L}.'’ \\-]{0,40}?)\\s*:\\s*(?<publisher>\\p{Lu}.*)");
    private static final Pattern PUBLISHER_WORD = Pattern.compile("(?i)\\b(?:Press|Publish\\w*|Books|Verlag|Publications|Editions|Éditions|Editora)\\b");
    /** Institutions that other languages name, as English notes keep them: Forschungsinstitut, Stiftung, Fondation. */
    private static final Pattern INSTITUTION_WORD = Pattern.compile("(?i)institut$|gesellschaft$|stiftung$|^fondation$|^fundaci[oó]n$|^instituto$|^istituto$|^universit");
    /** The small words an institution's name holds: Council on Foreign Relations, Institut für …. */
    private static final Pattern INSTITUTION_LINK = Pattern.compile("of|for|and|on|the|in|at|de|du|des|der|für|la|le|et|&|-");
    /** A site named by its domain or a brand in lower case: mid.ru, openDemocracy, bne IntelliNews. */
    private static final Pattern SITE = Pattern.compile("[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}|\\p{Ll}+\\p{Lu}\\p{L}*|\\p{Ll}+ \\p{Lu}\\p{L}+");
    private static final Pattern IN = Pattern.compile("^in\\s+(?=\\S)");
    private static final Pattern EDS = Pattern.compile("(?:\\(eds?\\.?\\)|\\beds?\\.)[\\s,]*");
    private static final Pattern VOLUME_AFTER_NAME = Pattern.compile("\\s+\\d{1,4}$");
    private static final Pattern DATE_IN_PARENTHESES = Pattern.compile("\\s+(?:\\d{1,4}\\s*)?\\([^()]*\\d{4}[^()]*\\).*$");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(" + YEAR + ")\\s+(?=\\p{Lu})");
    private static final Pattern A_YEAR = Pattern.compile("\\b" + YEAR + "\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&\\-]{1,7}");
    private static final Pattern PLACE_LIKE = Pattern.compile("\\p{Lu}[\\p{Ll}'’\\-]+(?: \\p{Lu}[\\p{Ll}'’\\-]+)?");
    private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.-?){1,3}|\\p{Lu}\\.-\\p{Lu}\\.");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’]*(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\p{Lu}[\\p{Ll}]*\\p{Lu}[\\p{Ll}]+");
    private static final Pattern PARTICLE = Pattern.compile("de|da|van|von|der|den|di|du|la|le|bin|ibn|al|el|dos|das|ter");
    private static final Pattern SUFFIX = Pattern.compile("Jr\\.?|Sr\\.?|II|III|IV");
    /** "Family I. Title …": a name with its initials after it, then the title without a comma. */
    private static final Pattern FAMILY_INITIALS_TITLE = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+)? (?:\\p{Lu}\\.\\s?){1,3})\\s*(\\p{Lu}\\S*(?:\\s+\\S+){2,}.*)");
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "Of", "And", "In", "On", "At", "To", "For", "From", "With",
            "By", "Is", "Are", "Was", "Were", "Be", "How", "Why", "What", "When", "Who", "Its", "Their", "Our", "This", "That", "New", "Not");
    /** Words a period follows without ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms", "Prof", "ed", "eds", "Ed", "Eds", "Vol", "vol",
            "No", "no", "Nos", "pp", "Inc", "Co", "Ltd", "Corp", "vs", "etc", "al", "Rev", "Gen", "Col", "Lt", "Sen", "Rep", "Mt", "Ft", "Art", "Iss", "Trans", "trans");
    private static final Set<String> NEVER_SPLIT = Set.of("Vol", "vol", "No", "no", "Nos", "pp", "p", "ed", "eds", "Ed", "Eds", "Art", "Iss");

    private PlainNotes() { }

    /** A run of the note between separators, trimmed: {@code text} is {@code s.substring(start, end)}. */
    record Segment(int start, int end, String text) { }

    /**
     * The note with stars around the run italics would mark, or the note unchanged. {@code s}
     * is a note without its URL; {@code hadUrl} says whether it had one (a date or a URL must
     * follow a title that no quotes mark, else the note may be commentary).
     */
    static String italicize(String s, boolean hadUrl) {
        if (s.indexOf('*') >= 0) {
            return s;
        }
        int q = openingQuote(s);
        if (q >= 0) {
            return quoted(s, q);
        }
        return unquoted(s, hadUrl);
    }

    /** “Title”, Container, …: the container, the book after "in (eds.)", or nothing. */
    private static String quoted(String s, int q) {
        int end = s.charAt(q) == '“' ? ChineseStyle.closing(s, q, '“', '”') : s.indexOf('"', q + 1);
        if (end < 0) {
            return s;
        }
        List<Segment> tail = split(s, end + 1);
        if (tail.isEmpty()) {
            return s;
        }
        Segment first = tail.get(0);
        Matcher in = IN.matcher(first.text());
        if (in.find()) {
            // A chapter: the book follows the editors' "eds." or, Chicago-like, "in" itself.
            Matcher eds = EDS.matcher(s);
            int from = first.start() + in.end();
            if (eds.find(from) && !s.substring(from, eds.start()).contains("“") && !s.substring(from, eds.start()).contains("\"")) {
                String between = s.substring(from, eds.start()).stripTrailing();
                if (between.endsWith(",")) {
                    // Chicago: "in Book Title, ed. Name (Place: …)": the book comes first.
                    return wrap(s, from, from + between.length() - 1);
                }
                from = eds.end();
            }
            List<Segment> book = split(s, from);
            int f = firstFact(book);
            if (f <= 0) {
                return s;
            }
            // "in Forschungsinstitut …, DGAP Analysis, 10": the institution that issues the series is no title.
            int b = f > 1 && isInstitution(book.get(0).text()) ? 1 : 0;
            return wrap(s, book.get(b).start(), book.get(f - 1).end());
        }
        int f = firstFact(tail);
        if (f == 0) {
            return s;
        }
        Segment c = container(tail.subList(0, f < 0 ? tail.size() : f));
        if (c == null) {
            return s;
        }
        // Chicago: "Comparative Political Studies 52, no. 7 (2019)": the volume is no part of the name.
        Matcher volume = VOLUME_AFTER_NAME.matcher(c.text());
        int until = c.end();
        if (volume.find() && s.substring(c.end()).matches("(?is)\\s*(?:,\\s*no\\.|\\().*")) {
            until = c.start() + volume.start();
        }
        Matcher paren = DATE_IN_PARENTHESES.matcher(c.text());
        if (paren.find()) {
            until = Math.min(until, c.start() + paren.start());
        }
        return wrap(s, c.start(), until);
    }

    /**
     * Where Chicago's publication facts open: the first "(Place: Publisher, Year)" or "(Year)"
     * outside quotes, or -1. A note in parentheses that holds a date is not one
     * ("(approved by … Order No. 229 of March 31, 2023)").
     */
    static int chicagoFacts(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”' && depth > 0) {
                depth--;
            } else if (c == '(' && depth == 0) {
                int close = s.indexOf(')', i);
                if (close < 0) {
                    return -1;
                }
                String inner = s.substring(i + 1, close).strip();
                if (CHICAGO_FACTS.matcher(inner).matches() || DATE.matcher(inner).matches()) {
                    return i;
                }
                i = close;
            }
        }
        return -1;
    }

    /**
     * Of the runs between a quoted title and the first fact, the one that names the periodical
     * or site: a newspaper or magazine by name, else one that is neither an institution nor a
     * place ("European Union, EU Neighbours East" → the second), else the first.
     */
    private static Segment container(List<Segment> candidates) {
        List<Segment> usable = candidates.stream().filter(c -> c.text().matches("(?s).*\\p{L}{2,}.*")
                && (c.text().matches("(?s)\\P{Ll}.*") || SITE.matcher(c.text()).matches())).toList();
        if (usable.isEmpty()) {
            return null;
        }
        if (usable.size() == 1) {
            return usable.get(0);
        }
        for (Segment c : usable) {
            String t = Types.byOutlet(c.text());
            if (t.startsWith("article-")) {
                return c;
            }
        }
        for (Segment c : usable) {
            if (!Types.isOrganization(c.text()) && !PLACE_LIKE.matcher(c.text()).matches()) {
                return c;
            }
        }
        for (Segment c : usable) {
            if (!PLACE_LIKE.matcher(c.text()).matches()) {
                return c;
            }
        }
        return usable.get(0);
    }

    /** Agent, Title, …, facts: persons or an institution, the title, then a publisher or place left out. */
    private static String unquoted(String s, boolean hadUrl) {
        int facts = chicagoFacts(s);
        if (facts > 0) {
            // Chicago: Author, Title, with commas and years (Place: Publisher, Year), page.
            List<Segment> texts = split(s.substring(0, facts), 0);
            if (texts.isEmpty()) {
                return s;
            }
            int last = texts.size() - 1;
            int k = agents(texts, last);
            return wrap(s, texts.get(k).start(), texts.get(last).end());
        }
        List<Segment> segs = split(s, 0);
        int f = firstFact(segs);
        if (f < 0) {
            f = segs.size();
            if (!hadUrl) {
                return s;
            }
        }
        if (f == 0) {
            return s;
        }
        if (f == 1 && f < segs.size() && isPlacePublisher(segs, f) && (isInstitution(segs.get(0).text()) || personStyle(segs.get(0).text()) != null)) {
            // "U.S. Department of State, Integrated Country Strategy: Kazakhstan, 2022": after
            // nothing but its author, a "Place: Publisher" is the title with its subtitle.
            int next = firstFact(segs.subList(f + 1, segs.size()));
            f = next < 0 ? segs.size() : f + 1 + next;
        }
        List<Segment> texts = new ArrayList<>(segs.subList(0, f));
        if (texts.size() >= 2) {
            // "Headline, Reuters, April 5, 2021" and "Title, Journal of X, 2020, Vol.11, No.2":
            // the last run names a periodical, so what comes before it is an article's title.
            Segment outlet = texts.get(texts.size() - 1);
            int k = agents(texts, texts.size() - 1);
            boolean journalFacts = segs.subList(f, segs.size()).stream().anyMatch(x -> x.text().matches("(?i)(?:vol|no)\\.\\s*\\S.*"));
            if (k < texts.size() - 1 && (isOutlet(outlet.text()) || journalFacts && isPeriodical(outlet.text()))) {
                Segment first = texts.get(k);
                Segment lastTitle = texts.get(texts.size() - 2);
                return s.substring(0, first.start()) + "“" + s.substring(first.start(), lastTitle.end()) + "”"
                        + s.substring(lastTitle.end(), outlet.start()) + "*" + outlet.text() + "*" + s.substring(outlet.end());
            }
        }
        if (!plausible(texts, segs, f, hadUrl)) {
            return s;
        }
        // What follows the title before the facts: an institution, or a place before the date.
        int last = texts.size() - 1;
        while (last > 0 && trails(texts.get(last).text(), last + 1 < segs.size() && isDate(segs.get(last + 1).text()))) {
            last--;
        }
        int k = agents(texts, last);
        if (k == last && last < texts.size() - 1 && agents(texts.subList(k, k + 2), 1) == 1) {
            // Nothing but an agent would be left for the title: what trailed was the title.
            last = texts.size() - 1;
            k = agents(texts, last);
        }
        int titleStart = texts.get(k).start();
        Matcher fit = FAMILY_INITIALS_TITLE.matcher(texts.get(k).text());
        if ((k == 0 || familyFirst(texts, k)) && fit.matches() && personStyle(fit.group(1).strip()) != null) {
            // Erokhin V., Gao T., Zhang X. Arctic Blue Economic Corridor …
            titleStart = texts.get(k).start() + fit.start(2);
        }
        int titleEnd = texts.get(last).end();
        // "2026 National Defense Strategy, January 23, 2026": the year that opens the title and
        // dates the document is the edition's, not the title's (the PDF prints 2026 *National …*).
        Matcher year = LEADING_YEAR.matcher(s.substring(titleStart, titleEnd));
        if (year.find()) {
            for (int i = f; i < segs.size(); i++) {
                Matcher y = A_YEAR.matcher(segs.get(i).text());
                if (isDate(segs.get(i).text()) && y.find()) {
                    if (y.group().equals(year.group(1))) {
                        titleStart += year.end();
                    }
                    break;
                }
            }
        }
        return wrap(s, titleStart, titleEnd);
    }

    /**
     * How many runs from the first name the authors: persons written in one style ("A. Cooley,
     * Great Games" stops at the second), or one institution; runs up to {@code last} stay.
     */
    private static int agents(List<Segment> texts, int last) {
        int k = 0;
        Boolean initialsOnly = null;
        while (k < last) {
            String t = texts.get(k).text();
            if (t.matches("et al\\.?") || k > 0 && SUFFIX.matcher(t).matches()) {
                k++;
                continue;
            }
            if (k == 0 && isInstitution(t)) {
                return 1;
            }
            boolean all = true;
            for (String p : t.replaceAll(",?\\s*et al\\.?$", "").replaceAll(",?\\s*\\(?eds?\\.?\\)?$", "").split("\\s+(?:and|&)\\s+")) {
                Boolean style = personStyle(p);
                if (style == null || initialsOnly != null && !initialsOnly.equals(style)) {
                    all = false;
                    break;
                }
                initialsOnly = style;
            }
            if (!all) {
                break;
            }
            k++;
        }
        return k;
    }

    private static boolean familyFirst(List<Segment> texts, int k) {
        for (int i = 0; i < k; i++) {
            if (isFamilyFirst(texts.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** A newspaper, agency or magazine by name: Reuters, The Moscow Times, Foreign Affairs. */
    private static boolean isOutlet(String t) {
        return Types.byOutlet(t).startsWith("article-") && Types.byTitle(t) == null && !t.contains(":") && t.split("\\s+").length <= 6;
    }

    /** A journal's name: Title Case, no colon, short, no institution. */
    private static boolean isPeriodical(String t) {
        return !t.contains(":") && t.split("\\s+").length <= 8 && !isInstitution(t) && Types.byTitle(t) == null && titleCase(t);
    }

    /** Most words of four letters or more begin with a capital, as English titles and names do. */
    private static boolean titleCase(String t) {
        int words = 0;
        int capitals = 0;
        for (String w : t.split("[\\s\\-–]+")) {
            if (w.replaceAll("\\P{L}", "").length() >= 4) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitals++;
                }
            }
        }
        return words == 0 || capitals * 3 >= words * 2;
    }

    /**
     * Whether the runs before the facts may be a citation's title at all: with no author, a URL,
     * a full date, a page, a volume or a publisher, only a Title Case run is taken for one
     * ("Author's calculations based on UN Comtrade data, 2025." is commentary).
     */
    private static boolean plausible(List<Segment> texts, List<Segment> segs, int f, boolean hadUrl) {
        if (hadUrl || agents(texts, texts.size() - 1) > 0) {
            return true;
        }
        for (int i = f; i < segs.size(); i++) {
            String t = bare(segs.get(i).text());
            if (isPlacePublisher(segs, i) || LOCUS.matcher(t).matches() && !t.matches("\\d+") || isDate(t) && !t.matches(YEAR)) {
                return true;
            }
        }
        return texts.stream().allMatch(x -> titleCase(x.text()));
    }

    /** A run after the title that names its publisher or place: an institution, or a town before the date. */
    private static boolean trails(String t, boolean beforeDate) {
        return isInstitution(t) || beforeDate && PLACE_LIKE.matcher(t).matches();
    }

    private static String wrap(String s, int start, int end) {
        String inner = s.substring(start, end).strip();
        if (inner.isEmpty()) {
            return s;
        }
        return s.substring(0, start) + "*" + inner + "*" + s.substring(end);
    }

    /** The index of the first run that is a fact, -1 if none. */
    private static int firstFact(List<Segment> segs) {
        for (int i = 0; i < segs.size(); i++) {
            if (isFact(segs, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isFact(List<Segment> segs, int i) {
        String t = bare(segs.get(i).text());
        if (t.isEmpty() || isDate(t) || LOCUS.matcher(t).matches() || SERIES_NUMBER.matcher(t).matches()) {
            return true;
        }
        if (isPlacePublisher(segs, i)) {
            return true;
        }
        // "Armonk, NY: M. E. Sharpe": a town before a state and its publisher.
        return i + 1 < segs.size() && PLACE_LIKE.matcher(t).matches() && isPlacePublisher(segs, i + 1)
                && segs.get(i + 1).text().matches("\\p{Lu}{2,3}\\s*:.*");
    }

    private static boolean isPlacePublisher(List<Segment> segs, int i) {
        Matcher m = PLACE_PUBLISHER.matcher(bare(segs.get(i).text()));
        if (!m.matches()) {
            return false;
        }
        String place = m.group("place").strip();
        String publisher = m.group("publisher").strip();
        if (place.startsWith("The ") || place.split("\\s+").length > 4 || publisher.split("\\s+").length > 8 || Types.byTitle(place) != null) {
            return false;
        }
        boolean yearNext = i + 1 < segs.size() && isDate(segs.get(i + 1).text());
        return yearNext || PUBLISHER_WORD.matcher(publisher).find() || publisher.matches(".*\\b" + YEAR + "$");
    }

    static boolean isDate(String text) {
        return DATE.matcher(bare(text)).matches();
    }

    /** A run without its closing period and without what it holds in brackets. */
    private static String bare(String text) {
        return text.replaceAll("\\([^)]*\\)|\\[[^\\]]*]", " ").replaceAll("\\s+", " ").strip().replaceAll("[.;:]$", "").strip();
    }

    /**
     * An institution named before or after a title: The White House, World Bank, Ministry of …,
     * Belt and Road Portal, OSCE. Its name leads with the institution's word or ends with it; a
     * title names one further on ("Remarks at the Council of Europe").
     */
    private static boolean isInstitution(String t) {
        String[] words = t.split("\\s+");
        if (words.length > 12 || !t.matches("\\p{Lu}.*") || t.contains(":") || Types.byTitle(t) != null) {
            return false;
        }
        if (ACRONYM.matcher(t).matches()) {
            return true;
        }
        for (String w : words) {
            if (w.matches("\\p{Ll}.*") && !INSTITUTION_LINK.matcher(w).matches()) {
                return false;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if ((i < 3 || i == words.length - 1) && (Types.isOrganization(words[i]) || INSTITUTION_WORD.matcher(words[i]).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a run reads as one person's name, and how: TRUE for initials and a family name
     * (O. N. Barabanov), FALSE for a given name written out (Robert O. Keohane, Zajontz T.),
     * null for no name.
     */
    static Boolean personStyle(String raw) {
        String p = raw.strip().replaceAll(",?\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)$", "");
        String[] t = p.split("\\s+");
        if (t.length < 2 || t.length > 5 || Types.isOrganization(p)) {
            return null;
        }
        int words = 0;
        int initials = 0;
        for (int i = 0; i < t.length; i++) {
            String w = t[i];
            if (INITIAL.matcher(w).matches()) {
                initials++;
            } else if (NAME_WORD.matcher(w).matches() && !FUNCTION_WORDS.contains(w) && !w.matches(".*['’]s")) {
                words++;
            } else if (!(PARTICLE.matcher(w).matches() && i > 0 && i < t.length - 1) && !SUFFIX.matcher(w).matches()) {
                return null;
            }
        }
        if (words == 0 || words > 3) {
            return null;
        }
        return words == 1 && initials > 0 && INITIAL.matcher(t[0]).matches();
    }

    private static boolean isFamilyFirst(String p) {
        String[] t = p.strip().split("\\s+");
        return t.length >= 2 && INITIAL.matcher(t[t.length - 1]).matches() && !INITIAL.matcher(t[0]).matches();
    }

    private static int openingQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The runs of {@code s} from {@code from} between commas, "//" and sentence ends that stand
     * outside quotes and brackets; a date's own comma ("March 31, 2023") does not split.
     */
    static List<Segment> split(String s, int from) {
        boolean[] keep = new boolean[s.length()];
        Matcher d = DATE_SPAN.matcher(s);
        while (d.find()) {
            for (int i = d.start(); i < d.end(); i++) {
                keep[i] = true;
            }
        }
        List<Segment> out = new ArrayList<>();
        int depth = 0;
        boolean straight = false;
        int start = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("“(（[«".indexOf(c) >= 0) {
                depth++;
            } else if ("”)）]»".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (c == '"') {
                straight = !straight;
            }
            if (depth > 0 || straight || keep[i]) {
                continue;
            }
            int sep = 0;
            if (c == ',' || c == ';') {
                sep = 1;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                sep = 2;
            } else if (c == '.' && endsSentence(s, i)) {
                sep = 1;
            }
            if (sep > 0) {
                add(out, s, start, i);
                start = i + sep;
                i += sep - 1;
            }
        }
        add(out, s, start, s.length());
        return out;
    }

    private static void add(List<Segment> out, String s, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && (Character.isWhitespace(s.charAt(a)) || ".,:;".indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || s.charAt(b - 1) == '.' && !initialBefore(s, b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Segment(a, b, s.substring(a, b)));
        }
    }

    /** A period after a single capital (an initial: "J.", "U.S.") that a run keeps. */
    private static boolean initialBefore(String s, int dot) {
        return dot >= 1 && Character.isUpperCase(s.charAt(dot - 1)) && (dot < 2 || !Character.isLetter(s.charAt(dot - 2)));
    }

    /** A period followed by a space and a capital, a digit or a quote, after a word that is no abbreviation. */
    private static boolean endsSentence(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i + 1) != ' ') {
            return false;
        }
        char next = s.charAt(i + 2);
        if (!Character.isUpperCase(next) && !Character.isDigit(next) && next != '“' && next != '"') {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        String word = s.substring(w, i);
        if (word.length() < 2 || w > 0 && s.charAt(w - 1) == '.') {
            return false;
        }
        if (NEVER_SPLIT.contains(word)) {
            return false;
        }
        return Character.isDigit(next) || !ABBREVIATIONS.contains(word);
    }
}
