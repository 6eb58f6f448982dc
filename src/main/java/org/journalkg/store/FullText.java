package org.journalkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
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
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.journalkg.rdf.Vocab;

/**
 * The full-text index beside the database, configured the jena-text way: one Lucene document per
 * text literal (subject in {@code uri}, named graph in {@code graph}, language tag in {@code lang}),
 * in a field per predicate. With jena-text's multilingual support each literal is also indexed in
 * {@code <field>_<tag>} with its language's analyzer: zh → SmartChineseAnalyzer (words), ru →
 * RussianAnalyzer (stems), en → EnglishAnalyzer (stems), anything else → StandardAnalyzer. Every
 * tagged literal also goes to the auxiliary field {@code <field>_x-plain} ({@link #PLAIN}): lower
 * case, Han characters as single characters and as overlapping pairs, other words whole and
 * unstemmed. That field finds any Chinese string however the segmenter cut its context, and any
 * word of any language inside text of another.
 * <pre>
 *   SELECT ?p ?score { (?p ?score) text:query (c4o:hasContent '"大交易"' "lang:zh") }
 *   SELECT ?p ?score { (?p ?score) text:query (c4o:hasContent '"大交易"' "lang:x-plain") }
 * </pre>
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

    /** The auxiliary language tag of the exact-string field (BCP 47 private use, so no real tag clashes). */
    public static final String PLAIN = "x-plain";
    /** The language tags with an analyzer of their own. */
    public static final List<String> LANGUAGES = List.of("zh", "ru", "en");

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "zh", new SmartChineseAnalyzer(),
            "ru", new RussianAnalyzer(),
            "en", new EnglishAnalyzer(),
            PLAIN, new PlainAnalyzer(true));

    static {
        // jena-text picks analyzers by language tag from a JVM-wide table; zh would otherwise be CJKAnalyzer.
        ANALYZERS.forEach(Util::addAnalyzer);
        for (String tag : LANGUAGES) {
            Util.addAuxIndexes(tag, List.of(PLAIN));
        }
        // "lang:x-plain" in text:query searches the plain field of every language (no filter on lang).
        Util.addSearchForTags(PLAIN, List.of(PLAIN));
    }

    private FullText() { }

    /** The analyzer of a language tag or of {@link #PLAIN}; null where jena-text uses its default. */
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
        config.setValueStored(true);
        return config;
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
                    Document d = super.doc(entity);
                    if (entity.getGraph() != null) {
                        d.add(new SortedDocValuesField(GRAPH_VALUE, new BytesRef(entity.getGraph())));
                    }
                    d.add(new SortedDocValuesField(ENTITY_VALUE, new BytesRef(entity.getId())));
                    d.add(new SortedDocValuesField(FIELD_VALUE, new BytesRef(entity.getMap().keySet().iterator().next())));
                    return d;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lower case, full-width folded, ё as е, no quotes; Han characters singly and in overlapping pairs (the
     * query side asks for pairs only), every other word whole. No stop words, no stems.
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

        private final boolean singles;

        /** {@code singles}: also each Han character alone (the index); without, pairs only (a query). */
        public PlainAnalyzer(boolean singles) {
            this.singles = singles;
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
            s = new CJKBigramFilter(s, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, singles);
            return new TokenStreamComponents(source, s);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new CJKWidthFilter(in));
        }
    }
}
