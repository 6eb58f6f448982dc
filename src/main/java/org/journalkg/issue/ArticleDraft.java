package org.journalkg.issue;

import java.util.List;

/**
 * What an article's own pages say, before it is reconciled with the tables of contents and
 * the abstract pages at the back.
 */
record ArticleDraft(
        int line,
        String column,
        String title,
        List<String> byline,
        List<NoteReader.AuthorNote> authorNotes,
        List<NoteReader.AuthorNote> translators,
        String responsibleEditor,
        List<Funding> funding,
        String abstractZh,
        String keywordsZh,
        String clc,
        String documentCode,
        String articleNumber,
        BodyReader body) {
}
