package org.journalkg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.journalkg.issue.Issue;
import org.journalkg.rdf.IssueQuads;
import org.journalkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads issue files and writes them to a TDB2 database (in parallel, streamed into Jena's bulk loader).",
                "The new database is written beside the old one and switched in only when complete;"
                        + " a failed build leaves the previous database as it was."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    Inputs inputs;

    @Option(names = "--quiet", description = "Print nothing on success.")
    boolean quiet;

    @Option(names = "--no-text-index", description = "Skip the full-text index: a faster build, but ask then answers from the knowledge base's entities only, and text:query finds nothing.")
    boolean noTextIndex;

    @Override
    public Integer call() {
        Inputs.Loaded loaded = inputs.load();
        List<Issue> issues = loaded.issues();
        // The notes are parsed once, here, for the graph and then for the report.
        IssueQuads quads = inputs.issueQuads(loaded);
        int threads = Runtime.getRuntime().availableProcessors();
        // The editorial report of the same reading, for the page's Report view.
        java.util.Map<String, byte[]> report = CheckCommand.reportFiles(loaded);
        long n;
        if (!quiet && issues.size() > 1) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(issues.size())
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" issues", 1).build()) {
                n = Store.build(db.path(), stream -> quads.stream(stream::quad, threads, bar::stepTo), (fmt, args) -> { }, !noTextIndex, report);
            }
        } else {
            n = Store.build(db.path(), stream -> quads.stream(stream::quad, threads, done -> { }), (fmt, args) -> { }, !noTextIndex, report);
        }
        if (!quiet) {
            int articles = issues.stream().mapToInt(i -> i.articles().size()).sum();
            int notes = issues.stream().mapToInt(Issue::footnoteCount).sum();
            long identified = issues.stream().filter(Issue::identified).count();
            Inputs.printReport(loaded, quads.citations(), System.out);
            System.out.printf("built %s: %d file(s), %d issue(s), %d articles, %d footnotes, %d quads%n",
                    db.path(), loaded.readings().size(), identified, articles, notes, n);
        }
        Inputs.printWarnings(loaded, System.err);
        return 0;
    }
}
