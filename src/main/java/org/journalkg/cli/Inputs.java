package org.journalkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import org.journalkg.cite.CitationReader;
import org.journalkg.cite.ParsedNotes;
import org.journalkg.issue.Article;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Readings;
import org.journalkg.layout.Layout;
import org.journalkg.layout.Layouts;
import org.journalkg.layout.NoLayout;
import org.journalkg.mention.KnowledgeBase;
import org.journalkg.rdf.IssueQuads;
import org.journalkg.rdf.Iris;
import org.journalkg.read.InputException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads articles shares: the input files, their layout, the entity files, the IRI base. */
final class Inputs {

    /** What a folder is searched for; other files in it are named and skipped. */
    private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt", ".text", ".docx", ".xml");

    static final String FILES_HELP = "Issue or article files, or folders to search for them (.md, .markdown, .txt, .docx, .xml). "
            + "Default: the bundled issue 2026 No. 2.";
    static final String LAYOUT_HELP = "auto (from each file's content), issue, article, web, markdown, docx or jats. Default: ${DEFAULT-VALUE}.";

    @Parameters(paramLabel = "FILES", arity = "0..*", description = FILES_HELP)
    List<Path> files = new ArrayList<>();

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "auto", description = LAYOUT_HELP)
    String layout;

    @Option(names = "--strict", description = "Treat reader warnings as errors: exit 1 and store nothing.")
    boolean strict;

    @Option(names = "--kb", paramLabel = "FILE.ttl",
            description = "Entities of your own, in the form of ontology/entities.ttl (repeatable); an entity with the IRI of a bundled one adds to it.")
    List<Path> kbFiles = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the graph's IRIs (default: $JOURNAL_KG_BASE or " + Iris.DEFAULT_BASE + ").")
    String base;

    /**
     * What the inputs gave: each file's reading, the issues after the same articles were merged,
     * and the footnotes of every reading, parsed once when first asked for (by the graph, the
     * editorial report and the build's table alike).
     */
    record Loaded(List<Layouts.Reading> readings, Readings.Merged merged, List<String> skipped, ParsedNotes parsed) {

        List<Issue> issues() { return merged.issues(); }

        int warnings() {
            return readings.stream().mapToInt(r -> r.issue().warnings().size()).sum() + skipped.size();
        }
    }

    Iris iris() {
        String b = base != null ? base : System.getenv().getOrDefault("JOURNAL_KG_BASE", Iris.DEFAULT_BASE);
        if (!b.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$")) {
            throw new InputException("--base " + b + ": not an absolute IRI");
        }
        return new Iris(b);
    }

    /**
     * Every input read in its layout (in parallel; the list keeps the order of the files) and
     * merged. The first unreadable file stops everything; with --strict, so does a warning.
     */
    Loaded load() {
        Layout forced = Layout.parse(layout);
        List<String> skipped = new ArrayList<>();
        Set<Path> found = new HashSet<>();
        List<Path> paths = expand(found, skipped);
        List<Layouts.Reading> readings = paths.isEmpty() ? List.of(Layouts.readBundled())
                : paths.parallelStream().map(p -> readOrSkip(p, forced, found.contains(p), paths.size() > 1)).toList();
        // A file found in a folder that is no article at all (a README, notes) is named and passed over.
        readings.stream().filter(r -> r.layout() == null).forEach(r -> skipped.add(r.file()));
        readings = readings.stream().filter(r -> r.layout() != null).toList();
        if (readings.isEmpty()) {
            throw new InputException("no input in a layout journal-kg reads: " + String.join("; ", skipped));
        }
        List<Issue> read = readings.stream().map(Layouts.Reading::issue).toList();
        Loaded loaded = new Loaded(readings, Readings.merge(read), skipped, new ParsedNotes(read));
        if (strict && loaded.warnings() > 0) {
            printWarnings(loaded, System.err);
            throw new InputException("--strict: " + loaded.warnings() + " warning(s) in the input; nothing was stored");
        }
        return loaded;
    }

    /**
     * A file named on the command line must read, but among several a text in no layout at all (a
     * README beside the articles) is passed over with a warning; a file found in a folder that
     * cannot be read is passed over too.
     */
    private static Layouts.Reading readOrSkip(Path p, Layout forced, boolean foundInFolder, boolean several) {
        try {
            return Layouts.read(p, forced);
        } catch (InputException e) {
            if (!foundInFolder && !(several && e instanceof NoLayout)) {
                throw e;
            }
            return new Layouts.Reading(e.getMessage() + " (skipped)", null, null);
        }
    }

    /** The issues only, for commands that need no report; the reader's warnings are said on stderr all the same. */
    List<Issue> issues() {
        Loaded loaded = load();
        printWarnings(loaded, System.err);
        return loaded.issues();
    }

    /** Files as given; folders searched recursively, in name order, for the kinds of file read. */
    private List<Path> expand(Set<Path> found, List<String> skipped) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isDirectory(f)) {
                out.add(f);
                continue;
            }
            try (Stream<Path> walk = Files.walk(f)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("~$")) {
                        continue;
                    }
                    if (EXTENSIONS.stream().anyMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e))) {
                        out.add(p);
                        found.add(p);
                    } else {
                        skipped.add(p + ": skipped: not a kind of file journal-kg reads (" + String.join(", ", EXTENSIONS) + ")");
                    }
                }
            } catch (IOException e) {
                throw new InputException(f, "cannot be read (" + e.getMessage() + ")");
            }
            if (out.isEmpty()) {
                throw new InputException(f, "a folder with no file journal-kg reads (" + String.join(", ", EXTENSIONS) + ")");
            }
        }
        return out;
    }

    /** The bundled entities, every state, and the --kb files. */
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.load(iris().base(), kbFiles);
    }

    /** What turns the issues into quads, with the knowledge base of --kb. */
    IssueQuads issueQuads(List<Issue> issues) {
        return new IssueQuads(iris(), issues, knowledgeBase());
    }

    /** The same for the merged issues of what was loaded, with the notes parsed there. */
    IssueQuads issueQuads(Loaded loaded) {
        return new IssueQuads(iris(), loaded.issues(), knowledgeBase(), loaded.parsed());
    }

    /** Warnings as "warning: FILE: line N: …", and what was skipped. */
    static void printWarnings(Loaded loaded, PrintStream err) {
        loaded.skipped().forEach(s -> err.println("warning: " + s));
        for (Layouts.Reading r : loaded.readings()) {
            r.issue().warnings().forEach(w -> err.println("warning: " + r.file() + ": " + w));
        }
    }

    /** One row per file: layout, articles, footnotes, citations, warnings; then the merged articles. */
    static void printReport(Loaded loaded, CitationReader.Reading citations, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"file", "layout", "articles", "footnotes", "citations", "warnings"});
        Map<Article, Integer> cited = new IdentityHashMap<>();
        for (CitationReader.IssueNotes in : citations.issues()) {
            in.issue().articles().forEach(a -> cited.put(a, in.of(a).stream().mapToInt(n -> n.citations().size()).sum()));
        }
        for (Layouts.Reading r : loaded.readings()) {
            int cites = 0;
            for (Article a : r.issue().articles()) {
                // An article merged into another reading is counted as its own file read it.
                cites += cited.computeIfAbsent(a, x -> CitationReader.read(List.of(r.issue().with(List.of(x), List.of())), loaded.parsed()).notes()
                        .stream().mapToInt(n -> n.citations().size()).sum());
            }
            rows.add(new String[] {r.file(), r.layout().tag(), String.valueOf(r.issue().articles().size()),
                    String.valueOf(r.issue().footnoteCount()), String.valueOf(cites), String.valueOf(r.issue().warnings().size())});
        }
        int[] width = new int[6];
        rows.forEach(row -> { for (int i = 0; i < 6; i++) { width[i] = Math.max(width[i], row[i].length()); } });
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                String cell = i >= 2 ? " ".repeat(width[i] - row[i].length()) + row[i] : row[i] + " ".repeat(width[i] - row[i].length());
                b.append(i == 0 ? "" : "  ").append(cell);
            }
            out.println(b.toString().stripTrailing());
        }
        loaded.merged().notes().forEach(n -> out.println("same article: " + n));
    }
}
