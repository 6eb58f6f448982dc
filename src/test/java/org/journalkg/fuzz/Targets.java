package org.journalkg.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.journalkg.cite.ReferenceList;
import org.journalkg.issue.Article;
import org.journalkg.issue.Issue;
import org.journalkg.layout.InputFile;
import org.journalkg.layout.Layout;
import org.journalkg.layout.Layouts;
import org.journalkg.read.InputException;
import org.journalkg.read.SourceText;
import org.journalkg.read.TextReader;

/**
 * What every fuzz target checks: any bytes end in records or in an {@link InputException}, the
 * one way a reader says "bad input". Any other exception (and a StackOverflowError) escapes to
 * Jazzer and is a finding; so is an input that runs past the target's {@code @Timeout}.
 * One target per class, because Jazzer fuzzes only one {@code @FuzzTest} per JVM (see pom.xml).
 */
final class Targets {

    private Targets() { }

    /** Reads the bytes in the layout given, as {@code build --layout} does, and walks the records. */
    static void read(byte[] data, Layout layout) {
        Issue issue;
        try {
            issue = Layouts.read(new InputFile("fuzz." + layout.tag(), data), layout).issue();
        } catch (InputException e) {
            return;
        }
        // Records, not nulls: touch what every later step (the graph, check) reads.
        Objects.requireNonNull(issue.warnings());
        for (Article a : issue.articles()) {
            Objects.requireNonNull(a);
        }
    }

    /** Reads the bytes as {@code refs} does: decoded text, one reference a line, each distinct work once. */
    static void refs(byte[] data) {
        if (new String(data, StandardCharsets.ISO_8859_1).isBlank()) {
            return;
        }
        SourceText text;
        try {
            text = TextReader.decode("fuzz.txt", data);
        } catch (InputException e) {
            return;
        }
        List<ReferenceList.Entry> entries = ReferenceList.read(text.text(), 0);
        entries.forEach(ReferenceList.Entry::toJson);
        ReferenceList.works(entries);
    }
}
