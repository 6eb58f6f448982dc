package org.journalkg.check;

import java.util.List;
import org.journalkg.cite.CitationReader;
import org.journalkg.cite.NoteCitations;
import org.journalkg.cite.NoteParser;
import org.journalkg.cite.ParsedNotes;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Issue;

/**
 * What one file gave, as the checks see it: the issue (or single article) read from it, what
 * its notes cite (its works merged within this file only), each note's own parse, and its lines
 * to find places in.
 */
public record CheckInput(String file, Issue issue, CitationReader.IssueNotes notes, ParsedNotes parsed, SourceLines lines) {

    /** A file on its own: its notes are parsed here. */
    public static CheckInput of(String file, Issue issue, SourceLines lines) {
        return of(file, issue, lines, new ParsedNotes(List.of(issue)));
    }

    /** A file whose notes were parsed already, with the others of a build ({@code parsed} holds this issue's footnotes). */
    public static CheckInput of(String file, Issue issue, SourceLines lines, ParsedNotes parsed) {
        return new CheckInput(file, issue, CitationReader.read(List.of(issue), parsed).issues().get(0), parsed, lines);
    }

    /** The notes of one article, parsed, in order. */
    public List<NoteCitations> notesOf(Article a) {
        return notes.of(a);
    }

    /** What one note cites as read on its own: each work as the note gives it, not merged with another note's. */
    public NoteParser.Result parse(Footnote f) {
        return parsed.of(f);
    }

    /** The article's first page, or null where it is not known (a single article without pages). */
    public static Integer page(Article a) {
        return a.firstPage() > 0 ? a.firstPage() : null;
    }

    /** A finding about an article, its line found from the evidence (or from {@code near} where the evidence is not in the file). */
    public Finding finding(Article a, Kind kind, Severity severity, String message, String evidence, int near) {
        int line = lines.lineOf(evidence, near);
        return new Finding(file, line > 0 ? line : near, a == null ? null : page(a), kind, severity, message, evidence);
    }
}
