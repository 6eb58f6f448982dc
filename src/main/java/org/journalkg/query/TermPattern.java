package org.journalkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.journalkg.mention.Gazetteer;
import org.journalkg.store.FullText;

/**
 * What "a text contains the term" means for full-text search, one rule for the index's answers
 * and for checking them: both normalised as {@link Ask#norm} does (width, case, ё, dashes, quotes,
 * spaces inside Chinese), the term's characters in order; a Russian word of five letters or more
 * by its stem with up to four letters of ending (Сахалин: Сахалина, Сахалине), an English word of
 * four letters or more with or without s, es or 's; a word of letters never inside a longer one.
 * <pre>
 *   TermPattern.of("Сахалин").foundIn("на Сахалине");   // true
 * </pre>
 */
public final class TermPattern {

    private static final Analyzer QUERY_TOKENS = new FullText.PlainAnalyzer();
    private static final String WORD_CHAR = "[\\p{L}\\p{N}&&[^\\p{IsHan}]]";

    private final String term;
    private final Pattern pattern;

    private TermPattern(String term, Pattern pattern) {
        this.term = term;
        this.pattern = pattern;
    }

    /** The pattern of a term; its text is the term as typed. */
    public static TermPattern of(String term) {
        String t = normalize(term);
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int c = t.codePointAt(i);
            if (isWordChar(c)) {
                int j = i;
                while (j < t.length() && isWordChar(t.codePointAt(j))) {
                    j += Character.charCount(t.codePointAt(j));
                }
                b.append("(?<!").append(WORD_CHAR).append(')').append(word(t.substring(i, j))).append("(?!").append(WORD_CHAR).append(')');
                i = j;
            } else {
                b.append(Pattern.quote(new String(Character.toChars(c))));
                i += Character.charCount(c);
            }
        }
        return new TermPattern(term, Pattern.compile(b.toString()));
    }

    private static String word(String w) {
        if (stemmed(w)) {
            return Pattern.quote(Gazetteer.stem(w)) + "[а-я]{0,4}";
        }
        if (w.matches("[a-z]{4,}")) {
            return Pattern.quote(w) + "(?:s|es)?";
        }
        return Pattern.quote(w);
    }

    /** A Russian word long enough to be matched by its stem, as {@link Gazetteer#stem} does. */
    private static boolean stemmed(String w) {
        return w.length() >= 5 && w.matches("[а-я]+");
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    public String term() {
        return term;
    }

    /** True where TEXT (as written, not yet normalised) contains the term. */
    public boolean foundIn(String text) {
        return !term.isBlank() && pattern.matcher(normalize(text)).find();
    }

    /**
     * A text as ask and search compare it: NFKC, lower case, ё as е, one kind of dash, no quotes,
     * spaces collapsed, none between Chinese characters. In one pass, without regular
     * expressions: search checks thousands of paragraphs per term.
     */
    static String normalize(String s) {
        String n = (Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        boolean lastHan = false;
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = b.length() > 0;
                continue;
            }
            if ("«»“”\"'‘’《》".indexOf(c) >= 0) {
                continue;
            }
            boolean han = c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (space && !(han && lastHan)) {
                b.append(' ');
            }
            space = false;
            lastHan = han;
            if (c == 'ё') {
                b.append('е');
            } else if ("–—‑−".indexOf(c) >= 0) {
                b.append('-');
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** How many times TEXT contains the term. */
    public int countIn(String text) {
        return countInNormalized(normalize(text));
    }

    /** As {@link #countIn}, of a text already {@link #normalize}d. */
    int countInNormalized(String normalized) {
        if (term.isBlank()) {
            return 0;
        }
        var m = pattern.matcher(normalized);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * True where {@link #candidates} may find texts that do not contain the term: a word that may
     * take an ending, anything between the tokens (spaces, punctuation) that the index does not
     * keep, or a lone Chinese character beside other tokens. Chinese alone, and single words
     * without endings, are found exactly.
     */
    public boolean needsCheck() {
        List<String> tokens = tokens();
        if (tokens.stream().anyMatch(t -> prefix(t) != null) || tokens.size() > 1 && tokens.stream().anyMatch(TermPattern::isHanCharacter)) {
            return true;
        }
        return normalize(term).codePoints().anyMatch(c -> !Character.isLetterOrDigit(c)) || tokens.size() > 1
                && normalize(term).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN);
    }

    /** True where the term has nothing to look for (blank, or only punctuation). */
    public boolean isEmpty() {
        return tokens().isEmpty();
    }

    /**
     * The index query that finds at least every text containing the term, in FIELD (a base field,
     * analysed by {@link FullText.PlainAnalyzer}): its tokens adjacent and in order, Chinese as
     * character pairs, a word that may take an ending as a prefix. A lone Chinese character is
     * indexed only where it stands alone; elsewhere it is the first or the second of a pair, so it
     * is looked for in all three places, and beside other tokens without their order (then {@link
     * #needsCheck} says to check the text). Null where the term has no token.
     */
    public Query candidates(String field) {
        List<String> tokens = tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.stream().anyMatch(TermPattern::isHanCharacter)) {
            if (tokens.size() == 1) {
                return anyPlace(field, tokens.get(0));
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String token : tokens) {
                String prefix = prefix(token);
                all.add(isHanCharacter(token) ? anyPlace(field, token)
                        : prefix == null ? new TermQuery(new Term(field, token)) : new PrefixQuery(new Term(field, prefix)), Occur.MUST);
            }
            return all.build();
        }
        List<SpanQuery> clauses = new ArrayList<>();
        for (String token : tokens) {
            String prefix = prefix(token);
            clauses.add(prefix == null ? new SpanTermQuery(new Term(field, token))
                    : new SpanMultiTermQueryWrapper<>(new PrefixQuery(new Term(field, prefix))));
        }
        return clauses.size() == 1 ? clauses.get(0) : new SpanNearQuery(clauses.toArray(new SpanQuery[0]), 0, true);
    }

    private static boolean isHanCharacter(String token) {
        return token.codePointCount(0, token.length()) == 1 && Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** A Chinese character alone, as the first of a pair or as the second (constant scores: no clause limit). */
    private static Query anyPlace(String field, String character) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, character)), Occur.SHOULD)
                .add(new PrefixQuery(new Term(field, character)), Occur.SHOULD)
                .add(new WildcardQuery(new Term(field, "?" + character)), Occur.SHOULD)
                .build();
    }

    /** The start every indexed form of a token shares, or null where only the token itself matches. */
    private static String prefix(String token) {
        String w = token;
        if (stemmed(w)) {
            return Gazetteer.stem(w);
        }
        if (w.matches("[a-z]{4,}")) {
            return w;
        }
        return null;
    }

    private List<String> tokens() {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = QUERY_TOKENS.tokenStream("q", term)) {
            CharTermAttribute a = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(a.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
