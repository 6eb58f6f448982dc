package org.journalkg.check;

/** What a finding of the editorial check is about; {@link #id()} is its name in reports and json. */
public enum Kind {
    CONTENTS("contents", "the contents pages against the article"),
    NAMES("names", "one person spelled differently"),
    ABSTRACT("abstract", "abstracts"),
    KEYWORDS("keywords", "keywords"),
    LENGTH("length", "length of the text"),
    NOTE_STYLE("note-style", "notes against the journal's examples"),
    MARKERS("markers", "note markers and notes"),
    URL("url", "web addresses"),
    IBID("ibid", "同上 / Ibid. / Там же");

    private final String id;
    private final String title;

    Kind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    /** A heading for the report. */
    public String title() {
        return title;
    }
}
