package org.journalkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    private static final Entity SCO = new Entity("e/sco", "InternationalOrganization", Map.of(), List.of());
    private static final Entity CHINA = new Entity("e/china", "State", Map.of(), List.of());
    private static final TextPart TITLE = new TextPart("title-en", TextPart.Where.TITLE, "The SCO");
    private static final TextPart BODY = new TextPart("paragraph/1", TextPart.Where.BODY, "body");
    private static final TextPart NOTES = new TextPart("note/1", TextPart.Where.NOTES, "note");
    private static final TextPart KEYWORDS = new TextPart("keywords-zh", TextPart.Where.KEYWORDS, "kw");

    private static Mention m(Entity e, TextPart p, String sentence) {
        return new Mention(e, p, 0, 1, "x", sentence, 0);
    }

    @Test
    void title_before_body_before_keywords_and_notes_at_most_three_distinct_sentences_per_language() {
        List<Mention> mentions = List.of(
                m(SCO, NOTES, "A note on the SCO."),                 // 0
                m(SCO, BODY, "The SCO grew."),                       // 1
                m(SCO, BODY, "The SCO grew."),                       // 2: the same sentence again
                m(SCO, BODY, "ШОС расширилась."),                    // 3
                m(SCO, BODY, "The SCO met."),                        // 4
                m(SCO, BODY, "The SCO spoke."),                      // 5: a fourth English sentence
                m(SCO, KEYWORDS, "上合组织"),                          // 6
                m(SCO, TITLE, "The SCO at twenty-five"),             // 7
                m(CHINA, BODY, "China and the SCO."));               // 8
        Map<String, List<Integer>> ex = Examples.of(mentions);
        assertEquals(List.of(7, 1, 3, 4, 6), ex.get("e/sco"));
        assertEquals(List.of(8), ex.get("e/china"));
    }

    @Test
    void language_by_script() {
        assertEquals("zh", Examples.language("上合组织 (ШОС)"));
        assertEquals("ru", Examples.language("Шанхайская организация сотрудничества (SCO)"));
        assertEquals("en", Examples.language("Shanghai Cooperation Organisation"));
        assertTrue(Examples.rank(TextPart.Where.TITLE) < Examples.rank(TextPart.Where.ABSTRACT)
                && Examples.rank(TextPart.Where.BODY) < Examples.rank(TextPart.Where.KEYWORDS)
                && Examples.rank(TextPart.Where.KEYWORDS) < Examples.rank(TextPart.Where.NOTES));
    }
}
