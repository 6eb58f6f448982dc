package org.journalkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.issue.Issue;
import org.journalkg.layout.Layouts;
import org.junit.jupiter.api.Test;

/** Theses and conference papers from a GB/T 7714 reference list get FaBiO classes of their own. */
class CitedTypesTest {

    @Test
    void a_thesis_and_a_conference_paper_are_typed_as_such() {
        Issue one = Layouts.read(Path.of("src/test/resources/layout/web/gbt-references.txt"), null).issue();
        List<Quad> quads = new IssueQuads(new Iris(Iris.DEFAULT_BASE), List.of(one), org.journalkg.mention.KnowledgeBase.load(Iris.DEFAULT_BASE)).all();
        TreeSet<String> types = new TreeSet<>();
        quads.stream().filter(q -> q.getSubject().getURI() != null && q.getSubject().getURI().contains("/work/")
                && q.getPredicate().equals(Vocab.TYPE)).forEach(q -> types.add(q.getObject().getURI()));
        assertEquals(new TreeSet<>(List.of("http://purl.org/spar/fabio/ConferencePaper", "http://purl.org/spar/fabio/Thesis")), types);
    }

    @Test
    void bibtex_and_ris_name_them_too() {
        List<org.apache.jena.atlas.json.JsonObject> works = org.journalkg.cite.ReferenceList.works(org.journalkg.cite.ReferenceList.read(
                "[1] 赵华. 中亚能源合作机制研究[D]. 上海: 华东师范大学, 2019.\n"
                + "[2] 刘强. 上合组织能源俱乐部的运作[C]//中国国际关系学会. 中国国际关系学会年会论文集. 北京: 世界知识出版社, 2021: 30-41.\n", 0));
        String bib = org.journalkg.cite.BibTeX.write(works);
        org.junit.jupiter.api.Assertions.assertTrue(bib.contains("@phdthesis{") && bib.contains("school = {华东师范大学}"), bib);
        org.junit.jupiter.api.Assertions.assertTrue(bib.contains("@inproceedings{") && bib.contains("booktitle = {中国国际关系学会年会论文集}"), bib);
        String ris = org.journalkg.cite.Ris.write(works);
        org.junit.jupiter.api.Assertions.assertTrue(ris.contains("TY  - THES") && ris.contains("TY  - CPAPER"), ris);
    }
}
