package org.journalkg.rdf;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.journalkg.issue.Article;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Texts;

/**
 * Preferred labels of keyword concepts across every issue of a build: SKOS allows one
 * skos:prefLabel per language, so the first label met wins and later spellings are alternatives.
 */
final class Labels {

    private final Map<String, Map<Lang, String>> keywords = new HashMap<>();

    /** The labels of every keyword of the issues, first met first. */
    static Labels of(java.util.List<org.journalkg.issue.Issue> issues) {
        Labels labels = new Labels();
        for (org.journalkg.issue.Issue issue : issues) {
            issue.articles().forEach(labels::keywords);
        }
        return labels;
    }

    /** Records the keywords of an article, in reading order. */
    void keywords(Article a) {
        int n = count(a);
        for (int i = 0; i < n; i++) {
            Texts t = keyword(a, i);
            Map<Lang, String> pref = keywords.computeIfAbsent(keywordKey(t), k -> new EnumMap<>(Lang.class));
            t.values().forEach(pref::putIfAbsent);
        }
    }

    Texts preferredKeyword(String key) {
        return new Texts(keywords.getOrDefault(key, Map.of()));
    }

    static int count(Article a) {
        int n = 0;
        for (Lang l : Lang.values()) {
            n = Math.max(n, a.keywords(l).size());
        }
        return n;
    }

    /** The i-th keyword of an article in each language (the lists align by position). */
    static Texts keyword(Article a, int i) {
        return Texts.of(at(a.keywords(Lang.ZH), i), at(a.keywords(Lang.RU), i), at(a.keywords(Lang.EN), i));
    }

    /** A keyword is identified by its Chinese form, else by its English or Russian one. */
    static String keywordKey(Texts t) {
        if (t.get(Lang.ZH) != null) {
            return t.get(Lang.ZH);
        }
        return (t.get(Lang.EN) != null ? t.get(Lang.EN) : t.get(Lang.RU)).toLowerCase(Locale.ROOT);
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }
}
