package org.journalkg.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Footnotes;
import org.journalkg.issue.Paragraph;

/**
 * Note markers against notes: a marker in the text that no note answers (error), a note that no
 * marker calls (error), and numbering out of order on a page, for markers and for notes (warning).
 *
 * <p>The reader pairs a page's notes, in order, with the markers met since the previous page's
 * notes, and keeps a note without a marker (offset -1) but drops a marker without a note. So a
 * marker without a note is a marker of a paragraph that no footnote points at. Where two markers
 * (or two notes) of one page are swapped the reader leaves one marker and one note of the same
 * number unpaired; those are reported once, as numbering out of order, not as two missing halves.
 * Numbering restarts at 1 on every page in the journal's layout; other layouts number on through
 * the article, which the same rule (1, or one more than the last) accepts.
 */
final class MarkersCheck implements Check {

    private static final String CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469"
            + "\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";

    private static final java.util.regex.Pattern CARET = java.util.regex.Pattern.compile("\\^[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF\\[［]");

    @Override
    public Kind kind() {
        return Kind.MARKERS;
    }

    /** A marker of the text: its paragraph, its place, its number and the line it stands on. */
    private record Mark(Paragraph paragraph, int index, Paragraph.Marker marker, int line) { }

    @Override
    public List<Finding> run(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        for (Article a : input.issue().articles()) {
            check(input, a, out);
        }
        return out;
    }

    private static void check(CheckInput input, Article a, List<Finding> out) {
        Set<Long> paired = new HashSet<>();
        for (Footnote f : a.footnotes()) {
            if (f.offset() >= 0) {
                paired.add(key(f.paragraph(), f.offset()));
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<Mark> unpairedMarks = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            for (int k = 0; k < p.markers().size(); k++) {
                Paragraph.Marker m = p.markers().get(k);
                Mark mark = new Mark(p, k, m, markLine(input, p, m));
                marks.add(mark);
                if (!paired.contains(key(p.index(), m.offset()))) {
                    unpairedMarks.add(mark);
                }
            }
        }
        List<Footnote> notes = new ArrayList<>(a.footnotes());
        boolean lined = notes.stream().allMatch(f -> f.line() > 0);
        if (lined) {
            notes.sort(Comparator.comparingInt(Footnote::line));
        }
        List<Footnote> unpairedNotes = new ArrayList<>(notes.stream().filter(f -> f.offset() < 0).toList());

        // A marker and a note of one number left over on one page: the two were swapped with a neighbour.
        List<List<Footnote>> runs = lined ? runs(notes, a.paragraphs()) : List.of(notes);
        for (Mark m : new ArrayList<>(unpairedMarks)) {
            List<Footnote> run = runAfter(runs, m.line());
            Footnote match = run.stream()
                    .filter(f -> unpairedNotes.contains(f) && f.markerNumber() == m.marker().number())
                    .findFirst().orElse(null);
            if (match != null) {
                unpairedMarks.remove(m);
                unpairedNotes.remove(match);
            }
        }

        // The journal's layout prints ^① in the text and numbers afresh on every page; the others pair by id.
        boolean caret = a.paragraphs().stream().anyMatch(p -> p.original() != null && CARET.matcher(p.original()).find());
        boolean numberedThrough = !caret && notes.stream().map(Footnote::markerNumber).distinct().count() == notes.size();
        Set<Integer> noteNumbers = new HashSet<>();
        notes.forEach(f -> noteNumbers.add(f.markerNumber()));
        List<Mark> repeated = new ArrayList<>();
        for (Mark m : unpairedMarks) {
            String evidence = markEvidence(m);
            int n = m.marker().number();
            if (numberedThrough && noteNumbers.contains(n) && !notes.isEmpty()) {
                repeated.add(m);
                out.add(finding(input, a, m.line(), Severity.WARNING,
                        "Marker " + label(m) + " is used a second time; each note should be called by one marker of its own.", evidence));
            } else {
                out.add(finding(input, a, m.line(), Severity.ERROR,
                        "Marker " + label(m) + " in the text has no note; add the note or remove the marker.", evidence));
            }
        }
        for (Footnote f : unpairedNotes) {
            out.add(finding(input, a, f.line(), Severity.ERROR,
                    "Note " + noteLabel(f) + " has no marker in the text; put its marker where the note belongs or remove the note.",
                    shorten(f.original())));
        }

        // Order: every number is 1 (a new page) or one more than the last; a gap that a missing
        // marker or note explains has been reported above.
        String where = numberedThrough ? "in the article" : "on its page";
        String onPage = numberedThrough ? "" : " on its page";
        int last = 0;
        Set<Integer> skipped = new HashSet<>();
        List<Footnote> page = null;
        for (Mark m : marks) {
            if (repeated.contains(m)) {
                continue;
            }
            List<Footnote> own = runAfter(runs, m.line());
            // Notes numbered through the article (Word, JATS, Markdown) are one sequence: no page restarts it.
            if (page != null && own != page && !numberedThrough) {
                // A new page: its markers count from 1 again.
                last = 0;
                skipped.clear();
            }
            page = own;
            int n = m.marker().number();
            if (skipped.remove(n)) {
                last = Math.max(last, n);
                continue;
            }
            Set<Integer> leftNotes = new HashSet<>();
            runAfter(runs, m.line()).stream().filter(unpairedNotes::contains).forEach(f -> leftNotes.add(f.markerNumber()));
            if (n != 1 && n != last + 1 && !explained(last, n, leftNotes)) {
                out.add(finding(input, a, m.line(), Severity.WARNING,
                        "Marker " + label(m) + (last == 0 ? " comes first " + where : " follows marker " + (label(m).startsWith("[") ? "[" + last + "]" : circled(last)) + onPage)
                                + "; markers should count 1, 2, 3 … in order.",
                        markEvidence(m)));
            }
            last = counted(skipped, last, n);
        }
        last = 0;
        skipped.clear();
        List<Footnote> run = null;
        for (Footnote f : notes) {
            List<Footnote> own = runs.stream().filter(r -> r.contains(f)).findFirst().orElse(List.of());
            if (run != null && own != run && !numberedThrough) {
                last = 0;
                skipped.clear();
            }
            run = own;
            int n = f.markerNumber();
            if (skipped.remove(n)) {
                last = Math.max(last, n);
                continue;
            }
            List<Footnote> notePage = own;
            Set<Integer> leftMarks = new HashSet<>();
            unpairedMarks.stream().filter(m -> runAfter(runs, m.line()) == notePage).forEach(m -> leftMarks.add(m.marker().number()));
            if (n != 1 && n != last + 1 && !explained(last, n, leftMarks)) {
                out.add(finding(input, a, f.line(), Severity.WARNING,
                        "Note " + noteLabel(f) + (last == 0 ? " comes first " + where
                                : " follows note " + (noteLabel(f).startsWith("[") ? "[" + last + "]" : circled(last)) + onPage)
                                + "; notes should count 1, 2, 3 … in order.",
                        shorten(f.original())));
            }
            last = counted(skipped, last, n);
        }
    }

    /** True where every number skipped between {@code last} and {@code n} is a marker or note of the page already reported missing its other half. */
    private static boolean explained(int last, int n, Set<Integer> reported) {
        if (n <= last + 1) {
            return false;
        }
        for (int k = last + 1; k < n; k++) {
            if (!reported.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** Notes grouped by page: a run ends where a paragraph starts between two notes, or a note 1 begins anew. */
    private static List<List<Footnote>> runs(List<Footnote> notes, List<Paragraph> paragraphs) {
        List<List<Footnote>> runs = new ArrayList<>();
        List<Footnote> run = new ArrayList<>();
        Footnote previous = null;
        for (Footnote f : notes) {
            if (previous != null) {
                int from = previous.line();
                boolean text = paragraphs.stream().anyMatch(p -> p.firstLine() > from && p.firstLine() < f.line());
                if (text || f.markerNumber() == 1) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(f);
            previous = f;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The notes of the page a marker on {@code line} stands on: the first run of notes after it. */
    private static List<Footnote> runAfter(List<List<Footnote>> runs, int line) {
        for (List<Footnote> run : runs) {
            if (!run.isEmpty() && (line <= 0 || run.get(0).line() <= 0 || run.get(run.size() - 1).line() > line)) {
                return run;
            }
        }
        return List.of();
    }

    private static long key(int paragraph, int offset) {
        return ((long) paragraph << 32) | (offset & 0xffffffffL);
    }

    /**
     * The line a marker stands on. A paragraph cut by a page break holds its fragments, as the
     * source has them, one a line of {@code original}: the marker's fragment is found by counting
     * markers, then the raw text just before the marker within it. Failing that, the repaired text
     * just before the marker (or after it, at a paragraph's start).
     */
    private static int markLine(CheckInput input, Paragraph p, Paragraph.Marker m) {
        int fromFragments = fragmentLine(input, p, p.markers().indexOf(m));
        if (fromFragments > 0) {
            return fromFragments;
        }
        String probe = probe(p, m);
        int line = probe.isEmpty() ? 0 : input.lines().lineOf(probe, p.firstLine());
        return line > 0 ? line : p.firstLine();
    }

    private static int fragmentLine(CheckInput input, Paragraph p, int k) {
        if (p.original() == null || k < 0) {
            return 0;
        }
        String[] fragments = p.original().split("\n");
        List<int[]> at = new ArrayList<>();
        for (int i = 0; i < fragments.length; i++) {
            java.util.regex.Matcher mm = Footnotes.MARKER.matcher(fragments[i]);
            while (mm.find()) {
                at.add(new int[] {i, mm.start()});
            }
        }
        if (at.size() != p.markers().size()) {
            return 0;
        }
        int line = p.firstLine();
        for (int i = 0; i <= at.get(k)[0]; i++) {
            String head = fragments[i].strip();
            int found = head.isEmpty() ? 0 : input.lines().lineOf(head.substring(0, Math.min(24, head.length())), line);
            if (found >= line) {
                line = found;
            }
        }
        String fragment = fragments[at.get(k)[0]];
        int start = at.get(k)[1];
        String before = fragment.substring(Math.max(0, start - 16), start).strip();
        if (before.replaceAll("\\s", "").length() >= 4) {
            int found = input.lines().lineOf(before, line);
            if (found >= line) {
                return found;
            }
        }
        return line;
    }

    private static String probe(Paragraph p, Paragraph.Marker m) {
        String t = p.text();
        int at = Math.min(m.offset(), t.length());
        String before = t.substring(Math.max(0, at - 16), at).strip();
        if (before.replaceAll("\\s", "").length() >= 6) {
            return before;
        }
        return t.substring(at, Math.min(t.length(), at + 16)).strip();
    }

    /** The words before the marker, and the marker as printed. */
    private static String markEvidence(Mark m) {
        String t = m.paragraph().text();
        int at = Math.min(m.marker().offset(), t.length());
        String before = t.substring(Math.max(0, at - 30), at);
        return (at > 30 ? "…" : "") + before + label(m);
    }

    /** The marker as the source prints it: ^① in the journal's layout, [1] elsewhere. */
    private static String label(Mark m) {
        int n = m.marker().number();
        String c = circled(n);
        String original = m.paragraph().original();
        if (original != null && original.contains("^" + c)) {
            return "^" + c;
        }
        if (original != null && (original.contains("[" + n + "]") || original.contains("［" + n + "］"))) {
            return "[" + n + "]";
        }
        return c;
    }

    /** The note's number as the source prints it: ① in the journal's layout, [1] elsewhere. */
    private static String noteLabel(Footnote f) {
        String c = circled(f.markerNumber());
        String o = f.original() == null ? "" : f.original().strip();
        return o.startsWith(c) || o.startsWith("^" + c) ? c : "[" + f.markerNumber() + "]";
    }

    private static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf(CIRCLED.charAt(n - 1));
        }
        if (n >= 21 && n <= 35) {
            return new String(Character.toChars(0x3251 + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return new String(Character.toChars(0x32B1 + n - 36));
        }
        return n <= 0 ? "(none)" : "[" + n + "]";
    }

    static String shorten(String s) {
        String t = s == null ? "" : s.replace('\n', ' ').strip();
        return t.length() <= 200 ? t : t.substring(0, 199) + "…";
    }

    private static Finding finding(CheckInput input, Article a, int line, Severity severity, String message, String evidence) {
        return new Finding(input.file(), Math.max(0, line), CheckInput.page(a), Kind.MARKERS, severity, message, evidence);
    }

    /**
     * Counts {@code n} after {@code last}: the numbers jumped over are remembered as skipped (a
     * later one may turn up out of order), a 1 starts the count afresh. Returns the new last.
     */
    private static int counted(Set<Integer> skipped, int last, int n) {
        for (int k = last + 1; k < n; k++) {
            skipped.add(k);
        }
        if (n == 1) {
            skipped.clear();
        }
        return n;
    }
}
