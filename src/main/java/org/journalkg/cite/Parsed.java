package org.journalkg.cite;

/** What a style's parser read from one segment: the work and the locator, or nothing. */
record Parsed(Work work, String locator) {

    static Parsed none() {
        return new Parsed(null, null);
    }

    boolean ok() {
        return work != null && work.isCitation();
    }
}
