package org.journalkg.cite;

/** One work cited by a footnote, with the page(s) the note points to (第 15 页, p.20, С.7). */
public record Citation(Work work, String locator) {
}
