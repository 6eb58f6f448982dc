package org.journalkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.issue.Issue;
import org.journalkg.issue.IssueReader;
import org.journalkg.rdf.IssueQuads;
import org.journalkg.rdf.Iris;
import org.journalkg.read.InputException;
import org.journalkg.read.SourceText;
import org.journalkg.read.TextReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads issues shares: the input files and the IRI base. */
final class Inputs {

    @Parameters(paramLabel = "FILES", arity = "0..*",
            description = "Issue text files (Markdown; UTF-8 or GB18030). Default: the bundled issue 2026 No. 2.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the graph's IRIs (default: $JOURNAL_KG_BASE or " + Iris.DEFAULT_BASE + ").")
    String base;

    Iris iris() {
        String b = base != null ? base : System.getenv().getOrDefault("JOURNAL_KG_BASE", Iris.DEFAULT_BASE);
        if (!b.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$")) {
            throw new InputException("--base " + b + ": not an absolute IRI");
        }
        return new Iris(b);
    }

    /** Every input read into the issue model; the first unreadable file stops everything. */
    List<Issue> issues() {
        List<SourceText> sources = new ArrayList<>();
        if (files.isEmpty()) {
            sources.add(TextReader.readBundled());
        } else {
            files.forEach(f -> sources.add(TextReader.read(f)));
        }
        // Issues are read in parallel; the list keeps the order of the files.
        return sources.parallelStream().map(IssueReader::read).toList();
    }

    /** All quads of all inputs. */
    List<Quad> quads(List<Issue> issues) {
        return new IssueQuads(iris(), issues).all();
    }
}
