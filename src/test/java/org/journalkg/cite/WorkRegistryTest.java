package org.journalkg.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The registry looks works up through indexes rather than comparing each pair; it must still
 * merge exactly as comparing every earlier work in order would.
 */
class WorkRegistryTest {

    private static final String[] WORDS = {"Russia", "China", "Eurasian", "corridor", "security", "policy", "Arctic",
            "Сибирь", "стратегия", "коридор", "安全", "合作", "上海", "走廊", "integration", "South", "Caucasus", "energy"};
    private static final String[] FAMILIES = {"Ivanov", "Петров", "王"};

    @Test
    void merges_as_a_pairwise_comparison_would_without_urls() {
        check(new Random(1), false);
    }

    @Test
    void merges_as_a_pairwise_comparison_would_with_urls() {
        check(new Random(2), true);
    }

    /**
     * Works whose authors, year and URL are always given, so that merging fills nothing that
     * {@link WorkRegistry#same} compares: the reference can then keep its own plain list.
     */
    private static void check(Random r, boolean urls) {
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder t = new StringBuilder();
            for (int w = 2 + r.nextInt(9); w > 0; w--) {
                t.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
            bases.add(t.toString().strip());
        }
        WorkRegistry registry = new WorkRegistry();
        List<Work> reference = new ArrayList<>();
        int merged = 0;
        for (int n = 0; n < 1200; n++) {
            Work w = work(r, bases, urls);
            Work copy = new Work();
            copy.title = w.title;
            copy.author.addAll(w.author);
            copy.issued = w.issued;
            copy.url = w.url;
            int expected = -1;
            for (int i = 0; i < reference.size() && expected < 0; i++) {
                if (WorkRegistry.same(reference.get(i), copy)) {
                    expected = i;
                }
            }
            if (expected < 0) {
                reference.add(copy);
            } else {
                merged++;
            }
            Work canonical = registry.add(w);
            int actual = registry.works().indexOf(canonical);
            assertEquals(expected < 0 ? reference.size() - 1 : expected, actual, "work " + n + ": " + w.title);
        }
        assertTrue(merged > 400 && reference.size() > 400, merged + " merged, " + reference.size() + " distinct");
    }

    /** A title from the bases, often with a typo or two; one author of a few; a year of three. */
    private static Work work(Random r, List<String> bases, boolean urls) {
        Work w = new Work();
        StringBuilder t = new StringBuilder(bases.get(r.nextInt(bases.size())));
        for (int k = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0; k > 0 && t.length() > 1; k--) {
            int at = r.nextInt(t.length());
            switch (r.nextInt(3)) {
                case 0 -> t.insert(at, 'x');
                case 1 -> t.deleteCharAt(at);
                default -> t.setCharAt(at, 'q');
            }
        }
        w.title = t.toString();
        w.author.add(Name.person(FAMILIES[r.nextInt(FAMILIES.length)], "A."));
        w.issued = Integer.toString(2020 + r.nextInt(2));
        w.url = urls ? "https://example.org/" + r.nextInt(40) : null;
        return w;
    }
}
