package org.journalkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.journalkg.issue.BundledIssue;
import org.junit.jupiter.api.Test;

/** The project's own terms are few and each is declared, with a comment that says why it exists. */
class OntologyTest {

    private static final String JKG = "https://w3id.org/journal-kg/ontology#";

    @Test
    void every_jkg_term_the_graph_uses_is_declared_with_a_comment() {
        List<Quad> quads = new IssueQuads(new Iris("https://example.org/kg/"), List.of(BundledIssue.get()), org.journalkg.mention.KnowledgeBase.load("https://example.org/kg/")).all();
        Set<String> used = new TreeSet<>();
        for (Quad q : quads) {
            add(used, q.getPredicate());
            if (q.getPredicate().equals(Vocab.TYPE)) {
                add(used, q.getObject());
            }
        }
        assertTrue(used.contains("example") && used.contains("MentionSummary") && used.contains("locator"), used::toString);
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, Path.of("ontology/journal-kg.ttl").toString());
        Set<String> undeclared = new TreeSet<>();
        for (String t : used) {
            Resource r = ontology.getResource(JKG + t);
            if (!ontology.contains(r, RDF.type) || !ontology.contains(r, RDFS.comment)) {
                undeclared.add(t);
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    private static void add(Set<String> used, Node n) {
        if (n.isURI() && n.getURI().startsWith(JKG)) {
            used.add(n.getURI().substring(JKG.length()));
        }
    }
}
