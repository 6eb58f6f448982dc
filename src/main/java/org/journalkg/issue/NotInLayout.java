package org.journalkg.issue;

/**
 * A text that does not have the shape its layout's reader expects (no contents, no byline):
 * the reader says what it missed, and the caller turns it into a one-line error naming the
 * file. Any other exception inside a reader is a bug, not bad input.
 */
public final class NotInLayout extends RuntimeException {

    public NotInLayout(String message) {
        super(message);
    }
}
