package org.journalkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sentences that best show an entity in an article: the title and abstract before the body,
 * the keywords and notes last, earlier before later. "ask" quotes up to three, in the asker's
 * language first; keeping the first three distinct sentences of each language is enough to give
 * every such answer, so ask reads these few instead of every mention.
 * <pre>
 *   Map&lt;String, List&lt;Integer&gt;&gt; ex = Examples.of(articleMentions.mentions());
 *   ex.get(sco.iri());   // indexes into mentions(): at most three per language
 * </pre>
 */
public final class Examples {

    /** How many sentences "ask" quotes per article. */
    public static final int QUOTES = 3;

    /** The order in which kinds of text part show an entity best. */
    private static final List<TextPart.Where> ORDER = List.of(TextPart.Where.TITLE, TextPart.Where.ABSTRACT,
            TextPart.Where.BODY, TextPart.Where.KEYWORDS, TextPart.Where.NOTES);

    private Examples() { }

    /** Per entity IRI, the indexes (into {@code mentions}) of the example mentions, best first. */
    public static Map<String, List<Integer>> of(List<Mention> mentions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> rank(mentions.get(i).part().where())).thenComparingInt(i -> i));
        Map<String, List<Integer>> out = new TreeMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        for (int i : order) {
            Mention m = mentions.get(i);
            Set<String> sentences = seen.computeIfAbsent(m.entity().iri() + " " + language(m.sentence()), k -> new HashSet<>());
            if (sentences.size() < QUOTES && sentences.add(m.sentence())) {
                out.computeIfAbsent(m.entity().iri(), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /** Where a kind of text part stands in the order of {@link #of}. */
    public static int rank(TextPart.Where where) {
        return ORDER.indexOf(where);
    }

    /** zh, ru or en by the script of a text: any Han at least half as frequent as Cyrillic makes it zh. */
    public static String language(String s) {
        int han = 0;
        int cyr = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN) {
                han++;
            } else if (sc == Character.UnicodeScript.CYRILLIC) {
                cyr++;
            }
        }
        return han > 0 && han * 2 >= cyr ? "zh" : cyr > 0 ? "ru" : "en";
    }
}
