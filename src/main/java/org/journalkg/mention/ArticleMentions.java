package org.journalkg.mention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.journalkg.issue.Article;

/** The mentions found in one article, with the counts that rank it and the pairs named together. */
public record ArticleMentions(Article article, List<TextPart> parts, List<Mention> mentions) {

    public ArticleMentions {
        parts = List.copyOf(parts);
        mentions = List.copyOf(mentions);
    }

    /** Per entity (in IRI order): mentions by where they stand. */
    public Map<Entity, Map<TextPart.Where, Integer>> counts() {
        Map<String, Entity> byIri = new TreeMap<>();
        Map<String, Map<TextPart.Where, Integer>> counts = new TreeMap<>();
        for (Mention m : mentions) {
            byIri.put(m.entity().iri(), m.entity());
            counts.computeIfAbsent(m.entity().iri(), k -> new EnumMap<>(TextPart.Where.class)).merge(m.part().where(), 1, Integer::sum);
        }
        Map<Entity, Map<TextPart.Where, Integer>> out = new LinkedHashMap<>();
        counts.forEach((iri, c) -> out.put(byIri.get(iri), c));
        return out;
    }

    /** The weighted count that ranks articles for an entity: title and abstract above notes. */
    public static double score(Map<TextPart.Where, Integer> counts) {
        double s = 0;
        for (var e : counts.entrySet()) {
            s += e.getKey().weight() * e.getValue();
        }
        return Math.round(s * 10) / 10.0;
    }

    /** Pairs of distinct entities named in one sentence, with how many sentences name both. */
    public Map<List<String>, Integer> coMentions() {
        Map<String, List<String>> perSentence = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = m.part().key() + "@" + m.sentenceStart();
            List<String> list = perSentence.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(m.entity().iri())) {
                list.add(m.entity().iri());
            }
        }
        Map<List<String>, Integer> out = new TreeMap<>((a, b) -> (a.get(0) + " " + a.get(1)).compareTo(b.get(0) + " " + b.get(1)));
        for (List<String> iris : perSentence.values()) {
            List<String> sorted = iris.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    out.merge(List.of(sorted.get(i), sorted.get(j)), 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
