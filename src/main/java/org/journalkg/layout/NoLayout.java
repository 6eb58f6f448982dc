package org.journalkg.layout;

import org.journalkg.read.InputException;

/**
 * A text that is in none of the layouts: not an article or issue at all (a README, a list). A build
 * of several files passes over it with a warning; alone, it fails.
 */
public final class NoLayout extends InputException {

    public NoLayout(String message) {
        super(message);
    }
}
