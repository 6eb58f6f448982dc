package org.journalkg.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.journalkg.cite.Citation;
import org.journalkg.cite.NoteCitations;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;

/**
 * "Same as above" notes (同上, 同上书, 同前注, Ibid., Там же) that point at nothing — the article's
 * first note, or a previous note that cites no work (error) — or at a note that cites several
 * works, so the reader cannot tell which (warning). A run of such notes is judged by the note it
 * leads back to, and reported once, at its first note. A previous note the parser could not read
 * is not judged (it may well cite a work).
 */
final class IbidCheck implements Check {

    /** 同上 / Ibid. / Там же at the head of a note, after a cue (参见, See, См.), and followed by nothing, punctuation or a locator. */
    private static final Pattern IBID = Pattern.compile(
            "^(?:参见|见|转引自|See|Cf\\.|См\\.(?:\\s*также)?)?\\s*\\*?"
                    + "(?:同上(?:书|文|注)?|同前注(?![①-⑳\\d])|同前书|ibid(?:em)?\\b\\.?|там\\s+же\\b\\.?)\\*?"
                    + "(?:\\s*$|\\s*[，,。.；;：:、]|\\s+(?:第|С\\.|с\\.|P\\.|p\\.|pp\\.|Pp\\.)|\\s*第)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public Kind kind() {
        return Kind.IBID;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        for (Article a : input.issue().articles()) {
            List<NoteCitations> notes = input.notesOf(a);
            List<Footnote> footnotes = a.footnotes();
            int n = Math.min(notes.size(), footnotes.size());
            for (int i = 0; i < n; i++) {
                if (!isIbid(notes.get(i)) || (i > 0 && isIbid(notes.get(i - 1)))) {
                    continue;
                }
                Footnote f = footnotes.get(i);
                String evidence = MarkersCheck.shorten(f.text());
                if (i == 0) {
                    out.add(finding(input, a, f, Severity.ERROR,
                            "\"" + word(f.text()) + "\" stands in the article's first note, so it refers to nothing; cite the work in full.",
                            evidence));
                    continue;
                }
                NoteCitations previous = notes.get(i - 1);
                long works = previous.citations().stream().map(Citation::work).distinct().count();
                if (works == 0 && previous.parsed()) {
                    out.add(finding(input, a, f, Severity.ERROR,
                            "\"" + word(f.text()) + "\" refers to the previous note, which cites no work; cite the work in full.",
                            evidence));
                } else if (works > 1) {
                    out.add(finding(input, a, f, Severity.WARNING,
                            "\"" + word(f.text()) + "\" refers to the previous note, which cites " + works
                                    + " works; name the work meant.",
                            evidence));
                }
            }
        }
        return out;
    }

    private static Finding finding(CheckInput input, Article a, Footnote f, Severity severity, String message, String evidence) {
        int line = f.line() > 0 ? f.line() : input.lines().lineOf(evidence, 1);
        return new Finding(input.file(), line, CheckInput.page(a), Kind.IBID, severity, message, evidence);
    }

    /** A "same as above" note, as the parser read it or as its head shows. */
    static boolean isIbid(NoteCitations n) {
        return n.ibid() || IBID.matcher(n.text().strip()).find();
    }

    /** The ibid word as the note prints it: 同上, Ibid., Там же. */
    private static String word(String text) {
        var m = Pattern.compile("同上书|同上文|同上注|同上|同前注|同前书|(?i:ibidem|ibid\\.?)|(?iu:там\\s+же)").matcher(text);
        return m.find() ? m.group() : "Ibid.";
    }
}
