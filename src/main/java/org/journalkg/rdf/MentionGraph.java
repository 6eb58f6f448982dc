package org.journalkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.issue.Issue;
import org.journalkg.mention.ArticleMentions;
import org.journalkg.mention.Entity;
import org.journalkg.mention.Examples;
import org.journalkg.mention.KnowledgeBase;
import org.journalkg.mention.Mention;
import org.journalkg.mention.TextPart;

/**
 * Mentions as quads: the article schema:mentions each entity; each mention is an oa:Annotation
 * whose target selects the words in the stored text of a paragraph, footnote or title/abstract/
 * keyword part, by quote and by character offsets; per article and entity a jkg:MentionSummary
 * counts where the mentions fall and names, as jkg:example, the few annotations whose sentences
 * "ask" quotes; jkg:CoMention counts pairs named in one sentence. The knowledge
 * base itself goes into its own named graph.
 */
public final class MentionGraph {

    private final Iris iris;

    public MentionGraph(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    public List<Quad> knowledgeBase(KnowledgeBase kb) {
        List<Quad> out = new ArrayList<>();
        Node g = iris.kbGraph();
        kb.graph().find().forEachRemaining(t -> out.add(Quad.create(g, t)));
        return out;
    }

    public List<Quad> quads(Issue issue, List<ArticleMentions> articles) {
        IssueGraph issues = new IssueGraph(iris);
        List<Quad> out = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            ArticleMentions am = articles.get(a);
            Node g = issues.articleGraph(issue, am.article());
            Node art = issues.articleNode(issue, am.article());
            for (TextPart p : am.parts()) {
                if (p.where() != TextPart.Where.BODY && p.where() != TextPart.Where.NOTES) {
                    // Titles, abstracts and keywords get a node of their own to carry the text the offsets count in.
                    Node part = part(art, p);
                    out.add(Quad.create(g, part, Vocab.TYPE, Vocab.TEXT_PART));
                    out.add(Quad.create(g, part, Vocab.IS_PART_OF, art));
                    out.add(Quad.create(g, part, Vocab.PART_KIND, str(p.where().name().toLowerCase(java.util.Locale.ROOT))));
                    String lang = p.key().substring(p.key().indexOf('-') + 1);
                    out.add(Quad.create(g, part, Vocab.HAS_CONTENT, NodeFactory.createLiteralLang(p.text(), lang)));
                }
            }
            int n = 0;
            for (Mention m : am.mentions()) {
                n++;
                Node entity = NodeFactory.createURI(m.entity().iri());
                Node ann = annotation(art, n);
                Node target = iris.within(ann, "target");
                Node quote = iris.within(ann, "quote");
                Node position = iris.within(ann, "position");
                out.add(Quad.create(g, art, Vocab.MENTIONS, entity));
                out.add(Quad.create(g, ann, Vocab.TYPE, Vocab.ANNOTATION));
                out.add(Quad.create(g, ann, Vocab.MOTIVATED_BY, Vocab.IDENTIFYING));
                out.add(Quad.create(g, ann, Vocab.HAS_BODY, entity));
                out.add(Quad.create(g, ann, Vocab.HAS_TARGET, target));
                out.add(Quad.create(g, ann, Vocab.ARTICLE, art));
                out.add(Quad.create(g, ann, Vocab.PART_KIND, str(m.part().where().name().toLowerCase(java.util.Locale.ROOT))));
                out.add(Quad.create(g, ann, Vocab.EVIDENCE, str(m.sentence())));
                out.add(Quad.create(g, target, Vocab.TYPE, Vocab.SPECIFIC_RESOURCE));
                out.add(Quad.create(g, target, Vocab.HAS_SOURCE, part(art, m.part())));
                out.add(Quad.create(g, target, Vocab.HAS_SELECTOR, quote));
                out.add(Quad.create(g, target, Vocab.HAS_SELECTOR, position));
                out.add(Quad.create(g, quote, Vocab.TYPE, Vocab.TEXT_QUOTE_SELECTOR));
                out.add(Quad.create(g, quote, Vocab.EXACT, str(m.exact())));
                out.add(Quad.create(g, quote, Vocab.PREFIX, str(m.prefix())));
                out.add(Quad.create(g, quote, Vocab.SUFFIX, str(m.suffix())));
                out.add(Quad.create(g, position, Vocab.TYPE, Vocab.TEXT_POSITION_SELECTOR));
                out.add(Quad.create(g, position, Vocab.START, integer(m.start())));
                out.add(Quad.create(g, position, Vocab.END, integer(m.end())));
            }
            Map<String, List<Integer>> examples = Examples.of(am.mentions());
            for (Map.Entry<Entity, Map<TextPart.Where, Integer>> e : am.counts().entrySet()) {
                Node entity = NodeFactory.createURI(e.getKey().iri());
                Node summary = iris.within(art, "mentions/" + local(e.getKey().iri()));
                Map<TextPart.Where, Integer> c = e.getValue();
                out.add(Quad.create(g, summary, Vocab.TYPE, Vocab.MENTION_SUMMARY));
                out.add(Quad.create(g, summary, Vocab.ARTICLE, art));
                out.add(Quad.create(g, summary, Vocab.ENTITY, entity));
                out.add(Quad.create(g, summary, Vocab.MENTION_COUNT, integer(c.values().stream().mapToInt(Integer::intValue).sum())));
                out.add(Quad.create(g, summary, Vocab.IN_TITLE, integer(c.getOrDefault(TextPart.Where.TITLE, 0))));
                out.add(Quad.create(g, summary, Vocab.IN_ABSTRACT, integer(c.getOrDefault(TextPart.Where.ABSTRACT, 0))));
                out.add(Quad.create(g, summary, Vocab.IN_KEYWORDS, integer(c.getOrDefault(TextPart.Where.KEYWORDS, 0))));
                out.add(Quad.create(g, summary, Vocab.IN_BODY, integer(c.getOrDefault(TextPart.Where.BODY, 0))));
                out.add(Quad.create(g, summary, Vocab.IN_NOTES, integer(c.getOrDefault(TextPart.Where.NOTES, 0))));
                out.add(Quad.create(g, summary, Vocab.SCORE, NodeFactory.createLiteralDT(String.valueOf(ArticleMentions.score(c)), XSDDatatype.XSDdecimal)));
                for (int i : examples.getOrDefault(e.getKey().iri(), List.of())) {
                    out.add(Quad.create(g, summary, Vocab.EXAMPLE, annotation(art, i + 1)));
                }
            }
            for (Map.Entry<List<String>, Integer> e : am.coMentions().entrySet()) {
                Node pair = iris.within(art, "comention/" + local(e.getKey().get(0)) + "--" + local(e.getKey().get(1)));
                out.add(Quad.create(g, pair, Vocab.TYPE, Vocab.CO_MENTION));
                out.add(Quad.create(g, pair, Vocab.ARTICLE, art));
                out.add(Quad.create(g, pair, Vocab.ENTITY, NodeFactory.createURI(e.getKey().get(0))));
                out.add(Quad.create(g, pair, Vocab.ENTITY, NodeFactory.createURI(e.getKey().get(1))));
                out.add(Quad.create(g, pair, Vocab.MENTION_COUNT, integer(e.getValue())));
            }
        }
        return out;
    }

    /** The n-th mention of an article (from 1, in the order of its text parts). */
    private Node annotation(Node art, int n) {
        return iris.within(art, "mention/" + n);
    }

    /**
     * True for the node that holds a copy of an article's title, abstract or keywords for the
     * offsets of mentions (its text is the article's own, indexed from the article).
     */
    public static boolean isTextPartCopy(Node subject) {
        return subject.isURI() && subject.getURI().contains("/text/");
    }

    /** The node whose c4o:hasContent the offsets of a mention count in. */
    private Node part(Node art, TextPart p) {
        return switch (p.where()) {
            case BODY, NOTES -> iris.within(art, p.key());
            default -> iris.within(art, "text/" + p.key());
        };
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }
}
