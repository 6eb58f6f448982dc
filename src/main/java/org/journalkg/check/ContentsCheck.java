package org.journalkg.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.issue.AbstractPage;
import org.journalkg.issue.AbstractPagesReader;
import org.journalkg.issue.Article;
import org.journalkg.issue.Block;
import org.journalkg.issue.CjkSpacing;
import org.journalkg.issue.ContentsEntry;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Markup;
import org.journalkg.issue.Similarity;

/**
 * The three tables of contents and the abstract pages against the articles of the body: every
 * article listed, every entry an article, in the body's order, on the article's first page (and
 * the page of its 文章编号), with the article's title. Titles are compared normalised (spaces,
 * full/half width, quotes, dashes, case, markup), so that only a real difference is reported.
 * <ul>
 *   <li>ERROR: an article no contents list, an entry no article answers, an entry on another page
 *       than the article's first page, an article number whose page, year or issue differs, an entry
 *       out of the body's order.</li>
 *   <li>WARNING: a title in the contents (or on an abstract page) that differs from the article's;
 *       author lists of different length or with a wholly different name (spelling variants of one
 *       name are the NAMES check's).</li>
 * </ul>
 */
final class ContentsCheck implements Check {

    /** 1009-721X(2026)02-0003(25) or 1009-721X(2026)02-0003-25: year, issue, first page. */
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("[(（]\\s*(\\d{4})\\s*[)）]\\s*(\\d{1,2})\\s*[-—–－‐]\\s*(\\d{1,4})");

    @Override
    public Kind kind() {
        return Kind.CONTENTS;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        Issue issue = input.issue();
        List<Finding> out = new ArrayList<>();
        articleNumbers(input, out);
        if (issue.contents().isEmpty()) {
            return out;
        }
        Source src = Source.of(input);
        for (Lang lang : Lang.values()) {
            List<Source.Entry> entries = src.entries(lang);
            if (!entries.isEmpty()) {
                contents(input, src, lang, entries, out);
            }
        }
        for (Lang lang : List.of(Lang.RU, Lang.EN)) {
            abstractPages(input, src, lang, out);
        }
        return out;
    }

    /**
     * Where the Chinese contents and the article number give different first pages: true where the
     * number is the odd one, i.e. the Russian and English contents side with the Chinese (or are silent).
     */
    private static boolean numberIsOdd(Issue issue, int contentsPage, int numberPage) {
        long forContents = 1 + issue.contents().stream().filter(e -> e.lang() != Lang.ZH && e.page() == contentsPage).count();
        long forNumber = 1 + issue.contents().stream().filter(e -> e.lang() != Lang.ZH && e.page() == numberPage).count();
        return forNumber <= forContents;
    }

    /** The page part of 文章编号 against the first page (and year and number against the issue's). */
    private void articleNumbers(CheckInput in, List<Finding> out) {
        Issue issue = in.issue();
        List<ContentsEntry> zh = issue.contents().stream().filter(e -> e.lang() == Lang.ZH).toList();
        for (Article a : issue.articles()) {
            if (a.articleNumber() == null) {
                continue;
            }
            Matcher m = ARTICLE_NUMBER.matcher(a.articleNumber());
            if (!m.find()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            int number = Integer.parseInt(m.group(2));
            int page = Integer.parseInt(m.group(3));
            int near = titleLine(in, a);
            ContentsEntry listed = byTitle(zh, a.title().get(Lang.ZH));
            if (listed != null && listed.page() != page && numberIsOdd(issue, listed.page(), page)) {
                out.add(in.finding(a, Kind.CONTENTS, Severity.ERROR, "The article number gives page " + page
                        + " as the first page, but the Chinese contents list the article on page " + listed.page() + ".",
                        a.articleNumber(), near));
            } else if (a.firstPage() > 0 && a.firstPage() != page) {
                out.add(in.finding(a, Kind.CONTENTS, Severity.ERROR, "The article number gives page " + page
                        + " as the first page, but the article starts on page " + a.firstPage() + ".", a.articleNumber(), near));
            }
            if ((issue.year() != null && issue.year() != year) || (issue.number() != null && issue.number() != number)) {
                out.add(in.finding(a, Kind.CONTENTS, Severity.ERROR, "The article number names issue " + year + " No. " + number
                        + ", but this is issue " + issue.year() + " No. " + issue.number() + ".", a.articleNumber(), near));
            }
        }
    }

    private void contents(CheckInput in, Source src, Lang lang, List<Source.Entry> entries, List<Finding> out) {
        List<Article> articles = in.issue().articles();
        String which = langName(lang) + " contents";
        Set<Article> listed = new HashSet<>();
        Article[] match = new Article[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Source.Entry e = entries.get(i);
            Article byPage = null;
            for (Article a : articles) {
                if (a.firstPage() == e.entry().page()) {
                    byPage = a;
                }
            }
            Article byTitle = closest(articles, e.entry().title(), lang);
            match[i] = byPage;
            if (byTitle != null && (byPage == null || (lang == Lang.ZH && differ(byPage.title().get(lang), e.entry().title())))) {
                match[i] = byTitle;
            }
            if (match[i] != null) {
                listed.add(match[i]);
            }
        }
        // An entry on no article's page and with no article's title: the unlisted article its authors name, else the one at its place.
        for (int i = 0; i < entries.size(); i++) {
            if (match[i] == null) {
                Source.Entry e = entries.get(i);
                List<Article> fit = articles.stream().filter(a -> !listed.contains(a) && authorsFit(a, e.entry().authors())).toList();
                if (fit.size() == 1) {
                    match[i] = fit.get(0);
                    listed.add(match[i]);
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (match[i] == null && entries.size() == articles.size() && !listed.contains(articles.get(i))) {
                match[i] = articles.get(i);
                listed.add(match[i]);
            }
        }
        int lastIndex = -1;
        for (int i = 0; i < entries.size(); i++) {
            Source.Entry e = entries.get(i);
            Article a = match[i];
            Source.Orphan orphan = a == null ? src.orphanFor(e.entry()) : null;
            if (orphan != null) {
                if (lang == Lang.ZH && differ(orphan.title(), e.entry().title())) {
                    out.add(new Finding(in.file(), e.line(), orphan.page(), Kind.CONTENTS, Severity.WARNING, "The " + which
                            + " give the title \"" + e.entry().title() + "\", which differs from the article's title \"" + orphan.title()
                            + "\" (line " + orphan.line() + "); the reader could not place this article, so no other check read it.",
                            e.entry().title()));
                } else if (orphan.page() != e.entry().page()) {
                    out.add(new Finding(in.file(), e.line(), orphan.page(), Kind.CONTENTS, Severity.ERROR, "The " + which
                            + " give page " + e.entry().page() + " for this article, but its article number gives page " + orphan.page() + ".",
                            e.entry().title() + " (" + e.entry().page() + ")"));
                }
                continue;
            }
            if (a == null) {
                out.add(new Finding(in.file(), e.line(), null, Kind.CONTENTS, Severity.ERROR, "The " + which + " list 《"
                        + e.entry().title() + "》 on page " + e.entry().page() + ", but no article in the body starts on that page.",
                        e.entry().title()));
                continue;
            }
            // Where the article number alone disagrees with the contents, that finding (articleNumbers) says it once.
            ContentsEntry zhListed = byTitle(in.issue().contents().stream().filter(x -> x.lang() == Lang.ZH).toList(), a.title().get(Lang.ZH));
            boolean numberAlone = zhListed != null && zhListed.page() == e.entry().page() && a.firstPage() != zhListed.page()
                    && numberIsOdd(in.issue(), zhListed.page(), a.firstPage());
            if (a.firstPage() > 0 && a.firstPage() != e.entry().page() && !numberAlone) {
                out.add(new Finding(in.file(), e.line(), CheckInput.page(a), Kind.CONTENTS, Severity.ERROR, "The " + which
                        + " give page " + e.entry().page() + " for this article, but it starts on page " + a.firstPage() + ".",
                        e.entry().title() + " (" + e.entry().page() + ")"));
            }
            int index = articles.indexOf(a);
            if (index < lastIndex) {
                out.add(new Finding(in.file(), e.line(), CheckInput.page(a), Kind.CONTENTS, Severity.ERROR, "The " + which
                        + " list this article after one that comes later in the body; entries should follow the body's order.",
                        e.entry().title()));
            }
            lastIndex = Math.max(lastIndex, index);
            String title = a.title().get(lang);
            String against = lang == Lang.ZH ? "the article's title" : "the title on the " + langName(lang) + " abstract page";
            Source.AbstractEntry page = src.abstractFor(lang, a);
            if (lang != Lang.ZH) {
                title = page == null ? null : page.page().title();
            }
            if (title != null && differ(title, e.entry().title())) {
                out.add(new Finding(in.file(), e.line(), CheckInput.page(a), Kind.CONTENTS, Severity.WARNING, "The " + which
                        + " give the title \"" + e.entry().title() + "\", which differs from " + against + " \"" + title + "\".",
                        e.entry().title()));
            }
            authors(in, a, e, which, out);
        }
        for (Article a : articles) {
            if (!listed.contains(a) && !(lang != Lang.ZH && a.title().get(lang) == null && a.abstracts().get(Lang.ZH) == null)) {
                String t = a.title().get(Lang.ZH) != null ? a.title().get(Lang.ZH) : firstTitle(a);
                out.add(in.finding(a, Kind.CONTENTS, Severity.ERROR, "The article 《" + t + "》" + (a.firstPage() > 0 ? " on page "
                        + a.firstPage() : "") + " is missing from the " + which + ".", t, titleLine(in, a)));
            }
        }
    }

    /** Author lists of different length, or a name that is not a spelling of the article's (spellings: NAMES). */
    private void authors(CheckInput in, Article a, Source.Entry e, String which, List<Finding> out) {
        List<String> names = e.entry().authors();
        Lang lang = e.entry().lang();
        if (names.isEmpty() || a.authors().isEmpty()) {
            return;
        }
        if (names.size() != a.authors().size()) {
            out.add(new Finding(in.file(), e.authorLine(), CheckInput.page(a), Kind.CONTENTS, Severity.WARNING, "The " + which
                    + " name " + names.size() + " author(s) for this article, but its byline names " + a.authors().size() + ".",
                    String.join(", ", names)));
            return;
        }
        for (int j = 0; j < names.size(); j++) {
            String listed = names.get(j);
            List<String> known = new ArrayList<>();
            String chosen = a.authors().get(j).person().name().get(lang);
            if (chosen != null) {
                known.add(chosen);
            }
            known.addAll(a.authors().get(j).person().variants());
            boolean near = known.isEmpty() || known.stream().anyMatch(k -> Similarity.difference(k, listed) <= 0.5);
            if (!near && chosen != null) {
                out.add(new Finding(in.file(), e.authorLine(), CheckInput.page(a), Kind.CONTENTS, Severity.WARNING, "The " + which
                        + " name " + listed + " as author " + (j + 1) + " of this article, but the article names " + chosen + ".",
                        listed));
            }
        }
    }

    /** An abstract page whose title matches no article, or pages out of the body's order. */
    private void abstractPages(CheckInput in, Source src, Lang lang, List<Finding> out) {
        List<Article> articles = in.issue().articles();
        int last = -1;
        for (Source.AbstractEntry p : src.abstracts(lang)) {
            Article a = src.articleFor(lang, p);
            boolean listed = src.entries(lang).stream().anyMatch(e -> Similarity.difference(e.entry().title(), p.page().title()) <= 0.3);
            if (a == null && listed) {
                continue;
            }
            if (a == null) {
                out.add(new Finding(in.file(), p.titleLine(), null, Kind.CONTENTS, Severity.ERROR, "The " + langName(lang)
                        + " abstract page \"" + p.page().title() + "\" matches no article of the issue (by title or authors).",
                        p.page().title()));
                continue;
            }
            int index = articles.indexOf(a);
            if (index < last) {
                out.add(new Finding(in.file(), p.titleLine(), CheckInput.page(a), Kind.CONTENTS, Severity.ERROR, "The "
                        + langName(lang) + " abstract pages put this article after one that comes later in the body.",
                        p.page().title()));
            }
            last = Math.max(last, index);
        }
    }

    // ---- helpers shared with NamesCheck ----

    /**
     * True where the names (of one script) are the article's authors: the same spellings, or
     * transliterations of its names in the other Western script (Fu Xingyang ~ Фу Синъян).
     */
    static boolean authorsFit(Article a, List<String> names) {
        if (names.isEmpty() || names.size() != a.authors().size()) {
            return false;
        }
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            List<String> known = new ArrayList<>(a.authors().get(j).person().variants());
            known.addAll(a.authors().get(j).person().name().values().values());
            boolean cyrillic = n.matches(".*\\p{IsCyrillic}.*");
            boolean ok = false;
            for (String k : known) {
                boolean kc = k.matches(".*\\p{IsCyrillic}.*");
                boolean kl = k.matches(".*\\p{IsLatin}.*");
                if (Similarity.difference(k, n) <= 0.2
                        || (cyrillic && kl && org.journalkg.issue.Transliteration.mismatch(n, k) <= 2)
                        || (!cyrillic && kc && org.journalkg.issue.Transliteration.mismatch(k, n) <= 2)) {
                    ok = true;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String langName(Lang lang) {
        return switch (lang) {
            case ZH -> "Chinese";
            case RU -> "Russian";
            case EN -> "English";
        };
    }

    /** A title in a form where only real differences remain: no markup, spaces, quotes; one width, case and dash. */
    static String normalize(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(Markup.strip(title), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = s.replaceAll("[*_`]", "");
        s = s.replaceAll("[\"'“”‘’«»„‟‹›「」『』〈〉]", "");
        s = s.replaceAll("[‐‑‒–—―−-]+", "-");
        s = s.replaceAll("[\\s\u3000]+", "");
        s = s.replaceAll("[.。]+$", "");
        return s;
    }

    static boolean differ(String a, String b) {
        return !normalize(a).equals(normalize(b));
    }

    private static Article closest(List<Article> articles, String title, Lang lang) {
        Article best = null;
        double cost = 0.3;
        for (Article a : articles) {
            String t = a.title().get(lang);
            if (t != null) {
                double d = Similarity.difference(t, title);
                if (d <= cost) {
                    cost = d;
                    best = a;
                }
            }
        }
        return best;
    }

    private static ContentsEntry byTitle(List<ContentsEntry> entries, String title) {
        if (title == null) {
            return null;
        }
        ContentsEntry best = null;
        double cost = 0.3;
        for (ContentsEntry e : entries) {
            double d = Similarity.difference(e.title(), title);
            if (d <= cost) {
                cost = d;
                best = e;
            }
        }
        return best;
    }

    private static String firstTitle(Article a) {
        return a.title().values().values().stream().findFirst().orElse("(untitled)");
    }

    /** The line of the article's title in the body (after the contents), or 0. */
    static int titleLine(CheckInput in, Article a) {
        int from = a.paragraphs().isEmpty() ? 1 : Math.max(1, a.paragraphs().get(0).firstLine() - 40);
        String t = a.title().get(Lang.ZH) != null ? a.title().get(Lang.ZH) : firstTitle(a);
        int line = in.lines().lineOf(t, from);
        if (line > 0 && !a.paragraphs().isEmpty() && line > a.paragraphs().get(0).firstLine()) {
            line = 0;
        }
        return line > 0 ? line : a.paragraphs().isEmpty() ? 0 : a.paragraphs().get(0).firstLine();
    }

    /**
     * The contents and abstract pages of an issue as printed, with their lines: the entries the
     * reader kept (Issue.contents()), and the abstract pages re-read from the source text, since the
     * reader keeps them only merged into the articles.
     */
    static final class Source {

        record Entry(ContentsEntry entry, int line, int authorLine) { }

        record AbstractEntry(AbstractPage page, int titleLine, int authorLine) { }

        /** An article the source prints (its 文章编号 says the page) that the reader did not take as one: its title and line. */
        record Orphan(int page, String title, int line) { }

        private static final Pattern ZH_START = Pattern.compile("^[-–—•]\\s*(\\d{1,5})\\s");
        private static final Pattern DOTTED = Pattern.compile("^(.+?)\\s*[…⋯.·．]{2,}\\s*(.+?)\\s*[（(]\\s*(\\d{1,5})\\s*[）)]\\s*$");
        private static final Pattern PAGED = Pattern.compile("^(.+?)\\s*\\((\\d{1,5})\\)\\s*$", Pattern.DOTALL);
        private static final Pattern ABSTRACTS_PAGE = Pattern.compile("^(\\d{1,5})\\s*(俄文摘要|英文摘要)$");

        final Issue issue;
        final List<Entry> zh = new ArrayList<>();
        final List<Entry> ru = new ArrayList<>();
        final List<Entry> en = new ArrayList<>();
        final List<AbstractEntry> ruPages = new ArrayList<>();
        final List<AbstractEntry> enPages = new ArrayList<>();
        final List<Orphan> orphans = new ArrayList<>();
        List<Block> blocks = List.of();

        private Source(Issue issue) {
            this.issue = issue;
        }

        List<Entry> entries(Lang lang) {
            return lang == Lang.ZH ? zh : lang == Lang.RU ? ru : en;
        }

        List<AbstractEntry> abstracts(Lang lang) {
            return lang == Lang.RU ? ruPages : lang == Lang.EN ? enPages : List.of();
        }

        /**
         * The text of the input's file as the readers decoded it (the lines the check was given), or
         * null where there is none to re-read in the issue layout (a Word file, JATS XML).
         */
        static String text(CheckInput in) {
            if (in.lines() == SourceLines.NONE || in.file().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                return null;
            }
            return in.lines().text();
        }

        static Source of(CheckInput in) {
            Source s = new Source(in.issue());
            String text = text(in);
            List<Block> blocks = text == null ? List.of() : Block.split(text);
            s.blocks = blocks;
            int toc = find(blocks, 0, b -> b.squeezed().equals("目录"));
            int ruToc = find(blocks, Math.max(0, toc), b -> b.text().strip().equals("Оглавление"));
            int enToc = find(blocks, Math.max(0, toc), b -> b.text().strip().equals("Contents"));
            int ruTocEnd = ruToc < 0 ? -1 : find(blocks, ruToc, b -> b.text().strip().matches("^Аннотации\\s*\\(\\d+\\)$"));
            int enTocEnd = enToc < 0 ? -1 : find(blocks, enToc, b -> b.text().strip().matches("^Abstracts\\s*\\(\\d+\\)$"));
            int zhEnd = toc < 0 ? -1 : find(blocks, toc + 1, b -> ABSTRACTS_PAGE.matcher(b.squeezed()).matches()
                    || b.text().strip().equals("Оглавление") || b.text().strip().equals("Contents"));
            List<ContentsEntry> all = in.issue().contents();
            List<int[]> zhLines = new ArrayList<>();
            if (toc >= 0 && zhEnd > toc) {
                for (int i = toc + 1; i < zhEnd; i++) {
                    List<String> ls = blocks.get(i).lines();
                    for (int k = 0; k < ls.size(); k++) {
                        if (ZH_START.matcher(ls.get(k)).find() || DOTTED.matcher(ls.get(k).strip()).matches()) {
                            int line = blocks.get(i).line() + k;
                            zhLines.add(new int[] {line, line});
                        }
                    }
                }
            }
            s.fill(Lang.ZH, all, zhLines, in, toc < 0 ? 1 : blocks.get(toc).line());
            s.fill(Lang.RU, all, western(blocks, ruToc, ruTocEnd), in, ruToc < 0 ? 1 : blocks.get(ruToc).line());
            s.fill(Lang.EN, all, western(blocks, enToc, enTocEnd), in, enToc < 0 ? 1 : blocks.get(enToc).line());
            int afterContents = Math.max(Math.max(zhEnd, ruTocEnd), enTocEnd) + 1;
            if (toc >= 0 && afterContents > 0) {
                s.orphans(blocks, afterContents);
            }
            if (toc >= 0 && afterContents > 0) {
                int ruAbs = find(blocks, afterContents, b -> b.text().strip().equals("Аннотации"));
                int enAbs = find(blocks, Math.max(afterContents, ruAbs), b -> b.text().strip().equals("Abstracts"));
                int back = find(blocks, Math.max(afterContents, Math.max(ruAbs, enAbs)), b -> b.text().contains("来稿须知"));
                int end = back < 0 ? blocks.size() : back;
                if (ruAbs >= 0) {
                    s.pages(Lang.RU, blocks, ruAbs, enAbs > ruAbs ? enAbs : end, in);
                }
                if (enAbs >= 0) {
                    s.pages(Lang.EN, blocks, enAbs, end, in);
                }
            }
            return s;
        }

        /**
         * Articles of the body no article of the reading answers: a 文章编号 whose page is no
         * article's first page, the title two or three blocks above it (above the byline ending in *).
         */
        private void orphans(List<Block> blocks, int from) {
            Set<Integer> pages = new HashSet<>();
            issue.articles().forEach(a -> pages.add(a.firstPage()));
            for (int i = from; i < blocks.size(); i++) {
                Matcher m = ARTICLE_NUMBER.matcher(blocks.get(i).text());
                if (!blocks.get(i).text().contains("文章编号") || !m.find()) {
                    continue;
                }
                int page = Integer.parseInt(m.group(3));
                if (pages.contains(page)) {
                    continue;
                }
                for (int k = i - 1; k > Math.max(from, i - 8); k--) {
                    String raw = blocks.get(k).text().strip();
                    if (!raw.contains("\n") && raw.endsWith("*") && raw.length() <= 60 && k > 0) {
                        Block title = blocks.get(k - 1);
                        orphans.add(new Orphan(page, CjkSpacing.prose(Markup.strip(title.text().replace("\n", "")).strip()), title.line()));
                        break;
                    }
                }
            }
        }

        Orphan orphanFor(ContentsEntry e) {
            for (Orphan o : orphans) {
                if (o.page() == e.page() || (e.lang() == Lang.ZH && Similarity.difference(o.title(), e.title()) <= 0.3)) {
                    return o;
                }
            }
            return null;
        }

        /** Title and author lines of Russian or English entries: an author block, then "title (page)". */
        private static List<int[]> western(List<Block> blocks, int from, int to) {
            List<int[]> out = new ArrayList<>();
            if (from < 0 || to < 0) {
                return out;
            }
            Integer authorLine = null;
            for (int i = from + 1; i < to; i++) {
                boolean paged = PAGED.matcher(blocks.get(i).text()).matches();
                if (paged && authorLine != null) {
                    out.add(new int[] {blocks.get(i).line(), authorLine});
                    authorLine = null;
                } else if (!paged) {
                    authorLine = blocks.get(i).line();
                }
            }
            return out;
        }

        private void fill(Lang lang, List<ContentsEntry> all, List<int[]> lines, CheckInput in, int from) {
            List<ContentsEntry> entries = all.stream().filter(e -> e.lang() == lang).toList();
            boolean zipped = lines.size() == entries.size();
            for (int i = 0; i < entries.size(); i++) {
                ContentsEntry e = entries.get(i);
                int line = zipped ? lines.get(i)[0] : in.lines().lineOf(e.title(), from);
                int authorLine = zipped ? lines.get(i)[1] : e.authors().isEmpty() ? line : in.lines().lineOf(e.authors().get(0), Math.max(1, line - 3));
                entries(lang).add(new Entry(e, line, authorLine));
            }
        }

        private void pages(Lang lang, List<Block> blocks, int heading, int end, CheckInput in) {
            int from = blocks.get(heading).line();
            for (AbstractPage p : AbstractPagesReader.read(lang, blocks, heading + 1, end)) {
                int titleLine = in.lines().lineOf(p.title(), from);
                int authorLine = p.authors().isEmpty() ? titleLine : in.lines().lineOf(p.authors().get(0), titleLine);
                abstracts(lang).add(new AbstractEntry(p, titleLine, authorLine));
                from = Math.max(from, titleLine);
            }
        }

        /** The contents entry in that language for the article: by first page, else by title. */
        Entry entryFor(Lang lang, Article a) {
            for (Entry e : entries(lang)) {
                if (a.firstPage() > 0 && e.entry().page() == a.firstPage()) {
                    return e;
                }
            }
            if (lang != Lang.ZH) {
                Entry zhEntry = entryFor(Lang.ZH, a);
                for (Entry e : entries(lang)) {
                    if (zhEntry != null && e.entry().page() == zhEntry.entry().page()) {
                        return e;
                    }
                }
            }
            String t = a.title().get(lang);
            for (Entry e : entries(lang)) {
                if (t != null && Similarity.difference(t, e.entry().title()) <= 0.3) {
                    return e;
                }
            }
            List<Entry> fit = entries(lang).stream().filter(e -> issue.articles().stream().noneMatch(o -> o.firstPage() == e.entry().page())
                    && authorsFit(a, e.entry().authors())).toList();
            return fit.size() == 1 ? fit.get(0) : null;
        }

        private final java.util.Map<Lang, java.util.Map<Article, AbstractEntry>> pageOf = new java.util.EnumMap<>(Lang.class);

        /**
         * The abstract page of the article: the one whose title is closest to its contents entry's
         * (or its title), else the only one naming the contents' authors, else the one at its place
         * in the order of the articles that have a Chinese abstract.
         */
        AbstractEntry abstractFor(Lang lang, Article a) {
            return pageOf.computeIfAbsent(lang, this::matchPages).get(a);
        }

        private java.util.Map<Article, AbstractEntry> matchPages(Lang lang) {
            java.util.Map<Article, AbstractEntry> m = new java.util.IdentityHashMap<>();
            Set<AbstractEntry> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Article a : issue.articles()) {
                Entry e = entryFor(lang, a);
                List<String> titles = new ArrayList<>();
                if (e != null) {
                    titles.add(e.entry().title());
                }
                if (a.title().get(lang) != null) {
                    titles.add(a.title().get(lang));
                }
                AbstractEntry best = null;
                double cost = 0.3;
                for (AbstractEntry p : abstracts(lang)) {
                    for (String t : titles) {
                        double d = Similarity.difference(p.page().title(), t);
                        if (d <= cost && !used.contains(p)) {
                            cost = d;
                            best = p;
                        }
                    }
                }
                if (best == null) {
                    List<AbstractEntry> same = abstracts(lang).stream().filter(p -> !used.contains(p) && (e != null
                            ? sameAuthors(p.page().authors(), e.entry().authors()) : authorsFit(a, p.page().authors()))).toList();
                    best = same.size() == 1 ? same.get(0) : null;
                }
                if (best != null) {
                    m.put(a, best);
                    used.add(best);
                }
            }
            List<Article> withAbstract = issue.articles().stream().filter(a -> a.abstracts().get(Lang.ZH) != null).toList();
            if (withAbstract.size() == abstracts(lang).size()) {
                for (int k = 0; k < withAbstract.size(); k++) {
                    AbstractEntry p = abstracts(lang).get(k);
                    if (!m.containsKey(withAbstract.get(k)) && !used.contains(p)) {
                        m.put(withAbstract.get(k), p);
                        used.add(p);
                    }
                }
            }
            return m;
        }

        Article articleFor(Lang lang, AbstractEntry p) {
            for (Article a : issue.articles()) {
                if (abstractFor(lang, a) == p) {
                    return a;
                }
            }
            return null;
        }

        private static boolean sameAuthors(List<String> a, List<String> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (Similarity.difference(a.get(i), b.get(i)) > 0.3) {
                    return false;
                }
            }
            return true;
        }

        private static int find(List<Block> blocks, int from, java.util.function.Predicate<Block> p) {
            for (int i = Math.max(0, from); i < blocks.size(); i++) {
                if (p.test(blocks.get(i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Squeezed Chinese text (no spaces) for comparing names. */
    static String squeeze(String s) {
        return CjkSpacing.squeeze(s);
    }
}
