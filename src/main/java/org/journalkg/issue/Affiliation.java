package org.journalkg.issue;

/**
 * One place of work from an author note: the organization, the position held there, and
 * whether the note calls it a former post (原…).
 */
public record Affiliation(String organization, String position, boolean former) {
}
