package org.journalkg.issue;

/** The three languages of the journal, with their BCP 47 tags. */
public enum Lang {
    ZH("zh"), RU("ru"), EN("en");

    private final String tag;

    Lang(String tag) { this.tag = tag; }

    public String tag() { return tag; }
}
