package org.journalkg.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.cite.Citation;
import org.journalkg.cite.NoteCitations;
import org.journalkg.cite.NoteParser;
import org.journalkg.cite.Work;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;

/**
 * Notes against the journal's 注释示例: a Chinese, English or Russian book or journal article
 * that lacks an element the example gives (place, publisher, year, issue, page), separates its
 * parts otherwise (full-width ，：in Chinese, half-width in English and Russian, a full stop
 * where the example has a comma, the year after the volume), leaves an English title out of
 * italics, or writes another language's marks (С./№/// in English, p./Vol./No. in Chinese or
 * Russian). Only books and journal articles are judged (and the book title of an English
 * chapter); web pages, newspapers, documents, reports, 同上 and commentary are not, nor is a
 * work whose kind is unclear. Each note is judged by its own parse (the one the build made,
 * {@link CheckInput#parse}), not by the issue's reading, which merges a work cited twice; and
 * what its text shows is trusted where the parser missed a part.
 * Warnings: a missing element, wrong punctuation, another language's marks, the wrong order,
 * no italics. Info: a missing page (a note may mean the whole work; notes that list works or
 * say 参见/See are not asked), a missing Vol. or No. beside the other, and small marks (the
 * final full stop, "№.", "СПб" without its stop, "Vol. 12", straight quotes, a city in full).
 * Italics are asked for only where the file shows italics somewhere in its notes.
 * <pre>
 *   杨洁勉：“疫情下国际格局和世界秩序变化趋势分析”，《俄罗斯研究》，2020 年第 5 期，第 18 页。
 *   R. Sakwa, *Russia against the Rest*, Cambridge: Cambridge University Press, 2017, p.20.
 *   Лукьянов Ф. Украинский вопрос для будущего России// Россия в глобальной политике. 2018. Т.16. №2-3. С.175.
 * </pre>
 */
final class NoteStyleCheck implements Check {

    private static final Pattern ZH_OTHER = Pattern.compile("(?<![\\p{L}])(?:pp?\\.\\s*\\d+|Vol\\.\\s*\\d+|No\\.\\s*\\d+|С\\.\\s*\\d+|Т\\.\\s*\\d+)|№");
    private static final Pattern EN_RUSSIAN = Pattern.compile("(?<![\\p{L}])(?:С\\.\\s*\\d|Т\\.\\s*\\d)|№|//");
    private static final Pattern RU_ENGLISH = Pattern.compile("(?<![\\p{L}])(?:pp?\\.\\s*\\d|Vol\\.\\s*\\d|No\\.\\s*\\d)");
    private static final Pattern CHINESE_MARKS = Pattern.compile("第\\s*[\\d\\-–]+\\s*[页期]|\\d{4}\\s*年");
    private static final Pattern HALF_WIDTH = Pattern.compile("(?<!\\d)[,:;](?!\\d)|(?<=\\d),(?=\\D)|(?<=\\D),(?=\\d)");
    private static final Pattern FULL_WIDTH = Pattern.compile("[，：；。、（）《》]");
    private static final Pattern ZH_YEAR_ISSUE = Pattern.compile("\\d{4}\\s*年\\s*第\\s*[\\d\\-–—/]+\\s*期");
    private static final Pattern ZH_YEAR_EDITION = Pattern.compile("(?:出版社|出版公司|书局|书店|印书馆|出版集团|出版中心|\\p{IsHan})\\s*\\d{4}\\s*年\\s*(?:版|出版)?");
    private static final Pattern ZH_BARE_YEAR = Pattern.compile("[，,]\\s*\\d{4}\\s*(?:[，,。]|$)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]|20)\\d{2}(?!\\d)");
    private static final Pattern RU_VOLUME_OR_ISSUE = Pattern.compile("(?<![\\p{L}])Т\\.\\s*\\d|№");
    private static final Pattern RU_PLACE_NO_STOP = Pattern.compile("(?<![\\p{L}])(?:СПб|М|Л|Мн|К)\\s*:");
    private static final Pattern RU_PLACE_FULL = Pattern.compile("(?<![\\p{L}])(?:Москва|Санкт-Петербург|Ленинград)\\s*[:,]");
    private static final Pattern EN_VOLUME = Pattern.compile("(?<![\\p{L}])Vol\\.");
    private static final Pattern EN_ISSUE = Pattern.compile("(?<![\\p{L}])No\\.");
    private static final Pattern EN_SPACED = Pattern.compile("(?<![\\p{L}])(?:Vol|No|pp?)\\.\\s+\\d");
    private static final Pattern P_RANGE = Pattern.compile("(?<![\\p{L}p])p\\.\\s*\\d+\\s*[-–—]\\s*\\d");
    /** Any page a note cites, in any language's style. */
    private static final Pattern PAGE_MARK = Pattern.compile("第\\s*[\\d\\-–—,，、\\s]+页|(?<![\\p{L}])(?:pp?|С|P|S)\\.\\s*\\d");
    /** Something before the year after a book's title (a publisher, or a place without one): "Знак, 2006", "Москва, 2025". */
    private static final Pattern IMPRINT_BEFORE_YEAR = Pattern.compile("^[\\s.,，。]*[^\\s.,，。\\d][^,，]*[,，]\\s*(?:1[5-9]|20)\\d{2}");
    private static final Pattern PRESS = Pattern.compile("Press|Publish|Books|Routledge|Palgrave|Macmillan|Springer|Wiley|Blackwell|Polity|Penguin|Verso|Sage|Brill|Elsevier|Bloomsbury|Norton|Knopf|Random House|HarperCollins|Simon");
    private static final Pattern RU_PLACE = Pattern.compile("(?<![\\p{L}])(?:М|СПб|Л|К|Мн|Москва|Санкт-Петербург|Ленинград|Новосибирск|Екатеринбург|Казань)\\.?\\s*:");
    private static final Pattern RU_PLACE_PUBLISHER = Pattern.compile("(?<![\\p{L}])(?:М|СПб|Л|К|Мн|Москва|Санкт-Петербург|Ленинград|Новосибирск|Екатеринбург|Казань)\\.?\\s*:\\s*[«\"“]?\\p{L}");
    private static final Pattern ITALIC_JOURNAL_AFTER = Pattern.compile("^\\s*,\\s*\\*[^*]+\\*\\s*,\\s*(?:1[5-9]|20)\\d{2}\\s*,");

    @Override
    public Kind kind() {
        return Kind.NOTE_STYLE;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        // A layout that keeps no italics (a plain-text web page) cannot show a title in italics: those rules then keep quiet.
        boolean italics = input.issue().articles().stream().flatMap(a -> a.footnotes().stream())
                .anyMatch(f -> NoteStyleText.markup(f).matches("(?s).*\\*[^*\\s][^*]*\\*.*"));
        for (Article a : input.issue().articles()) {
            List<NoteCitations> notes = input.notesOf(a);
            List<Footnote> footnotes = a.footnotes();
            for (int i = 0; i < notes.size() && i < footnotes.size(); i++) {
                NoteCitations n = notes.get(i);
                if (n.ibid() || !n.parsed() || n.citations().isEmpty()) {
                    continue;
                }
                Footnote f = footnotes.get(i);
                String text = NoteStyleText.markup(f);
                // The note's own parse, not the issue's reading: that merges a work cited twice into one record, and each note must be judged on its own.
                // It is the parse n was read from (so no 同上, and it cites something), of the note's text as CitationReader takes it,
                // which is text but where a note holds a tab or a stray ^ (the parser's spacing then differs).
                for (Problem p : problems(text, input.parse(f).citations(), italics)) {
                    out.add(input.finding(a, Kind.NOTE_STYLE, p.severity, p.message, p.evidence, f.line()));
                }
            }
        }
        return out;
    }

    /** One departure from the examples, in one cited work. */
    record Problem(Severity severity, String message, String evidence) { }

    /** The departures of one note, each message once per work. */
    static List<Problem> problems(String note, List<Citation> citations) {
        return problems(note, citations, true);
    }

    /** The same, where {@code italics} says whether the file can show italics at all. */
    static List<Problem> problems(String note, List<Citation> citations, boolean italics) {
        List<String> pieces = NoteStyleText.pieces(note);
        Map<String, Problem> out = new LinkedHashMap<>();
        for (int k = 0; k < pieces.size(); k++) {
            String piece = pieces.get(k);
            Citation c = citationIn(piece, citations);
            if (c == null) {
                continue;
            }
            if (FULL_WIDTH_SEPARATOR.matcher(NoteStyleText.outsideQuotes(piece)).find() && !hasHan(piece)) {
                // An English or Russian note typed with Chinese punctuation: read it as it should have been typed.
                NoteParser.Result again = NoteParser.parse(piece.replace("，", ", ").replace("：", ": ").replace("。", ".").replace("；", "; "));
                if (again.citations().size() == 1 && again.citations().get(0).work().title != null
                        && NoteStyleText.compact(again.citations().get(0).work().title).equals(NoteStyleText.compact(c.work().title))) {
                    c = again.citations().get(0);
                }
            }
            NoteStyleText.Located at = NoteStyleText.locate(piece, c.work().title);
            if (at == null) {
                continue;
            }
            String own = NoteStyleText.own(piece, at);
            boolean last = k == pieces.size() - 1;
            // A note that lists works, or sends the reader to one (参见, See), may mean the whole work: its page is not asked for.
            boolean whole = citations.size() > 1 || !own.equals(piece.strip());
            Rules r = new Rules(c.work(), c.locator(), piece, at, last, whole, italics);
            r.check();
            for (String[] m : r.found) {
                Severity s = Severity.valueOf(m[0]);
                String evidence = NoteStyleText.shorten(own);
                out.putIfAbsent(m[1] + "\u0000" + evidence, new Problem(s, m[1], evidence));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static final Pattern FULL_WIDTH_SEPARATOR = Pattern.compile("[，：。]");

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }

    /** The one citation whose title stands in the piece, or null. */
    private static Citation citationIn(String piece, List<Citation> citations) {
        String p = NoteStyleText.compact(piece);
        Citation found = null;
        for (Citation c : citations) {
            String t = c.work().title == null ? "" : NoteStyleText.compact(c.work().title);
            if (t.length() >= 2 && p.contains(t)) {
                if (found != null && found.work() != c.work()) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** The rules for one work: its language group and kind decide which apply. */
    private static final class Rules {
        final Work w;
        final String locator;
        final String piece;
        final NoteStyleText.Located at;
        final boolean last;
        final boolean whole;
        final String head;
        final String tail;
        final String tailText;
        final boolean hasUrl;
        /** Whether the file shows italics at all. */
        final boolean italics;
        /** “Title,” — the comma typed inside the closing quotation mark. */
        final boolean commaInside;
        final List<String[]> found = new ArrayList<>();
        /** Another language's marks were reported: what they stand for is not reported missing too. */
        boolean foreign;

        Rules(Work w, String locator, String piece, NoteStyleText.Located at, boolean last, boolean whole, boolean italics) {
            this.italics = italics;
            this.whole = whole;
            this.w = w;
            this.locator = locator;
            this.piece = piece;
            this.at = at;
            this.last = last;
            this.head = NoteStyleText.own(at.head(), new NoteStyleText.Located(0, 0, (char) 0, at.head(), ""));
            this.tail = at.tail();
            this.tailText = NoteStyleText.withoutUrls(tail);
            this.commaInside = at.end() < piece.length() && piece.charAt(at.end()) == ',' && at.open() != 0;
            this.hasUrl = w.url != null || w.doi != null || NoteStyleText.URL.matcher(piece).find();
        }

        void warn(String message) {
            found.add(new String[] {"WARNING", message});
        }

        void info(String message) {
            found.add(new String[] {"INFO", message});
        }

        void check() {
            String group = group();
            if (group == null || w.type == null) {
                return;
            }
            boolean book = w.type.equals("book") || looksLikeBook(group);
            boolean article = w.type.equals("article-journal") || looksLikeArticle(group);
            boolean chapter = w.type.equals("chapter");
            if (!book && !article && !chapter) {
                return;
            }
            // A web item the parser read as a book or article: only a journal article with a DOI or link stays.
            if (hasUrl && !(article && (w.volume != null || w.issue != null))) {
                return;
            }
            switch (group) {
                case "zh" -> {
                    if (book && at.open() == '《') {
                        chineseBook();
                    } else if (article && (at.open() == '“' || at.open() == '"' || at.open() == '《' && w.containerTitle != null)) {
                        chineseArticle();
                    }
                }
                case "ru" -> {
                    if (book && at.open() == 0) {
                        russianBook();
                    } else if (article && w.containerTitle != null) {
                        russianArticle();
                    }
                }
                default -> {
                    String label = "en".equals(w.language) ? "English" : "Western-language";
                    if (book && (at.open() == '*' || at.open() == 0) && ITALIC_JOURNAL_AFTER.matcher(tail).find()
                            && Pattern.compile("(?<![\\p{L}])(?:Vol|No)\\.").matcher(tailText).find()) {
                        // *Title*, *Journal*, 2019, Vol.43: an article whose title was set like a book's, or left plain.
                        warn(at.open() == '*'
                                ? "The " + label + " journal article note sets the article's title in italics; the journal's example puts it in quotation marks, “Bound to Fail”."
                                : "The " + label + " journal article note does not put the article's title in quotation marks as the journal's example does (“Bound to Fail”).");
                    } else if (book && italics && (w.volume != null || w.issue != null) && EN_VOLUME.matcher(tailText).find()) {
                        // Title, *Journal*, 2019, Vol.43: the italics are the journal's, the article's title stands unquoted before it.
                        warn("The " + label + " journal article note does not put the article's title in quotation marks as the journal's example does (“Bound to Fail”).");
                    } else if (book) {
                        englishBook(label);
                    } else if (article && w.containerTitle != null) {
                        englishArticle(label);
                    } else if (chapter) {
                        englishChapter(label);
                    }
                }
            }
        }

        /**
         * A journal article the parser took for a web item or magazine because a mark it reads
         * by is missing: no address, a journal, a year and pages or Т./№, and its title quoted
         * (English) or followed by the journal (Russian).
         */
        private boolean looksLikeArticle(String group) {
            if (hasUrl || w.containerTitle == null || w.issued == null || !w.type.matches("webpage|article-magazine|article")) {
                return false;
            }
            if (group.equals("en")) {
                // The journal right after the title and the year right after the journal: “Title”, *Journal*, 2019.
                return (at.open() == '“' || at.open() == '"')
                        && Pattern.compile("^\\s*(?:[,.]|//)?\\s*\\*" + Pattern.quote(w.containerTitle.strip()) + "\\.?\\*\\s*[,.]?\\s*(?:1[5-9]|20)\\d{2}\\b").matcher(tail).find()
                        && Pattern.compile("(?<![\\p{L}])(?:pp?\\.\\s*\\d|Vol\\.|No\\.|С\\.\\s*\\d|Т\\.\\s*\\d)|№").matcher(tailText).find();
            }
            if (group.equals("zh")) {
                return (at.open() == '“' || at.open() == '"') && ZH_YEAR_ISSUE.matcher(tailText).find();
            }
            if (group.equals("ru")) {
                return at.open() == 0 && Pattern.compile("(?<![\\p{L}])(?:Т\\.|С\\.)\\s*\\d|№").matcher(tailText).find();
            }
            return false;
        }

        /**
         * A book the parser gave another type: an English work in italics with a publisher's
         * imprint (a title with Strategy or Report in it reads as a report), a Russian one with
         * a place of publication before a colon.
         */
        private boolean looksLikeBook(String group) {
            if (hasUrl || w.containerTitle != null && !RU_PLACE.matcher(w.containerTitle).lookingAt()) {
                return false;
            }
            if (group.equals("en")) {
                return w.type.equals("report") && at.open() == '*' && w.publisher != null && PRESS.matcher(w.publisher).find();
            }
            if (group.equals("ru")) {
                return w.type.equals("webpage") && at.open() == 0 && RU_PLACE.matcher(tailText).find();
            }
            return false;
        }

        /** zh, ru or en (any Latin-script language) by the work's language and the title's script. */
        private String group() {
            String lang = w.language;
            String title = w.title;
            if (lang == null || title == null) {
                return null;
            }
            int han = count(title, Character.UnicodeScript.HAN);
            int cyr = count(title, Character.UnicodeScript.CYRILLIC);
            int lat = count(title, Character.UnicodeScript.LATIN);
            if (lang.equals("zh")) {
                return han > 0 && han * 2 >= lat + cyr ? "zh" : null;
            }
            if (lang.equals("ru")) {
                return cyr > lat && han == 0 ? "ru" : null;
            }
            if (lang.matches("en|fr|de|es|it|pt|nl")) {
                return lat > 0 && cyr == 0 && han == 0 ? "en" : null;
            }
            return null;
        }

        // ---- Chinese ----

        private void chineseCommon(String what) {
            String outside = NoteStyleText.outsideQuotes(NoteStyleText.withoutUrls(head + " " + tail));
            Matcher half = HALF_WIDTH.matcher(latinFree(outside));
            if (half.find()) {
                warn("The Chinese " + what + " note uses the half-width “" + half.group() + "”; the journal writes full-width ，and ：in Chinese notes.");
            }
            Matcher other = ZH_OTHER.matcher(tailText);
            if (other.find()) {
                warn("The Chinese " + what + " note writes “" + other.group().strip() + "” from another language's style; the journal writes 第 N 页 (and 第 N 期) in Chinese notes.");
            }
            if (last && !hasUrl && !piece.endsWith("。")) {
                info("The Chinese " + what + " note does not end with 。 as the journal's example does.");
            }
        }

        private void chineseBook() {
            chineseCommon("book");
            String publisher = w.publisher == null || w.publisher.strip().matches("[\\d\\s年版，,。.]*") ? null : w.publisher;
            if (w.publisherPlace == null && publisher != null) {
                warn("The Chinese book note gives no place of publication; the journal's example writes place：publisher (上海：上海人民出版社).");
            }
            if (publisher == null) {
                warn("The Chinese book note gives no publisher; the journal's example writes place：publisher (上海：上海人民出版社).");
            }
            if (w.issued == null && ZH_BARE_YEAR.matcher(tailText).find()) {
                warn("The Chinese book note gives the year without 年; the journal's example writes 1997 年.");
            } else if (w.issued == null && !YEAR.matcher(tailText).find()) {
                warn("The Chinese book note gives no year of publication; the journal's example writes it as 1997 年.");
            } else if (w.issued == null) {
                return;
            } else if (ZH_YEAR_EDITION.matcher(tailText).find()) {
                warn("The Chinese book note runs the publisher and year together (…出版社 2016 年版); the journal's example writes 上海人民出版社，1997 年.");
            } else if (ZH_BARE_YEAR.matcher(tailText).find()) {
                warn("The Chinese book note gives the year without 年; the journal's example writes 1997 年.");
            }
            chinesePage("book", "第 66 页");
        }

        private void chineseArticle() {
            chineseCommon("journal article");
            if (at.open() == '《') {
                warn("The Chinese journal article note puts the article's title in 《》; the journal's example quotes it, “疫情下国际格局和世界秩序变化趋势分析”，《俄罗斯研究》.");
            }
            String compactTail = NoteStyleText.compact(tail);
            if (w.containerTitle == null || !compactTail.contains(NoteStyleText.compact("《" + w.containerTitle.strip() + "》"))) {
                if (tail.indexOf('《') < 0 && ZH_YEAR_ISSUE.matcher(tailText).find()) {
                    warn("The Chinese journal article note does not put the journal's name in 《》; the journal's example writes 《俄罗斯研究》.");
                }
                return;
            }
            String journal = "《" + w.containerTitle.strip() + "》";
            if (compactTail.contains("载" + NoteStyleText.compact(journal))) {
                warn("The Chinese journal article note writes 载 before the journal's name; the journal's example writes “title”，《journal》，2020 年第 5 期.");
            }
            int close = tail.indexOf(journal.substring(journal.length() - 1), Math.max(0, tail.indexOf('《')));
            if (close >= 0 && tail.substring(close + 1).matches("\\s*\\d.*")) {
                warn("The Chinese journal article note puts no ，after the journal's name; the journal's example writes 《俄罗斯研究》，2020 年第 5 期.");
            }
            boolean yearWritten = Pattern.compile("\\d{4}\\s*年").matcher(tailText).find();
            boolean issueWritten = Pattern.compile("第\\s*[\\d\\-–—/]+\\s*期|\\d\\s*期").matcher(tailText).find();
            if ((w.issued == null || w.issue == null) && yearWritten && issueWritten) {
                warn("The Chinese journal article note does not write the year and issue as 2020 年第 5 期, as the journal's example does.");
            } else if (w.issued == null) {
                warn("The Chinese journal article note gives no year; the journal's example writes 2020 年第 5 期.");
            } else if (w.issue == null) {
                warn("The Chinese journal article note gives no issue number; the journal's example writes 2020 年第 5 期.");
            } else if (!ZH_YEAR_ISSUE.matcher(tailText).find()) {
                warn("The Chinese journal article note does not write the year and issue as 2020 年第 5 期, as the journal's example does.");
            }
            chinesePage("journal article", "第 18 页");
        }

        private void chinesePage(String what, String example) {
            if (Pattern.compile("(?<!第\\s{0,2})(?<![\\d\\-–])[\\d\\-–]+\\s*页").matcher(tailText).find()
                    && !Pattern.compile("第\\s*[\\d\\-–—,，、\\s]+页").matcher(tailText).find()) {
                info("The Chinese " + what + " note writes the page without 第; the journal's example writes " + example + ".");
                return;
            }
            if (!whole && locator == null && w.page == null && !PAGE_MARK.matcher(tailText).find()) {
                info("The Chinese " + what + " note cites no page; the journal's example ends with the page, " + example + " (unless the whole work is meant).");
            }
        }

        // ---- Russian ----

        private void russianCommon(String what) {
            Matcher full = FULL_WIDTH.matcher(NoteStyleText.withoutUrls(head + " " + tail));
            if (full.find()) {
                warn("The Russian " + what + " note uses the full-width “" + full.group() + "”; Russian notes take half-width punctuation.");
            }
            Matcher other = RU_ENGLISH.matcher(tailText);
            if (other.find()) {
                foreign = true;
                warn("The Russian " + what + " note writes “" + other.group().replaceAll("\\s*\\d+$", "") + "” from the English style; the journal writes Т., № and С. in Russian notes.");
            } else if (CHINESE_MARKS.matcher(tailText).find()) {
                warn("The Russian " + what + " note writes 年/期/页 from the Chinese style; the journal writes 2018. Т.16. №2-3. С.175. in Russian notes.");
            }
            if (last && !hasUrl && !piece.endsWith(".")) {
                info("The Russian " + what + " note does not end with a full stop as the journal's example does.");
            }
        }

        private void russianBook() {
            russianCommon("book");
            // What the text shows counts as much as what the parser read: a note it misread still has its place and year.
            boolean place = w.publisherPlace != null || RU_PLACE.matcher(tailText).find();
            boolean publisher = w.publisher != null || RU_PLACE_PUBLISHER.matcher(tailText).find()
                    || !place && IMPRINT_BEFORE_YEAR.matcher(tailText).find();
            boolean year = w.issued != null || YEAR.matcher(tailText).find();
            if (!place && !publisher) {
                warn("The Russian book note gives no place of publication or publisher; the journal's example writes М.: Знак, 2006.");
            } else if (!place) {
                warn("The Russian book note gives no place of publication; the journal's example writes М.: Знак, 2006.");
            } else {
                if (RU_PLACE_NO_STOP.matcher(tail).find()) {
                    info("The Russian book note writes the abbreviated place without its full stop; the journal's example writes М.: (СПб.:).");
                }
                if (RU_PLACE_FULL.matcher(tail).find()) {
                    info("The Russian book note writes the city in full; the journal's example abbreviates it, М.: (СПб.:).");
                }
                if (!publisher) {
                    warn("The Russian book note gives no publisher; the journal's example writes М.: Знак, 2006.");
                }
            }
            if (!year) {
                warn("The Russian book note gives no year of publication; the journal's example writes М.: Знак, 2006.");
            }
            if (Pattern.compile("(?:\\d|[\\p{L}]),\\s*С\\.\\s*\\d").matcher(tailText).find()) {
                info("The Russian book note puts a comma before the page; the journal's example writes a full stop, 2006. С.86.");
            }
            if (!whole && locator == null && !PAGE_MARK.matcher(tailText).find()) {
                info("The Russian book note cites no page; the journal's example ends with the page, С.86 (unless the whole book is meant).");
            }
        }

        private void russianArticle() {
            russianCommon("journal article");
            String compactTail = NoteStyleText.compact(tail);
            String journal = NoteStyleText.compact(w.containerTitle);
            int j = compactTail.indexOf(journal);
            if (j < 0) {
                return;
            }
            if (!compactTail.substring(0, j).contains("//")) {
                warn("The Russian journal article note has no // before the journal's name; the journal's example writes …России// Россия в глобальной политике.");
            }
            String after = compactTail.substring(j + journal.length());
            if (after.startsWith(",")) {
                warn("The Russian journal article note separates the parts after the journal's name with commas; the journal's example writes full stops, Журнал. 2018. Т.16. №2-3.");
            }
            Matcher year = YEAR.matcher(after);
            Matcher vol = RU_VOLUME_OR_ISSUE.matcher(after);
            if (year.find() && vol.find() && vol.start() < year.start()) {
                warn("The Russian journal article note puts the year after the volume or issue; the journal's example writes Журнал. 2018. Т.16. №2-3. С.175.");
            }
            if (w.issued == null) {
                warn("The Russian journal article note gives no year; the journal's example writes Журнал. 2018. Т.16. №2-3.");
            }
            if (w.issue == null && !foreign && !after.contains("№") && !after.contains("Вып.")) {
                warn("The Russian journal article note gives no issue number (№); the journal's example writes Т.16. №2-3.");
            }
            if (Pattern.compile("\\.[–—-]\\d|\\.[–—-](?:Т|№|С)").matcher(after).find()) {
                info("The Russian journal article note separates its parts with dashes (. – ) as GOST's full form does; the journal's example writes Журнал. 2018. Т.16. №2-3. С.175.");
            }
            if (after.contains("№.")) {
                info("The Russian journal article note writes “№.” with a full stop; the journal's example writes №2-3.");
            }
            if (!whole && locator == null && w.page == null && !PAGE_MARK.matcher(tailText).find()) {
                info("The Russian journal article note cites no page; the journal's example ends with the page, С.175.");
            }
        }

        // ---- English (and other Latin-script languages) ----

        private void westernCommon(String label, String what) {
            Matcher full = FULL_WIDTH.matcher(NoteStyleText.withoutUrls(head + " " + tail));
            if (full.find()) {
                warn("The " + label + " " + what + " note uses the full-width “" + full.group() + "”; English notes take half-width punctuation.");
            }
            Matcher other = EN_RUSSIAN.matcher(tailText);
            if (other.find()) {
                foreign = true;
                warn("The " + label + " " + what + " note writes “" + other.group().replaceAll("\\s*\\d+$", "") + "” from the Russian style; the journal writes Vol., No. and p./pp. in English notes.");
            } else if (CHINESE_MARKS.matcher(tailText).find()) {
                warn("The " + label + " " + what + " note writes 年/期/页 from the Chinese style; the journal writes 2019, Vol.43, No.4, pp.7-8 in English notes.");
            }
            Matcher name = Pattern.compile("(\\p{L}{2,})\\.\\s*$").matcher(head);
            if (!head.isBlank() && name.find() && !name.group(1).matches("al|eds?|Jr|Sr|[A-Z]{2,}|[a-z]+")) {
                warn("The " + label + " " + what + " note puts a full stop after the author's name; the journal's example writes a comma, R. Sakwa, *Title*.");
            }
            if (last && !hasUrl && !piece.endsWith(".") && !piece.endsWith("。")) {
                info("The " + label + " " + what + " note does not end with a full stop as the journal's example does.");
            }
            if (EN_SPACED.matcher(tailText).find()) {
                info("The " + label + " " + what + " note puts a space after Vol./No./p.; the journal's example writes Vol.43, No.4, pp.7-8.");
            }
            if (P_RANGE.matcher(tailText).find()) {
                info("The " + label + " " + what + " note writes p. before a page range; the journal's example writes pp.7-8.");
            }
        }

        private void englishBook(String label) {
            if (at.open() == '*') {
                if (tail.matches("\\s*\\.\\s+\\S.*")) {
                    warn("The " + label + " book note puts a full stop after the title; the journal's example writes a comma, *Title*, Cambridge: Cambridge University Press.");
                }
            } else if (at.open() == '“' || at.open() == '"' || at.open() == 0) {
                if (w.publisher == null && w.publisherPlace == null) {
                    return; // Without italics or an imprint, nothing says it is a book.
                }
                if (italics || at.open() != 0) {
                    warn("The " + label + " book note does not set the book's title in italics as the journal's example does (*Russia against the Rest*).");
                }
            } else {
                return;
            }
            westernCommon(label, "book");
            if (w.publisherPlace == null) {
                if (w.publisher != null || IMPRINT_BEFORE_YEAR.matcher(tailText).find()) {
                    warn("The " + label + " book note gives no place of publication; the journal's example writes Cambridge: Cambridge University Press, 2017.");
                } else {
                    warn("The " + label + " book note gives no place of publication or publisher; the journal's example writes Cambridge: Cambridge University Press, 2017.");
                }
            } else if (w.publisher == null) {
                warn("The " + label + " book note gives no publisher; the journal's example writes Cambridge: Cambridge University Press, 2017.");
            }
            if (w.issued == null) {
                warn("The " + label + " book note gives no year of publication; the journal's example writes Cambridge: Cambridge University Press, 2017.");
            }
            if (!whole && locator == null && !PAGE_MARK.matcher(tailText).find()) {
                info("The " + label + " book note cites no page; the journal's example ends with the page, p.20 (unless the whole book is meant).");
            }
        }

        private void englishArticle(String label) {
            if (at.open() == '*') {
                warn("The " + label + " journal article note sets the article's title in italics; the journal's example puts it in quotation marks, “Bound to Fail”.");
            } else if (at.open() == 0) {
                warn("The " + label + " journal article note does not put the article's title in quotation marks as the journal's example does (“Bound to Fail”).");
            } else if (at.open() == '"') {
                info("The " + label + " journal article note uses straight quotation marks around the title; the journal's example uses “…”.");
            } else if (at.open() != '“') {
                return;
            }
            westernCommon(label, "journal article");
            if (at.open() != 0 && commaInside) {
                info("The " + label + " journal article note puts the comma inside the closing quotation mark; the journal's example writes “Title”, *Journal*.");
            } else if (at.open() != 0 && !tail.matches("\\s*(?://|,|，).*")) {
                warn("The " + label + " journal article note puts no comma after the article's title; the journal's example writes “Title”, *Journal*.");
            }
            String journal = w.containerTitle.strip();
            int j = tail.indexOf(journal);
            if (j >= 0) {
                boolean italic = j > 0 && tail.charAt(j - 1) == '*';
                if (!italic && italics) {
                    warn("The " + label + " journal article note does not set the journal's name in italics as the journal's example does (*International Security*).");
                } else {
                    int close = tail.indexOf('*', j);
                    if (close > 0 && !tail.substring(close + 1).matches("\\s*,.*") && tail.substring(close + 1).matches("\\.?\\s*\\d.*")) {
                        warn("The " + label + " journal article note puts no comma after the journal's name; the journal's example writes *International Security*, 2019.");
                    }
                }
            }
            Matcher vol = EN_VOLUME.matcher(tailText);
            Matcher yr = YEAR.matcher(tailText);
            if (vol.find() && yr.find() && yr.start() > vol.start()) {
                warn("The " + label + " journal article note puts the year after the volume; the journal's example writes *International Security*, 2019, Vol.43, No.4.");
            }
            if (w.issued == null) {
                warn("The " + label + " journal article note gives no year; the journal's example writes *International Security*, 2019, Vol.43, No.4.");
            }
            if (foreign) {
                // Т./№ reported above.
            } else if (Pattern.compile("\\d{4}\\s*,\\s*\\d+\\s*\\(\\s*[\\d\\-–]+\\s*\\)").matcher(tailText).find()) {
                warn("The " + label + " journal article note writes the volume and issue as 43(4); the journal's example writes 2019, Vol.43, No.4.");
            } else if (w.volume == null && w.issue == null) {
                warn("The " + label + " journal article note gives no volume or issue; the journal's example writes 2019, Vol.43, No.4.");
            } else {
                if (w.volume != null && !EN_VOLUME.matcher(tailText).find() && !tailText.contains("Т.")) {
                    warn("The " + label + " journal article note does not mark the volume with Vol.; the journal's example writes 2019, Vol.43, No.4.");
                } else if (w.volume == null) {
                    info("The " + label + " journal article note gives an issue but no volume; the journal's example writes Vol.43, No.4 (where the journal has volumes).");
                }
                if (w.issue != null && !EN_ISSUE.matcher(tailText).find() && !tailText.contains("№")) {
                    warn("The " + label + " journal article note does not mark the issue with No.; the journal's example writes 2019, Vol.43, No.4.");
                } else if (w.issue == null) {
                    info("The " + label + " journal article note gives a volume but no issue; the journal's example writes Vol.43, No.4 (where the journal has issues).");
                }
            }
            if (!whole && locator == null && w.page == null && !hasUrl && !PAGE_MARK.matcher(tailText).find()) {
                info("The " + label + " journal article note gives no pages; the journal's example ends with them, pp.7-8.");
            }
        }

        /** An English chapter: only what the book example defines, the book's title in italics and a comma before the place. */
        private void englishChapter(String label) {
            if (w.containerTitle == null || w.publisherPlace == null) {
                return;
            }
            String book = "*" + w.containerTitle.strip();
            int j = tail.indexOf(book);
            if (j < 0) {
                return;
            }
            int close = tail.indexOf('*', j + 1);
            if (close > 0 && tail.substring(close + 1).matches("\\s*\\.\\s+" + Pattern.quote(w.publisherPlace) + ".*")) {
                warn("The " + label + " chapter note puts a full stop after the book's title; the journal's example writes a comma before the place, *Title*, Cambridge: Cambridge University Press.");
            }
        }

        private static String latinFree(String s) {
            // Commas between Latin words (a translated or foreign name) are not Chinese punctuation.
            return s.replaceAll("[\\p{IsLatin}][\\p{IsLatin}\\s.'’-]*[,:][\\s]*(?=[\\p{IsLatin}])", " ");
        }

        private static int count(String s, Character.UnicodeScript script) {
            return (int) s.codePoints().filter(c -> Character.UnicodeScript.of(c) == script).count();
        }
    }
}
