package org.journalkg.issue;

import java.util.List;

/** One line of a table of contents: the page, the authors as printed, the title. */
public record ContentsEntry(Lang lang, int page, String column, List<String> authors, String title) {

    public ContentsEntry {
        authors = List.copyOf(authors);
    }
}
