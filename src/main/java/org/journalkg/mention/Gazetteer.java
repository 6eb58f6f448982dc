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
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.journalkg.issue.CjkSpacing;

/**
 * Finds the knowledge base's entities in a text: longest match first; Chinese labels only as whole
 * words of the sentence segmented by smartcn (其中方案 holds no 中方, 发展中国家 no 中国), and not a
 * place name inside an institution's name (中国社会科学院 is no mention of China); Latin and
 * Cyrillic labels between word boundaries, Russian words by their stem so that inflected forms
 * match (Шанхайской организации сотрудничества, Зангезурского коридора); acronyms (SCO, ШОС, ЕС)
 * and names that are also common words (Того) only as written. A negating prefix glued to a name
 * (非西方, non-EU, не-ЕС) makes it no mention, and nothing inside a web address counts. Compounds of
 * state abbreviations (中俄, 美日印) name each of their states (see {@link StateCompounds}).
 * <pre>
 *   List&lt;Gazetteer.Hit&gt; hits = new Gazetteer(kb).find("上合组织成立于2001年。");
 * </pre>
 */
public final class Gazetteer {

    /** What follows a place's name when the name is part of an institution's. */
    private static final Pattern INSTITUTION = Pattern.compile("^\\p{IsHan}{0,8}?(?:大学|学院|研究院|研究所|研究中心|中心|出版社|网|报|协会|学会|银行|电视台|通讯社|委员会|基地|学部|外交部|政府|驻|大使馆)");
    /** A prefix that makes a name its opposite when written glued to it. */
    private static final Pattern NEGATING = Pattern.compile("(?:(?<![\\p{L}])(?:non|не)-|非)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_ENDING = Pattern.compile("(?:ого|его|ому|ему|ыми|ими|ами|ями|ая|яя|ой|ей|ий|ый|ое|ее|ие|ые|ую|юю|ом|ем|ах|ях|ов|ев|а|я|о|е|ы|и|у|ю|ь)$");

    /** How many letters of a label's first word the prefilter looks for. */
    private static final int CUE = 3;

    private final Map<String, Entity> han = new HashMap<>();
    /** The Chinese labels smartcn does not know as words. */
    private final Set<String> unknownNames = new HashSet<>();
    private final Set<String> hanStarts = new HashSet<>();
    private final List<Rule> rules = new ArrayList<>();
    private final StateCompounds compounds;
    private int longestHan;

    /** A place in a text where an entity is named. */
    public record Hit(Entity entity, int start, int end) { }

    /**
     * One entity's labels as one pattern, and cues: the first letters of each label in lower
     * case. A text that contains none of the cues cannot match, so the pattern is not run on it.
     */
    private record Rule(Entity entity, Pattern pattern, List<String> cues) { }

    /** A hit found, with the compound it is part of (-1 for none) and its place in the compound. */
    private record Candidate(Hit hit, int compound, int place) { }

    public Gazetteer(KnowledgeBase kb) {
        this(kb.entities());
    }

    /** A gazetteer of the given entities only: for sentences written to test one rule. */
    Gazetteer(List<Entity> entities) {
        compounds = new StateCompounds(entities);
        for (Entity e : entities) {
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
                    if (!ChineseWords.isOneWord(text)) {
                        unknownNames.add(text);
                    }
                } else if (isAcronym(text)) {
                    caseSensitive.add(pattern(text, false));
                    sensitiveCues.add(cue(text, false));
                } else {
                    boolean russian = "ru".equals(l.lang()) || hasCyrillic(text);
                    // A name that is also a common word (marked so in the knowledge base, or a
                    // stop word) counts only as written; its Russian case forms still count.
                    boolean asWritten = l.commonWord() || isCommonWord(text);
                    (asWritten ? caseSensitive : caseInsensitive).add(pattern(text, russian));
                    (asWritten ? sensitiveCues : insensitiveCues).add(cue(text, russian));
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
        ChineseWords words = new ChineseWords(t);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (!CjkSpacing.isHan(t.charAt(i)) && !Character.isDigit(t.charAt(i))) {
                continue;
            }
            if (i + 2 > t.length() || !hanStarts.contains(t.substring(i, i + 2))) {
                continue;
            }
            for (int len = Math.min(longestHan, t.length() - i); len >= 2; len--) {
                Entity e = han.get(t.substring(i, i + len));
                if (e == null) {
                    continue;
                }
                if (insideInstitution(t, i, i + len, e)) {
                    break;
                }
                // A label that cuts a word (其中方案 holds 中方) is none; a shorter one here may not cut.
                if (isWhole(i, i + len, words, unknownNames.contains(t.substring(i, i + len)))) {
                    candidates.add(new Candidate(new Hit(e, i, i + len), -1, 0));
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
                candidates.add(new Candidate(new Hit(r.entity(), m.start(), m.end()), -1, 0));
            }
        }
        List<List<Hit>> compounds = this.compounds.find(t, words);
        for (int c = 0; c < compounds.size(); c++) {
            for (int k = 0; k < compounds.get(c).size(); k++) {
                candidates.add(new Candidate(compounds.get(c).get(k), c, k));
            }
        }
        UrlSpans urls = UrlSpans.of(t);
        candidates.removeIf(c -> urls.covers(c.hit().start(), c.hit().end()) || negated(t, c.hit().start(), words));
        // Longest first, then leftmost; a hit overlapping a kept one is dropped, unless both are
        // states of one compound (中俄 names China and Russia with the same two characters).
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.hit().start() - c.hit().end()).thenComparingInt(c -> c.hit().start())
                .thenComparingInt(Candidate::place).thenComparing(c -> c.hit().entity().iri()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean overlaps = kept.stream().anyMatch(k -> c.hit().start() < k.hit().end() && k.hit().start() < c.hit().end()
                    && (c.compound() < 0 || c.compound() != k.compound()));
            if (!overlaps) {
                kept.add(c);
            }
        }
        return kept.stream().map(Candidate::hit).sorted(Comparator.comparingInt(Hit::start)).toList();
    }

    /**
     * True where a Chinese label is whole words of its sentence. smartcn does not know most foreign
     * names (it splits 习近平 and 特朗普 into characters) and then glues their first or last character
     * to a neighbour (参见习近平: 见习; 特朗普及其: 普及), so a name of three characters or more that
     * it does not know is taken unless it is cut at both ends.
     */
    private static boolean isWhole(int start, int end, ChineseWords words, boolean unknownName) {
        boolean atStart = words.isBoundary(start);
        boolean atEnd = words.isBoundary(end);
        return atStart && atEnd || unknownName && end - start >= 3 && (atStart || atEnd);
    }

    /**
     * True where a negating prefix is glued to the words at start: 非西方, non-EU, не-ЕС. 非 counts
     * only as a word of its own, not as the end of one (并非, 除非, 无非).
     */
    private static boolean negated(String t, int start, ChineseWords words) {
        Matcher m = NEGATING.matcher(t).region(Math.max(0, start - 4), start).useTransparentBounds(true);
        if (!m.find()) {
            return false;
        }
        return !CjkSpacing.isHan(t.charAt(m.start())) || words.isBoundary(m.start());
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

    /**
     * True for a name that is a stop word of Russian or English, as "того" is Togo's name. Names
     * that are other common words (Chad, Turkey, Индия's stem in "индивид") are marked in the
     * knowledge base instead (jkg:commonWordLabel).
     */
    static boolean isCommonWord(String label) {
        String word = normalize(label).toLowerCase(Locale.ROOT);
        return RussianAnalyzer.getDefaultStopSet().contains(word) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
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
