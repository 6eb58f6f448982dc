package org.journalkg.issue;

import java.util.List;

/** One article's entry on the Russian or English abstract pages at the back of the issue. */
public record AbstractPage(Lang lang, String title, List<String> authors, String text, List<String> keywords) {

    public AbstractPage {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }
}
