package org.journalkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.issue.Issue;
import org.journalkg.issue.IssueReader;
import org.journalkg.cite.CitationReader;
import org.journalkg.mention.Gazetteer;
import org.journalkg.mention.KnowledgeBase;
import org.journalkg.mention.MentionReader;
import org.journalkg.rdf.CitationGraph;
import org.journalkg.rdf.MentionGraph;
import org.journalkg.rdf.IssueGraph;
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
        List<Issue> out = new ArrayList<>();
        for (SourceText s : sources) {
            out.add(IssueReader.read(s));
        }
        return out;
    }

    /** All quads of all inputs. */
    List<Quad> quads(List<Issue> issues) {
        Iris iris = iris();
        List<Quad> out = new ArrayList<>(new IssueGraph(iris).quads(issues));
        out.addAll(new CitationGraph(iris).quads(CitationReader.read(issues)));
        KnowledgeBase kb = KnowledgeBase.load(iris.base());
        MentionGraph mentions = new MentionGraph(iris);
        MentionReader reader = new MentionReader(new Gazetteer(kb));
        out.addAll(mentions.knowledgeBase(kb));
        for (Issue issue : issues) {
            out.addAll(mentions.quads(issue, reader.read(issue)));
        }
        return out;
    }
}
