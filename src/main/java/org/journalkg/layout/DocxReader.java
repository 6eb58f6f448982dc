package org.journalkg.layout;

import org.journalkg.issue.Issue;
import org.journalkg.read.InputException;

/** Placeholder until the reader lands. */
public final class DocxReader {
    private DocxReader() { }

    public static Issue read(InputFile file) {
        throw new InputException(file.name() + ": not yet readable");
    }
}
