package org.journalkg.issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares names across scripts, to tell which of two spellings the issue uses for a person is
 * the right one: Chinese names go from pinyin to Russian by the Palladius system
 * (Fu Xingyang → Фу Синъян), Russian names from Cyrillic to Latin (Ефременко → Efremenko).
 * <pre>
 *   Transliteration.palladius("Yang Jiemian");   // Optional[ян цземянь]
 *   Transliteration.latin("Д. В. Ефременко");    // "d. v. efremenko"
 * </pre>
 */
public final class Transliteration {

    private static final String[][] INITIALS = {
        {"zh", "чж"}, {"ch", "ч"}, {"sh", "ш"}, {"b", "б"}, {"p", "п"}, {"m", "м"}, {"f", "ф"},
        {"d", "д"}, {"t", "т"}, {"n", "н"}, {"l", "л"}, {"g", "г"}, {"k", "к"}, {"h", "х"},
        {"j", "цз"}, {"q", "ц"}, {"x", "с"}, {"r", "ж"}, {"z", "цз"}, {"c", "ц"}, {"s", "с"},
    };

    /** Finals after a consonant. Those after j, q, x (ü finals) are handled apart. */
    private static final String[][] FINALS = {
        {"a", "а"}, {"o", "о"}, {"e", "э"}, {"ai", "ай"}, {"ei", "эй"}, {"ao", "ао"}, {"ou", "оу"},
        {"an", "ань"}, {"en", "энь"}, {"ang", "ан"}, {"eng", "эн"}, {"ong", "ун"}, {"i", "и"},
        {"ia", "я"}, {"ie", "е"}, {"iao", "яо"}, {"iu", "ю"}, {"ian", "янь"}, {"in", "инь"},
        {"iang", "ян"}, {"ing", "ин"}, {"iong", "юн"}, {"u", "у"}, {"ua", "уа"}, {"uo", "о"},
        {"uai", "уай"}, {"ui", "уй"}, {"uan", "уань"}, {"un", "унь"}, {"uang", "уан"},
        {"ue", "юэ"}, {"v", "юй"},
    };

    private static final String[][] ZERO_INITIAL = {
        {"a", "а"}, {"ai", "ай"}, {"an", "ань"}, {"ang", "ан"}, {"ao", "ао"}, {"e", "э"}, {"ei", "эй"},
        {"en", "энь"}, {"eng", "эн"}, {"er", "эр"}, {"o", "о"}, {"ou", "оу"}, {"yi", "и"}, {"ya", "я"},
        {"ye", "е"}, {"yao", "яо"}, {"you", "ю"}, {"yan", "янь"}, {"yin", "инь"}, {"yang", "ян"},
        {"ying", "ин"}, {"yong", "юн"}, {"yu", "юй"}, {"yue", "юэ"}, {"yuan", "юань"}, {"yun", "юнь"},
        {"wu", "у"}, {"wa", "ва"}, {"wo", "во"}, {"wai", "вай"}, {"wei", "вэй"}, {"wan", "вань"},
        {"wen", "вэнь"}, {"wang", "ван"}, {"weng", "вэн"},
    };

    private static final Map<String, String> SYLLABLES = new HashMap<>();

    static {
        for (String[] z : ZERO_INITIAL) {
            SYLLABLES.put(z[0], z[1]);
        }
        for (String[] ini : INITIALS) {
            boolean palatal = ini[0].equals("j") || ini[0].equals("q") || ini[0].equals("x");
            boolean dental = ini[0].equals("z") || ini[0].equals("c") || ini[0].equals("s");
            for (String[] fin : FINALS) {
                String ru = fin[1];
                if (palatal) {
                    switch (fin[0]) {
                        case "u" -> ru = "юй";
                        case "uan" -> ru = "юань";
                        case "un" -> ru = "юнь";
                        case "ue" -> ru = "юэ";
                        default -> { }
                    }
                } else if (dental && fin[0].equals("i")) {
                    ru = "ы";
                }
                SYLLABLES.put(ini[0] + fin[0], ini[1] + ru);
            }
        }
        SYLLABLES.put("hui", "хуэй");
    }

    private static final String[][] CYRILLIC = {
        {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"},
        {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"},
        {"н", "n"}, {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"},
        {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""},
        {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"},
    };

    private Transliteration() { }

    /** A pinyin name in Russian by the Palladius system, or empty where it is not pinyin. */
    public static Optional<String> palladius(String pinyin) {
        List<String> words = new ArrayList<>();
        for (String word : pinyin.toLowerCase(Locale.ROOT).replace('ü', 'v').split("[\\s\\-’']+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> syllables = segment(word);
            if (syllables == null) {
                return Optional.empty();
            }
            StringBuilder ru = new StringBuilder();
            for (String s : syllables) {
                String r = SYLLABLES.get(s);
                // Palladius marks a syllable boundary after -н before a vowel with ъ (Хунъе).
                if (ru.length() > 0 && ru.charAt(ru.length() - 1) == 'н' && "аоуэеюяи".indexOf(r.charAt(0)) >= 0) {
                    ru.append('ъ');
                }
                ru.append(r);
            }
            words.add(ru.toString());
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    private static List<String> segment(String word) {
        if (word.isEmpty()) {
            return new ArrayList<>();
        }
        for (int len = Math.min(6, word.length()); len >= 1; len--) {
            String head = word.substring(0, len);
            if (SYLLABLES.containsKey(head)) {
                List<String> rest = segment(word.substring(len));
                if (rest != null) {
                    rest.add(0, head);
                    return rest;
                }
            }
        }
        return null;
    }

    /** A Cyrillic name in plain Latin letters, lower case. */
    public static String latin(String cyrillic) {
        StringBuilder b = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            String m = null;
            for (String[] p : CYRILLIC) {
                if (p[0].charAt(0) == c) {
                    m = p[1];
                    break;
                }
            }
            b.append(m != null ? m : String.valueOf(c));
        }
        return b.toString();
    }

    /**
     * How far a Russian and an English spelling of one name are from each other: 0 where
     * they transliterate into each other exactly.
     */
    public static int mismatch(String ru, String en) {
        Optional<String> pal = palladius(en);
        if (pal.isPresent()) {
            return Similarity.distance(Similarity.key(pal.get()), Similarity.key(ru));
        }
        return Similarity.distance(Similarity.key(latin(ru)), Similarity.key(en));
    }
}
