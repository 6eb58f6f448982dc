package org.journalkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Issue;
import org.junit.jupiter.api.Test;

/** The graph of the bundled issue through the core-profile terms. */
class IssueGraphTest {

    static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    static final List<Quad> QUADS = new IssueGraph(IRIS).quads(BundledIssue.get());

    static List<QuerySolution> select(String sparql) {
        // As in the store: named graphs, and a default graph that is their union.
        DatasetGraph dsg = RdfOutput.dataset(QUADS);
        QUADS.forEach(q -> dsg.getDefaultGraph().add(q.asTriple()));
        Dataset ds = DatasetFactory.wrap(dsg);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Vocab.sparqlPrefixes() + sparql).build()) {
            List<QuerySolution> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void two_extracts_give_identical_sorted_nquads() {
        Issue again = org.journalkg.issue.IssueReader.read(org.journalkg.read.TextReader.readBundled());
        assertEquals(RdfOutput.sortedNQuads(QUADS), RdfOutput.sortedNQuads(new IssueGraph(IRIS).quads(again)));
        assertTrue(QUADS.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
    }

    @Test
    void one_named_graph_per_article_plus_one_for_the_issue() {
        long graphs = QUADS.stream().map(Quad::getGraph).distinct().count();
        assertEquals(8, graphs);
    }

    @Test
    void the_seven_articles_with_pages_and_titles_in_three_languages() {
        List<QuerySolution> rows = select("""
                SELECT ?start ?end ?zh ?ru ?en { GRAPH ?g {
                  ?a a bibo:AcademicArticle ; dcterms:isPartOf ?i ; bibo:pageStart ?start ; bibo:pageEnd ?end ;
                     dcterms:title ?zh, ?ru, ?en
                  FILTER(lang(?zh) = "zh" && lang(?ru) = "ru" && lang(?en) = "en") }
                  ?i a bibo:Issue ; bibo:issue "2" ; bibo:volume "2026" ; dcterms:isPartOf ?j .
                  ?j bibo:issn "1009-721X" } ORDER BY ?start""");
        assertEquals(List.of(3, 5, 24, 48, 67, 91, 121), rows.stream().map(r -> r.getLiteral("start").getInt()).toList());
        assertEquals(List.of(4, 23, 47, 66, 90, 120, 145), rows.stream().map(r -> r.getLiteral("end").getInt()).toList());
        assertEquals("中俄美国际战略互动和全球治理体系建设", rows.get(1).getLiteral("zh").getString());
    }

    @Test
    void the_same_person_is_one_node_as_author_and_editor_with_variants() {
        List<QuerySolution> rows = select("""
                SELECT ?p ?edited ?authored { ?e bibo:editor ?p ; bibo:pageStart ?edited .
                  ?a dcterms:creator ?p ; bibo:pageStart ?authored . ?p foaf:name "崔珩"@zh }""");
        assertEquals(1, rows.size());
        assertEquals(5, rows.get(0).getLiteral("edited").getInt());
        assertEquals(67, rows.get(0).getLiteral("authored").getInt());
        List<QuerySolution> fu = select("SELECT ?v { ?p foaf:name \"付兴昶\"@zh ; skos:altLabel ?v } ORDER BY ?v");
        assertEquals(List.of("Fu Xinyang", "付兴旻"), fu.stream().map(r -> r.getLiteral("v").getString()).toList());
        List<QuerySolution> yang = select("SELECT ?ru { ?p foaf:name \"杨洁勉\"@zh, ?ru FILTER(lang(?ru) = \"ru\") }");
        assertEquals("Ян Цземянь", yang.get(0).getLiteral("ru").getString());
    }

    @Test
    void authors_in_byline_order_as_an_rdf_list() {
        List<QuerySolution> rows = select("""
                SELECT ?name { ?a bibo:pageStart 91 ; bibo:authorList ?l . ?l rdf:rest*/rdf:first ?p .
                  ?p foaf:name ?name FILTER(lang(?name) = "en") }""");
        assertEquals(List.of("Zhang Jiajun", "Bi Hongye"), rows.stream().map(r -> r.getLiteral("name").getString()).toList());
    }

    @Test
    void keywords_align_across_languages_with_one_preferred_label_each() {
        List<QuerySolution> rows = select("""
                SELECT ?ru ?alt { ?k skos:prefLabel "西伯利亚化"@zh, ?ru FILTER(lang(?ru) = "ru")
                  OPTIONAL { ?k skos:altLabel ?alt } }""");
        assertEquals(1, rows.size());
        assertEquals("сибиризация", rows.get(0).getLiteral("ru").getString());
        assertEquals("Сибирязация", rows.get(0).getLiteral("alt").getString());
    }

    @Test
    void footnotes_carry_position_text_and_paragraph() {
        List<QuerySolution> rows = select("""
                SELECT ?text ?pos ?para { ?a bibo:pageStart 5 ; jkg:hasFootnote ?n .
                  ?n jkg:position ?pos ; c4o:hasContent ?text ; jkg:inParagraph ?para FILTER(?pos = 1) }""");
        assertEquals(1, rows.size());
        assertEquals("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。", rows.get(0).getLiteral("text").getString());
        assertEquals(268, select("SELECT ?n { ?n a jkg:Footnote ; jkg:inParagraph ?p }").size());
    }

    @Test
    void the_graph_satisfies_the_shapes() {
        ValidationReport report = Shapes.validate(RdfOutput.dataset(QUADS).getUnionGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void a_configured_base_moves_every_iri() {
        List<Quad> quads = new IssueGraph(new Iris("http://example.org/kg/")).quads(BundledIssue.get());
        assertTrue(quads.stream().allMatch(q -> q.getGraph().getURI().startsWith("http://example.org/kg/graph/")));
        assertTrue(quads.stream().anyMatch(q -> q.getSubject().getURI().equals("http://example.org/kg/person/杨洁勉")));
    }
}
