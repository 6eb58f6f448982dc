package org.journalkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.issue.CjkSpacing;

/**
 * Finds the knowledge base's entities in a text: longest match first; Chinese labels as
 * substrings (but not a place name inside an institution's name: 中国社会科学院 is no mention of
 * China); Latin and Cyrillic labels between word boundaries, Russian words by their stem so that
 * inflected forms match (Шанхайской организации сотрудничества, Зангезурского коридора);
 * acronyms (SCO, ШОС, ЕС) only in capitals.
 * <pre>
 *   List&lt;Gazetteer.Hit&gt; hits = new Gazetteer(kb).find("上合组织成立于2001年。");
 * </pre>
 */
public final class Gazetteer {

    /** What follows a place's name when the name is part of an institution's. */
    private static final Pattern INSTITUTION = Pattern.compile("^\\p{IsHan}{0,8}?(?:大学|学院|研究院|研究所|研究中心|中心|出版社|网|报|协会|学会|银行|电视台|通讯社|委员会|基地|学部|外交部|政府|驻|大使馆)");
    private static final Pattern RU_ENDING = Pattern.compile("(?:ого|его|ому|ему|ыми|ими|ами|ями|ая|яя|ой|ей|ий|ый|ое|ее|ие|ые|ую|юю|ом|ем|ах|ях|ов|ев|а|я|о|е|ы|и|у|ю|ь)$");

    /** How many letters of a label's first word the prefilter looks for. */
    private static final int CUE = 3;

    private final Map<String, Entity> han = new HashMap<>();
    private final Set<String> hanStarts = new HashSet<>();
    private final List<Rule> rules = new ArrayList<>();
    private int longestHan;

    /** A place in a text where an entity is named. */
    public record Hit(Entity entity, int start, int end) { }

    /**
     * One entity's labels as one pattern, and cues: the first letters of each label in lower
     * case. A text that contains none of the cues cannot match, so the pattern is not run on it.
     */
    private record Rule(Entity entity, Pattern pattern, List<String> cues) { }

    public Gazetteer(KnowledgeBase kb) {
        for (Entity e : kb.entities()) {
            List<String> caseSensitive = new ArrayList<>();
            List<String> caseInsensitive = new ArrayList<>();
            List<String> sensitiveCues = new ArrayList<>();
            List<String> insensitiveCues = new ArrayList<>();
            for (Entity.Label l : e.labels()) {
                String text = l.text().strip();
                if (CjkSpacing.isHan(text.codePointAt(0)) || "zh".equals(l.lang()) && text.codePoints().anyMatch(CjkSpacing::isHan)) {
                    han.putIfAbsent(text, e);
                    hanStarts.add(text.substring(0, Math.min(2, text.length())));
                    longestHan = Math.max(longestHan, text.length());
                } else if (isAcronym(text)) {
                    caseSensitive.add(pattern(text, false));
                    sensitiveCues.add(cue(text, false));
                } else {
                    boolean russian = "ru".equals(l.lang()) || hasCyrillic(text);
                    caseInsensitive.add(pattern(text, russian));
                    insensitiveCues.add(cue(text, russian));
                }
            }
            if (!caseSensitive.isEmpty()) {
                rules.add(new Rule(e, Pattern.compile(bounded(caseSensitive)), sensitiveCues));
            }
            if (!caseInsensitive.isEmpty()) {
                rules.add(new Rule(e, Pattern.compile(bounded(caseInsensitive), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), insensitiveCues));
            }
        }
    }

    /** Every mention in the text, longest first where they overlap, in text order. */
    public List<Hit> find(String text) {
        String t = normalize(text);
        List<Hit> candidates = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (!CjkSpacing.isHan(t.charAt(i)) && !Character.isDigit(t.charAt(i))) {
                continue;
            }
            if (i + 2 > t.length() || !hanStarts.contains(t.substring(i, i + 2))) {
                continue;
            }
            for (int len = Math.min(longestHan, t.length() - i); len >= 2; len--) {
                Entity e = han.get(t.substring(i, i + len));
                if (e != null) {
                    if (!insideInstitution(t, i, i + len, e)) {
                        candidates.add(new Hit(e, i, i + len));
                    }
                    break;
                }
            }
        }
        Set<String> grams = grams(t.toLowerCase(Locale.ROOT));
        for (Rule r : rules) {
            if (r.cues().stream().noneMatch(grams::contains)) {
                continue;
            }
            Matcher m = r.pattern().matcher(t);
            while (m.find()) {
                candidates.add(new Hit(r.entity(), m.start(), m.end()));
            }
        }
        // Longest first, then leftmost; a hit overlapping a kept one is dropped.
        candidates.sort(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparingInt(Hit::start)
                .thenComparing(h -> h.entity().iri()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : candidates) {
            boolean overlaps = kept.stream().anyMatch(k -> h.start() < k.end() && k.start() < h.end());
            if (!overlaps) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /** Every run of one to {@value #CUE} characters in the text. */
    private static Set<String> grams(String t) {
        Set<String> out = new HashSet<>(t.length() * 3);
        out.add("");
        for (int i = 0; i < t.length(); i++) {
            for (int n = 1; n <= CUE && i + n <= t.length(); n++) {
                out.add(t.substring(i, i + n));
            }
        }
        return out;
    }

    /**
     * The first letters of a label as any match of its pattern begins: at most {@value #CUE}, and
     * for a Russian word no more than its stem, since the ending may change.
     */
    static String cue(String label, boolean russian) {
        String l = normalize(label).replaceAll("[«»\"“”]", "").strip();
        String first = l.split("[\\s\\-,]", 2)[0];
        if (russian) {
            first = stem(first);
        }
        return first.substring(0, Math.min(CUE, first.length())).toLowerCase(Locale.ROOT);
    }

    private static boolean insideInstitution(String t, int start, int end, Entity e) {
        if (!"State".equals(e.type()) && !"Place".equals(e.type())) {
            return false;
        }
        return INSTITUTION.matcher(t.substring(end, Math.min(t.length(), end + 12))).find();
    }

    /** Same length as the input: dashes and odd spaces are made plain so offsets stay true. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '–' || c == '—' || c == '‑' || c == '−') {
                b.append('-');
            } else if (c == '\u00A0' || c == '\u3000') {
                b.append(' ');
            } else if (c == 'ё') {
                b.append('е');
            } else if (c == 'Ё') {
                b.append('Е');
            } else if (c == '’') {
                b.append('\'');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isAcronym(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /**
     * A Russian word of five letters or more without its case ending (Шанхайской → Шанхайск), so
     * that its other forms can be found; any other word as it is.
     */
    public static String stem(String word) {
        return hasStem(word) ? RU_ENDING.matcher(word).replaceFirst("") : word;
    }

    private static boolean hasStem(String word) {
        return word.length() >= 5 && hasCyrillic(word) && !isAcronym(word);
    }

    /** A label as a pattern: words by stem for Russian, any dash or space between words. */
    static String pattern(String label, boolean russian) {
        String l = normalize(label).replaceAll("[«»\"“”]", "").strip();
        StringBuilder b = new StringBuilder();
        for (String token : l.split("(?<=[\\s\\-,])|(?=[\\s\\-,])")) {
            if (token.isBlank()) {
                b.append("\\s+");
            } else if (token.equals("-")) {
                b.append("\\s*-\\s*");
            } else if (token.equals(",")) {
                b.append(",?");
            } else if (russian && hasStem(token)) {
                b.append(Pattern.quote(stem(token))).append("[а-яё]{0,4}");
            } else {
                b.append(Pattern.quote(token));
                if (!russian && token.matches("[A-Za-z]{4,}")) {
                    b.append("(?:'s|s)?");
                }
            }
        }
        return b.toString().replace("\\s+\\s+", "\\s+");
    }

    private static String bounded(List<String> alternatives) {
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        return "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])";
    }
}
