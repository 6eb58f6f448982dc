package org.journalkg.cite;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Issue;

/**
 * Every footnote of some issues parsed once ({@link NoteParser}), on every core, when first
 * asked for, so that all who read the notes share one parse: the build's graph and the
 * editorial checks of each file. A build gives it the readings of all files, before articles
 * read twice are merged: a merged article keeps one reading's footnotes, so both the merged
 * issues and each file's own reading find their notes here.
 * <p>The works of a result are a note's own reading and are never changed: whoever merges them
 * (a {@link WorkRegistry} fills the first reading of a work from later ones) merges copies.
 * <pre>
 *   ParsedNotes parsed = new ParsedNotes(readings);
 *   CitationReader.read(mergedIssues, parsed);   // the graph's reading, one registry for all
 *   CitationReader.read(List.of(reading), parsed);   // one file's, its own registry, no parse
 * </pre>
 */
public final class ParsedNotes {

    private final List<Issue> issues;
    private volatile Map<Footnote, NoteParser.Result> byNote;

    public ParsedNotes(List<Issue> issues) {
        this.issues = List.copyOf(issues);
    }

    /**
     * The reading of one footnote of the issues. Footnotes are told apart by identity: two
     * files with the same note (an issue and an article cut from it) are each parsed.
     */
    public NoteParser.Result of(Footnote f) {
        NoteParser.Result r = all().get(f);
        if (r == null) {
            throw new IllegalArgumentException("a footnote of none of the issues parsed: " + f.original());
        }
        return r;
    }

    /**
     * Parses every note now, if not yet done. For whoever reads the notes from several threads
     * at once: the first to ask parses while the others wait, so the cores would not share the work.
     */
    public ParsedNotes ready() {
        all();
        return this;
    }

    private Map<Footnote, NoteParser.Result> all() {
        Map<Footnote, NoteParser.Result> m = byNote;
        if (m == null) {
            synchronized (this) {
                m = byNote;
                if (m == null) {
                    m = parse(issues);
                    byNote = m;
                }
            }
        }
        return m;
    }

    private static Map<Footnote, NoteParser.Result> parse(List<Issue> issues) {
        List<Footnote> notes = issues.stream().flatMap(i -> i.articles().stream())
                .map(Article::footnotes).flatMap(List::stream).toList();
        List<NoteParser.Result> results = notes.parallelStream().map(f -> NoteParser.parse(CitationReader.noteText(f))).toList();
        Map<Footnote, NoteParser.Result> out = new IdentityHashMap<>(notes.size() * 2);
        for (int i = 0; i < notes.size(); i++) {
            out.put(notes.get(i), results.get(i));
        }
        return out;
    }
}
