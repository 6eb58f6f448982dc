package org.journalkg.mention;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;

/**
 * The curated actors and concepts of ontology/entities.ttl, read with the graph's base so that
 * their IRIs move with --base like every other IRI.
 * <pre>
 *   KnowledgeBase kb = KnowledgeBase.load("https://w3id.org/journal-kg/id/");
 *   kb.entities().size();
 * </pre>
 */
public final class KnowledgeBase {

    public static final String RESOURCE = "ontology/entities.ttl";

    private final Graph graph;
    private final List<Entity> entities;

    private KnowledgeBase(Graph graph, List<Entity> entities) {
        this.graph = graph;
        this.entities = List.copyOf(entities);
    }

    public static KnowledgeBase load(String base) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InputException(RESOURCE + ": missing from the jar");
            }
            RDFParser.source(in).base(base).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new InputException(RESOURCE + ": cannot be read (" + e.getMessage() + ")");
        }
        // Sorted by IRI so that every run sees the entities in the same order.
        Map<String, List<Triple>> bySubject = new TreeMap<>();
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                bySubject.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>()).add(t);
            }
        });
        List<Entity> out = new ArrayList<>();
        for (var e : bySubject.entrySet()) {
            String type = null;
            Map<org.journalkg.issue.Lang, String> pref = new EnumMap<>(org.journalkg.issue.Lang.class);
            List<Entity.Label> labels = new ArrayList<>();
            for (Triple t : e.getValue()) {
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(Vocab.TYPE) && o.isURI() && o.getURI().startsWith(Vocab.JKG)) {
                    type = o.getURI().substring(Vocab.JKG.length());
                } else if ((p.equals(Vocab.PREF_LABEL) || p.equals(Vocab.ALT_LABEL)) && o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    labels.add(new Entity.Label(o.getLiteralLexicalForm(), lang));
                    if (p.equals(Vocab.PREF_LABEL)) {
                        for (org.journalkg.issue.Lang l : org.journalkg.issue.Lang.values()) {
                            if (l.tag().equals(lang)) {
                                pref.put(l, o.getLiteralLexicalForm());
                            }
                        }
                    }
                }
            }
            if (type != null && !labels.isEmpty()) {
                out.add(new Entity(e.getKey(), type, pref, labels));
            }
        }
        return new KnowledgeBase(g, out);
    }

    public List<Entity> entities() { return entities; }

    /** The knowledge base as triples, for its own named graph. */
    public Graph graph() { return graph; }
}
