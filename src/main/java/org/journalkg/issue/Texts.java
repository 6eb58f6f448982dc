package org.journalkg.issue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A text given in up to three languages.
 * <pre>
 *   Texts t = Texts.of("俄罗斯研究", "Изучение России", "Russian Studies");
 *   t.get(Lang.RU);   // "Изучение России"
 * </pre>
 */
public record Texts(Map<Lang, String> values) {

    public Texts {
        EnumMap<Lang, String> copy = new EnumMap<>(Lang.class);
        values.forEach((k, v) -> { if (v != null && !v.isBlank()) copy.put(k, v); });
        values = Collections.unmodifiableMap(copy);
    }

    public static Texts of(String zh, String ru, String en) {
        Map<Lang, String> m = new EnumMap<>(Lang.class);
        m.put(Lang.ZH, zh);
        m.put(Lang.RU, ru);
        m.put(Lang.EN, en);
        return new Texts(m);
    }

    public static Texts empty() { return new Texts(Map.of()); }

    /** The value in that language, or null. */
    public String get(Lang lang) { return values.get(lang); }

    public Texts with(Lang lang, String value) {
        Map<Lang, String> m = new EnumMap<>(Lang.class);
        m.putAll(values);
        m.put(lang, value);
        return new Texts(m);
    }
}
