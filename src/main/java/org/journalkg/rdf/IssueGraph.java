package org.journalkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.issue.Affiliation;
import org.journalkg.issue.Article;
import org.journalkg.issue.ArticleKey;
import org.journalkg.issue.Contributor;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Funding;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Paragraph;
import org.journalkg.issue.Person;
import org.journalkg.issue.Section;
import org.journalkg.issue.Texts;

/**
 * The issue model as quads: one named graph for the issue (journal, issue, its editors) and
 * one per article. No blank nodes, so the same issue always gives the same quads.
 * <pre>
 *   List&lt;Quad&gt; quads = new IssueGraph(new Iris(Iris.DEFAULT_BASE)).quads(issue);
 * </pre>
 */
public final class IssueGraph {

    private final Iris iris;

    public IssueGraph(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** The issue's node, or null where the reading names no journal, year and number. */
    public Node issueNode(Issue issue) {
        return issue.identified() ? iris.issue(issuePath(issue)) : null;
    }

    public Node articleNode(Issue issue, Article article) {
        return iris.article(articlePath(issue, article));
    }

    /** The named graph that holds one article. */
    public Node articleGraph(Issue issue, Article article) {
        return iris.graph(articlePath(issue, article));
    }

    /**
     * Where an article's IRI comes from: its issue and first page where both are known (so a
     * single article keeps the IRI the whole issue gives it), else its DOI, else a stable key of
     * its title and first author; never a missing page.
     */
    private String articlePath(Issue issue, Article a) {
        if (issue.identified() && a.firstPage() > 0) {
            return issuePath(issue) + "/article/" + a.firstPage();
        }
        if (a.doi() != null) {
            return "article/doi/" + Iris.doiPath(a.doi());
        }
        return "article/" + ArticleKey.hash(a);
    }

    private String issuePath(Issue issue) {
        return iris.issuePath(issue.journal().issn(), issue.year(), issue.number());
    }

    /** The quads of one issue. */
    public List<Quad> quads(Issue issue) {
        return quads(List.of(issue));
    }

    /**
     * The quads of several issues. A keyword or person named differently in different places
     * (сибиризация / Сибирязация) gets one preferred label per language across all of them,
     * the first met; the others become skos:altLabel.
     */
    public List<Quad> quads(List<Issue> issues) {
        Labels labels = Labels.of(issues);
        List<Quad> out = new ArrayList<>();
        for (Issue issue : issues) {
            out.addAll(quads(issue, labels));
        }
        return out;
    }

    /** The quads of one issue, with labels chosen across all issues of the build. */
    List<Quad> quads(Issue issue, Labels labels) {
        Sink s = new Sink(null);
        Node issueNode = issueNode(issue);
        if (issueNode != null) {
            s.graph = iris.issueGraph(issuePath(issue));
            issue(s, issue, issueNode);
        }
        for (Article a : issue.articles()) {
            s.graph = articleGraph(issue, a);
            article(s, labels, issueNode, articleNode(issue, a), a);
        }
        return s.quads;
    }

    /** The journal and the issue, in the issue's graph. */
    private void issue(Sink s, Issue issue, Node issueNode) {
        Node journal = iris.journal(issue.journal().issn());

        s.add(journal, Vocab.TYPE, Vocab.JOURNAL);
        s.texts(journal, Vocab.TITLE, issue.journal().title());
        s.literal(journal, Vocab.ISSN, issue.journal().issn());
        s.literal(journal, Vocab.CN, issue.journal().cn());
        s.lang(journal, Vocab.FREQUENCY, issue.journal().frequency(), Lang.ZH);
        s.add(journal, Vocab.PUBLISHER, s.org(issue.journal().publisher()));
        s.add(journal, Vocab.SPONSOR, s.org(issue.journal().sponsor()));
        s.add(journal, Vocab.SUPERVISOR, s.org(issue.journal().supervisor()));

        s.add(issueNode, Vocab.TYPE, Vocab.ISSUE);
        s.add(issueNode, Vocab.IS_PART_OF, journal);
        s.literal(issueNode, Vocab.ISSUE_NUMBER, String.valueOf(issue.number()));
        s.literal(issueNode, Vocab.VOLUME, String.valueOf(issue.year()));
        s.texts(issueNode, Vocab.TITLE, Texts.of(
                issue.year() + "年第" + issue.number() + "期",
                issue.year() + ", № " + issue.number(),
                issue.year() + ", No. " + issue.number()));
        if (issue.published() != null) {
            s.add(issueNode, Vocab.ISSUED, NodeFactory.createLiteralDT(issue.published().toString(), XSDDatatype.XSDdate));
        }
        if (issue.cumulativeNumber() != null) {
            s.integer(issueNode, Vocab.CUMULATIVE_NUMBER, issue.cumulativeNumber());
        }
        s.literal(issueNode, Vocab.SOURCE, sourceName(issue.source()));
        if (issue.editorInChief() != null) {
            s.add(issueNode, Vocab.EDITOR_IN_CHIEF, s.person(issue.editorInChief()));
        }
        for (Person p : issue.deputyEditors()) {
            s.add(issueNode, Vocab.DEPUTY_EDITOR, s.person(p));
        }
        for (Article a : issue.articles()) {
            s.add(issueNode, Vocab.HAS_PART, articleNode(issue, a));
        }
    }

    /** The file name only: where a file lay on one machine is not part of the graph. */
    private static String sourceName(String source) {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private void article(Sink s, Labels labels, Node issueNode, Node art, Article a) {
        s.add(art, Vocab.TYPE, Vocab.ACADEMIC_ARTICLE);
        s.add(art, Vocab.IS_PART_OF, issueNode);
        s.texts(art, Vocab.TITLE, a.title());
        s.texts(art, Vocab.ABSTRACT, a.abstracts());
        if (a.hasPages()) {
            s.integer(art, Vocab.PAGE_START, a.firstPage());
            s.integer(art, Vocab.PAGE_END, a.lastPage());
            s.integer(art, Vocab.NUM_PAGES, a.pageCount());
        }
        s.literal(art, Vocab.DOI, a.doi());
        s.literal(art, Vocab.CLC, a.clc());
        s.literal(art, Vocab.DOCUMENT_CODE, a.documentCode());
        s.literal(art, Vocab.ARTICLE_NUMBER, a.articleNumber());
        if (a.column() != null) {
            Node column = iris.column(a.column());
            s.add(column, Vocab.TYPE, Vocab.COLUMN);
            s.add(column, Vocab.TYPE, Vocab.CONCEPT);
            s.lang(column, Vocab.PREF_LABEL, a.column(), Lang.ZH);
            s.add(art, Vocab.IN_COLUMN, column);
        }

        List<Node> authors = new ArrayList<>();
        for (Contributor c : a.authors()) {
            Node p = s.contributor(c);
            authors.add(p);
            s.add(art, Vocab.CREATOR, p);
        }
        if (!authors.isEmpty()) {
            Node list = iris.within(art, "authors");
            s.add(art, Vocab.AUTHOR_LIST, list);
            for (int i = 0; i < authors.size(); i++) {
                Node cell = i == 0 ? list : iris.within(art, "authors/" + (i + 1));
                Node next = i + 1 < authors.size() ? iris.within(art, "authors/" + (i + 2)) : Vocab.NIL;
                s.add(cell, Vocab.FIRST, authors.get(i));
                s.add(cell, Vocab.REST, next);
            }
        }
        for (Contributor c : a.translators()) {
            s.add(art, Vocab.TRANSLATOR, s.contributor(c));
        }
        if (a.responsibleEditor() != null) {
            s.add(art, Vocab.EDITOR, s.person(a.responsibleEditor()));
        }

        int keywords = Labels.count(a);
        for (int i = 0; i < keywords; i++) {
            Texts given = Labels.keyword(a, i);
            String key = Labels.keywordKey(given);
            Texts preferred = labels.preferredKeyword(key);
            Node concept = iris.keyword(key);
            s.add(concept, Vocab.TYPE, Vocab.CONCEPT);
            s.add(concept, Vocab.IN_SCHEME, iris.keywordScheme());
            s.texts(concept, Vocab.PREF_LABEL, preferred);
            for (Lang l : Lang.values()) {
                if (given.get(l) != null && !given.get(l).equals(preferred.get(l))) {
                    s.lang(concept, Vocab.ALT_LABEL, given.get(l), l);
                }
            }
            s.add(art, Vocab.SUBJECT, concept);
        }
        if (keywords > 0) {
            s.add(iris.keywordScheme(), Vocab.TYPE, Vocab.CONCEPT_SCHEME);
            s.texts(iris.keywordScheme(), Vocab.PREF_LABEL, Texts.of("关键词", "Ключевые слова", "Keywords"));
        }

        for (Funding f : a.funding()) {
            Node grant = iris.grant(f.identifier());
            s.add(grant, Vocab.TYPE, Vocab.GRANT);
            s.literal(grant, Vocab.IDENTIFIER, f.identifier());
            s.lang(grant, Vocab.SCHEMA_NAME, f.title(), Lang.ZH);
            s.lang(grant, Vocab.PROGRAMME, f.programme(), Lang.ZH);
            if (f.funder() != null) {
                s.add(grant, Vocab.FUNDER, s.org(f.funder()));
            }
            s.add(art, Vocab.FUNDING, grant);
        }

        List<Node> sections = new ArrayList<>();
        for (Section sec : a.sections()) {
            Node n = iris.within(art, "section/" + (sec.index() + 1));
            sections.add(n);
            s.add(n, Vocab.TYPE, Vocab.SECTION);
            s.integer(n, Vocab.POSITION, sec.index() + 1);
            s.integer(n, Vocab.LEVEL, sec.level());
            s.lang(n, Vocab.SECTION_LABEL, sec.label(), Lang.ZH);
            s.lang(n, Vocab.TITLE, sec.title(), Lang.ZH);
            s.add(n, Vocab.IS_PART_OF, sec.parent() == null ? art : sections.get(sec.parent()));
            s.add(art, Vocab.HAS_SECTION, n);
        }
        List<Node> paragraphs = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            Node n = iris.within(art, "paragraph/" + (p.index() + 1));
            paragraphs.add(n);
            s.add(n, Vocab.TYPE, Vocab.PARAGRAPH);
            if (p.kind() == Paragraph.Kind.TABLE) {
                s.add(n, Vocab.TYPE, Vocab.TABLE);
            }
            s.integer(n, Vocab.POSITION, p.index() + 1);
            s.lang(n, Vocab.HAS_CONTENT, p.text(), Script.of(p.text()));
            if (!p.original().equals(p.text())) {
                s.literal(n, Vocab.ORIGINAL_TEXT, p.original());
            }
            s.integer(n, Vocab.SOURCE_LINE, p.firstLine());
            s.add(n, Vocab.IS_PART_OF, art);
            if (p.section() != null) {
                s.add(n, Vocab.IN_SECTION, sections.get(p.section()));
            }
            s.add(art, Vocab.HAS_PARAGRAPH, n);
        }
        for (Footnote f : a.footnotes()) {
            Node n = iris.within(art, "note/" + f.position());
            s.add(n, Vocab.TYPE, Vocab.FOOTNOTE);
            s.integer(n, Vocab.POSITION, f.position());
            s.integer(n, Vocab.MARKER_NUMBER, f.markerNumber());
            s.lang(n, Vocab.HAS_CONTENT, f.text(), Script.of(f.text()));
            if (!f.original().equals(f.text())) {
                s.literal(n, Vocab.ORIGINAL_TEXT, f.original());
            }
            s.integer(n, Vocab.SOURCE_LINE, f.line());
            if (f.paragraph() >= 0 && f.paragraph() < paragraphs.size()) {
                s.add(n, Vocab.IN_PARAGRAPH, paragraphs.get(f.paragraph()));
            }
            if (f.offset() >= 0) {
                s.integer(n, Vocab.MARKER_OFFSET, f.offset());
            }
            s.add(n, Vocab.IS_PART_OF, art);
            s.add(art, Vocab.HAS_FOOTNOTE, n);
        }
    }


    /** Collects quads into the current graph. */
    private final class Sink {
        final List<Quad> quads = new ArrayList<>();
        Node graph;

        Sink(Node graph) {
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            if (o != null) {
                quads.add(Quad.create(graph, s, p, o));
            }
        }

        void literal(Node s, Node p, String value) {
            if (value != null && !value.isBlank()) {
                add(s, p, NodeFactory.createLiteralString(value));
            }
        }

        void lang(Node s, Node p, String value, Lang lang) {
            if (value != null && !value.isBlank()) {
                add(s, p, lang == null ? NodeFactory.createLiteralString(value) : NodeFactory.createLiteralLang(value, lang.tag()));
            }
        }

        void texts(Node s, Node p, Texts texts) {
            for (Lang l : Lang.values()) {
                lang(s, p, texts.get(l), l);
            }
        }

        void integer(Node s, Node p, long value) {
            add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
        }

        Node org(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            Node o = iris.organization(name);
            add(o, Vocab.TYPE, Vocab.ORGANIZATION);
            lang(o, Vocab.NAME, name, Lang.ZH);
            return o;
        }

        Node person(Person p) {
            String key = p.name().get(Lang.ZH) != null ? p.name().get(Lang.ZH)
                    : p.name().get(Lang.EN) != null ? p.name().get(Lang.EN) : p.name().get(Lang.RU);
            Node n = iris.person(key);
            add(n, Vocab.TYPE, Vocab.PERSON);
            texts(n, Vocab.NAME, p.name());
            for (String v : p.variants()) {
                lang(n, Vocab.ALT_LABEL, v, Script.of(v));
            }
            return n;
        }

        Node contributor(Contributor c) {
            Node p = person(c.person());
            for (Affiliation a : c.affiliations()) {
                add(p, a.former() ? Vocab.FORMER_AFFILIATION : Vocab.AFFILIATION, org(a.organization()));
            }
            lang(p, Vocab.AUTHOR_NOTE, c.note(), Lang.ZH);
            return p;
        }
    }
}
