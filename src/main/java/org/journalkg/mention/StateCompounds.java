package org.journalkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compounds of one-character state abbreviations, as the field writes them everywhere: 中俄, 美俄,
 * 中美俄, 俄乌, 阿亚, 美欧, 中蒙俄, 中吉乌, 美日印澳. Each character names its state; a compound
 * counts only as whole words of the segmented sentence (其中美俄 is 其中 + 美俄, 美国 is no 美 + 国),
 * never after a number (1日中俄: 日 is the day), and never where it is one of the ordinary words
 * these characters also form (中亚, 欧亚, 中美洲, 中英文, 欧洲).
 * <pre>
 *   new StateCompounds(kb.entities()).find("中俄关系", new ChineseWords("中俄关系")); // [[China, Russia]]
 * </pre>
 */
final class StateCompounds {

    /**
     * One line per character and entity (the IRI's last segment); a character that also stands for
     * something else is listed with the only pairs (two neighbouring characters of a compound) in
     * which it names this entity. Entities not in the knowledge base are left out, so a line may
     * wait for its state to be added.
     */
    private static final String TABLE = """
            中 china
            俄 russia
            美 usa
            日 japan
            韩 south-korea
            印 india
            蒙 mongolia
            哈 kazakhstan
            吉 kyrgyzstan
            塔 tajikistan
            德 germany
            英 uk
            澳 australia
            朝 north-korea
            越 vietnam
            乌 ukraine     俄乌 乌俄 美乌 乌美 欧乌 乌欧
            乌 uzbekistan  吉乌 乌吉 哈乌 乌哈 塔乌 乌塔
            阿 azerbaijan  阿亚 亚阿 阿格 格阿 阿土 土阿
            亚 armenia     阿亚 亚阿 亚格 格亚
            格 georgia     俄格 格俄 阿格 格阿 亚格 格亚
            土 turkey      俄土 土俄 美土 土美 阿土 土阿
            白 belarus     俄白
            巴 pakistan    印巴 巴印
            法 france      中法 德法 法德 美法 英法 法英
            欧 eu          美欧 欧美 俄欧 欧俄 欧乌 乌欧
            """;

    /** Ordinary words spelt with the table's characters: where one overlaps a compound, there is none. */
    private static final List<String> WORDS = List.of("中亚", "欧亚", "亚欧", "中欧", "中美洲", "中英文", "美洲", "欧洲", "亚洲", "白俄");

    private static final String NUMERALS = "〇一二三四五六七八九十百千万两零";

    /** A character's entity where it names one in any compound. */
    private final Map<Character, Entity> plain = new HashMap<>();
    /** A pair of characters → the entity each names in it, for the characters that are ambiguous. */
    private final Map<String, Map<Character, Entity>> pairs = new HashMap<>();
    /** Every character that may be part of a compound. */
    private final Set<Character> alphabet = new HashSet<>();

    StateCompounds(List<Entity> entities) {
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) {
            byName.put(e.iri().substring(e.iri().lastIndexOf('/') + 1), e);
        }
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            char c = f[0].charAt(0);
            Entity e = byName.get(f[1]);
            if (e == null) {
                continue;
            }
            alphabet.add(c);
            if (f.length == 2) {
                plain.put(c, e);
            }
            for (int i = 2; i < f.length; i++) {
                pairs.computeIfAbsent(f[i], k -> new HashMap<>()).put(c, e);
            }
        }
    }

    /** Every compound in the text, as the states it names in order, each spanning the compound. */
    List<List<Gazetteer.Hit>> find(String text, ChineseWords words) {
        List<List<Gazetteer.Hit>> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isAbbreviation(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length() && isAbbreviation(text.charAt(runEnd))) {
                runEnd++;
            }
            int from = i > 0 && isNumber(text.charAt(i - 1)) ? i + 1 : i;
            i = runEnd;
            // The longest stretch of the run that is whole words and names a state with every character.
            for (int s = from; s + 2 <= runEnd; s++) {
                List<Gazetteer.Hit> found = null;
                for (int e = runEnd; e >= s + 2 && found == null; e--) {
                    found = compound(text, s, e, words);
                }
                if (found != null) {
                    out.add(found);
                    s = found.get(0).end() - 1;
                }
            }
        }
        return out;
    }

    private List<Gazetteer.Hit> compound(String text, int start, int end, ChineseWords words) {
        Map<Entity, Boolean> states = new LinkedHashMap<>();
        for (int k = start; k < end; k++) {
            Entity e = entity(text, start, end, k);
            if (e == null) {
                return null;
            }
            states.put(e, true);
        }
        // Segmenting is the costly part: it comes last.
        if (states.size() < 2 || insideWord(text, start, end) || !words.isWords(start, end)) {
            return null;
        }
        return states.keySet().stream().map(e -> new Gazetteer.Hit(e, start, end)).toList();
    }

    /** The entity of the character at k: its own, or the one a pair with a neighbour in the compound gives it. */
    private Entity entity(String text, int start, int end, int k) {
        char c = text.charAt(k);
        Entity e = plain.get(c);
        if (e != null) {
            return e;
        }
        if (k > start) {
            e = pairs.getOrDefault(text.substring(k - 1, k + 1), Map.of()).get(c);
        }
        if (e == null && k + 1 < end) {
            e = pairs.getOrDefault(text.substring(k, k + 2), Map.of()).get(c);
        }
        return e;
    }

    private static boolean insideWord(String text, int start, int end) {
        for (String w : WORDS) {
            for (int p = Math.max(0, start - w.length() + 1); p < end && p + w.length() <= text.length(); p++) {
                if (text.startsWith(w, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isAbbreviation(char c) {
        return alphabet.contains(c);
    }

    private static boolean isNumber(char c) {
        return Character.isDigit(c) || NUMERALS.indexOf(c) >= 0;
    }
}
