package org.journalkg.issue;

import org.journalkg.read.TextReader;

/** The bundled issue, read once for all tests of a JVM. */
public final class BundledIssue {

    private static Issue issue;

    private BundledIssue() { }

    public static synchronized Issue get() {
        if (issue == null) {
            issue = IssueReader.read(TextReader.readBundled());
        }
        return issue;
    }

    public static Article onPage(int firstPage) {
        return get().articles().stream().filter(a -> a.firstPage() == firstPage).findFirst().orElseThrow();
    }
}
