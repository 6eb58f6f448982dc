package org.journalkg.mention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;

/**
 * The actors and concepts mentions are found of: the hand-made ontology/entities.ttl, every state
 * of the world (see {@link States}) merged with it by Wikidata item, and the user's own entity
 * files (--kb, see {@link EntityFile}); all read with the graph's base so that their IRIs move with
 * --base like every other IRI.
 * <pre>
 *   KnowledgeBase kb = KnowledgeBase.load("https://w3id.org/journal-kg/id/", List.of(Path.of("mine.ttl")));
 *   kb.entities().size();
 * </pre>
 */
public final class KnowledgeBase {

    public static final String RESOURCE = "ontology/entities.ttl";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Graph graph;
    private final List<Entity> entities;

    private KnowledgeBase(Graph graph, List<Entity> entities) {
        this.graph = graph;
        this.entities = List.copyOf(entities);
    }

    /** The bundled entities and the states, without user files. */
    public static KnowledgeBase load(String base) {
        return load(base, List.of());
    }

    /** The bundled entities, the states, then each user file in turn. */
    public static KnowledgeBase load(String base, List<Path> files) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InputException(RESOURCE + ": missing from the jar");
            }
            RDFParser.source(in).base(base).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new InputException(RESOURCE + ": cannot be read (" + e.getMessage() + ")");
        }
        addStates(g, base);
        for (Path f : files) {
            Set<Node> known = new HashSet<>();
            g.find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> known.add(t.getSubject()));
            addUserEntities(g, EntityFile.read(f, base, known));
        }
        return new KnowledgeBase(g, entities(g));
    }

    public List<Entity> entities() { return entities; }

    /** The knowledge base as triples, for its own named graph. */
    public Graph graph() { return graph; }

    /**
     * Each state onto the hand-made entry with its Wikidata item (which keeps its IRI and
     * prefLabels; the JDK's names that differ become altLabels), or as a new entity/slug. A
     * variant two entities would share (刚果 for both Congos) names neither.
     */
    private static void addStates(Graph g, String base) {
        Map<String, Node> byItem = new HashMap<>();
        g.find(Node.ANY, Vocab.SAME_AS, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(WIKIDATA)) {
                byItem.put(t.getObject().getURI().substring(WIKIDATA.length()), t.getSubject());
            }
        });
        Map<String, Set<Node>> owners = new HashMap<>();
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (isLabel(t.getPredicate())) {
                owners.computeIfAbsent(key(t.getObject().getLiteralLexicalForm()), k -> new HashSet<>()).add(t.getSubject());
            }
        });
        List<Triple> alts = new ArrayList<>();
        for (States.State s : States.all()) {
            Node e = byItem.get(s.qid());
            if (e == null) {
                e = NodeFactory.createURI(IRIx.create(base).resolve("entity/" + s.slug()).str());
                g.add(e, Vocab.TYPE, NodeFactory.createURI(Vocab.JKG + s.type()));
                for (var p : s.pref().entrySet()) {
                    g.add(e, Vocab.PREF_LABEL, NodeFactory.createLiteralLang(p.getValue(), p.getKey().tag()));
                    owners.computeIfAbsent(key(p.getValue()), k -> new HashSet<>()).add(e);
                }
                g.add(e, Vocab.SAME_AS, NodeFactory.createURI(WIKIDATA + s.qid()));
            } else {
                for (var p : s.pref().entrySet()) {
                    alts.add(Triple.create(e, Vocab.ALT_LABEL, NodeFactory.createLiteralLang(p.getValue(), p.getKey().tag())));
                }
            }
            if (s.code() != null) {
                g.add(e, Vocab.ISO_3166_ALPHA_2, NodeFactory.createLiteralString(s.code()));
            }
            for (Entity.Label l : s.alt()) {
                alts.add(Triple.create(e, Vocab.ALT_LABEL, NodeFactory.createLiteralLang(l.text(), l.lang())));
            }
            for (Entity.Label l : s.common()) {
                g.add(e, Vocab.COMMON_WORD_LABEL, NodeFactory.createLiteralLang(l.text(), l.lang()));
            }
        }
        for (Triple t : alts) {
            owners.computeIfAbsent(key(t.getObject().getLiteralLexicalForm()), k -> new HashSet<>()).add(t.getSubject());
        }
        for (Triple t : alts) {
            Set<Node> o = owners.get(key(t.getObject().getLiteralLexicalForm()));
            boolean labelled = g.contains(t.getSubject(), Vocab.PREF_LABEL, t.getObject()) || g.contains(t.getSubject(), Vocab.ALT_LABEL, t.getObject());
            if (o.size() == 1 && !labelled) {
                g.add(t);
            }
        }
    }

    /**
     * A user's triples; on an entity that exists already a prefLabel in a language it has one in
     * becomes an altLabel, so that the bundled names stay the ones answers show.
     */
    private static void addUserEntities(Graph g, Graph user) {
        user.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(Vocab.PREF_LABEL)
                    && g.find(t.getSubject(), Vocab.PREF_LABEL, Node.ANY).toList().stream()
                            .anyMatch(p -> p.getObject().getLiteralLanguage().equals(t.getObject().getLiteralLanguage()))) {
                g.add(t.getSubject(), Vocab.ALT_LABEL, t.getObject());
            } else {
                g.add(t);
            }
        });
    }

    /** Sorted by IRI so that every run sees the entities in the same order. */
    private static List<Entity> entities(Graph g) {
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
            Set<Node> common = new HashSet<>();
            for (Triple t : e.getValue()) {
                if (t.getPredicate().equals(Vocab.COMMON_WORD_LABEL)) {
                    common.add(t.getObject());
                }
            }
            for (Triple t : e.getValue()) {
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(Vocab.TYPE) && o.isURI() && o.getURI().startsWith(Vocab.JKG)) {
                    type = o.getURI().substring(Vocab.JKG.length());
                } else if (isLabel(p) && o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    labels.add(new Entity.Label(o.getLiteralLexicalForm(), lang, common.contains(o)));
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
                // Labels in a fixed order too: a graph's triples come in no order of their own.
                labels.sort(java.util.Comparator.comparing(Entity.Label::lang).thenComparing(Entity.Label::text));
                out.add(new Entity(e.getKey(), type, pref, labels));
            }
        }
        return out;
    }

    private static boolean isLabel(Node p) {
        return p.equals(Vocab.PREF_LABEL) || p.equals(Vocab.ALT_LABEL);
    }

    /** Labels that differ only in case are one label to a reader. */
    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
