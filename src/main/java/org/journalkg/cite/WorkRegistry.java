package org.journalkg.cite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.journalkg.issue.Similarity;
import org.journalkg.issue.Transliteration;

/**
 * One node per work: the same work cited in several notes or articles, with small typos,
 * initials instead of given names, names in swapped order or tracking parameters in its URL,
 * is merged into the first reading of it; different works stay apart.
 * <pre>
 *   WorkRegistry works = new WorkRegistry();
 *   Work canonical = works.add(parsedWork);   // the same object for every citation of it
 * </pre>
 */
public final class WorkRegistry {

    private final List<Work> works = new ArrayList<>();
    private final Map<Work, String> ids = new IdentityHashMap<>();
    private final List<Keys> keys = new ArrayList<>();
    // Where to look for an earlier reading, so that a corpus of thousands of works is not
    // compared pair by pair: the same title, the same URL, or a title that shares a run of
    // three characters (see candidates).
    private final Map<String, List<Integer>> byTitle = new HashMap<>();
    private final Map<String, List<Integer>> byUrl = new HashMap<>();
    private final Map<String, List<Integer>> byTrigram = new HashMap<>();

    /** What {@link #same} compares, worked out once per reading. */
    private record Keys(String title, String url, Set<String> authorTokens, boolean noAuthor, String year) {

        static Keys of(Work w) {
            Set<String> tokens = new HashSet<>();
            w.author.forEach(n -> tokens.addAll(nameTokens(n)));
            return new Keys(titleKey(w.title), Fields.urlKey(w.url), tokens, w.author.isEmpty(), w.year());
        }
    }

    /** The canonical work for this reading, merged into an earlier one where it is the same. */
    public Work add(Work w) {
        Keys k = Keys.of(w);
        for (int i : candidates(k)) {
            if (same(keys.get(i), k)) {
                Work known = works.get(i);
                fill(known, w);
                Keys filled = Keys.of(known);
                if (filled.url() != null && !filled.url().equals(keys.get(i).url())) {
                    byUrl.computeIfAbsent(filled.url(), x -> new ArrayList<>()).add(i);
                }
                keys.set(i, filled);
                return known;
            }
        }
        int i = works.size();
        works.add(w);
        keys.add(k);
        ids.put(w, id(w));
        if (!k.title().isEmpty()) {
            byTitle.computeIfAbsent(k.title(), x -> new ArrayList<>()).add(i);
            for (String g : trigrams(k.title())) {
                byTrigram.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
            }
        }
        if (k.url() != null) {
            byUrl.computeIfAbsent(k.url(), x -> new ArrayList<>()).add(i);
        }
        return w;
    }

    /**
     * Every earlier reading {@link #same} could accept, in the order they were added, so that the
     * first match wins as if all were compared: the same title or URL, or a title within the typo
     * allowance. For the last: a title k edits away from this one keeps at least one of k + 1
     * pieces of this one intact, so it holds every three-character run of that piece, and in
     * particular the rarest one; only titles listed under those rarest runs are compared.
     */
    private Collection<Integer> candidates(Keys k) {
        TreeSet<Integer> out = new TreeSet<>();
        String t = k.title();
        if (t.isEmpty()) {
            return out;
        }
        out.addAll(byTitle.getOrDefault(t, List.of()));
        if (k.url() != null) {
            out.addAll(byUrl.getOrDefault(k.url(), List.of()));
        }
        int len = t.length();
        // The typo allowance is max(2, 5 %) of the longer title, which is at most this much longer.
        int slack = Math.max(2, len / 10 + 1);
        if (len + slack < 12) {
            return out;
        }
        // At least ten characters in at most 1 + 5.5 % of them pieces: every piece holds a run of three.
        int pieces = typoAllowance(len + slack) + 1;
        for (int p = 0; p < pieces; p++) {
            String piece = t.substring(p * len / pieces, (p + 1) * len / pieces);
            List<Integer> rarest = null;
            for (String g : trigrams(piece)) {
                List<Integer> posting = byTrigram.getOrDefault(g, List.of());
                if (rarest == null || posting.size() < rarest.size()) {
                    rarest = posting;
                }
            }
            for (int i : rarest) {
                if (Math.abs(keys.get(i).title().length() - len) <= slack) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The distinct runs of three characters in a text. */
    private static Set<String> trigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            out.add(s.substring(i, i + 3));
        }
        return out;
    }

    /** How many edits a title of this length (the longer of two) may differ by and be the same work. */
    private static int typoAllowance(int max) {
        return (int) Math.max(2, max * 0.05);
    }

    public List<Work> works() {
        return List.copyOf(works);
    }

    /** A stable identifier: a hash of the first reading's title and first author. */
    public String id(Work w) {
        String known = ids.get(w);
        if (known != null) {
            return known;
        }
        String key = titleKey(w.title) + "|" + (w.author.isEmpty() ? "" : nameKey(w.author.get(0)));
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                b.append(String.format("%02x", h[i] & 0xFF));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean same(Work a, Work b) {
        return same(Keys.of(a), Keys.of(b));
    }

    private static boolean same(Keys a, Keys b) {
        String ta = a.title();
        String tb = b.title();
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        boolean authors = authorsCompatible(a, b);
        if (ta.equals(tb)) {
            return authors && yearsCompatible(a, b);
        }
        int max = Math.max(ta.length(), tb.length());
        if (a.url() != null && a.url().equals(b.url()) && Similarity.distance(ta, tb, (int) (max * 0.3)) <= max * 0.3) {
            return true;
        }
        // A typo or two in a long title: Трампом / Грампом, Kozylov / Kozyllov.
        int allowed = typoAllowance(max);
        return authors && yearsCompatible(a, b) && max >= 12 && Similarity.distance(ta, tb, allowed) <= allowed;
    }

    private static boolean yearsCompatible(Keys a, Keys b) {
        return a.year() == null || b.year() == null || a.year().equals(b.year());
    }

    /** Authors agree where one list is empty or they share a family name (in any order or script). */
    private static boolean authorsCompatible(Keys a, Keys b) {
        if (a.noAuthor() || b.noAuthor()) {
            return true;
        }
        for (String t : b.authorTokens()) {
            if (a.authorTokens().contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Every word of a name, latinized: order does not matter (Allison Roy = Roy Allison). */
    private static Set<String> nameTokens(Name n) {
        Set<String> out = new HashSet<>();
        String full = n.isLiteral() ? n.literal() : n.family() + (n.given() == null ? "" : " " + n.given());
        for (String t : full.split("[\\s,.·]+")) {
            String k = Similarity.key(Transliteration.latin(t));
            if (k.length() > 1) {
                out.add(k.replaceFirst("^ye", "e"));
            }
        }
        if (n.isLiteral()) {
            out.add(Similarity.key(n.literal()));
        }
        return out;
    }

    static String titleKey(String title) {
        return title == null ? "" : Similarity.key(title);
    }

    static String nameKey(Name n) {
        return n.isLiteral() ? Similarity.key(n.literal()) : Similarity.key(Transliteration.latin(n.family())).toLowerCase(Locale.ROOT);
    }

    /** Fields the first reading lacked are taken from a later one. */
    private static void fill(Work known, Work w) {
        if (known.url == null) {
            known.url = w.url;
        }
        if (known.doi == null) {
            known.doi = w.doi;
        }
        if (known.issued == null || (w.issued != null && w.issued.startsWith(known.issued) && w.issued.length() > known.issued.length())) {
            known.issued = w.issued != null ? w.issued : known.issued;
        }
        if (known.containerTitle == null) {
            known.containerTitle = w.containerTitle;
        }
        if (known.publisher == null) {
            known.publisher = w.publisher;
            known.publisherPlace = w.publisherPlace;
        }
        if (known.volume == null) {
            known.volume = w.volume;
        }
        if (known.issue == null) {
            known.issue = w.issue;
        }
        if (known.page == null) {
            known.page = w.page;
        }
        if (known.author.isEmpty()) {
            known.author.addAll(w.author);
        }
        if (known.editor.isEmpty()) {
            known.editor.addAll(w.editor);
        }
    }

}
