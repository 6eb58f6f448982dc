package org.journalkg.cite;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a short text (a title) from its script, its letters and its function words:
 * zh, ja, ru, uk, be, kk, sr, en, fr, de, es, it, pt, pl, nl. Titles are short, so a guess
 * needs evidence: a Latin text is English unless another language's function words or letters
 * outweigh English's; a Cyrillic one Russian unless letters that Russian lacks say otherwise.
 * <pre>
 *   Languages.detect("La Russie et l'Europe")              // fr
 *   Languages.detect("Die Ostpolitik der Europäischen Union") // de
 *   Languages.detect("Зовнішня політика України")           // uk
 *   Languages.detect("Eastern Turn 2.0")                    // en (nothing says otherwise)
 * </pre>
 */
public final class Languages {

    /** Function words, each worth a point; a word several languages share counts for each. */
    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();
    /** Letters that only some Latin languages write, each worth a point to each of them. */
    private static final Map<String, String> LETTERS = new LinkedHashMap<>();

    static {
        WORDS.put("en", Set.of("the", "of", "and", "in", "to", "for", "on", "with", "from", "by", "is", "are", "at", "its",
                "an", "a", "between", "how", "why", "what", "after", "into", "towards", "toward", "against", "or", "not", "new",
                "this", "that", "be", "was", "will", "than", "over", "under", "as", "beyond", "about", "does", "do", "can"));
        WORDS.put("fr", Set.of("le", "la", "les", "des", "du", "de", "et", "en", "un", "une", "pour", "dans", "sur", "au",
                "aux", "est", "par", "qui", "que", "entre", "ou", "vers", "avec", "sans", "son", "sa", "ses", "leur", "cette",
                "ce", "face", "l", "d", "après", "depuis", "selon", "chez", "nouveau", "nouvelle", "politique", "russe", "histoire",
                "guerre", "monde", "puissance", "état", "états"));
        WORDS.put("de", Set.of("der", "die", "das", "und", "ein", "eine", "einer", "zur", "zum", "für", "mit", "von", "im",
                "über", "ist", "nicht", "auf", "des", "den", "dem", "bei", "aus", "nach", "zwischen", "gegen", "oder", "wie",
                "als", "auch", "vom", "am", "ins", "sich", "zu", "wir", "warum", "russland", "neue", "krieg", "politik", "geschichte",
                "welt"));
        WORDS.put("es", Set.of("el", "la", "los", "las", "del", "de", "y", "en", "un", "una", "para", "por", "con", "que",
                "entre", "como", "sobre", "hacia", "desde", "su", "sus", "al", "política", "nueva", "nuevo", "rusia", "historia",
                "mundo", "guerra"));
        WORDS.put("it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "delle", "dei", "degli", "dello", "e",
                "un", "una", "per", "con", "che", "nella", "nel", "nei", "tra", "fra", "sulla", "sul", "dalla", "alla", "al",
                "ai", "è", "politica", "nuova", "nuovo", "storia", "mondo", "guerra"));
        WORDS.put("pt", Set.of("o", "a", "os", "as", "do", "da", "dos", "das", "e", "em", "um", "uma", "para", "com", "não",
                "ao", "à", "na", "no", "nas", "nos", "pela", "pelo", "entre", "política", "nova", "novo", "rússia", "história",
                "mundo", "guerra"));
        WORDS.put("pl", Set.of("i", "w", "z", "na", "nie", "się", "do", "od", "dla", "oraz", "jako", "po", "o", "ze", "we",
                "czy", "polityka", "między"));
        WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "voor", "met", "op", "naar", "tussen", "over", "niet", "bij",
                "uit", "aan", "zijn"));
        LETTERS.put("fr", "éèêëàâçœîïôûù");
        LETTERS.put("de", "äöüß");
        LETTERS.put("es", "ñáéíóú¿¡");
        LETTERS.put("it", "àèéìòù");
        LETTERS.put("pt", "ãõçáéíóúâêôà");
        LETTERS.put("pl", "ąćęłńóśźż");
        LETTERS.put("nl", "ĳ");
    }

    private Languages() { }

    /** The language of the text, or null where it has no letters. */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        int han = Fields.count(text, Character.UnicodeScript.HAN);
        int kana = Fields.count(text, Character.UnicodeScript.HIRAGANA) + Fields.count(text, Character.UnicodeScript.KATAKANA);
        int cyr = Fields.count(text, Character.UnicodeScript.CYRILLIC);
        int lat = Fields.count(text, Character.UnicodeScript.LATIN);
        if (han + kana == 0 && cyr == 0 && lat == 0) {
            return null;
        }
        if (kana > 0 && kana * 3 >= han) {
            return "ja";
        }
        if (han * 3 >= cyr + lat && han > 0) {
            return "zh";
        }
        return cyr >= lat ? cyrillic(text) : latin(text);
    }

    /** The Cyrillic language by the letters Russian lacks: Kazakh, Belarusian, Ukrainian, Serbian. */
    static String cyrillic(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (has(t, "әғқңөұүһ")) {
            return "kk";
        }
        if (has(t, "ў")) {
            return "be";
        }
        if (has(t, "іїєґ")) {
            return "uk";
        }
        if (has(t, "јљњћђџ")) {
            return "sr";
        }
        return "ru";
    }

    /**
     * The Latin-script language: the one whose function words and letters score most, where it
     * beats English's score; else English. One point is not enough for another language where
     * the text has no letter of its own ("de" alone is in many names).
     */
    static String latin(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        Map<String, Integer> score = new LinkedHashMap<>();
        for (String token : t.split("[^\\p{L}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            for (var e : WORDS.entrySet()) {
                if (e.getValue().contains(token)) {
                    score.merge(e.getKey(), 2, Integer::sum);
                }
            }
        }
        // French and Italian elision: l'Europe, d'une, dell'Asia.
        if (t.matches("(?s).*(?:^|[\\s(«\"])(?:l|d|qu|j|n|s)'\\p{L}.*")) {
            score.merge("fr", 2, Integer::sum);
        }
        if (t.matches("(?s).*(?:dell|all|dall|nell|sull|un)'\\p{L}.*")) {
            score.merge("it", 2, Integer::sum);
        }
        for (var e : LETTERS.entrySet()) {
            for (int i = 0; i < t.length(); i++) {
                if (e.getValue().indexOf(t.charAt(i)) >= 0) {
                    score.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        int english = score.getOrDefault("en", 0);
        String best = "en";
        int bestScore = english;
        for (var e : score.entrySet()) {
            if (!e.getKey().equals("en") && e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best.equals("en") || bestScore < 3 ? "en" : best;
    }

    private static boolean has(String t, String letters) {
        for (int i = 0; i < t.length(); i++) {
            if (letters.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text gives a language any evidence beyond its script (a word or letter scored). */
    static boolean latinEvidence(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String token : t.split("[^\\p{L}]+")) {
            for (Set<String> words : WORDS.values()) {
                if (words.contains(token)) {
                    return true;
                }
            }
        }
        for (String letters : LETTERS.values()) {
            if (has(t, letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The language a style set, corrected from the work's own words: a work a style calls
     * English ("en", or none) gets the Latin language its title shows (its container's too
     * where the title says too little); one called Russian gets Ukrainian, Belarusian, Kazakh
     * or Serbian where its letters say so. Chinese and other languages stay as the style set them.
     */
    static void apply(Work w) {
        if (w == null || w.title == null) {
            return;
        }
        String title = Fields.unitalic(w.title);
        if (w.language == null) {
            w.language = detect(title + (w.containerTitle == null ? "" : " " + w.containerTitle));
            return;
        }
        if ("en".equals(w.language)) {
            String text = title;
            boolean shortTitle = title.split("\\s+").length < 4 || !latinEvidence(title);
            if (shortTitle && w.containerTitle != null) {
                text = title + " " + Fields.unitalic(w.containerTitle);
            }
            if (Fields.count(text, Character.UnicodeScript.LATIN) > Fields.count(text, Character.UnicodeScript.CYRILLIC)
                    && !Fields.hasHan(text)) {
                w.language = latin(text);
            }
        } else if ("ru".equals(w.language)) {
            String text = title + (title.length() < 20 && w.containerTitle != null ? " " + w.containerTitle : "");
            if (Fields.count(text, Character.UnicodeScript.CYRILLIC) > Fields.count(text, Character.UnicodeScript.LATIN)) {
                w.language = cyrillic(text);
            }
        }
    }
}
