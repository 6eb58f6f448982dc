package org.journalkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.journalkg.cite.ReferenceList;
import org.journalkg.read.InputException;
import org.journalkg.read.SourceText;
import org.journalkg.read.TextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "refs", mixinStandardHelpOptions = true,
        description = {"Reads reference strings or notes, one a line, into the works they cite, without a database.",
                "A list label ([12], ［12］, 12., 12), ①) is taken off; blank lines are skipped; lines are numbered through the inputs as if they were one.",
                "json: one entry per line, {\"text\", \"ibid\", \"items\": [CSL-JSON items]}; csl-json, bibtex, ris: each distinct work once."})
final class RefsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Text files (UTF-8 or GB18030); - or none: standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|csl-json|bibtex|ris", description = "Default: json.")
    String format;

    @Option(names = "--unparsed", description = "List the lines that name works the parser could not read, each after its line number.")
    boolean unparsed;

    @Mixin
    StyleOptions style;

    @Override
    public Integer call() {
        boolean styled = style.given(format);
        String f = styled ? "" : Choice.of("--format", format == null ? "json" : format, List.of("json", "csl-json", "bibtex", "ris"));
        List<ReferenceList.Entry> entries = new ArrayList<>();
        int lines = 0;
        for (String file : files.isEmpty() ? List.of("-") : files) {
            String text = read(file);
            entries.addAll(ReferenceList.read(text, lines));
            lines += text.isEmpty() ? 0 : (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (unparsed) {
            entries.stream().filter(e -> !e.parsed()).forEach(e -> out.println(e.line() + "\t" + e.text()));
        } else if (styled) {
            style.print(ReferenceList.works(entries), out);
        } else {
            WorkFormats.print(f, entries.stream().map(ReferenceList.Entry::toJson).toList(), ReferenceList.works(entries), out);
        }
        out.flush();
        return 0;
    }

    /** The text of a file or of standard input (-), in UTF-8 or GB18030; "" where it is empty. */
    private static String read(String file) {
        byte[] bytes;
        String name = file.equals("-") ? "standard input" : file;
        if (file.equals("-")) {
            try {
                bytes = System.in.readAllBytes();
            } catch (IOException e) {
                throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
            }
        } else {
            bytes = TextReader.bytes(Path.of(file));
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            return "";
        }
        SourceText text = TextReader.decode(name, bytes);
        // What decoding repaired is said, as build says it.
        text.warnings().forEach(w -> System.err.println("warning: " + name + ": " + w));
        return text.text();
    }
}
