package org.journalkg.issue;

import java.util.List;
import java.util.Map;

/**
 * One article with everything the reader found for it. {@code firstPage} and {@code lastPage}
 * are 0 where the layout gives no pages; {@code doi} is null where it gives none.
 */
public record Article(
        String column,
        Texts title,
        List<Contributor> authors,
        List<Contributor> translators,
        Person responsibleEditor,
        List<Funding> funding,
        Texts abstracts,
        Map<Lang, List<String>> keywords,
        String clc,
        String documentCode,
        String articleNumber,
        String doi,
        int firstPage,
        int lastPage,
        List<Section> sections,
        List<Paragraph> paragraphs,
        List<Footnote> footnotes) {

    public Article {
        authors = List.copyOf(authors);
        translators = List.copyOf(translators);
        funding = List.copyOf(funding);
        keywords = Map.copyOf(keywords);
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
    }

    public int pageCount() { return hasPages() ? lastPage - firstPage + 1 : 0; }

    public boolean hasPages() { return firstPage > 0 && lastPage >= firstPage; }

    public List<String> keywords(Lang lang) { return keywords.getOrDefault(lang, List.of()); }
}
