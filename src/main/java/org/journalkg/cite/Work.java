package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * A cited work with its CSL-JSON fields. Built by a style's parser; locators (the page a note
 * cites) are not part of it but of the {@link Citation}.
 */
public final class Work {
    public String type;
    public String title;
    public final List<Name> author = new ArrayList<>();
    public final List<Name> editor = new ArrayList<>();
    public final List<Name> translator = new ArrayList<>();
    public String containerTitle;
    public String publisher;
    public String publisherPlace;
    /** ISO 8601: yyyy, yyyy-mm or yyyy-mm-dd. */
    public String issued;
    public String volume;
    public String issue;
    /** The page range of an article or chapter within its container. */
    public String page;
    public String url;
    public String doi;
    public String language;
    public String number;

    /** True where enough was read to call it a citation: a title and one more field. */
    public boolean isCitation() {
        if (title == null || title.isBlank()) {
            return false;
        }
        return !author.isEmpty() || !editor.isEmpty() || containerTitle != null || publisher != null
                || issued != null || url != null || doi != null;
    }

    /** A work with the same fields, to be merged into without changing this one. */
    public Work copy() {
        Work c = new Work();
        c.type = type;
        c.title = title;
        c.author.addAll(author);
        c.editor.addAll(editor);
        c.translator.addAll(translator);
        c.containerTitle = containerTitle;
        c.publisher = publisher;
        c.publisherPlace = publisherPlace;
        c.issued = issued;
        c.volume = volume;
        c.issue = issue;
        c.page = page;
        c.url = url;
        c.doi = doi;
        c.language = language;
        c.number = number;
        return c;
    }

    public String year() {
        return issued == null ? null : issued.substring(0, Math.min(4, issued.length()));
    }
}
