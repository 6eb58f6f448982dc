package org.journalkg.issue;

/** The journal as its masthead describes it. */
public record Journal(Texts title, String issn, String cn, String frequency,
                      String supervisor, String sponsor, String publisher) {
}
