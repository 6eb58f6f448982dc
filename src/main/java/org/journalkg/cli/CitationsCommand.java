package org.journalkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.journalkg.query.CitationExport;
import org.journalkg.read.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "citations", mixinStandardHelpOptions = true,
        description = {"Prints the footnotes with the works they cite, or each cited work once for a reference manager.",
                "json: the footnotes in document order with CSL-JSON items; csl-json, bibtex, ris: each distinct work once.",
                "--style: each distinct work once, formatted in a CSL style, in the order of first citation."})
final class CitationsCommand implements Callable<Integer> {

    @Mixin
    ReadDbOption db;

    @Option(names = "--article", paramLabel = "IRI", description = "Only the footnotes of this article.")
    String article;

    @Option(names = "--format", paramLabel = "json|csl-json|bibtex|ris", description = "Default: json.")
    String format;

    @Option(names = "--unparsed", description = "List the notes that name works the parser could not read.")
    boolean unparsed;

    @Mixin
    StyleOptions style;

    @Override
    public Integer call() {
        boolean styled = style.given(format);
        String f = styled ? "" : Choice.of("--format", format == null ? "json" : format, List.of("json", "csl-json", "bibtex", "ris"));
        // Beside a live server: a copy of its graph, fetched whole (the database itself is locked by the server).
        Dataset ds = db.openOrCopy();
        List<CitationExport.Note> notes = CitationExport.notes(ds, article);
        if (article != null && notes.isEmpty()) {
            throw new InputException("--article " + article + ": no such article with footnotes in " + db.path());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (unparsed) {
            for (CitationExport.Note n : notes) {
                if (n.unparsed()) {
                    out.println((n.firstPage() > 0 ? String.valueOf(n.firstPage()) : n.article()) + "#" + n.footnote() + "\t" + n.text());
                }
            }
            return 0;
        }
        if (styled) {
            style.print(CitationExport.works(notes), out);
            return 0;
        }
        WorkFormats.print(f, notes.stream().map(CitationExport.Note::toJson).toList(), CitationExport.works(notes), out);
        out.flush();
        return 0;
    }
}
