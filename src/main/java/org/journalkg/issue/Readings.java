package org.journalkg.issue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the readings of several files together: the same article read from two files (an issue
 * and an article cut from it, a web text and a Word manuscript of one paper) becomes one, and
 * articles of one issue read from separate files share that issue.
 * <pre>
 *   Readings.Merged m = Readings.merge(List.of(issueReading, webReading));
 *   m.issues();   // one issue per journal issue, one more per article no issue is known for
 *   m.notes();    // "b.txt: 《…》 is the article already read from a.md (same title and first author); …"
 * </pre>
 * Articles are the same where they share an issue and first page, a DOI, or a title and first
 * author (compared as {@link ArticleKey} does). Of the readings of one article the fullest is
 * kept (one with issue and pages, then one with a DOI, then the one with the most titles,
 * abstracts and keyword lists); the first file wins a tie, so the result does not depend on timing.
 */
public final class Readings {

    private Readings() { }

    /** The merged issues, and one line for every article that was read more than once. */
    public record Merged(List<Issue> issues, List<String> notes) {

        public Merged {
            issues = List.copyOf(issues);
            notes = List.copyOf(notes);
        }
    }

    private record Candidate(int reading, int index, Issue issue, Article article) { }

    public static Merged merge(List<Issue> readings) {
        List<Candidate> all = new ArrayList<>();
        for (int r = 0; r < readings.size(); r++) {
            List<Article> articles = readings.get(r).articles();
            for (int i = 0; i < articles.size(); i++) {
                all.add(new Candidate(r, all.size(), readings.get(r), articles.get(i)));
            }
        }
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Candidate> byKey = new HashMap<>();
        Map<Integer, String> why = new HashMap<>();
        for (Candidate c : all) {
            for (Map.Entry<String, String> key : keys(c).entrySet()) {
                Candidate other = byKey.putIfAbsent(key.getKey(), c);
                // Two articles placed in different issues or on different pages are two, whatever their titles.
                boolean placedApart = other != null && placed(other) && placed(c) && !place(other).equals(place(c));
                if (other != null && !placedApart && other.reading() != c.reading() && find(parent, other.index()) != find(parent, c.index())) {
                    parent[find(parent, c.index())] = find(parent, other.index());
                    why.putIfAbsent(c.index(), key.getValue());
                }
            }
        }
        Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : all) {
            groups.computeIfAbsent(find(parent, c.index()), k -> new ArrayList<>()).add(c);
        }
        List<String> notes = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        for (List<Candidate> group : groups.values()) {
            Candidate best = group.stream().max(Comparator.comparingInt(Readings::fullness)
                    .thenComparing(Comparator.comparingInt(Candidate::index).reversed())).orElseThrow();
            Article filled = best.article();
            for (Candidate c : group) {
                if (c != best) {
                    filled = fill(filled, c.article());
                }
            }
            kept.add(new Candidate(best.reading(), best.index(), best.issue(), filled));
            for (Candidate c : group) {
                if (c != best) {
                    notes.add(c.issue().source() + ": 《" + title(c.article()) + "》 is the article also read from "
                            + best.issue().source() + " (" + why.getOrDefault(c.index(), why.getOrDefault(best.index(), "same article"))
                            + "); one node, from the reading of " + best.issue().source() + ", completed from the others");
                }
            }
        }
        return new Merged(issues(readings, kept), notes);
    }

    /**
     * The kept reading with what only another reading of the same article has: titles, abstracts
     * and keyword lists in other languages, the authors' institutions and other-language names (where
     * both readings name the same authors), and the head fields it lacks. Body and notes stay the
     * kept reading's own.
     */
    static Article fill(Article kept, Article other) {
        Texts title = fillTexts(kept.title(), other.title());
        Texts abstracts = fillTexts(kept.abstracts(), other.abstracts());
        Map<Lang, List<String>> keywords = new java.util.EnumMap<>(Lang.class);
        keywords.putAll(other.keywords());
        keywords.putAll(kept.keywords());
        List<Contributor> authors = kept.authors();
        if (sameNames(kept.authors(), other.authors())) {
            authors = new ArrayList<>();
            for (int i = 0; i < kept.authors().size(); i++) {
                Contributor k = kept.authors().get(i);
                Contributor o = other.authors().get(i);
                Person person = new Person(fillTexts(k.person().name(), o.person().name()), k.person().variants());
                authors.add(new Contributor(person, k.affiliations().isEmpty() ? o.affiliations() : k.affiliations(),
                        k.note() != null ? k.note() : o.note()));
            }
        }
        return new Article(or(kept.column(), other.column()), title, authors,
                kept.translators().isEmpty() ? other.translators() : kept.translators(),
                kept.responsibleEditor() != null ? kept.responsibleEditor() : other.responsibleEditor(),
                kept.funding().isEmpty() ? other.funding() : kept.funding(), abstracts, keywords,
                or(kept.clc(), other.clc()), or(kept.documentCode(), other.documentCode()),
                or(kept.articleNumber(), other.articleNumber()), or(kept.doi(), other.doi()),
                kept.firstPage(), kept.lastPage(), kept.sections(), kept.paragraphs(), kept.footnotes());
    }

    private static boolean sameNames(List<Contributor> a, List<Contributor> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i).person().name().get(Lang.ZH);
            String y = b.get(i).person().name().get(Lang.ZH);
            if (x == null || !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static Texts fillTexts(Texts kept, Texts other) {
        Map<Lang, String> m = new java.util.EnumMap<>(Lang.class);
        m.putAll(other.values());
        m.putAll(kept.values());
        return new Texts(m);
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /** Identified issues gather the kept articles of every reading of that issue; others stay one per reading. */
    private static List<Issue> issues(List<Issue> readings, List<Candidate> kept) {
        Map<String, List<Integer>> byIssue = new LinkedHashMap<>();
        for (int r = 0; r < readings.size(); r++) {
            Issue i = readings.get(r);
            String key = i.identified() ? i.journal().issn() + "|" + i.year() + "|" + i.number() : "reading " + r;
            byIssue.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Issue> out = new ArrayList<>();
        for (List<Integer> members : byIssue.values()) {
            // The reading with the most articles (a whole issue) speaks for the issue.
            int base = members.stream().max(Comparator.comparingInt((Integer r) -> readings.get(r).articles().size())
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            List<Article> articles = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (int r : members) {
                for (Candidate c : kept) {
                    if (c.reading() == r) {
                        articles.add(c.article());
                    }
                }
                if (r != base) {
                    readings.get(r).warnings().forEach(w -> warnings.add(w));
                }
            }
            if (members.size() > 1) {
                articles.sort(Comparator.comparingInt(Article::firstPage));
            }
            if (articles.isEmpty()) {
                continue;
            }
            Issue b = readings.get(base);
            List<String> all = new ArrayList<>(b.warnings());
            all.addAll(warnings);
            out.add(b.with(articles, all));
        }
        return out;
    }

    private static boolean placed(Candidate c) {
        return c.issue().identified() && c.article().firstPage() > 0;
    }

    private static String place(Candidate c) {
        Issue i = c.issue();
        return i.journal().issn() + "|" + i.year() + "|" + i.number() + "|" + c.article().firstPage();
    }

    /** The keys an article is known by, each with the words that say why two are the same. */
    private static Map<String, String> keys(Candidate c) {
        Map<String, String> keys = new LinkedHashMap<>();
        Issue i = c.issue();
        Article a = c.article();
        if (placed(c)) {
            keys.put("page " + place(c), "same issue and first page");
        }
        if (a.doi() != null) {
            keys.put("doi " + a.doi().toLowerCase(java.util.Locale.ROOT), "same DOI");
        }
        if (!a.title().values().isEmpty()) {
            keys.put("key " + ArticleKey.of(a), "same title and first author");
        }
        return keys;
    }

    private static int fullness(Candidate c) {
        Article a = c.article();
        int score = placed(c) ? 1000 : 0;
        score += a.doi() != null ? 100 : 0;
        score += 10 * (a.title().values().size() + a.abstracts().values().size() + a.keywords().size());
        return score + Math.min(9, a.footnotes().isEmpty() ? 0 : 1);
    }

    private static String title(Article a) {
        String t = a.title().get(Lang.ZH);
        return t != null ? t : a.title().values().values().stream().findFirst().orElse("(untitled)");
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
