package org.journalkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.journalkg.mention.MentionReader;
import org.journalkg.mention.TextPart;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;
import org.journalkg.store.FullText;

/**
 * "Which articles contain this text?" over the database's full-text index: a term in any
 * language, found in titles, abstracts, keywords, paragraphs and notes, each article ranked by
 * the BM25 scores of its matching parts weighted as {@link TextPart.Where} says (title 5,
 * keywords and abstract 3, body 1, notes 0.3). An article counts only where its text contains the
 * term as {@link TermPattern} says: the whole term, its words adjacent and in order.
 * Holds the index open for reading until closed; build one per dataset, not one per question.
 * <pre>
 *   TextSearch ts = new TextSearch(Store.open(db));
 *   List&lt;TextHit&gt; hits = ts.search("大交易");
 *   List&lt;String&gt; quotes = ts.evidence(hits.get(0).article(), "大交易", 3);
 * </pre>
 */
public final class TextSearch implements AutoCloseable {

    /** Which graph holds which article, and which keyword concepts each article has. */
    private static final String ARTICLES = """
            SELECT ?g ?a ?c WHERE { GRAPH ?g { ?a a bibo:AcademicArticle OPTIONAL { ?a dcterms:subject ?c } } }
            """;
    private static final Set<String> STORED = Set.of(FullText.ENTITY, FullText.GRAPH, FullText.LANG,
            FullText.TITLE, FullText.ABSTRACT, FullText.KEYWORD, FullText.CONTENT);
    private static final List<String> LANGUAGE_ORDER = List.of("zh", "ru", "en");

    private final Map<String, String> articleOfGraph = new HashMap<>();
    private final Map<String, String> graphOfArticle = new HashMap<>();
    /** "graph subject" of each keyword concept an article has as dcterms:subject. */
    private final Set<String> keywordsInGraph = new HashSet<>();
    private final SearcherManager searchers;

    /** One part of an article that contains the term, with its Lucene score. */
    private record Part(String article, TextPart.Where where, String field, int language, int number, String text, float score) {
        Part with(String text, int language) {
            return new Part(article, where, field, language, number, text, score);
        }
    }

    /** True where the dataset has the full-text index attached (a database built by an older journal-kg has none). */
    public static boolean available(Dataset dataset) {
        return dataset.getContext().get(TextQuery.textIndex) instanceof TextIndexLucene;
    }

    public TextSearch(Dataset dataset) {
        TextIndex ti = dataset.getContext().get(TextQuery.textIndex);
        if (!(ti instanceof TextIndexLucene lucene)) {
            throw new InputException("the database has no full-text index (built by an older journal-kg); run 'journal-kg build' again");
        }
        try {
            this.searchers = new SearcherManager(lucene.getDirectory(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Vocab.sparqlPrefixes() + ARTICLES).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String g = r.getResource("g").getURI();
                    String a = r.getResource("a").getURI();
                    articleOfGraph.put(g, a);
                    graphOfArticle.put(a, g);
                    if (r.contains("c")) {
                        keywordsInGraph.add(g + " " + r.getResource("c").getURI());
                    }
                });
            }
        });
    }

    /** Every article whose text contains the term, best first; ties by article IRI. */
    public List<TextHit> search(String term) {
        TermPattern pattern = TermPattern.of(term);
        if (pattern.isEmpty()) {
            return List.of();
        }
        Map<String, double[]> totals = new HashMap<>();
        for (Part p : parts(pattern, null)) {
            double[] t = totals.computeIfAbsent(p.article(), k -> new double[2]);
            t[0] += p.where().weight() * p.score();
            t[1]++;
        }
        List<TextHit> hits = new ArrayList<>();
        totals.forEach((article, t) -> hits.add(new TextHit(article, Math.round(t[0] * 1000) / 1000.0, (int) t[1])));
        hits.sort(Comparator.comparingDouble(TextHit::score).reversed().thenComparing(TextHit::article));
        return hits;
    }

    /**
     * Up to MAX distinct sentences of one article that contain the term: title, abstract and
     * keywords first, then the body in order, notes last.
     */
    public List<String> evidence(String articleIri, String term, int max) {
        return evidence(List.of(articleIri), term, max).getOrDefault(articleIri, List.of());
    }

    /**
     * The same for several articles (the page of an answer) in one search: per article, up to
     * MAX sentences.
     */
    public Map<String, List<String>> evidence(List<String> articles, String term, int max) {
        TermPattern pattern = TermPattern.of(term);
        Set<String> graphs = new TreeSet<>();
        for (String a : articles) {
            String g = graphOfArticle.get(a);
            if (g != null) {
                graphs.add(g);
            }
        }
        if (pattern.isEmpty() || graphs.isEmpty() || max <= 0) {
            return Map.of();
        }
        Map<String, List<Part>> byArticle = new HashMap<>();
        for (Part p : parts(pattern, graphs)) {
            byArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<String>> out = new HashMap<>();
        byArticle.forEach((article, parts) -> {
            parts.sort(Comparator.comparingInt((Part p) -> quoteOrder(p.where())).thenComparingInt(Part::language).thenComparingInt(Part::number));
            Set<String> sentences = new LinkedHashSet<>();
            for (Part p : parts) {
                String t = p.text();
                for (int pos = 0; pos < t.length() && sentences.size() < max; ) {
                    int[] s = MentionReader.sentence(t, pos, pos);
                    String sentence = t.substring(s[0], s[1]).strip();
                    if (pattern.foundIn(sentence)) {
                        sentences.add(sentence);
                    }
                    pos = Math.max(s[1], pos + 1);
                }
            }
            out.put(article, List.copyOf(sentences));
        });
        return out;
    }

    private static int quoteOrder(TextPart.Where where) {
        return switch (where) {
            case TITLE -> 0;
            case ABSTRACT -> 1;
            case KEYWORDS -> 2;
            case BODY -> 3;
            case NOTES -> 4;
        };
    }

    /**
     * The parts that contain the term, of every article or of the one in GRAPH. Which article and
     * part a document is comes from its doc values; its text is read only where it must be checked
     * (a word with endings) or quoted (evidence).
     */
    private List<Part> parts(TermPattern pattern, Set<String> graphs) {
        Query query = query(pattern, graphs);
        boolean check = graphs != null || pattern.needsCheck();
        List<Part> out = new ArrayList<>();
        IndexSearcher searcher = acquire();
        try {
            StoredFields stored = searcher.getIndexReader().storedFields();
            searcher.search(query, new SimpleCollector() {
                private Scorable scorer;
                private int base;
                private SortedDocValues graphs;
                private SortedDocValues subjects;
                private SortedDocValues fields;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    base = context.docBase;
                    graphs = context.reader().getSortedDocValues(FullText.GRAPH_VALUE);
                    subjects = context.reader().getSortedDocValues(FullText.ENTITY_VALUE);
                    fields = context.reader().getSortedDocValues(FullText.FIELD_VALUE);
                }

                @Override
                public void collect(int doc) throws IOException {
                    String g = value(graphs, doc);
                    if (g == null || !articleOfGraph.containsKey(g)) {
                        return;
                    }
                    Part p = part(g, value(subjects, doc), value(fields, doc), scorer.score());
                    if (p == null) {
                        return;
                    }
                    if (check) {
                        Document d = stored.document(base + doc, STORED);
                        String text = d.get(p.field());
                        if (text == null || !pattern.foundIn(text)) {
                            return;
                        }
                        p = p.with(text, Math.max(0, LANGUAGE_ORDER.indexOf(String.valueOf(d.get(FullText.LANG)))));
                    }
                    out.add(p);
                }

                @Override
                public ScoreMode scoreMode() {
                    return graphs == null ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
        return out;
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    /**
     * Per text field: the term in the base field, analysed plainly (the candidates), and its phrase in each
     * language's field, analysed as that language (only these raise the score). Restricted to
     * some graphs (to quote from them), no scores are needed, so the candidates alone do.
     */
    private static Query query(TermPattern pattern, Set<String> graphs) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (String field : FullText.TEXT_FIELDS) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(pattern.candidates(field), Occur.MUST);
            for (String lang : graphs == null ? FullText.LANGUAGES : List.<String>of()) {
                Query phrase = new QueryBuilder(FullText.analyzer(lang)).createPhraseQuery(FullText.field(field, lang), pattern.term());
                if (phrase != null) {
                    b.add(phrase, Occur.SHOULD);
                }
            }
            fields.add(b.build(), Occur.SHOULD);
        }
        if (graphs == null) {
            return fields.build();
        }
        List<BytesRef> terms = graphs.stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder().add(fields.build(), Occur.MUST)
                .add(new TermInSetQuery(FullText.GRAPH, terms), Occur.FILTER).build();
    }

    /** The article part a document is, or null where it is no part of an article's text. */
    private Part part(String graph, String subject, String field, float score) {
        String article = articleOfGraph.get(graph);
        if (subject == null || field == null) {
            return null;
        }
        switch (field) {
            case FullText.CONTENT -> {
                // Paragraphs and notes; the mention graph's copies of text parts have other IRIs.
                TextPart.Where where = subject.startsWith(article + "/paragraph/") ? TextPart.Where.BODY
                        : subject.startsWith(article + "/note/") ? TextPart.Where.NOTES : null;
                String number = subject.substring(subject.lastIndexOf('/') + 1);
                return where == null || !number.matches("\\d{1,9}") ? null : new Part(article, where, field, 0, Integer.parseInt(number), null, score);
            }
            case FullText.TITLE -> {
                // Section headings carry dcterms:title too; only the article's own title counts.
                return subject.equals(article) ? new Part(article, TextPart.Where.TITLE, field, 0, 0, null, score) : null;
            }
            case FullText.ABSTRACT -> {
                return subject.equals(article) ? new Part(article, TextPart.Where.ABSTRACT, field, 0, 0, null, score) : null;
            }
            case FullText.KEYWORD -> {
                return keywordsInGraph.contains(graph + " " + subject) ? new Part(article, TextPart.Where.KEYWORDS, field, 0, 0, null, score) : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The index as last committed: a SPARQL update through the server shows at the next search. */
    private IndexSearcher acquire() {
        try {
            searchers.maybeRefreshBlocking();
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets go of the index files this search holds open. */
    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
