package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void knownDistances() {
        assertEquals(1, Similarity.distance("трампом", "грампом"));
        assertEquals(3, Similarity.distance("kitten", "sitting"));
        assertEquals(0, Similarity.distance("上海合作组织", "上海合作组织"));
    }

    @Test
    void boundedDistanceIsExactUpToItsLimitAndAboveItBeyond() {
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String a = random(r);
            String b = r.nextBoolean() ? random(r) : edit(a, r);
            int limit = r.nextInt(6);
            int exact = Similarity.distance(a, b);
            int bounded = Similarity.distance(a, b, limit);
            if (exact <= limit) {
                assertEquals(exact, bounded, a + " / " + b + " limit " + limit);
            } else {
                assertEquals(limit + 1, bounded, a + " / " + b + " limit " + limit);
            }
        }
    }

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int len = r.nextInt(14);
        for (int i = 0; i < len; i++) {
            b.append((char) ('a' + r.nextInt(3)));
        }
        return b.toString();
    }

    /** A few insertions, deletions and substitutions. */
    private static String edit(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        for (int k = r.nextInt(4); k > 0; k--) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.insert(at, (char) ('a' + r.nextInt(3)));
                case 1 -> { if (b.length() > 0) { b.deleteCharAt(at); } }
                default -> { if (b.length() > 0) { b.setCharAt(at, (char) ('a' + r.nextInt(3))); } }
            }
        }
        return b.toString();
    }
}
