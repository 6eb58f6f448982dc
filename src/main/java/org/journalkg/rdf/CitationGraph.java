package org.journalkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.journalkg.cite.Citation;
import org.journalkg.cite.CitationReader;
import org.journalkg.cite.CslJson;
import org.journalkg.cite.Name;
import org.journalkg.cite.NoteCitations;
import org.journalkg.cite.Work;
import org.journalkg.issue.Article;
import org.journalkg.issue.Contributor;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Person;
import org.journalkg.issue.Similarity;
import org.journalkg.issue.Transliteration;

/**
 * What the footnotes cite, as quads in each article's graph: the article cito:cites each work;
 * each footnote–work pair is a cito:Citation that carries the page locator (never the work);
 * a cited author who is an author of the issue is that same person node.
 * <pre>
 *   List&lt;Quad&gt; quads = new CitationGraph(iris).quads(CitationReader.read(issues));
 * </pre>
 */
public final class CitationGraph {

    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("article-journal", Vocab.FABIO + "JournalArticle"),
            Map.entry("article-magazine", Vocab.FABIO + "MagazineArticle"),
            Map.entry("article-newspaper", Vocab.FABIO + "NewspaperArticle"),
            Map.entry("book", Vocab.FABIO + "Book"),
            Map.entry("chapter", Vocab.FABIO + "BookChapter"),
            Map.entry("report", Vocab.FABIO + "ReportDocument"),
            Map.entry("webpage", Vocab.FABIO + "WebPage"),
            Map.entry("thesis", Vocab.FABIO + "Thesis"),
            Map.entry("paper-conference", Vocab.FABIO + "ConferencePaper"),
            Map.entry("standard", Vocab.BIBO + "Standard"),
            Map.entry("patent", Vocab.BIBO + "Patent"),
            Map.entry("legislation", Vocab.BIBO + "Legislation"),
            Map.entry("treaty", Vocab.BIBO + "LegalDocument"),
            Map.entry("document", Vocab.BIBO + "Document"));

    private static final Map<String, String> VENUES = Map.of(
            "article-journal", Vocab.FABIO + "Journal",
            "article-magazine", Vocab.FABIO + "Magazine",
            "article-newspaper", Vocab.FABIO + "Newspaper",
            "chapter", Vocab.FABIO + "Book",
            "paper-conference", Vocab.FABIO + "ConferenceProceedings",
            "webpage", Vocab.FABIO + "WebSite");

    private final Iris iris;
    /** The first name each cited agent was written with: SKOS and the shapes allow one per language. */
    private final Map<Node, String> firstNames = new HashMap<>();

    public CitationGraph(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** The IRI of a work. */
    public Node work(CitationReader.Reading reading, Work w) {
        return iris.work(reading.works().id(w));
    }

    public List<Quad> quads(CitationReader.Reading reading) {
        List<Quad> out = new ArrayList<>();
        Map<String, Node> people = issuePeople(reading);
        for (CitationReader.IssueNotes in : reading.issues()) {
            out.addAll(quads(reading, in, people));
        }
        return out;
    }

    /**
     * The citation quads of one issue. Call in the order of the issues: a cited name keeps the
     * first spelling met as its foaf:name.
     */
    public List<Quad> quads(CitationReader.Reading reading, CitationReader.IssueNotes in, Map<String, Node> people) {
        List<Quad> out = new ArrayList<>();
        IssueGraph issues = new IssueGraph(iris);
        Issue issue = in.issue();
        String journalTitle = issue.journal().title().get(Lang.ZH);
        for (Article a : issue.articles()) {
            Node art = issues.articleNode(issue, a);
            Node graph = issues.articleGraph(issue, a);
            Set<Node> authors = new HashSet<>();
            a.authors().forEach(c -> authors.add(personNode(c.person())));
            Set<Node> described = new HashSet<>();
            for (NoteCitations n : in.of(a)) {
                Node note = iris.within(art, "note/" + n.footnote());
                if (n.ibid()) {
                    out.add(Quad.create(graph, note, Vocab.SAME_AS_ABOVE, bool(true)));
                }
                if (!n.parsed()) {
                    out.add(Quad.create(graph, note, Vocab.UNPARSED, bool(true)));
                }
                int k = 0;
                for (Citation c : n.citations()) {
                    k++;
                    Node work = work(reading, c.work());
                    out.add(Quad.create(graph, art, Vocab.CITES, work));
                    if (described.add(work)) {
                        describe(out, graph, work, c.work(), people);
                    }
                    Node citation = iris.within(art, "citation/" + n.footnote() + "-" + k);
                    out.add(Quad.create(graph, citation, Vocab.TYPE, Vocab.CITATION));
                    if (selfCitation(c.work(), authors, people)) {
                        out.add(Quad.create(graph, citation, Vocab.TYPE, Vocab.AUTHOR_SELF_CITATION));
                    }
                    if (journalTitle != null && journalTitle.equals(c.work().containerTitle)) {
                        out.add(Quad.create(graph, citation, Vocab.TYPE, Vocab.JOURNAL_SELF_CITATION));
                    }
                    out.add(Quad.create(graph, citation, Vocab.HAS_CITING_ENTITY, art));
                    out.add(Quad.create(graph, citation, Vocab.HAS_CITED_ENTITY, work));
                    out.add(Quad.create(graph, citation, Vocab.HAS_CITATION_CHARACTERISATION, Vocab.CITES));
                    out.add(Quad.create(graph, citation, Vocab.IN_FOOTNOTE, note));
                    out.add(Quad.create(graph, citation, Vocab.POSITION, integer(k)));
                    if (c.locator() != null) {
                        out.add(Quad.create(graph, citation, Vocab.LOCATOR, NodeFactory.createLiteralString(c.locator())));
                    }
                }
            }
        }
        return out;
    }

    private boolean selfCitation(Work w, Set<Node> articleAuthors, Map<String, Node> people) {
        for (Name n : w.author) {
            if (articleAuthors.contains(agent(n, people))) {
                return true;
            }
        }
        return false;
    }

    private void describe(List<Quad> out, Node g, Node work, Work w, Map<String, Node> people) {
        out.add(Quad.create(g, work, Vocab.TYPE, NodeFactory.createURI(CLASSES.getOrDefault(w.type, Vocab.BIBO + "Document"))));
        String lang = w.language;
        out.add(Quad.create(g, work, Vocab.TITLE, lang == null ? NodeFactory.createLiteralString(w.title) : NodeFactory.createLiteralLang(w.title, lang)));
        agents(out, g, work, Vocab.CREATOR, w.author, people, lang);
        agents(out, g, work, Vocab.EDITOR, w.editor, people, lang);
        agents(out, g, work, Vocab.TRANSLATOR, w.translator, people, lang);
        if (w.issued != null) {
            XSDDatatype dt = w.issued.length() == 4 ? XSDDatatype.XSDgYear : w.issued.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
            out.add(Quad.create(g, work, Vocab.ISSUED, NodeFactory.createLiteralDT(w.issued, dt)));
        }
        if (w.url != null) {
            out.add(Quad.create(g, work, Vocab.URL, NodeFactory.createLiteralDT(w.url, XSDDatatype.XSDanyURI)));
        }
        literal(out, g, work, Vocab.DOI, w.doi);
        literal(out, g, work, Vocab.LANGUAGE, w.language);
        literal(out, g, work, Vocab.VOLUME, w.volume);
        literal(out, g, work, Vocab.ISSUE_NUMBER, w.issue);
        literal(out, g, work, Vocab.PAGES, w.page);
        literal(out, g, work, Vocab.PUBLISHER_PLACE, w.publisherPlace);
        if (w.publisher != null) {
            Node org = iris.organization(w.publisher);
            out.add(Quad.create(g, work, Vocab.PUBLISHER, org));
            out.add(Quad.create(g, org, Vocab.TYPE, Vocab.ORGANIZATION));
            out.add(Quad.create(g, org, Vocab.NAME, NodeFactory.createLiteralString(w.publisher)));
        }
        if (w.containerTitle != null) {
            Node venue = iris.venue(w.containerTitle);
            out.add(Quad.create(g, work, Vocab.IS_PART_OF, venue));
            out.add(Quad.create(g, venue, Vocab.TYPE, NodeFactory.createURI(VENUES.getOrDefault(w.type, Vocab.FABIO + "Expression"))));
            out.add(Quad.create(g, venue, Vocab.TITLE, lang == null ? NodeFactory.createLiteralString(w.containerTitle)
                    : NodeFactory.createLiteralLang(w.containerTitle, lang)));
        }
        out.add(Quad.create(g, work, Vocab.CSL, NodeFactory.createLiteralDT(JSON.toStringFlat(CslJson.item(work.getURI(), w)),
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(RDF.getURI() + "JSON"))));
    }

    private void agents(List<Quad> out, Node g, Node work, Node property, List<Name> names, Map<String, Node> people, String lang) {
        for (Name n : names) {
            Node agent = agent(n, people);
            out.add(Quad.create(g, work, property, agent));
            boolean org = agent.getURI().startsWith(iris.base() + "org/");
            out.add(Quad.create(g, agent, Vocab.TYPE, org ? Vocab.ORGANIZATION : Vocab.PERSON));
            if (!people.containsValue(agent)) {
                String display = n.isLiteral() ? n.literal() : (n.given() == null ? n.family() : n.given() + " " + n.family());
                // Names are labelled in the journal's three languages: a name in a French or Ukrainian work by its script.
                String tag = lang != null && lang.matches("zh|ru|en") ? lang
                        : Script.of(display) != null ? Script.of(display).tag() : "en";
                String first = firstNames.putIfAbsent(NodeFactory.createURI(agent.getURI() + "@" + tag), display);
                Node label = NodeFactory.createLiteralLang(display, tag);
                out.add(Quad.create(g, agent, first == null || first.equals(display) ? Vocab.NAME : Vocab.ALT_LABEL, label));
                if (!n.isLiteral()) {
                    out.add(Quad.create(g, agent, Vocab.FAMILY_NAME, NodeFactory.createLiteralString(n.family())));
                    if (n.given() != null) {
                        out.add(Quad.create(g, agent, Vocab.GIVEN_NAME, NodeFactory.createLiteralString(n.given())));
                    }
                }
            }
        }
    }

    /**
     * The node of a cited name: an author of the issue where the name is theirs (崔珩; Ефременко
     * Д. В.; D. V. Yefremenko), else a person by family name and initials, else an organization.
     */
    private Node agent(Name n, Map<String, Node> people) {
        if (n.isLiteral()) {
            String lit = n.literal();
            if (people.containsKey(lit)) {
                return people.get(lit);
            }
            boolean chinesePerson = lit.codePointCount(0, lit.length()) <= 4 && lit.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || lit.contains("·");
            return chinesePerson ? iris.person(lit) : iris.organization(lit);
        }
        String key = westernKey(n.family(), n.given());
        return people.getOrDefault(key, iris.person(key));
    }

    /** latin family name + initials: Караганов С. А. and S. A. Karaganov both give karaganov-sa. */
    static String westernKey(String family, String given) {
        String f = Similarity.key(Transliteration.latin(family)).replaceFirst("^ye", "e").replaceFirst("^yu", "iu");
        StringBuilder initials = new StringBuilder();
        if (given != null) {
            for (String part : given.split("[\\s.\\-]+")) {
                if (!part.isEmpty() && !part.matches("(?i)jr|sr")) {
                    initials.append(Transliteration.latin(part.substring(0, 1)).charAt(0));
                }
            }
        }
        return (f + (initials.length() == 0 ? "" : "-" + initials)).toLowerCase(Locale.ROOT);
    }

    /** The issue's own people by every key a citation may use for them. */
    public Map<String, Node> issuePeople(CitationReader.Reading reading) {
        Map<String, Node> out = new HashMap<>();
        for (CitationReader.IssueNotes in : reading.issues()) {
            for (Article a : in.issue().articles()) {
                List<Contributor> all = new ArrayList<>(a.authors());
                all.addAll(a.translators());
                for (Contributor c : all) {
                    Person p = c.person();
                    Node node = personNode(p);
                    if (p.name().get(Lang.ZH) != null) {
                        out.put(p.name().get(Lang.ZH), node);
                    }
                    List<String> western = new ArrayList<>(p.variants());
                    if (p.name().get(Lang.RU) != null) {
                        western.add(p.name().get(Lang.RU));
                    }
                    if (p.name().get(Lang.EN) != null) {
                        western.add(p.name().get(Lang.EN));
                    }
                    for (String w : western) {
                        // "Д. В. Ефременко" / "D. V. Efremenko": initials first, family last.
                        String[] t = w.strip().split("\\s+");
                        if (t.length >= 2 && !Similarity.key(w).isEmpty()) {
                            String family = t[t.length - 1];
                            String given = String.join(" ", java.util.Arrays.copyOf(t, t.length - 1));
                            if (given.matches("(?:\\p{Lu}\\.\\s*)+")) {
                                out.put(westernKey(family, given), node);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private Node personNode(Person p) {
        String key = p.name().get(Lang.ZH) != null ? p.name().get(Lang.ZH)
                : p.name().get(Lang.EN) != null ? p.name().get(Lang.EN) : p.name().get(Lang.RU);
        return iris.person(key);
    }

    private static void literal(List<Quad> out, Node g, Node s, Node p, String v) {
        if (v != null && !v.isBlank()) {
            out.add(Quad.create(g, s, p, NodeFactory.createLiteralString(v)));
        }
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }
}
