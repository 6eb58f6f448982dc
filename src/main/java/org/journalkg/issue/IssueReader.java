package org.journalkg.issue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.read.InputException;
import org.journalkg.read.SourceText;

/**
 * Reads the text of an issue into the {@link Issue} model: masthead, the three tables of
 * contents, the articles, and the abstract pages at the back, reconciled with each other.
 * <pre>
 *   Issue issue = IssueReader.read(TextReader.read(Path.of("data/russian-studies-2026-02.md")));
 *   issue.articles().get(1).footnotes().size();   // 47
 * </pre>
 */
public final class IssueReader {

    // Numbers of at most 6 digits: a longer run of digits is no issue number, and would not fit an int.
    private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*(\\d{1,6})\\s*期");
    private static final Pattern CUMULATIVE = Pattern.compile("总\\s*第\\s*(\\d{1,6})\\s*期");
    private static final Pattern FREQUENCY = Pattern.compile("[（(]\\s*(双月刊|月刊|季刊|半月刊|旬刊|年刊)\\s*[）)]");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern LABELLED = Pattern.compile("^([^：:]{1,20})[：:]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ABSTRACTS_PAGE = Pattern.compile("^(\\d{1,5})\\s*(俄文摘要|英文摘要)$");
    private static final Pattern RU_CONTENTS_END = Pattern.compile("^Аннотации\\s*\\((\\d{1,5})\\)$");
    private static final Pattern EN_CONTENTS_END = Pattern.compile("^Abstracts\\s*\\((\\d{1,5})\\)$");
    private static final Pattern EDITORIAL_OFFICE = Pattern.compile("《([^》]+)》\\s*编辑部");

    private IssueReader() { }

    public static Issue read(SourceText source) {
        try {
            return new IssueReader.Run(source).read();
        } catch (NotInLayout e) {
            throw new InputException(source.name() + ": " + e.getMessage());
        }
    }

    /** One reading of one source. */
    private static final class Run {
        final SourceText source;
        final List<Block> blocks;
        final List<String> warnings = new ArrayList<>();
        /** The Chinese contents' titles (as Similarity keys) and columns, for finding where articles start. */
        List<String> titleKeys = List.of();
        Set<String> columnNames = Set.of();

        Run(SourceText source) {
            this.source = source;
            this.blocks = ArticleReader.separateEditorLines(Block.split(source.text()));
        }

        Issue read() {
            int toc = find(0, b -> b.squeezed().equals("目录"));
            if (toc < 0) {
                throw new NotInLayout("not a journal issue in the expected format: no table of contents (目录) found");
            }
            int ruToc = find(toc, b -> b.text().strip().equals("Оглавление"));
            int enToc = find(toc, b -> b.text().strip().equals("Contents"));
            int zhEnd = find(toc + 1, b -> ABSTRACTS_PAGE.matcher(b.squeezed()).matches()
                    || b.text().strip().equals("Оглавление") || b.text().strip().equals("Contents"));
            boolean endless = zhEnd < 0;
            if (endless) {
                // No Russian or English pages: the contents end before the first byline; what lies
                // between (masthead, the first article's title) holds no entry.
                zhEnd = find(toc + 1, ArticleReader::isByline);
            }
            Integer ruPage = null;
            Integer enPage = null;
            for (int i = toc + 1; i < blocks.size() && i < toc + 200; i++) {
                Matcher m = ABSTRACTS_PAGE.matcher(blocks.get(i).squeezed());
                if (m.matches()) {
                    if (m.group(2).equals("俄文摘要")) {
                        ruPage = Integer.valueOf(m.group(1));
                    } else {
                        enPage = Integer.valueOf(m.group(1));
                    }
                }
            }
            int ruTocEnd = ruToc < 0 ? -1 : find(ruToc, b -> RU_CONTENTS_END.matcher(b.text().strip()).matches());
            int enTocEnd = enToc < 0 ? -1 : find(enToc, b -> EN_CONTENTS_END.matcher(b.text().strip()).matches());
            if (zhEnd < 0) {
                throw new NotInLayout("not a journal issue in the expected format: the table of contents (目录) has no end");
            }
            List<ContentsEntry> zhContents = ContentsReader.chinese(blocks, toc + 1, zhEnd);
            if (zhContents.isEmpty()) {
                throw new NotInLayout("not a journal issue in the expected format: the table of contents (目录) lists no article (\"- page author / title\")");
            }
            List<ContentsEntry> ruContents = ruTocEnd < 0 ? List.of() : ContentsReader.western(Lang.RU, blocks, ruToc + 1, ruTocEnd);
            List<ContentsEntry> enContents = enTocEnd < 0 ? List.of() : ContentsReader.western(Lang.EN, blocks, enToc + 1, enTocEnd);
            if (ruPage == null && ruTocEnd >= 0) {
                ruPage = Integer.valueOf(RU_CONTENTS_END.matcher(blocks.get(ruTocEnd).text().strip()).replaceFirst("$1"));
            }
            if (enPage == null && enTocEnd >= 0) {
                enPage = Integer.valueOf(EN_CONTENTS_END.matcher(blocks.get(enTocEnd).text().strip()).replaceFirst("$1"));
            }

            titleKeys = zhContents.stream().map(e -> Similarity.key(e.title())).toList();
            columnNames = new LinkedHashSet<>();
            zhContents.forEach(e -> { if (e.column() != null) { columnNames.add(e.column()); } });
            int afterContents = endless ? toc + 1 : Math.max(zhEnd, Math.max(ruTocEnd, enTocEnd)) + 1;
            int firstArticle = find(afterContents, b -> true);
            while (firstArticle >= 0 && firstArticle < blocks.size() && !startsArticle(firstArticle)) {
                firstArticle++;
            }
            int articlesStart = firstArticle >= 0 && firstArticle < blocks.size() ? firstArticle : afterContents;
            int ruAbstracts = find(articlesStart, b -> b.text().strip().equals("Аннотации"));
            int enAbstracts = find(Math.max(articlesStart, ruAbstracts), b -> b.text().strip().equals("Abstracts"));
            int backMatter = find(Math.max(articlesStart, Math.max(ruAbstracts, enAbstracts)), b -> b.text().contains("来稿须知"));
            int articlesEnd = firstOf(ruAbstracts, enAbstracts, backMatter, blocks.size());

            Set<String> columns = new LinkedHashSet<>();
            zhContents.forEach(e -> { if (e.column() != null) { columns.add(e.column()); } });
            List<ArticleDraft> drafts = new ArrayList<>();
            for (List<Block> chunk : articleChunks(articlesStart, articlesEnd)) {
                drafts.add(ArticleReader.read(chunk, columns, warnings));
            }
            if (drafts.isEmpty()) {
                throw new NotInLayout("not a journal issue in the expected format: no article (ending in （责任编辑 …）) found");
            }
            List<AbstractPage> ruPages = ruAbstracts < 0 ? List.of()
                    : AbstractPagesReader.read(Lang.RU, blocks, ruAbstracts + 1, firstOf(enAbstracts, backMatter, blocks.size()));
            List<AbstractPage> enPages = enAbstracts < 0 ? List.of()
                    : AbstractPagesReader.read(Lang.EN, blocks, enAbstracts + 1, firstOf(backMatter, blocks.size()));

            List<Article> articles = reconcile(drafts, zhContents, ruContents, enContents, ruPages, enPages, ruPage);
            missing(articles, zhContents, ruAbstracts >= 0, enAbstracts >= 0, ruPages, enPages);
            List<ContentsEntry> contents = new ArrayList<>(zhContents);
            contents.addAll(ruContents);
            contents.addAll(enContents);

            List<Block> outside = new ArrayList<>(blocks.subList(0, articlesStart));
            if (backMatter >= 0) {
                outside.addAll(blocks.subList(backMatter, blocks.size()));
            }
            Map<String, String> masthead = masthead(outside);
            Matcher yn = firstMatch(YEAR_NUMBER, outside);
            if (yn == null) {
                throw new NotInLayout("not a journal issue in the expected format: no year and number (2026年第2期) in the front matter");
            }
            Matcher cumulative = firstMatch(CUMULATIVE, outside);
            Matcher frequency = firstMatch(FREQUENCY, outside);
            LocalDate published = null;
            if (masthead.containsKey("出版日期")) {
                Matcher d = DATE.matcher(masthead.get("出版日期"));
                if (d.find()) {
                    try {
                        published = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                    } catch (java.time.DateTimeException e) {
                        // "2月56日" is a typo, not a reason to refuse the issue: the date is left out, with a word.
                        warnings.add("the masthead's 出版日期 " + d.group() + " is no date; the issue is stored without a publication date");
                    }
                }
            }
            Journal journal = new Journal(
                    Texts.of(zhTitle(outside), titleCase(capsLine(ruToc, "\\p{IsCyrillic}")), titleCase(capsLine(enToc, "\\p{IsLatin}"))),
                    code(masthead.get("国际标准连续出版物号"), "ISSN"),
                    code(masthead.get("国内统一连续出版物号"), "CN"),
                    frequency == null ? null : frequency.group(1),
                    value(masthead, "主管单位", "主管"),
                    value(masthead, "主办单位", "主办"),
                    value(masthead, "出版单位", "出版"));
            List<String> chief = Names.splitChinese(masthead.getOrDefault("主编", ""));
            List<Person> deputies = Names.splitChinese(masthead.getOrDefault("副主编", "")).stream().map(Person::zh).toList();
            return new Issue(source.name(), journal,
                    Integer.parseInt(yn.group(1)), Integer.parseInt(yn.group(2)),
                    cumulative == null ? null : Integer.valueOf(cumulative.group(1)),
                    published,
                    chief.isEmpty() ? null : Person.zh(chief.get(0)),
                    deputies, ruPage, enPage, contents, articles, warnings);
        }

        /**
         * Blocks [from, to) cut after each （责任编辑 …） line and the notes that follow it, and, where
         * that line is missing, before the next article's column, title and byline.
         */
        List<List<Block>> articleChunks(int from, int to) {
            List<List<Block>> chunks = new ArrayList<>();
            List<Block> cur = new ArrayList<>();
            int i = from;
            while (i < to) {
                if (cur.size() > 3 && startsArticle(i)) {
                    warnings.add("article at line " + cur.get(0).line() + ": no （责任编辑 …） line at its end; the next article starts at line "
                            + blocks.get(i).line());
                    chunks.add(cur);
                    cur = new ArrayList<>();
                }
                Block b = blocks.get(i++);
                cur.add(b);
                if (ArticleReader.isEditorLine(b)) {
                    while (i < to && Footnotes.isNote(blocks.get(i).text())) {
                        cur.add(blocks.get(i++));
                    }
                    chunks.add(cur);
                    cur = new ArrayList<>();
                }
            }
            if (cur.size() > 3) {
                warnings.add("article at line " + cur.get(0).line() + ": no （责任编辑 …） line at its end");
                chunks.add(cur);
            }
            return chunks;
        }

        /**
         * True where block i begins an article: its title as the contents give it (or a column
         * line and then that title), with a byline ending in * within the next blocks.
         */
        boolean startsArticle(int i) {
            int t = i;
            if (t < blocks.size() && columnNames.contains(CjkSpacing.prose(blocks.get(t).text().strip()))) {
                t++;
            }
            if (t >= blocks.size() || !isContentsTitle(blocks.get(t))) {
                return false;
            }
            for (int k = t + 1; k < Math.min(blocks.size(), t + 4); k++) {
                if (ArticleReader.isByline(blocks.get(k))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isContentsTitle(Block b) {
            String key = Similarity.key(CjkSpacing.prose(Markup.strip(BodyReader.joinLines(b.text()))).replaceAll("\\*+$", ""));
            return key.length() >= 4 && titleKeys.stream().anyMatch(k -> k.startsWith(key));
        }

        List<Article> reconcile(List<ArticleDraft> drafts, List<ContentsEntry> zh, List<ContentsEntry> ru, List<ContentsEntry> en,
                                List<AbstractPage> ruPages, List<AbstractPage> enPages, Integer backPage) {
            int n = drafts.size();
            ContentsEntry[] zhEntry = new ContentsEntry[n];
            int[] first = new int[n];
            Integer[] count = new Integer[n];
            for (int a = 0; a < n; a++) {
                ArticleDraft d = drafts.get(a);
                ArticleNumber num = ArticleNumber.parse(d.articleNumber());
                if (num != null) {
                    first[a] = num.firstPage();
                    count[a] = num.pages();
                }
                zhEntry[a] = best(zh, e -> Similarity.difference(e.title(), d.title()));
                if (zhEntry[a] == null || Similarity.difference(zhEntry[a].title(), d.title()) > 0.3) {
                    warnings.add("article at line " + d.line() + ": title 《" + d.title() + "》 not found in the table of contents");
                    zhEntry[a] = null;
                }
                if (zhEntry[a] != null) {
                    if (first[a] == 0) {
                        first[a] = zhEntry[a].page();
                    } else if (first[a] != zhEntry[a].page()) {
                        // Where the Russian or English contents list the Chinese contents' page and none lists the
                        // number's, the number is the misprint: three contents against one 文章编号.
                        int listed = zhEntry[a].page();
                        boolean contentsAgree = (byPage(ru, listed) != null || byPage(en, listed) != null)
                                && byPage(ru, first[a]) == null && byPage(en, first[a]) == null;
                        warnings.add("article at line " + d.line() + ": the article number says page " + first[a]
                                + ", the table of contents " + listed + (contentsAgree ? "; page " + listed + " is taken, as the Russian and English contents agree" : ""));
                        if (contentsAgree) {
                            first[a] = listed;
                        }
                    }
                }
            }
            List<Article> out = new ArrayList<>();
            String column = null;
            for (int a = 0; a < n; a++) {
                ArticleDraft d = drafts.get(a);
                int firstPage = first[a];
                int lastPage;
                if (count[a] != null) {
                    lastPage = firstPage + count[a] - 1;
                } else if (a + 1 < n && first[a + 1] > 0) {
                    lastPage = first[a + 1] - 1;
                } else {
                    lastPage = backPage != null ? backPage - 1 : firstPage;
                }
                column = zhEntry[a] != null && zhEntry[a].column() != null ? zhEntry[a].column()
                        : d.column() != null ? d.column() : column;
                ContentsEntry ruEntry = byPage(ru, firstPage);
                ContentsEntry enEntry = byPage(en, firstPage);
                AbstractPage ruPage = matchPage(ruPages, ruEntry);
                AbstractPage enPage = matchPage(enPages, enEntry);

                String where = "article on page " + firstPage;
                Texts title = Texts.of(d.title(), pick(where + ": Russian title", ruPage == null ? null : ruPage.title(), ruEntry == null ? null : ruEntry.title()),
                        pick(where + ": English title", enPage == null ? null : enPage.title(), enEntry == null ? null : enEntry.title()));
                Texts abstracts = Texts.of(d.abstractZh(), ruPage == null ? null : ruPage.text(), enPage == null ? null : enPage.text());

                Map<Lang, List<String>> keywords = new EnumMap<>(Lang.class);
                // The Russian and English lists say how many Chinese keywords there are, where they agree.
                int enCount = enPage != null ? enPage.keywords().size() : 0;
                int ruCount = ruPage != null ? ruPage.keywords().size() : 0;
                int expected = enCount > 0 && ruCount > 0 && enCount != ruCount ? 0 : Math.max(enCount, ruCount);
                if (d.keywordsZh() != null) {
                    keywords.put(Lang.ZH, Keywords.chinese(d.keywordsZh(), expected));
                }
                if (ruPage != null && !ruPage.keywords().isEmpty()) {
                    keywords.put(Lang.RU, ruPage.keywords());
                }
                if (enPage != null && !enPage.keywords().isEmpty()) {
                    keywords.put(Lang.EN, enPage.keywords());
                }
                List<Contributor> authors = authors(where, d, zhEntry[a], ruEntry, enEntry, ruPage, enPage);
                List<Contributor> translators = d.translators().stream()
                        .map(t -> new Contributor(Person.zh(t.name()), t.affiliations(), t.text())).toList();
                out.add(new Article(column, title, authors, translators,
                        d.responsibleEditor() == null ? null : Person.zh(d.responsibleEditor()),
                        d.funding(), abstracts, keywords, d.clc(), d.documentCode(), d.articleNumber(), null,
                        firstPage, lastPage, d.body().sections(), d.body().paragraphs(), d.body().footnotes()));
            }
            return out;
        }

        /**
         * What the issue promises and the reading did not find: an article the contents list that
         * is not in the body, an abstract page missing for an article that has a Chinese abstract,
         * keyword lists of different lengths.
         */
        private void missing(List<Article> articles, List<ContentsEntry> zh, boolean ruSection, boolean enSection,
                             List<AbstractPage> ruPages, List<AbstractPage> enPages) {
            Set<Integer> read = new java.util.HashSet<>();
            articles.forEach(a -> read.add(a.firstPage()));
            for (ContentsEntry e : zh) {
                if (!read.contains(e.page())) {
                    warnings.add("the contents list 《" + e.title() + "》 on page " + e.page() + ", but no article in the body starts there");
                }
            }
            for (Article a : articles) {
                String where = "article on page " + a.firstPage();
                if (a.abstracts().get(Lang.ZH) != null && ruSection && a.abstracts().get(Lang.RU) == null) {
                    warnings.add(where + ": no Russian abstract page found for it (" + ruPages.size() + " Russian abstract pages read)");
                }
                if (a.abstracts().get(Lang.ZH) != null && enSection && a.abstracts().get(Lang.EN) == null) {
                    warnings.add(where + ": no English abstract page found for it (" + enPages.size() + " English abstract pages read)");
                }
                java.util.Set<Integer> sizes = new java.util.TreeSet<>();
                a.keywords().values().forEach(k -> sizes.add(k.size()));
                if (sizes.size() > 1) {
                    warnings.add(where + ": keyword lists of different lengths: " + a.keywords(Lang.ZH).size() + " zh, "
                            + a.keywords(Lang.RU).size() + " ru, " + a.keywords(Lang.EN).size() + " en");
                }
            }
        }

        /** The abstract page whose title is closest to the contents entry's title. */
        private AbstractPage matchPage(List<AbstractPage> pages, ContentsEntry entry) {
            if (entry == null) {
                return null;
            }
            AbstractPage p = best(pages, x -> Similarity.difference(x.title(), entry.title()));
            return p != null && Similarity.difference(p.title(), entry.title()) <= 0.3 ? p : null;
        }

        private String pick(String what, String fromAbstractPage, String fromContents) {
            if (fromAbstractPage != null && fromContents != null && !Similarity.key(fromAbstractPage).equals(Similarity.key(fromContents))) {
                warnings.add(what + " differs between the abstract page and the contents: \"" + fromAbstractPage + "\" / \"" + fromContents + "\"");
            }
            return fromAbstractPage != null ? fromAbstractPage : fromContents;
        }

        /**
         * Each author from every place the issue names them: article head and note for the
         * Chinese name; contents and abstract pages for the Russian and English ones, where the
         * two spellings that transliterate into each other best are chosen.
         */
        private List<Contributor> authors(String where, ArticleDraft d, ContentsEntry zh, ContentsEntry ru, ContentsEntry en,
                                          AbstractPage ruPage, AbstractPage enPage) {
            List<Contributor> out = new ArrayList<>();
            List<String> byline = d.byline();
            for (int j = 0; j < byline.size(); j++) {
                NoteReader.AuthorNote note = NoteReader.noteFor(d.authorNotes(), byline.get(j), j, byline.size());
                List<String> zhNames = new ArrayList<>();
                if (note != null) {
                    zhNames.add(note.name());
                }
                zhNames.add(byline.get(j));
                if (zh != null && j < zh.authors().size()) {
                    zhNames.add(zh.authors().get(j));
                }
                List<String> ruNames = new ArrayList<>();
                List<String> enNames = new ArrayList<>();
                addAt(ruNames, ruPage == null ? null : ruPage.authors(), j);
                addAt(ruNames, ru == null ? null : ru.authors(), j);
                addAt(enNames, enPage == null ? null : enPage.authors(), j);
                addAt(enNames, en == null ? null : en.authors(), j);
                if (note != null && note.otherName() != null) {
                    (note.otherName().matches(".*\\p{IsCyrillic}.*") ? ruNames : enNames).add(note.otherName());
                }
                String[] pair = NameChoice.choose(ruNames, enNames);
                Set<String> variants = new LinkedHashSet<>();
                String zhName = zhNames.get(0);
                for (List<String> names : List.of(zhNames, ruNames, enNames)) {
                    for (String v : names) {
                        if (!v.equals(zhName) && !v.equals(pair[0]) && !v.equals(pair[1])) {
                            variants.add(v);
                        }
                    }
                }
                Person person = new Person(Texts.of(zhName, pair[0], pair[1]), List.copyOf(variants));
                out.add(new Contributor(person, note == null ? List.of() : note.affiliations(), note == null ? null : note.text()));
                if (note == null) {
                    warnings.add(where + ": no author note for " + zhName);
                }
            }
            return out;
        }

        private static void addAt(List<String> to, List<String> from, int j) {
            if (from != null && j < from.size()) {
                to.add(from.get(j));
            }
        }

        private static ContentsEntry byPage(List<ContentsEntry> entries, int page) {
            return entries.stream().filter(e -> e.page() == page).findFirst().orElse(null);
        }

        private static <T> T best(List<T> items, java.util.function.ToDoubleFunction<T> cost) {
            return items.stream().min(Comparator.comparingDouble(cost)).orElse(null);
        }

        int find(int from, Predicate<Block> p) {
            for (int i = Math.max(0, from); i < blocks.size(); i++) {
                if (p.test(blocks.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        private static int firstOf(int... candidates) {
            for (int c : candidates) {
                if (c >= 0) {
                    return c;
                }
            }
            return -1;
        }

        /** Label：value lines of the masthead; a label alone takes the next block as its value. */
        private static Map<String, String> masthead(List<Block> blocks) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < blocks.size(); i++) {
                String text = blocks.get(i).text().strip();
                Matcher m = LABELLED.matcher(text);
                if (!m.matches() || text.contains("\n")) {
                    continue;
                }
                String label = CjkSpacing.squeeze(m.group(1));
                String value = m.group(2).strip();
                if (value.isEmpty() && i + 1 < blocks.size()) {
                    value = blocks.get(i + 1).text().strip();
                }
                out.putIfAbsent(label, value);
            }
            return out;
        }

        private static String value(Map<String, String> m, String... labels) {
            for (String l : labels) {
                if (m.containsKey(l) && !m.get(l).isEmpty()) {
                    return CjkSpacing.prose(m.get(l));
                }
            }
            return null;
        }

        /** "ISSN 1009—721X" → "1009-721X". */
        private static String code(String value, String prefix) {
            if (value == null) {
                return null;
            }
            return CjkSpacing.squeeze(value).replaceFirst("^" + prefix, "").replaceAll("[—–－‐]", "-");
        }

        private static Matcher firstMatch(Pattern p, List<Block> blocks) {
            for (Block b : blocks) {
                Matcher m = p.matcher(b.text());
                if (m.find()) {
                    return m;
                }
            }
            return null;
        }

        private String zhTitle(List<Block> outside) {
            Map<String, Integer> votes = new HashMap<>();
            for (Block b : outside) {
                Matcher m = EDITORIAL_OFFICE.matcher(b.text());
                while (m.find()) {
                    votes.merge(m.group(1), 1, Integer::sum);
                }
            }
            return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
        }

        /** The line in capitals just above a table of contents: ИЗУЧЕНИЕ РОССИИ, RUSSIAN STUDIES. */
        private String capsLine(int contents, String script) {
            if (contents < 0) {
                return null;
            }
            for (int i = contents - 1; i >= Math.max(0, contents - 4); i--) {
                for (String line : blocks.get(i).lines()) {
                    String l = line.strip();
                    if (l.matches("(?:" + script + "|[\\s\\-])+") && l.equals(l.toUpperCase(Locale.ROOT)) && l.length() > 3) {
                        return l;
                    }
                }
            }
            return null;
        }

        private static String titleCase(String caps) {
            if (caps == null) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            for (String w : caps.toLowerCase(Locale.ROOT).split(" ")) {
                if (!w.isEmpty()) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
            }
            return b.toString();
        }
    }
}
