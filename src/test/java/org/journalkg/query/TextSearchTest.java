package org.journalkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.journalkg.cli.CliAccess;
import org.journalkg.issue.Article;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Issue;
import org.journalkg.mention.MentionReader;
import org.journalkg.mention.TextPart;
import org.journalkg.rdf.IssueGraph;
import org.journalkg.rdf.Iris;
import org.journalkg.store.FullText;
import org.journalkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search on the bundled issue, against a brute-force scan of every article's text
 * parts (the same parts ask reads: titles, keywords, abstracts, paragraphs, notes).
 */
class TextSearchTest {

    static final String ARTICLE = "https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/";

    @TempDir
    static Path dir;

    static Dataset dataset;
    static TextSearch search;
    static final Issue ISSUE = BundledIssue.get();
    static final IssueGraph GRAPH = new IssueGraph(new Iris(Iris.DEFAULT_BASE));

    @BeforeAll
    static void build() {
        Path db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString()));
        dataset = Store.open(db);
        search = new TextSearch(dataset);
    }

    @AfterAll
    static void release() {
        search.close();
        Store.release(dataset);
    }

    static List<String> articles(String term) {
        return search.search(term).stream().map(h -> h.article().substring(ARTICLE.length())).toList();
    }

    /** Each article's text parts, normalised once. */
    static final Map<String, List<String>> TEXTS = new LinkedHashMap<>();

    static {
        for (Article a : ISSUE.articles()) {
            TEXTS.put(GRAPH.articleNode(ISSUE, a).getURI(), MentionReader.parts(a).stream().map(p -> TermPattern.normalize(p.text())).toList());
        }
    }

    /** Article → how many times its text contains the term, by scanning all of it. */
    static Map<String, Integer> bruteForce(String term) {
        TermPattern p = TermPattern.of(term);
        Map<String, Integer> out = new TreeMap<>();
        TEXTS.forEach((article, parts) -> {
            int n = parts.stream().mapToInt(p::countInNormalized).sum();
            if (n > 0) {
                out.put(article, n);
            }
        });
        return out;
    }

    /** Width, case, ё, dashes, quotes and spaces, and spaces between Chinese characters, do not matter. */
    @Test
    void terms_and_texts_are_compared_normalised() {
        assertEquals("sco", TermPattern.normalize("ＳＣＯ"));
        assertEquals("шанхайская организация", TermPattern.normalize("  «Шанхайская \t Организация»\n"));
        assertEquals("елка - тест", TermPattern.normalize("Ёлка — тест"));
        assertEquals("上合组织", TermPattern.normalize("上合 组织"));
        assertEquals("一带一路倡议", TermPattern.normalize("《一带一路》 倡议"));
        assertEquals("中国 sco", TermPattern.normalize("中国 SCO"));
        assertEquals("", TermPattern.normalize(" \n "));
    }

    @Test
    void a_phrase_finds_only_the_article_that_has_it() {
        assertEquals(Map.of(ARTICLE + "48", 7), bruteForce("大交易"));
        assertEquals(List.of(new TextHit(ARTICLE + "48", 50.114, 4)), search.search("大交易"));
        // 交易 alone is in six articles; 大交易 only in one.
        // Without length norms 24 ranks above 67 (both hold 交易 in body paragraphs only).
        assertEquals(List.of("48", "5", "91", "121", "24", "67"), articles("交易"));
    }

    /**
     * Chinese is indexed as character pairs; a character is indexed alone only where it has no
     * Chinese neighbour. A single character is still found wherever it stands: first of a pair,
     * second of a pair, or alone; beside another word its order is checked in the text.
     */
    @Test
    void a_single_chinese_character_is_found_wherever_it_stands() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String c : List.of("俄", "赫", "鄂", "氢", "2022 年")) {
            Set<String> truth = bruteForce(c).keySet();
            assertEquals(truth, new java.util.TreeSet<>(search.search(c).stream().map(TextHit::article).toList()), c);
            sizes.put(c, truth.size());
        }
        assertEquals(Map.of("俄", 7, "赫", 2, "鄂", 0, "氢", 0, "2022 年", 5), sizes);
    }

    @Test
    void names_in_every_language() {
        assertEquals(List.of("67"), articles("萨哈林"));
        assertEquals(List.of("48"), articles("叶夫列缅科"));
        // Neither is in the bundled issue, in any form.
        assertEquals(Map.of(), bruteForce("Higher School of Economics"));
        assertEquals(List.of(), articles("Higher School of Economics"));
        assertEquals(Map.of(), bruteForce("Сахалин"));
        assertEquals(List.of(), articles("Сахалин"));
        // «Высшая школа экономики» in a note, found from the genitive.
        assertEquals(bruteForce("Высшей школы экономики").keySet().stream().map(a -> a.substring(ARTICLE.length())).toList(),
                articles("Высшей школы экономики"));
        assertEquals(List.of("67", "48", "5", "3", "91", "121"), articles("Россия"));
        assertEquals(List.of("91"), articles("sanctions"));
    }

    @Test
    void evidence_is_sentences_of_that_article_title_and_abstract_first() {
        List<String> ev = search.evidence(ARTICLE + "48", "大交易", 2);
        assertEquals(List.of("俄美之间达成“大交易”的可能性本身就是一个全新变量，而这种可能性早在 2022 年还微乎其微。",
                "而在 2010 年代末，俄美以“大交易”形式达成战略妥协的可能性被描述为“通过在次要问题上相互让步，俄美双方得以实现各自的核心利益”。"), ev);
        assertEquals(List.of(), search.evidence(ARTICLE + "5", "大交易", 3));
        List<String> russia = search.evidence(ARTICLE + "5", "Россия", 3);
        assertEquals(3, russia.size());
        assertTrue(russia.get(0).startsWith("Международное стратегическое взаимодействие Китая, России и США"), russia.get(0));
    }

    @Test
    void the_same_search_gives_the_same_answer() {
        assertEquals(search.search("俄罗斯"), search.search("俄罗斯"));
        assertEquals(List.of(), search.search("  "));
        assertEquals(List.of(), search.search("。"));
    }

    /**
     * Over 200+ terms sampled from the issue's text: every article that contains a term twice or
     * more is found, and none that never contains it. Also prints what a search of the Chinese
     * word-segmented field alone would have found, which is why the plain field is there.
     */
    @Test
    void recall_and_false_positives_against_brute_force() throws IOException {
        List<String> terms = sampleTerms();
        assertTrue(terms.size() >= 200, "terms: " + terms.size());
        int[] byArticles = new int[4];
        int twice = 0;
        int twiceFound = 0;
        int once = 0;
        int onceFound = 0;
        int falsePositives = 0;
        int segmentedTwice = 0;
        int segmentedTwiceFound = 0;
        List<String> misses = new ArrayList<>();
        TextIndexLucene index = (TextIndexLucene) dataset.getContext().get(TextQuery.textIndex);
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            IndexSearcher segmented = new IndexSearcher(reader);
            for (String term : terms) {
                Map<String, Integer> truth = bruteForce(term);
                byArticles[Math.min(3, truth.size())]++;
                Set<String> found = new HashSet<>();
                search.search(term).forEach(h -> found.add(h.article()));
                Set<String> bySegments = term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? segmentedOnly(segmented, term) : null;
                for (var e : truth.entrySet()) {
                    if (e.getValue() >= 2) {
                        twice++;
                        twiceFound += found.contains(e.getKey()) ? 1 : 0;
                        if (bySegments != null) {
                            segmentedTwice++;
                            segmentedTwiceFound += bySegments.contains(e.getKey()) ? 1 : 0;
                        }
                    } else {
                        once++;
                        onceFound += found.contains(e.getKey()) ? 1 : 0;
                    }
                    if (!found.contains(e.getKey())) {
                        misses.add(term + " in " + e.getKey());
                    }
                }
                for (String a : found) {
                    if (!truth.containsKey(a)) {
                        falsePositives++;
                        misses.add(term + " wrongly in " + a);
                    }
                }
            }
        }
        System.out.printf("text search, %d terms (in 1 article: %d, 2: %d, 3+: %d): recall %d/%d for twice or more, %d/%d for once; "
                        + "false positives %d; the Chinese word field alone: %d/%d for twice or more%n",
                terms.size(), byArticles[1], byArticles[2], byArticles[3], twiceFound, twice, onceFound, once, falsePositives,
                segmentedTwiceFound, segmentedTwice);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertEquals(twice, twiceFound, misses.toString());
        assertEquals(once, onceFound, misses.toString());
        assertEquals(0, falsePositives, misses.toString());
    }

    /** The articles a phrase search of the word-segmented Chinese fields alone finds. */
    private static Set<String> segmentedOnly(IndexSearcher searcher, String term) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        QueryBuilder qb = new QueryBuilder(FullText.analyzer("zh"));
        for (String field : FullText.TEXT_FIELDS) {
            Query q = qb.createPhraseQuery(FullText.field(field, "zh"), term);
            if (q != null) {
                b.add(q, Occur.SHOULD);
            }
        }
        Map<String, String> articleOfGraph = new LinkedHashMap<>();
        for (Article a : ISSUE.articles()) {
            articleOfGraph.put(GRAPH.articleGraph(ISSUE, a).getURI(), GRAPH.articleNode(ISSUE, a).getURI());
        }
        Set<String> out = new HashSet<>();
        for (ScoreDoc sd : searcher.search(b.build(), 100_000).scoreDocs) {
            String a = articleOfGraph.get(searcher.storedFields().document(sd.doc).get(FullText.GRAPH));
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Terms drawn from the issue, the same every run: Chinese words as the segmenter cuts them
     * and pairs of adjacent words (2 to 6 characters), Russian and English words and two-word
     * phrases; as many in one article, in two and in three or more as there are, up to a share each.
     */
    static List<String> sampleTerms() {
        Set<String> zh = new TreeSet<>();
        Set<String> ru = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        Pattern ruWords = Pattern.compile("[А-Яа-яЁё]{4,}(?: [А-Яа-яЁё]{4,})?");
        Pattern enWords = Pattern.compile("[A-Za-z]{4,}(?: [A-Za-z]{4,})?");
        for (Article a : ISSUE.articles()) {
            for (TextPart part : MentionReader.parts(a)) {
                List<String> words = segment(part.text());
                for (int i = 0; i < words.size(); i++) {
                    String w = words.get(i);
                    if (isHan(w) && w.length() >= 2 && w.length() <= 6) {
                        zh.add(w);
                    }
                    if (i + 1 < words.size() && isHan(w) && isHan(words.get(i + 1))) {
                        String pair = w + words.get(i + 1);
                        if (pair.length() >= 3 && pair.length() <= 6) {
                            zh.add(pair);
                        }
                    }
                }
                collect(ruWords, part.text(), ru);
                collect(enWords, part.text(), en);
            }
        }
        List<String> out = new ArrayList<>();
        out.addAll(pick(zh, 36, 1));
        out.addAll(pick(ru, 18, 2));
        out.addAll(pick(en, 18, 3));
        return out;
    }

    /** Up to PER terms that are in one article, PER in two, PER in three or more; shuffled with a fixed seed. */
    private static List<String> pick(Set<String> all, int per, long seed) {
        List<String> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        int[] taken = new int[4];
        List<String> out = new ArrayList<>();
        for (String t : shuffled) {
            int n = Math.min(3, bruteForce(t).size());
            if (n > 0 && taken[n] < per) {
                taken[n]++;
                out.add(t);
            }
        }
        return out;
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group());
            // The second word alone too, so that single words are sampled from every place.
            String[] w = m.group().split(" ");
            into.add(w[0]);
        }
    }

    private static boolean isHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<String> segment(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = FullText.analyzer("zh").tokenStream("f", text)) {
            CharTermAttribute a = ts.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute o = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                // As written in the text (the analyzer may have changed the token).
                out.add(text.substring(o.startOffset(), o.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
