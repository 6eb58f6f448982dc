package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.journalkg.read.InputException;
import org.journalkg.read.SourceText;

/**
 * Reads one article cut from the journal's own PDF conversion: the lines of an issue without
 * the contents and the Russian and English abstract pages. Column line, title, byline ending in
 * *, 【】 head fields, * author notes, per-page ① notes with ^ markers and （责任编辑 …） are read
 * exactly as in a whole issue ({@link ArticleReader}); journal, year, number and pages come from
 * the article number (文章编号 1009-721X(2026)02-0121(25) is pp. 121–145 of 2026 No. 2).
 * <pre>
 *   Issue one = SingleArticleReader.read(TextReader.read(Path.of("article-05.article.md")));
 *   one.articles().get(0).firstPage();   // 5
 * </pre>
 */
public final class SingleArticleReader {

    private static final int HEAD_BLOCKS = 6;

    private SingleArticleReader() { }

    public static Issue read(SourceText source) {
        List<String> warnings = new ArrayList<>();
        List<Block> blocks = ArticleReader.separateEditorLines(Block.split(source.text()));
        if (blocks.isEmpty()) {
            throw new InputException(source.name() + ": no text");
        }
        int byline = -1;
        for (int k = 0; k < Math.min(blocks.size(), HEAD_BLOCKS); k++) {
            if (blocks.get(k).text().strip().endsWith("*")) {
                byline = k;
                break;
            }
        }
        // Two blocks above the byline: a column line, then the title.
        String first = CjkSpacing.prose(blocks.get(0).text().strip());
        Set<String> columns = byline >= 2 && first.length() <= 16 && !first.contains("\n") ? Set.of(first) : Set.of();
        ArticleDraft d;
        try {
            d = ArticleReader.read(blocks, columns, warnings);
        } catch (NotInLayout e) {
            throw new InputException(source.name() + ": " + e.getMessage());
        }
        ArticleNumber number = ArticleNumber.parse(d.articleNumber());
        if (number == null) {
            warnings.add("article at line " + d.line() + ": no article number (【文章编号】) with the pages, year and issue");
        }
        List<Contributor> authors = new ArrayList<>();
        for (int j = 0; j < d.byline().size(); j++) {
            String name = d.byline().get(j);
            NoteReader.AuthorNote note = NoteReader.noteFor(d.authorNotes(), name, j, d.byline().size());
            String other = note == null ? null : note.otherName();
            boolean cyrillic = other != null && other.matches(".*\\p{IsCyrillic}.*");
            Person person = new Person(Texts.of(name, cyrillic ? other : null, cyrillic ? null : other), List.of());
            authors.add(new Contributor(person, note == null ? List.of() : note.affiliations(), note == null ? null : note.text()));
        }
        List<Contributor> translators = d.translators().stream()
                .map(t -> new Contributor(Person.zh(t.name()), t.affiliations(), t.text())).toList();
        java.util.Map<Lang, List<String>> keywords = new java.util.EnumMap<>(Lang.class);
        if (d.keywordsZh() != null) {
            keywords.put(Lang.ZH, Keywords.chinese(d.keywordsZh(), 0));
        }
        Article article = new Article(d.column(), Texts.of(d.title(), null, null), authors, translators,
                d.responsibleEditor() == null ? null : Person.zh(d.responsibleEditor()), d.funding(),
                Texts.of(d.abstractZh(), null, null), keywords, d.clc(), d.documentCode(), d.articleNumber(), null,
                number == null ? 0 : number.firstPage(), number == null ? 0 : number.lastPage(),
                d.body().sections(), d.body().paragraphs(), d.body().footnotes());
        Journal journal = new Journal(Texts.empty(), number == null ? null : number.issn(), null, null, null, null, null);
        return new Issue(source.name(), journal, number == null ? null : number.year(), number == null ? null : number.number(),
                null, null, null, List.of(), null, null, List.of(), List.of(article), warnings);
    }
}
