package org.journalkg.cite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** The canonical work for this reading, merged into an earlier one where it is the same. */
    public Work add(Work w) {
        for (Work known : works) {
            if (same(known, w)) {
                fill(known, w);
                return known;
            }
        }
        works.add(w);
        ids.put(w, id(w));
        return w;
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
        String ta = titleKey(a.title);
        String tb = titleKey(b.title);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        boolean authors = authorsCompatible(a, b);
        if (ta.equals(tb)) {
            return authors && yearsCompatible(a, b);
        }
        String ua = Fields.urlKey(a.url);
        String ub = Fields.urlKey(b.url);
        int d = Similarity.distance(ta, tb);
        int max = Math.max(ta.length(), tb.length());
        if (ua != null && ua.equals(ub) && d <= max * 0.3) {
            return true;
        }
        // A typo or two in a long title: Трампом / Грампом, Kozylov / Kozyllov.
        return authors && yearsCompatible(a, b) && max >= 12 && d <= Math.max(2, max * 0.05);
    }

    private static boolean yearsCompatible(Work a, Work b) {
        return a.year() == null || b.year() == null || a.year().equals(b.year());
    }

    /** Authors agree where one list is empty or they share a family name (in any order or script). */
    private static boolean authorsCompatible(Work a, Work b) {
        if (a.author.isEmpty() || b.author.isEmpty()) {
            return true;
        }
        Set<String> ka = new HashSet<>();
        a.author.forEach(n -> ka.addAll(nameTokens(n)));
        for (Name n : b.author) {
            for (String t : nameTokens(n)) {
                if (ka.contains(t)) {
                    return true;
                }
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
