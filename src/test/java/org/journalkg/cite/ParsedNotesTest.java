package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.journalkg.issue.Article;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Issue;
import org.journalkg.layout.Layouts;
import org.junit.jupiter.api.Test;

/**
 * One parse of the notes shared by several readings (a build's graph and each file's checks):
 * every reading is what it would be from a parse of its own, and the parse is left as each note
 * gives it, however the registries merge and fill the works.
 */
class ParsedNotesTest {

    @Test
    void readings_of_the_bundled_issue_from_a_shared_parse_are_those_of_their_own_parse() throws Exception {
        Issue issue = BundledIssue.get();
        ParsedNotes shared = new ParsedNotes(List.of(issue));
        List<String> before = parses(issue, shared);
        // Two readings over the same parse, one of them of a part of the issue (as the build's table reads an article).
        CitationReader.Reading whole = CitationReader.read(List.of(issue), shared);
        CitationReader.read(List.of(issue.with(issue.articles().subList(3, 5), List.of())), shared);
        assertEquals(before, parses(issue, shared), "the shared parse is unchanged");
        assertEquals(before, parses(issue, null), "and is what each note parses to on its own");
        assertEquals(readings(CitationReader.read(List.of(issue))), readings(whole));
    }

    /**
     * A fixture whose first note of Дугин's book gives no place or publisher, and a later note of
     * the same book gives both: the reading fills the work, the first note's parse keeps its gaps
     * (the note-style check judges it by them).
     */
    @Test
    void a_work_filled_from_a_later_note_stays_as_its_first_note_gives_it() throws Exception {
        Issue issue = Layouts.read(Path.of("src/test/resources/check/note-style/notes.article.md"), null).issue();
        ParsedNotes shared = new ParsedNotes(List.of(issue));
        List<String> before = parses(issue, shared);
        CitationReader.Reading reading = CitationReader.read(List.of(issue), shared);
        assertEquals(before, parses(issue, shared));
        assertEquals(before, parses(issue, null));
        assertEquals(readings(CitationReader.read(List.of(issue))), readings(reading));
        Article a = issue.articles().get(0);
        Footnote first = a.footnotes().stream().filter(f -> f.text().startsWith("Дугин А. Г. Евразийский путь. Арктогея-Центр")).findFirst().orElseThrow();
        Work own = shared.of(first).citations().get(0).work();
        Work read = reading.issues().get(0).of(a).get(first.position() - 1).citations().get(0).work();
        assertEquals("Евразийский путь", own.title);
        assertEquals(Arrays.asList(null, null), Arrays.asList(own.publisherPlace, own.publisher));
        assertEquals(List.of("СПб", "Арктогея-Центр"), List.of(read.publisherPlace, read.publisher));
    }

    @Test
    void a_copy_of_a_work_has_every_field_and_lists_of_its_own() throws Exception {
        Work w = new Work();
        int n = 0;
        for (Field f : Work.class.getFields()) {
            if (f.getType() == String.class) {
                f.set(w, "v" + n++);
            }
        }
        w.author.add(Name.person("Sakwa", "R."));
        w.editor.add(Name.literal("王存刚"));
        w.translator.add(Name.person("Иванов", "И. И."));
        Work c = w.copy();
        assertEquals(fields(w), fields(c));
        assertNotSame(w.author, c.author);
        c.author.add(Name.literal("someone else"));
        assertEquals(1, w.author.size());
    }

    @Test
    void a_footnote_of_another_issue_is_refused() {
        Issue issue = BundledIssue.get();
        ParsedNotes one = new ParsedNotes(List.of(issue.with(issue.articles().subList(0, 1), List.of())));
        Footnote other = issue.articles().get(1).footnotes().get(0);
        assertThrows(IllegalArgumentException.class, () -> one.of(other));
    }

    /** Every note's own parse, field by field; from {@code parsed}, or parsed afresh where null. */
    private static List<String> parses(Issue issue, ParsedNotes parsed) throws Exception {
        List<String> out = new ArrayList<>();
        for (Article a : issue.articles()) {
            for (Footnote f : a.footnotes()) {
                NoteParser.Result r = parsed != null ? parsed.of(f) : NoteParser.parse(CitationReader.noteText(f));
                StringBuilder b = new StringBuilder(r.ibid() + " " + r.ibidLocator() + " " + r.parsed());
                for (Citation c : r.citations()) {
                    b.append(" | ").append(fields(c.work())).append(" @ ").append(c.locator());
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /** A reading's notes with their works, field by field, and how many distinct works it holds. */
    private static List<String> readings(CitationReader.Reading r) throws Exception {
        List<String> out = new ArrayList<>();
        for (NoteCitations n : r.notes()) {
            StringBuilder b = new StringBuilder(n.article() + "/" + n.footnote() + " " + n.ibid() + " " + n.parsed());
            for (Citation c : n.citations()) {
                b.append(" | ").append(r.works().id(c.work())).append(' ').append(fields(c.work())).append(" @ ").append(c.locator());
            }
            out.add(b.toString());
        }
        out.add(r.works().works().size() + " works");
        return out;
    }

    private static String fields(Work w) throws Exception {
        StringBuilder b = new StringBuilder();
        for (Field f : Work.class.getFields()) {
            b.append(f.getName()).append('=').append(f.get(w)).append(';');
        }
        return b.toString();
    }
}
