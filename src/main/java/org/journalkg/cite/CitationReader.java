package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Issue;

/**
 * Every footnote of one or more issues → what it cites, in document order, with duplicate works
 * merged and "same as above" notes resolved to the previous note's work (only where that note
 * cites exactly one).
 * <pre>
 *   CitationReader.Reading r = CitationReader.read(List.of(issue));
 *   r.notes();   // one NoteCitations per footnote
 *   r.works();   // one Work per distinct work
 * </pre>
 * The notes are parsed once ({@link ParsedNotes}); several readings may share that parse.
 */
public final class CitationReader {

    private CitationReader() { }

    /** The notes in order and the registry that holds their works. */
    public record Reading(List<IssueNotes> issues, WorkRegistry works) {

        public List<NoteCitations> notes() {
            List<NoteCitations> out = new ArrayList<>();
            issues.forEach(i -> out.addAll(i.notes()));
            return out;
        }
    }

    /** The notes of one issue, and where each article's notes start among them. */
    public record IssueNotes(Issue issue, List<NoteCitations> notes) {

        /** The notes of one article of this issue (articles may lack pages, so they are counted, not looked up). */
        public List<NoteCitations> of(Article a) {
            int start = 0;
            for (Article other : issue.articles()) {
                if (other == a) {
                    return notes.subList(start, start + a.footnotes().size());
                }
                start += other.footnotes().size();
            }
            return List.of();
        }
    }

    public static Reading read(List<Issue> issues) {
        return read(issues, new ParsedNotes(issues));
    }

    /**
     * The same, from notes parsed already (every footnote of the issues must be among them):
     * only the works are merged here, in a registry of this reading's own.
     */
    public static Reading read(List<Issue> issues, ParsedNotes parses) {
        WorkRegistry works = new WorkRegistry();
        List<IssueNotes> out = new ArrayList<>();
        for (Issue issue : issues) {
            List<NoteCitations> notes = new ArrayList<>();
            for (Article a : issue.articles()) {
                NoteCitations previous = null;
                for (Footnote f : a.footnotes()) {
                    NoteParser.Result r = parses.of(f);
                    List<Citation> cites = new ArrayList<>();
                    if (r.ibid()) {
                        if (previous != null && previous.citations().size() == 1) {
                            cites.add(new Citation(previous.citations().get(0).work(), r.ibidLocator()));
                        }
                    } else {
                        for (Citation c : r.citations()) {
                            // A copy: the registry fills the first reading of a work, and the parse is shared.
                            cites.add(new Citation(works.add(c.work().copy()), c.locator()));
                        }
                    }
                    boolean parsed = r.ibid() ? !cites.isEmpty() : r.parsed();
                    NoteCitations n = new NoteCitations(a.firstPage(), f.position(), f.text(), r.ibid(), parsed, cites);
                    notes.add(n);
                    previous = n;
                }
            }
            out.add(new IssueNotes(issue, notes));
        }
        return new Reading(out, works);
    }

    /** The note as printed, markup kept (italics mark titles), its marker taken off. */
    static String noteText(Footnote f) {
        var m = org.journalkg.issue.Footnotes.note(f.original().replace('\n', ' '));
        String body = m != null ? m.group("text") : f.original();
        return org.journalkg.issue.CjkSpacing.careful(body);
    }
}
