package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;

/** Splits the name lists the issue prints: 崔 珩 付兴昶 → [崔珩, 付兴昶]; Цуй Хэн, Фу Синъян. */
public final class Names {

    private Names() { }

    /**
     * Chinese names separated by spaces, where the conversion may also have put a space inside
     * a two-character name. Lone characters are put back together with their neighbours.
     */
    public static List<String> splitChinese(String raw) {
        String s = raw.replaceAll("\\*+$", "").strip();
        List<String> tokens = new ArrayList<>();
        for (String t : s.split("[\\s\u3000、，,；;]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).codePointCount(0, tokens.get(i).length()) == 1) {
                int j = i;
                while (j < tokens.size() && tokens.get(j).codePointCount(0, tokens.get(j).length()) == 1) {
                    j++;
                }
                int run = j - i;
                // A run of lone characters is one name of up to three characters, or pairs.
                int step = run <= 3 ? run : 2;
                for (int k = i; k < j; k += step) {
                    names.add(String.join("", tokens.subList(k, Math.min(j, k + step))));
                }
                i = j;
            } else {
                names.add(tokens.get(i));
                i++;
            }
        }
        return names;
    }

    /** Names in Cyrillic or Latin script separated by commas (or semicolons). */
    public static List<String> splitWestern(String raw) {
        List<String> names = new ArrayList<>();
        for (String t : raw.split("\\s*[,;，；]\\s*")) {
            String n = t.replaceAll("\\*+", "").strip().replaceAll("\\s+", " ");
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return names;
    }
}
