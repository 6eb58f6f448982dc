package org.journalkg.issue;

import java.util.List;

/**
 * Chooses one Russian and one English spelling of a name among those the issue prints: the pair
 * that transliterate into each other best (Фу Синъян fits Fu Xingyang, not Fu Xinyang); among
 * equals, the spelling printed most often, then the first given.
 */
final class NameChoice {

    private NameChoice() { }

    static String[] choose(List<String> ru, List<String> en) {
        if (ru.isEmpty() || en.isEmpty()) {
            return new String[] {mostFrequent(ru), mostFrequent(en)};
        }
        String[] best = null;
        long bestScore = Long.MAX_VALUE;
        for (int i = 0; i < ru.size(); i++) {
            for (int j = 0; j < en.size(); j++) {
                String r = ru.get(i);
                String e = en.get(j);
                long score = Transliteration.mismatch(r, e) * 10_000L
                        - (count(ru, r) + count(en, e)) * 100L + i + j;
                if (score < bestScore) {
                    bestScore = score;
                    best = new String[] {r, e};
                }
            }
        }
        return best;
    }

    private static String mostFrequent(List<String> names) {
        String best = null;
        int n = 0;
        for (String s : names) {
            int c = count(names, s);
            if (c > n) {
                n = c;
                best = s;
            }
        }
        return best;
    }

    private static int count(List<String> names, String s) {
        return (int) names.stream().filter(s::equals).count();
    }
}
