package org.journalkg.issue;

import java.time.LocalDate;
import java.util.List;

/**
 * An issue of a journal read from its text, or the articles one file holds: the plain model
 * every later stage starts from. A single article read from a web page or a manuscript may
 * name no journal, year or number: those are then null (see {@link #identified()}).
 * {@code warnings} lists what the reader expected and did not find, each naming its line
 * (it never invents a value).
 */
public record Issue(
        String source,
        Journal journal,
        Integer year,
        Integer number,
        Integer cumulativeNumber,
        LocalDate published,
        Person editorInChief,
        List<Person> deputyEditors,
        Integer russianAbstractsPage,
        Integer englishAbstractsPage,
        List<ContentsEntry> contents,
        List<Article> articles,
        List<String> warnings) {

    public Issue {
        deputyEditors = List.copyOf(deputyEditors);
        contents = List.copyOf(contents);
        articles = List.copyOf(articles);
        warnings = List.copyOf(warnings);
    }

    /** True where journal (ISSN), year and number are known, so the issue has an IRI of its own. */
    public boolean identified() {
        return journal.issn() != null && year != null && number != null;
    }

    /** The same reading with other articles and warnings (for merging readings of one issue). */
    public Issue with(List<Article> otherArticles, List<String> otherWarnings) {
        return new Issue(source, journal, year, number, cumulativeNumber, published, editorInChief, deputyEditors,
                russianAbstractsPage, englishAbstractsPage, contents, otherArticles, otherWarnings);
    }

    public int footnoteCount() {
        return articles.stream().mapToInt(a -> a.footnotes().size()).sum();
    }
}
