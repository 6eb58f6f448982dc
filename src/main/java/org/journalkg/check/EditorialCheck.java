package org.journalkg.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every check over every file, the findings of each file in report order ({@link Finding#ORDER}),
 * files in the order given.
 * <pre>
 *   List&lt;Finding&gt; findings = EditorialCheck.run(List.of(CheckInput.of(file, issue, lines)));
 * </pre>
 */
public final class EditorialCheck {

    /** The checks, in the order of {@link Kind}. */
    public static final List<Check> CHECKS = List.of(
            new ContentsCheck(), new NamesCheck(), new AbstractCheck(), new KeywordsCheck(), new LengthCheck(),
            new NoteStyleCheck(), new MarkersCheck(), new UrlCheck(), new IbidCheck());

    private EditorialCheck() { }

    public static List<Finding> run(List<CheckInput> inputs) {
        return inputs.stream().flatMap(in -> run(in).stream()).toList();
    }

    /** The findings of one file, in report order. */
    public static List<Finding> run(CheckInput in) {
        // A set: two checks of one place that say the same thing say it once.
        LinkedHashSet<Finding> file = new LinkedHashSet<>();
        for (Check c : CHECKS) {
            file.addAll(c.run(in));
        }
        List<Finding> sorted = new ArrayList<>(file);
        sorted.sort(Finding.ORDER);
        return sorted;
    }

    /** True where any finding is an error: the check then fails (exit 1). */
    public static boolean failed(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
