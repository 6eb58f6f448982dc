package org.journalkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The terms of the graph's core profile (shared/guide/VOCABULARY.md) and of the project's own
 * ontology (ontology/journal-kg.ttl, prefix jkg), as Jena nodes.
 */
public final class Vocab {

    static {
        // Jena's vocabularies need the library initialised first (a cycle otherwise leaves them null).
        org.apache.jena.sys.JenaSystem.init();
    }

    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final String FABIO = "http://purl.org/spar/fabio/";
    public static final String CITO = "http://purl.org/spar/cito/";
    public static final String C4O = "http://purl.org/spar/c4o/";
    public static final String FOAF_NS = "http://xmlns.com/foaf/0.1/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String JKG = "https://w3id.org/journal-kg/ontology#";

    public static final Node TYPE = RDF.type.asNode();
    public static final Node FIRST = RDF.first.asNode();
    public static final Node REST = RDF.rest.asNode();
    public static final Node NIL = RDF.nil.asNode();

    // Classes
    public static final Node JOURNAL = bibo("Journal");
    public static final Node ISSUE = bibo("Issue");
    public static final Node ACADEMIC_ARTICLE = bibo("AcademicArticle");
    public static final Node PERSON = foaf("Person");
    public static final Node ORGANIZATION = foaf("Organization");
    public static final Node CONCEPT = skos("Concept");
    public static final Node CONCEPT_SCHEME = skos("ConceptScheme");
    public static final Node GRANT = schema("Grant");
    public static final Node SECTION = jkg("Section");
    public static final Node PARAGRAPH = jkg("Paragraph");
    public static final Node TABLE = jkg("Table");
    public static final Node FOOTNOTE = jkg("Footnote");
    public static final Node COLUMN = jkg("Column");

    // Citations
    public static final Node CITES = cito("cites");
    public static final Node CITATION = cito("Citation");
    public static final Node AUTHOR_SELF_CITATION = cito("AuthorSelfCitation");
    public static final Node JOURNAL_SELF_CITATION = cito("JournalSelfCitation");
    public static final Node HAS_CITING_ENTITY = cito("hasCitingEntity");
    public static final Node HAS_CITED_ENTITY = cito("hasCitedEntity");
    public static final Node HAS_CITATION_CHARACTERISATION = cito("hasCitationCharacterisation");
    public static final Node AGENT = foaf("Agent");
    public static final Node FAMILY_NAME = foaf("familyName");
    public static final Node GIVEN_NAME = foaf("givenName");
    public static final Node URL = schema("url");
    public static final Node DOI = bibo("doi");
    public static final Node LANGUAGE = dcterms("language");
    public static final Node PAGES = bibo("pages");
    public static final Node CSL = jkg("csl");
    public static final Node LOCATOR = jkg("locator");
    public static final Node IN_FOOTNOTE = jkg("inFootnote");
    public static final Node SAME_AS_ABOVE = jkg("sameAsAbove");
    public static final Node ISO_3166_ALPHA_2 = jkg("iso3166Alpha2");
    public static final Node COMMON_WORD_LABEL = jkg("commonWordLabel");
    public static final Node UNPARSED = jkg("unparsed");
    public static final Node PUBLISHER_PLACE = jkg("publisherPlace");

    // Mentions
    public static final Node MENTIONS = schema("mentions");
    public static final Node ANNOTATION = uri(OA + "Annotation");
    public static final Node SPECIFIC_RESOURCE = uri(OA + "SpecificResource");
    public static final Node TEXT_QUOTE_SELECTOR = uri(OA + "TextQuoteSelector");
    public static final Node TEXT_POSITION_SELECTOR = uri(OA + "TextPositionSelector");
    public static final Node HAS_BODY = uri(OA + "hasBody");
    public static final Node HAS_TARGET = uri(OA + "hasTarget");
    public static final Node HAS_SOURCE = uri(OA + "hasSource");
    public static final Node HAS_SELECTOR = uri(OA + "hasSelector");
    public static final Node EXACT = uri(OA + "exact");
    public static final Node PREFIX = uri(OA + "prefix");
    public static final Node SUFFIX = uri(OA + "suffix");
    public static final Node START = uri(OA + "start");
    public static final Node END = uri(OA + "end");
    public static final Node MOTIVATED_BY = uri(OA + "motivatedBy");
    public static final Node IDENTIFYING = uri(OA + "identifying");
    public static final Node TEXT_PART = jkg("TextPart");
    public static final Node MENTION_SUMMARY = jkg("MentionSummary");
    public static final Node CO_MENTION = jkg("CoMention");
    public static final Node PART_KIND = jkg("partKind");
    public static final Node EVIDENCE = jkg("evidence");
    public static final Node ENTITY = jkg("entity");
    public static final Node ARTICLE = jkg("article");
    public static final Node MENTION_COUNT = jkg("mentionCount");
    public static final Node SCORE = jkg("score");
    public static final Node EXAMPLE = jkg("example");
    public static final Node IN_TITLE = jkg("inTitle");
    public static final Node IN_ABSTRACT = jkg("inAbstract");
    public static final Node IN_KEYWORDS = jkg("inKeywords");
    public static final Node IN_BODY = jkg("inBody");
    public static final Node IN_NOTES = jkg("inNotes");

    public static Node fabio(String l) { return uri(FABIO + l); }
    public static Node bibo(String l) { return uri(BIBO + l); }

    // Properties
    public static final Node TITLE = dcterms("title");
    public static final Node ABSTRACT = dcterms("abstract");
    public static final Node IS_PART_OF = dcterms("isPartOf");
    public static final Node HAS_PART = dcterms("hasPart");
    public static final Node ISSUED = dcterms("issued");
    public static final Node CREATOR = dcterms("creator");
    public static final Node SUBJECT = dcterms("subject");
    public static final Node PUBLISHER = dcterms("publisher");
    public static final Node SOURCE = dcterms("source");
    public static final Node ISSN = bibo("issn");
    public static final Node ISSUE_NUMBER = bibo("issue");
    public static final Node VOLUME = bibo("volume");
    public static final Node PAGE_START = bibo("pageStart");
    public static final Node PAGE_END = bibo("pageEnd");
    public static final Node NUM_PAGES = bibo("numPages");
    public static final Node AUTHOR_LIST = bibo("authorList");
    public static final Node TRANSLATOR = bibo("translator");
    public static final Node EDITOR = bibo("editor");
    public static final Node NAME = foaf("name");
    public static final Node PREF_LABEL = skos("prefLabel");
    public static final Node ALT_LABEL = skos("altLabel");
    public static final Node IN_SCHEME = skos("inScheme");
    public static final Node AFFILIATION = schema("affiliation");
    public static final Node FUNDING = schema("funding");
    public static final Node FUNDER = schema("funder");
    public static final Node IDENTIFIER = schema("identifier");
    public static final Node SCHEMA_NAME = schema("name");
    public static final Node SPONSOR = schema("sponsor");
    public static final Node HAS_CONTENT = c4o("hasContent");
    public static final Node SAME_AS = OWL.sameAs.asNode();
    public static final Node LABEL = RDFS.label.asNode();

    public static final Node CN = jkg("cn");
    public static final Node FREQUENCY = jkg("frequency");
    public static final Node SUPERVISOR = jkg("supervisor");
    public static final Node CUMULATIVE_NUMBER = jkg("cumulativeNumber");
    public static final Node EDITOR_IN_CHIEF = jkg("editorInChief");
    public static final Node DEPUTY_EDITOR = jkg("deputyEditor");
    public static final Node IN_COLUMN = jkg("column");
    public static final Node CLC = jkg("clc");
    public static final Node DOCUMENT_CODE = jkg("documentCode");
    public static final Node ARTICLE_NUMBER = jkg("articleNumber");
    public static final Node FORMER_AFFILIATION = jkg("formerAffiliation");
    public static final Node AUTHOR_NOTE = jkg("authorNote");
    public static final Node PROGRAMME = jkg("programme");
    public static final Node HAS_SECTION = jkg("hasSection");
    public static final Node HAS_PARAGRAPH = jkg("hasParagraph");
    public static final Node HAS_FOOTNOTE = jkg("hasFootnote");
    public static final Node POSITION = jkg("position");
    public static final Node LEVEL = jkg("level");
    public static final Node SECTION_LABEL = jkg("sectionLabel");
    public static final Node IN_SECTION = jkg("inSection");
    public static final Node IN_PARAGRAPH = jkg("inParagraph");
    public static final Node MARKER_NUMBER = jkg("markerNumber");
    public static final Node MARKER_OFFSET = jkg("markerOffset");
    public static final Node ORIGINAL_TEXT = jkg("originalText");
    public static final Node SOURCE_LINE = jkg("sourceLine");

    public static final String XSD_NS = XSD.NS;

    private Vocab() { }

    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("rdf", RDF.uri);
        pm.setNsPrefix("rdfs", RDFS.uri);
        pm.setNsPrefix("owl", OWL.NS);
        pm.setNsPrefix("xsd", XSD.NS);
        pm.setNsPrefix("dcterms", DCTERMS);
        pm.setNsPrefix("bibo", BIBO);
        pm.setNsPrefix("fabio", FABIO);
        pm.setNsPrefix("cito", CITO);
        pm.setNsPrefix("c4o", C4O);
        pm.setNsPrefix("foaf", FOAF.NS);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("wd", WD);
        pm.setNsPrefix("jkg", JKG);
        return pm;
    }

    /** The PREFIX lines for SPARQL text. */
    public static String sparqlPrefixes() {
        StringBuilder b = new StringBuilder();
        prefixes().getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        return b.toString();
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }
    private static Node dcterms(String l) { return uri(DCTERMS + l); }
    private static Node foaf(String l) { return uri(FOAF_NS + l); }
    private static Node skos(String l) { return uri(SKOS + l); }
    private static Node schema(String l) { return uri(SCHEMA + l); }
    private static Node c4o(String l) { return uri(C4O + l); }
    private static Node cito(String l) { return uri(CITO + l); }
    public static Node jkg(String l) { return uri(JKG + l); }
}
