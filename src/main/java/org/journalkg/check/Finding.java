package org.journalkg.check;

import java.util.Comparator;

/**
 * One thing an editor should look at before the issue goes out: where (file, line, the article's
 * first page), what kind, how much it matters, a message an editor understands, and the text in
 * question. {@code line} is 0 where the place is not known (a Word file); {@code article} is null
 * for what concerns the whole issue, or where the article's first page is not known.
 */
public record Finding(String file, int line, Integer article, Kind kind, Severity severity, String message, String evidence) {

    /** The order of a report: by article, then line, then kind, then message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.article() == null ? Integer.MIN_VALUE : f.article())
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::kind)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.evidence() == null ? "" : f.evidence());

    public Finding {
        if (evidence != null && evidence.length() > 300) {
            evidence = evidence.substring(0, 299) + "…";
        }
    }
}
