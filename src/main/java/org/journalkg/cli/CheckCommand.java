package org.journalkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.journalkg.check.CheckInput;
import org.journalkg.check.EditorialCheck;
import org.journalkg.check.Finding;
import org.journalkg.check.Reports;
import org.journalkg.check.SourceLines;
import org.journalkg.cite.ParsedNotes;
import org.journalkg.layout.Layout;
import org.journalkg.layout.Layouts;
import org.journalkg.read.InputException;
import org.journalkg.read.TextReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reports what a journal's editors should fix before an issue goes out, without a database:",
                "the contents pages against the articles, names spelled differently, abstracts, keywords, length,",
                "notes against the journal's examples, note markers, web addresses, and 同上 / Ibid. / Там же.",
                "Exit 0 where nothing is an error, 1 where something is (or a file cannot be read), 2 on bad usage."})
final class CheckCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("text", "json", "html");

    // The inputs' two options, without the build's --kb, --base and --strict.
    @Parameters(paramLabel = "FILES", arity = "0..*", description = Inputs.FILES_HELP)
    List<Path> files = new ArrayList<>();

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "auto", description = Inputs.LAYOUT_HELP)
    String layout;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of to standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + ": expected text, json or html");
        }
        Inputs in = new Inputs();
        in.files = files;
        in.layout = layout;
        Inputs.Loaded loaded = in.load();
        // What the readers expected and did not find (a lost article, bytes not decoded) is said as by build.
        Inputs.printWarnings(loaded, System.err);
        List<Finding> findings = findings(loaded);
        String report = Reports.render(f, findings);
        if (output != null) {
            try {
                Files.writeString(output, report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(output + ": cannot be written (" + e.getMessage() + ")");
            }
            System.err.println("journal-kg: " + Reports.summary(findings) + "; report written to " + output);
        } else {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(report);
            out.flush();
        }
        return EditorialCheck.failed(findings) ? 1 : 0;
    }

    /**
     * The findings of every file read, each file checked on its own (its works merged within
     * it alone, from the notes parsed once for all files), files in parallel, in the order of
     * the files.
     */
    static List<Finding> findings(Inputs.Loaded loaded) {
        // Parsed on every core before the files are checked (a build has parsed them already, for the graph).
        ParsedNotes parsed = loaded.parsed().ready();
        return loaded.readings().parallelStream()
                .flatMap(r -> EditorialCheck.run(CheckInput.of(r.file(), r.issue(), lines(r), parsed)).stream())
                .toList();
    }

    /** What build writes beside the data: the report in json, for the page's Report view. */
    static java.util.Map<String, byte[]> reportFiles(Inputs.Loaded loaded) {
        return java.util.Map.of(org.journalkg.store.Store.REPORT, Reports.json(findings(loaded)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file's lines to find places in: the text decoded again as for the readers (rather than
     * kept with every reading, which a build of many issues would hold through the load); none
     * for a Word file.
     */
    private static SourceLines lines(Layouts.Reading r) {
        if (r.layout() == Layout.DOCX) {
            return SourceLines.NONE;
        }
        if (r.file().startsWith("bundled:")) {
            return SourceLines.of(TextReader.readBundled().text());
        }
        return SourceLines.of(TextReader.read(Path.of(r.file())).text());
    }
}
