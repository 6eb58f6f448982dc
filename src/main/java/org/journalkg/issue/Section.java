package org.journalkg.issue;

/**
 * A heading of an article's body: level 1 for 一、…, level 2 for （一）….
 * Paragraphs point to the innermost section they fall under.
 */
public record Section(int index, int level, String label, String title, Integer parent) {
}
