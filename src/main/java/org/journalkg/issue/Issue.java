package org.journalkg.issue;

import java.time.LocalDate;
import java.util.List;

/**
 * An issue of the journal read from its text: the plain model every later stage starts from.
 * {@code warnings} lists what the reader could not reconcile (it never invents a value).
 */
public record Issue(
        String source,
        Journal journal,
        int year,
        int number,
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

    public int footnoteCount() {
        return articles.stream().mapToInt(a -> a.footnotes().size()).sum();
    }
}
