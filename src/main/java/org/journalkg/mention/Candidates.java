package org.journalkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.issue.Issue;

/**
 * Terms the knowledge base does not know yet, for a maintainer to grow it: quoted terms (“…”,
 * «…»), bilingual pairs (中文（English）), and names ending in 走廊, 组织, 战略, 倡议, 计划 —
 * with how often and in which articles they occur.
 * <pre>
 *   List&lt;Candidates.Term&gt; terms = new Candidates(gazetteer).find(List.of(issue));
 * </pre>
 */
public final class Candidates {

    private static final Pattern ZH_QUOTED = Pattern.compile("“([^“”]{2,16})”");
    private static final Pattern RU_QUOTED = Pattern.compile("«([^«»]{3,60})»");
    private static final Pattern BILINGUAL = Pattern.compile("([\\p{IsHan}·\\-]{2,16})\\s*[（(]\\s*([A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё .,'\\-–]{2,80}?)\\s*[）)]");
    /** A name ending in a suffix: after a boundary (punctuation, 的, 与, 和, 对…) and 2 to 8 characters long. */
    private static final Pattern SUFFIXED = Pattern.compile("(?:^|[，。、；：“”《》（）\\s的与和及对在将了是从向为由被把])(\\p{IsHan}{2,8}?(?:走廊|组织|战略|倡议|计划))");

    private final Gazetteer gazetteer;

    /** A candidate term: how it was found, how often, in which articles (by first page). */
    public record Term(String term, String kind, int count, List<Integer> articles, String translation) { }

    public Candidates(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Term> find(List<Issue> issues) {
        Map<String, Object[]> found = new LinkedHashMap<>();
        for (Issue issue : issues) {
            for (MentionReaderParts parts : MentionReaderParts.of(issue)) {
                for (String text : parts.texts()) {
                    collect(found, ZH_QUOTED.matcher(text), 1, "quoted", null, parts.page());
                    collect(found, RU_QUOTED.matcher(text), 1, "quoted", null, parts.page());
                    Matcher b = BILINGUAL.matcher(text);
                    while (b.find()) {
                        add(found, b.group(1), "bilingual", b.group(2).strip(), parts.page());
                    }
                    collect(found, SUFFIXED.matcher(text), 1, "suffix", null, parts.page());
                }
            }
        }
        List<Term> out = new ArrayList<>();
        for (var e : found.entrySet()) {
            Object[] v = found.get(e.getKey());
            @SuppressWarnings("unchecked")
            TreeSet<Integer> pages = (TreeSet<Integer>) v[2];
            out.add(new Term(e.getKey(), (String) v[0], (Integer) v[1], List.copyOf(pages), (String) v[3]));
        }
        out.sort(Comparator.comparingInt(Term::count).reversed().thenComparing(Term::term));
        return out;
    }

    private void collect(Map<String, Object[]> found, Matcher m, int group, String kind, String translation, int page) {
        while (m.find()) {
            add(found, m.group(group), kind, translation, page);
        }
    }

    private void add(Map<String, Object[]> found, String raw, String kind, String translation, int page) {
        String term = raw.strip();
        if (term.length() < 2 || term.matches(".*\\d{4}.*") || known(term)) {
            return;
        }
        Object[] v = found.computeIfAbsent(term, k -> new Object[] {kind, 0, new TreeSet<Integer>(), translation});
        v[1] = (Integer) v[1] + 1;
        @SuppressWarnings("unchecked")
        TreeSet<Integer> pages = (TreeSet<Integer>) v[2];
        pages.add(page);
        if (v[3] == null && translation != null) {
            v[3] = translation;
        }
    }

    /**
     * Known, or a known name with words glued to it (年上合组织, 俄罗斯战略), or a phrase rather
     * than a name (小国的战略): none of these is a new entity.
     */
    private boolean known(String term) {
        if (term.contains("的")) {
            return true;
        }
        for (Gazetteer.Hit h : gazetteer.find(term)) {
            if (h.start() == 0 || h.end() == term.length()) {
                return true;
            }
        }
        return false;
    }

    /** The texts of one article to look in, with its first page. */
    record MentionReaderParts(int page, List<String> texts) {

        static List<MentionReaderParts> of(Issue issue) {
            List<MentionReaderParts> out = new ArrayList<>();
            for (var a : issue.articles()) {
                out.add(new MentionReaderParts(a.firstPage(), MentionReader.parts(a).stream().map(TextPart::text).toList()));
            }
            return out;
        }
    }
}
