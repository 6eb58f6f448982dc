package org.journalkg.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.analyzer.QueryMultilingualAnalyzer;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.journalkg.rdf.Vocab;

/**
 * The full-text index beside the database, configured the jena-text way: one Lucene document per
 * text literal (subject in {@code uri}, named graph in {@code graph}, language tag in {@code lang}),
 * in a field per predicate. That base field ({@code content}, {@code title} …) holds the text
 * plainly, whatever its language ({@link PlainAnalyzer}): lower case, Han characters as overlapping
 * pairs (a character with no Han neighbour alone), other words whole and unstemmed. It finds any Chinese string however a
 * segmenter would cut its context, and any word of any language inside text of another. With
 * jena-text's multilingual support each tagged literal is also indexed in {@code <field>_<tag>}
 * with its language's analyzer: zh → SmartChineseAnalyzer (words), ru → RussianAnalyzer (stems),
 * en → EnglishAnalyzer (stems), anything else → the plain analyzer again.
 * <pre>
 *   SELECT ?p ?score { (?p ?score) text:query (c4o:hasContent '"大交易"') }              # the exact string
 *   SELECT ?p ?score { (?p ?score) text:query (c4o:hasContent '"大交易"' "lang:zh") }    # zh words
 * </pre>
 * Each literal is analysed twice, not three times (base, language and a separate plain field), as
 * the first version did: the plain analysis replaced jena-text's default one in the base field.
 */
public final class FullText {

    /** The index's folder inside the database folder; it is switched in with the database. */
    public static final String DIR = "text-index";

    public static final String ENTITY = "uri";
    public static final String GRAPH = "graph";
    public static final String LANG = "lang";
    public static final String UID = "uid";
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    public static final String KEYWORD = "keyword";
    /** Paragraphs and footnotes share c4o:hasContent, so one field; the subject's IRI tells them apart. */
    public static final String CONTENT = "content";
    public static final List<String> TEXT_FIELDS = List.of(TITLE, ABSTRACT, KEYWORD, CONTENT);

    /** The language tags with an analyzer of their own. */
    public static final List<String> LANGUAGES = List.of("zh", "ru", "en");

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "zh", new SmartChineseAnalyzer(),
            "ru", new RussianAnalyzer(),
            "en", new EnglishAnalyzer());

    static {
        // jena-text picks analyzers by language tag from a JVM-wide table; zh would otherwise be CJKAnalyzer.
        ANALYZERS.forEach(Util::addAnalyzer);
    }

    private FullText() { }

    /** The analyzer of a language tag; null where jena-text uses the plain one. */
    public static Analyzer analyzer(String tag) {
        return ANALYZERS.get(tag);
    }

    /** The field of a text field in one language, e.g. content_zh. */
    public static String field(String textField, String tag) {
        return textField + "_" + tag;
    }

    /** Which predicates are indexed, and into which field. */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition(ENTITY, CONTENT, GRAPH, Vocab.HAS_CONTENT);
        def.set(TITLE, Vocab.TITLE);
        def.set(ABSTRACT, Vocab.ABSTRACT);
        def.set(KEYWORD, Vocab.PREF_LABEL);
        def.set(KEYWORD, Vocab.ALT_LABEL);
        def.setLangField(LANG);
        // A uid per literal lets a SPARQL DELETE remove exactly its document.
        def.setUidField(UID);
        return def;
    }

    public static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setMultilingualSupport(true);
        config.setAnalyzer(new PlainAnalyzer());
        config.setQueryAnalyzer(queryAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /**
     * What text:query analyses a query with: a base field as plain pairs (so that a quoted Chinese
     * string is a phrase of its pairs, exactly as in the text), a language field with that
     * language's analyzer, the keyword fields untouched.
     */
    private static Analyzer queryAnalyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new QueryMultilingualAnalyzer(new PlainAnalyzer()),
                Map.of(ENTITY, keyword, GRAPH, keyword, LANG, keyword, UID, keyword));
    }

    /** True where the predicate's literals are indexed. */
    public static boolean indexed(Node predicate) {
        return predicate.equals(Vocab.HAS_CONTENT) || predicate.equals(Vocab.TITLE) || predicate.equals(Vocab.ABSTRACT)
                || predicate.equals(Vocab.PREF_LABEL) || predicate.equals(Vocab.ALT_LABEL);
    }

    /** Doc values of each document's graph, subject and text field: search reads these, not the stored text. */
    public static final String GRAPH_VALUE = "graph_value";
    public static final String ENTITY_VALUE = "uri_value";
    public static final String FIELD_VALUE = "field_value";

    /**
     * Opens (or creates) the index in DIR for reading and writing. Its documents are jena-text's
     * with three doc values added, so that search can tell an article's parts from thousands of
     * candidates without decompressing their text.
     */
    static TextIndexLucene open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new TextIndexLucene(FSDirectory.open(dir), config()) {
                @Override
                protected Document doc(Entity entity) {
                    Document d = withoutNorms(super.doc(entity));
                    if (entity.getGraph() != null) {
                        d.add(new SortedDocValuesField(GRAPH_VALUE, new BytesRef(entity.getGraph())));
                    }
                    d.add(new SortedDocValuesField(ENTITY_VALUE, new BytesRef(entity.getId())));
                    d.add(new SortedDocValuesField(FIELD_VALUE, new BytesRef(entity.getMap().keySet().iterator().next())));
                    return d;
                }
            };
        } catch (IOException e) {
            throw IoFailure.at(dir, e);
        }
    }

    /**
     * The document with its text fields indexed without norms. With one document per literal, each
     * text field is present in only some documents, so Lucene keeps its norms sparsely, and the
     * flush reads them anew for every term: that took as long as all the rest of the indexing
     * (Chinese segmentation included). Without norms BM25 scores how often a part holds the term
     * and how rare the term is, not how long the part is; an article's parts are weighted by kind
     * anyway (title, abstract, body, notes).
     */
    private static Document withoutNorms(Document d) {
        Document out = new Document();
        for (IndexableField f : d.getFields()) {
            if (f.fieldType().tokenized() && f.fieldType().indexOptions() != IndexOptions.NONE) {
                out.add(new Field(f.name(), f.stringValue(), f.fieldType().stored() ? STORED_TEXT : TEXT));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static final FieldType TEXT = textType(false);
    private static final FieldType STORED_TEXT = textType(true);

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    /**
     * Lower case, full-width folded, ё as е, no quotes; Han characters in overlapping pairs, a Han
     * character with no Han neighbour alone, every other word whole. No stop words, no stems. The
     * same for the index and for queries. Single characters are not indexed besides the pairs:
     * that halved the tokens of Chinese text; {@code TermPattern} finds a lone character in the pairs.
     */
    public static final class PlainAnalyzer extends Analyzer {

        private static final NormalizeCharMap FOLDS;

        static {
            NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
            b.add("ё", "е");
            b.add("Ё", "Е");
            // Quotes go, as search's normalising drops them: “世界多数”概念 holds 多数概念, Russia's is russias.
            for (String q : List.of("«", "»", "“", "”", "\"", "'", "‘", "’", "《", "》")) {
                b.add(q, "");
            }
            FOLDS = b.build();
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(FOLDS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new CJKWidthFilter(source);
            s = new LowerCaseFilter(s);
            s = new CJKBigramFilter(s, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
            return new TokenStreamComponents(source, s);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new CJKWidthFilter(in));
        }
    }
}
