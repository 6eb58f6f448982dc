package org.journalkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.journalkg.issue.BundledIssue;
import org.junit.jupiter.api.Test;

/** Mentions in the bundled issue: offsets true to the stored text, counts per article and entity. */
class MentionTest {

    static final List<ArticleMentions> MENTIONS = new MentionReader(GazetteerTest.G).read(BundledIssue.get());

    static ArticleMentions on(int page) {
        return MENTIONS.stream().filter(m -> m.article().firstPage() == page).findFirst().orElseThrow();
    }

    static Map<TextPart.Where, Integer> counts(int page, String entity) {
        return on(page).counts().entrySet().stream().filter(e -> e.getKey().iri().endsWith("/entity/" + entity))
                .map(Map.Entry::getValue).findFirst().orElse(new EnumMap<>(TextPart.Where.class));
    }

    @Test
    void every_mention_points_at_its_words_and_its_sentence() {
        int n = 0;
        for (ArticleMentions am : MENTIONS) {
            for (Mention m : am.mentions()) {
                assertEquals(m.exact(), m.part().text().substring(m.start(), m.end()));
                assertTrue(m.sentence().contains(m.exact()), m.sentence());
                assertEquals(m.sentence(), m.part().text().substring(m.sentenceStart()).strip().substring(0, m.sentence().length()));
                n++;
            }
        }
        assertEquals(4641, n);
    }

    @Test
    void the_sco_is_the_subject_of_the_article_on_page_24() {
        Map<TextPart.Where, Integer> sco = counts(24, "sco");
        assertEquals(3, sco.get(TextPart.Where.TITLE));
        assertEquals(3, sco.get(TextPart.Where.KEYWORDS));
        assertEquals(17, sco.get(TextPart.Where.ABSTRACT));
        assertEquals(148, sco.get(TextPart.Where.BODY));
        assertEquals(19, sco.get(TextPart.Where.NOTES));
        assertEquals(228.7, ArticleMentions.score(sco));
    }

    @Test
    void zangezur_and_tripp_in_the_article_on_page_121_without_trump_inside_tripp() {
        assertEquals(3, counts(121, "zangezur-corridor").get(TextPart.Where.TITLE));
        assertEquals(3, counts(121, "zangezur-corridor").get(TextPart.Where.KEYWORDS));
        assertEquals(52, counts(121, "tripp").values().stream().mapToInt(Integer::intValue).sum());
        for (ArticleMentions am : MENTIONS) {
            for (Mention m : am.mentions()) {
                if (m.entity().iri().endsWith("/donald-trump")) {
                    String after = m.part().text().substring(m.end(), Math.min(m.part().text().length(), m.end() + 6));
                    assertTrue(!after.startsWith("国际和平"), m.sentence());
                }
            }
        }
    }

    @Test
    void co_mentions_pair_entities_named_in_one_sentence() {
        Map<List<String>, Integer> pairs = on(91).coMentions();
        String base = "https://w3id.org/journal-kg/id/entity/";
        assertEquals(29, pairs.get(List.of(base + "armenia", base + "azerbaijan")));
        pairs.keySet().forEach(p -> assertTrue(p.get(0).compareTo(p.get(1)) < 0));
    }
}
