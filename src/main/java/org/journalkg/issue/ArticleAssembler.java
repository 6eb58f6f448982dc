package org.journalkg.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the record of one article from the parts a layout reader finds, in reading order, so
 * that every single-article layout (web text, Markdown, Word, JATS) ends in the same model and
 * the same checks. A reader hands over what its layout marks up; this class knows the head
 * fields' labels in three languages, the journal's heading numbering, how footnote markers pair
 * with notes, and warns (naming the line) about whatever an article should have and does not.
 * <pre>
 *   ArticleAssembler a = new ArticleAssembler("article.txt");
 *   a.title(Lang.ZH, "中俄美国际战略互动和全球治理体系建设", 1);
 *   a.byline("杨洁勉", 3);
 *   a.field("关键词", "中俄美战略互动；全球治理体系", 7);
 *   a.paragraph("……前提因素。" + ArticleAssembler.marker("1"), 12);
 *   a.note("1", "参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。", 170);
 *   Issue one = a.finish();
 * </pre>
 * Footnote markers travel inside paragraph text as {@link #marker(String)} tokens; notes are
 * paired with them by id, whatever the layout printed ([1], ^1, ①, [^1], a Word footnote).
 */
public final class ArticleAssembler {

    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';
    private static final Pattern TOKEN = Pattern.compile(MARK_START + "([^" + MARK_END + "]*)" + MARK_END);
    private static final Pattern NATIONALITY = Pattern.compile("[〔［\\[【(（][^〕］\\]】)）]{1,4}[〕］\\]】)）]");
    /** Role words after names in a byline: 著 (wrote), 编/主编 (edited), 译 (translated). */
    private static final Pattern ROLES = Pattern.compile("(?<=\\S)[\\s\u3000]+(著|编著|主编|编|译者|译)(?=[\\s\u3000]|$)");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^((?:\\d{1,2}\\.)*\\d{1,2}\\.?|[IVX]{1,4}\\.)\\s+(\\p{Lu}|\\p{IsCyrillic}).*");

    /** The head fields by label; a label is compared with its spaces, brackets and colon taken off. */
    private enum Field { ABSTRACT_ZH, ABSTRACT_RU, ABSTRACT_EN, KEYWORDS_ZH, KEYWORDS_RU, KEYWORDS_EN, AUTHOR_NOTE, FUNDING,
        CLC, DOCUMENT_CODE, ARTICLE_NUMBER, DOI, EDITOR, TRANSLATOR, BYLINE, IGNORED }

    private static final Map<String, Field> LABELS = new LinkedHashMap<>();

    static {
        for (String l : List.of("内容提要", "提要", "摘要", "内容摘要", "中文摘要")) { LABELS.put(l, Field.ABSTRACT_ZH); }
        for (String l : List.of("abstract", "summary")) { LABELS.put(l, Field.ABSTRACT_EN); }
        for (String l : List.of("аннотация", "резюме")) { LABELS.put(l, Field.ABSTRACT_RU); }
        for (String l : List.of("关键词", "关键字", "关 键 词")) { LABELS.put(l, Field.KEYWORDS_ZH); }
        for (String l : List.of("keywords", "keyword", "keywords", "key words")) { LABELS.put(l, Field.KEYWORDS_EN); }
        for (String l : List.of("ключевые слова", "ключевыеслова")) { LABELS.put(l, Field.KEYWORDS_RU); }
        for (String l : List.of("作者简介", "作者信息")) { LABELS.put(l, Field.AUTHOR_NOTE); }
        for (String l : List.of("作者", "作者姓名", "author", "authors", "автор", "авторы")) { LABELS.put(l, Field.BYLINE); }
        for (String l : List.of("基金项目", "基金", "项目基金", "资助项目")) { LABELS.put(l, Field.FUNDING); }
        LABELS.put("中图分类号", Field.CLC);
        for (String l : List.of("文献标识码", "文章标识", "文章标识码", "文献标志码")) { LABELS.put(l, Field.DOCUMENT_CODE); }
        LABELS.put("文章编号", Field.ARTICLE_NUMBER);
        LABELS.put("doi", Field.DOI);
        LABELS.put("责任编辑", Field.EDITOR);
        for (String l : List.of("翻译", "译者")) { LABELS.put(l, Field.TRANSLATOR); }
        for (String l : List.of("收稿日期", "修回日期", "作者单位", "网络首发日期", "引用格式", "引用本文", "来源", "发布时间", "责编", "编辑")) {
            LABELS.put(l, Field.IGNORED);
        }
    }

    private final String source;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Lang, String> journalTitle = new EnumMap<>(Lang.class);
    private String issn;
    private String publisher;
    private Integer year;
    private Integer number;
    private LocalDate published;

    private String column;
    private final Map<Lang, String> titles = new EnumMap<>(Lang.class);
    private int titleLine;
    private final List<Map<Lang, String>> authorNames = new ArrayList<>();
    private final List<List<Affiliation>> givenAffiliations = new ArrayList<>();
    private final List<NoteReader.AuthorNote> authorNotes = new ArrayList<>();
    private final List<NoteReader.AuthorNote> translators = new ArrayList<>();
    private String editor;
    private final List<Funding> funding = new ArrayList<>();
    private final Map<Lang, String> abstracts = new EnumMap<>(Lang.class);
    private final Map<Lang, String> keywordsRaw = new EnumMap<>(Lang.class);
    private final Map<Lang, List<String>> keywordLists = new EnumMap<>(Lang.class);
    private String clc;
    private String documentCode;
    private String articleNumber;
    private String doi;
    private int firstPage;
    private int lastPage;

    private final List<Section> sections = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private Integer section;
    private Integer topSection;
    private final List<PendingMarker> markers = new ArrayList<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();

    private record PendingMarker(String id, int paragraph, int offset, int line) { }

    private record Note(String original, int line) { }

    public ArticleAssembler(String source) {
        this.source = source;
    }

    /** A footnote marker to put into paragraph text where the layout printed one. */
    public static String marker(String id) {
        return MARK_START + id + MARK_END;
    }

    // ---- journal and issue ----

    public void journalTitle(Lang lang, String title) { putIfAbsent(journalTitle, lang, clean(title)); }

    public void issn(String value) {
        if (value != null && issn == null) {
            issn = CjkSpacing.squeeze(value).replaceFirst("(?i)^(?:e?ISSN|p?ISSN)[:：]?", "").replaceAll("[—–－‐]", "-").toUpperCase(Locale.ROOT);
        }
    }

    public void publisher(String name) { if (publisher == null) { publisher = clean(name); } }

    public void issue(Integer issueYear, Integer issueNumber) {
        if (year == null) { year = issueYear; }
        if (number == null) { number = issueNumber; }
    }

    public void published(LocalDate date) { if (published == null) { published = date; } }

    public void pages(int first, int last) {
        if (first > 0 && firstPage == 0) {
            firstPage = first;
            lastPage = last >= first ? last : first;
        }
    }

    public void doi(String value) {
        if (value != null && doi == null) {
            Matcher m = DOI.matcher(value.strip());
            if (m.find()) {
                doi = m.group().replaceAll("[.,;。，；]+$", "");
            }
        }
    }

    // ---- the article's head ----

    public void column(String name) { if (column == null) { column = clean(name); } }

    public void title(Lang lang, String title, int line) {
        String t = clean(title);
        if (t == null) {
            return;
        }
        if (titles.containsKey(lang)) {
            if (!titles.get(lang).equals(CjkSpacing.prose(t))) {
                warn(line, "a second " + lang.tag() + " title is ignored: " + t);
            }
            return;
        }
        titles.put(lang, CjkSpacing.prose(t));
        if (titleLine == 0) {
            titleLine = line;
        }
    }

    /**
     * A line of authors' names: 杨洁勉, 崔 珩 付兴昶, Ivan Petrov, Anna Smith. A translated
     * article's byline names the translators too (〔俄〕阿纳托利·托尔库诺夫 著 崔雯怡 译): the
     * names before 著 (or 编) are authors, those before 译 translators; the country in brackets
     * is not part of a name.
     */
    public void byline(String names, int line) {
        String s = Markup.strip(names).replaceAll("[\\d*†‡]+$", "").strip();
        s = NATIONALITY.matcher(s).replaceAll(" ").strip();
        Matcher roles = ROLES.matcher(s);
        if (s.matches(".*\\p{IsHan}.*") && roles.find()) {
            int from = 0;
            roles.reset();
            while (roles.find()) {
                List<String> part = Names.splitChinese(s.substring(from, roles.start()));
                if (roles.group(1).startsWith("译")) {
                    part.forEach(n -> translators.add(new NoteReader.AuthorNote(n, null, List.of(), null)));
                } else {
                    part.forEach(n -> author(Texts.of(n, null, null), List.of()));
                }
                from = roles.end();
            }
            Names.splitChinese(s.substring(from)).forEach(n -> author(Texts.of(n, null, null), List.of()));
            return;
        }
        List<String> split = s.matches(".*\\p{IsHan}.*") ? Names.splitChinese(s) : Names.splitWestern(s.replaceAll("\\s+(?:and|и)\\s+", ", "));
        for (String n : split) {
            author(Texts.of(n.matches(".*\\p{IsHan}.*") ? n : null, n.matches(".*\\p{IsCyrillic}.*") ? n : null,
                    n.matches(".*\\p{IsLatin}.*") ? n : null), List.of());
        }
    }

    /** One author, with names in the languages the layout gives and the affiliations it states. */
    public void author(Texts name, List<String> affiliations) {
        Map<Lang, String> names = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            String n = name.get(l);
            if (n != null) {
                names.put(l, l == Lang.ZH ? CjkSpacing.squeeze(n) : n.strip().replaceAll("\\s+", " "));
            }
        }
        if (!names.isEmpty()) {
            authorNames.add(names);
            givenAffiliations.add(affiliations.stream().map(a -> new Affiliation(clean(a), "", false)).toList());
        }
    }

    /** An author note: 杨洁勉，上海国际问题研究院学术咨询委员会主任。 (several authors separated by ；). */
    public void authorNote(String text) {
        if (text != null && !text.isBlank()) {
            authorNotes.addAll(NoteReader.authorNotes(text));
        }
    }

    public void fundingNote(String text) {
        if (text != null && !text.isBlank()) {
            List<Funding> found = NoteReader.funding(text);
            funding.addAll(found);
        }
    }

    public void fundingItem(Funding grant) { funding.add(grant); }

    public void abstractText(Lang lang, String text) {
        String t = clean(text);
        if (t != null) {
            putIfAbsent(abstracts, lang, lang == Lang.ZH ? CjkSpacing.careful(t) : t);
        }
    }

    /** A keyword list as printed, split here by the rules of its language. */
    public void keywords(Lang lang, String printed) {
        if (printed != null && !printed.isBlank()) {
            keywordsRaw.putIfAbsent(lang, printed.strip());
        }
    }

    /** Keywords the layout already gives one by one. */
    public void keywords(Lang lang, List<String> list) {
        List<String> clean = list.stream().map(ArticleAssembler::clean).filter(k -> k != null).map(Keywords::unquote).toList();
        if (!clean.isEmpty()) {
            keywordLists.putIfAbsent(lang, clean);
        }
    }

    public void responsibleEditor(String name) {
        if (name != null && editor == null) {
            editor = String.join("", Names.splitChinese(name));
        }
    }

    /**
     * A labelled head field (内容提要：…, 【关键词】…, **Keywords:** …, 文章编号). Returns false where
     * the label is none this class knows, so the reader can treat the text as body.
     */
    public boolean field(String label, String value, int line) {
        Field f = fieldOf(label);
        if (f == null) {
            return false;
        }
        String v = value == null ? "" : value.strip();
        switch (f) {
            case ABSTRACT_ZH -> abstractText(Lang.ZH, v);
            case ABSTRACT_RU -> abstractText(Lang.RU, v);
            case ABSTRACT_EN -> abstractText(Lang.EN, v);
            case KEYWORDS_ZH -> keywords(Lang.ZH, v);
            case KEYWORDS_RU -> keywords(Lang.RU, v);
            case KEYWORDS_EN -> keywords(Lang.EN, v);
            case AUTHOR_NOTE -> authorNote(v);
            case FUNDING -> {
                List<Funding> found = NoteReader.funding(v);
                if (found.isEmpty() && !v.isEmpty()) {
                    warn(line, "funding note names no project with a number: " + v);
                }
                funding.addAll(found);
            }
            case CLC -> clc = CjkSpacing.squeeze(v);
            case DOCUMENT_CODE -> documentCode = CjkSpacing.squeeze(v);
            case ARTICLE_NUMBER -> articleNumber(v, line);
            case DOI -> doi(v);
            case EDITOR -> responsibleEditor(v);
            case TRANSLATOR -> translators.addAll(NoteReader.translatorNote(v));
            case BYLINE -> byline(v, line);
            case IGNORED -> { }
        }
        return true;
    }

    /** True where {@code label} names a head field. */
    public static boolean isFieldLabel(String label) {
        return fieldOf(label) != null;
    }

    private static Field fieldOf(String label) {
        String l = Markup.strip(label).replaceAll("[【】\\[\\]：:]", "").strip().toLowerCase(Locale.ROOT);
        Field f = LABELS.get(l);
        return f != null ? f : LABELS.get(CjkSpacing.squeeze(l));
    }

    /** 1009-721X(2026)02-0121(25): pages, ISSN, year and number. */
    public void articleNumber(String printed, int line) {
        String v = CjkSpacing.squeeze(printed).replace('—', '-');
        articleNumber = v;
        ArticleNumber n = ArticleNumber.parse(v);
        if (n == null) {
            warn(line, "article number " + v + " is not in the form ISSN(year)number-page(pages)");
            return;
        }
        issn(n.issn());
        issue(n.year(), n.number());
        pages(n.firstPage(), n.lastPage());
    }

    // ---- the body ----

    /** A heading with the level the layout marks (1 = top); 一、 and （一） are read as the label. */
    public void heading(int level, String text, int line) {
        // A note on a heading is attached where the heading's text begins: the next paragraph.
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            markers.add(new PendingMarker(m.group(1).strip(), paragraphs.size(), 0, line));
        }
        String t = clean(TOKEN.matcher(text).replaceAll(""));
        if (t == null) {
            return;
        }
        BodyReader.Heading h = BodyReader.heading(t);
        Matcher numbered = NUMBERED_HEADING.matcher(t);
        String label = h != null ? h.label() : numbered.matches() ? numbered.group(1).replaceAll("\\.$", "") : null;
        String title = h != null ? h.title() : numbered.matches() ? t.substring(numbered.end(1)).strip() : CjkSpacing.prose(t);
        int lvl = Math.max(1, level);
        Integer parent = lvl == 1 ? null : topSection;
        int index = sections.size();
        sections.add(new Section(index, lvl, label, title, parent));
        section = index;
        if (lvl == 1) {
            topSection = index;
        }
    }

    /**
     * A block of plain text that may be a heading by the journal's numbering (一、…, （一）…):
     * for layouts that mark no headings.
     */
    public void block(String text, int line) {
        String plain = TOKEN.matcher(text).replaceAll("").strip();
        BodyReader.Heading h = BodyReader.heading(plain);
        Matcher numbered = NUMBERED_HEADING.matcher(plain);
        if (h != null) {
            heading(h.level(), text, line);
        } else if (numbered.matches() && plain.length() <= 80 && !plain.matches(".*[。！？；.!?;:：,，]$")) {
            // 1. Traffic and cargo / 2.1 Ports / IV. Conclusions: numbered headings of Western articles.
            heading(numbered.group(1).split("\\.").length, text, line);
        } else {
            paragraph(text, line);
        }
    }

    /** A paragraph of the body, footnote markers inside as {@link #marker(String)} tokens. */
    public void paragraph(String text, int line) {
        int index = paragraphs.size();
        StringBuilder out = new StringBuilder();
        List<Paragraph.Marker> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int from = 0;
        while (m.find()) {
            appendClean(out, text.substring(from, m.start()));
            String id = m.group(1).strip();
            found.add(new Paragraph.Marker(numberOf(id, markers.size() + 1), out.length()));
            markers.add(new PendingMarker(id, index, out.length(), line));
            from = m.end();
        }
        appendClean(out, text.substring(from));
        String clean = out.toString().strip();
        if (clean.isEmpty() && found.isEmpty()) {
            return;
        }
        String original = TOKEN.matcher(text).replaceAll("[$1]");
        paragraphs.add(new Paragraph(index, section, Paragraph.Kind.TEXT, clean, original, found, line));
    }

    private static void appendClean(StringBuilder out, String raw) {
        String s = CjkSpacing.careful(Markup.strip(joinLines(hardSpaces(raw))));
        if (out.length() == 0) {
            s = s.stripLeading();
        } else if (!s.isEmpty() && Character.isWhitespace(s.charAt(0))) {
            // "。[1] “…": the space stood after the marker, not inside the Chinese text.
            String rest = s.stripLeading();
            int before = out.codePointBefore(out.length());
            if (!rest.isEmpty() && (CjkSpacing.isHan(before) || CjkSpacing.isCjkPunct(before))
                    && (CjkSpacing.isHan(rest.codePointAt(0)) || CjkSpacing.isCjkPunct(rest.codePointAt(0)))) {
                s = rest;
            }
        }
        out.append(s);
    }

    /** No-break spaces (Word and pandoc put one after "No." or "p.") read as spaces. */
    private static String hardSpaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }

    /** Lines of one paragraph: Chinese runs on across a line break without a space, other scripts with one. */
    private static String joinLines(String raw) {
        if (raw.indexOf('\n') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            BodyReader.join(b, line.strip());
        }
        return b.toString();
    }

    /** A note with its id, as printed (italics as *…*), without its number. */
    public void note(String id, String text, int line) {
        String key = id.strip();
        String t = text == null ? "" : hardSpaces(text).strip();
        if (notes.containsKey(key)) {
            warn(line, "note " + key + " is given twice; the first is kept");
            return;
        }
        if (t.isEmpty()) {
            warn(line, "note " + key + " is empty");
        }
        notes.put(key, new Note(t, line));
    }

    public void warn(int line, String message) {
        warnings.add((line > 0 ? "line " + line + ": " : "") + message);
    }

    /** The article in an issue of its own (journal and issue as far as the layout names them). */
    public Issue finish() {
        if (titles.isEmpty()) {
            warn(1, "no title found");
        }
        if (authorNames.isEmpty()) {
            warn(titleLine, "no byline (authors) found under the title");
        }
        Map<Lang, List<String>> keywords = keywords();
        List<Contributor> authors = authors();
        List<Contributor> translatorList = translators.stream()
                .map(t -> new Contributor(Person.zh(t.name()), t.affiliations(), t.text())).toList();
        List<Footnote> footnotes = footnotes();
        Article article = new Article(column, new Texts(titles), authors, translatorList,
                editor == null ? null : Person.zh(editor), funding, new Texts(abstracts), keywords,
                clc, documentCode, articleNumber, doi, firstPage, lastPage, sections, paragraphs, footnotes);
        Journal journal = new Journal(new Texts(journalTitle), issn, null, null, null, null, publisher);
        return new Issue(source, journal, year, number, null, published, null, List.of(), null, null,
                List.of(), List.of(article), warnings);
    }

    private Map<Lang, List<String>> keywords() {
        Map<Lang, List<String>> out = new EnumMap<>(Lang.class);
        out.putAll(keywordLists);
        for (Lang l : List.of(Lang.RU, Lang.EN)) {
            if (!out.containsKey(l) && keywordsRaw.containsKey(l)) {
                out.put(l, Keywords.western(keywordsRaw.get(l)));
            }
        }
        if (!out.containsKey(Lang.ZH) && keywordsRaw.containsKey(Lang.ZH)) {
            int expected = out.containsKey(Lang.EN) ? out.get(Lang.EN).size() : out.containsKey(Lang.RU) ? out.get(Lang.RU).size() : 0;
            out.put(Lang.ZH, Keywords.chinese(keywordsRaw.get(Lang.ZH), expected));
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** Each byline name with the author note that names it (or stands at its position). */
    private List<Contributor> authors() {
        List<Contributor> out = new ArrayList<>();
        for (int j = 0; j < authorNames.size(); j++) {
            Map<Lang, String> names = authorNames.get(j);
            NoteReader.AuthorNote note = noteFor(names, j);
            Map<Lang, String> all = new EnumMap<>(names);
            if (note != null && !all.containsKey(Lang.ZH) && note.name().matches(".*\\p{IsHan}.*")) {
                all.put(Lang.ZH, note.name());
            }
            if (note != null && note.otherName() != null) {
                all.putIfAbsent(note.otherName().matches(".*\\p{IsCyrillic}.*") ? Lang.RU : Lang.EN, note.otherName());
            }
            List<Affiliation> affiliations = new ArrayList<>(givenAffiliations.get(j));
            // An institution the layout names and the author note repeats is one affiliation: the note's, with the position.
            for (Affiliation fromNote : note == null ? List.<Affiliation>of() : note.affiliations()) {
                int same = -1;
                for (int k = 0; k < affiliations.size(); k++) {
                    if (affiliations.get(k).organization().equals(fromNote.organization())) {
                        same = k;
                    }
                }
                if (same >= 0) {
                    affiliations.set(same, fromNote);
                } else {
                    affiliations.add(fromNote);
                }
            }
            out.add(new Contributor(new Person(new Texts(all), List.of()), affiliations, note == null ? null : note.text()));
        }
        if (!authorNotes.isEmpty()) {
            for (NoteReader.AuthorNote n : authorNotes) {
                boolean used = authorNames.stream().anyMatch(m -> m.containsValue(n.name()));
                if (!used && authorNotes.size() != authorNames.size()) {
                    warn(titleLine, "author note for " + n.name() + " names nobody in the byline");
                }
            }
        }
        return out;
    }

    private NoteReader.AuthorNote noteFor(Map<Lang, String> names, int j) {
        for (NoteReader.AuthorNote n : authorNotes) {
            if (names.containsValue(n.name()) || (n.otherName() != null && names.containsValue(n.otherName()))) {
                return n;
            }
        }
        return authorNotes.size() == authorNames.size() ? authorNotes.get(j) : null;
    }

    /** Notes in the order of their markers; a note without a marker, or a marker without a note, is warned of. */
    private List<Footnote> footnotes() {
        List<Footnote> out = new ArrayList<>();
        Map<String, Boolean> used = new LinkedHashMap<>();
        for (PendingMarker m : markers) {
            Note n = notes.get(m.id());
            if (n == null) {
                warn(m.line(), "marker " + m.id() + " has no note");
                continue;
            }
            if (used.putIfAbsent(m.id(), true) != null) {
                continue;
            }
            out.add(new Footnote(out.size() + 1, numberOf(m.id(), out.size() + 1), m.paragraph(), m.offset(),
                    CjkSpacing.careful(Markup.strip(n.original())), n.original(), n.line()));
        }
        notes.forEach((id, n) -> {
            if (!used.containsKey(id)) {
                warn(n.line(), "note " + id + " has no marker in the text");
                out.add(new Footnote(out.size() + 1, numberOf(id, out.size() + 1), Math.max(0, paragraphs.size() - 1), -1,
                        CjkSpacing.careful(Markup.strip(n.original())), n.original(), n.line()));
            }
        });
        return out;
    }

    private static int numberOf(String id, int fallback) {
        // "3#2": the third note of a later page, where numbers restart on every page.
        String digits = id.replaceFirst("#.*$", "").replaceAll("\\D+", "");
        if (!digits.isEmpty() && digits.length() <= 6) {
            return Integer.parseInt(digits);
        }
        if (id.length() == 1 && Footnotes.isNote(id + " x")) {
            return Footnotes.number(id);
        }
        return fallback;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Markup.strip(hardSpaces(s)).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static <K> void putIfAbsent(Map<K, String> m, K k, String v) {
        if (v != null) {
            m.putIfAbsent(k, v);
        }
    }
}
