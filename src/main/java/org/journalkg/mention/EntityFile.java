package org.journalkg.mention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.TokenType;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;

/**
 * A user's entity file (--kb): Turtle in the form of ontology/entities.ttl, relative IRIs resolved
 * against the graph's base. Each problem is one line naming the file and the line: the parser's
 * line for a syntax error; for an entity without a prefLabel, of an unknown class, or with a label
 * without a language, the line where that entity's statement begins.
 * <pre>
 *   Graph g = EntityFile.read(Path.of("mine.ttl"), base, bundledSubjects);
 * </pre>
 */
final class EntityFile {

    private static final String SHAPES = "ontology/shapes.ttl";
    private static final Set<String> LANGUAGES = Set.of("zh", "ru", "en");

    private EntityFile() { }

    /** The file's triples, checked; {@code known}: the entities it may add to without naming a class or a prefLabel. */
    static Graph read(Path file, String base, Set<Node> known) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getMessage() + ")");
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(text, Lang.TURTLE).base(base).errorHandler(failing(file)).parse(g);
        } catch (RiotException e) {
            // Reported by the handler already, unless the parser gave no position.
            throw new InputException(file, e.getMessage());
        }
        Map<Node, Long> lines = null;
        Set<String> classes = entityClasses();
        for (Node s : subjects(g)) {
            String problem = problem(g, s, known.contains(s), classes, base);
            if (problem != null) {
                if (lines == null) {
                    lines = subjectLines(text, base, g.getPrefixMapping());
                }
                Long line = lines.get(s);
                throw new InputException(file, (line == null ? "" : "line " + line + ": ") + problem);
            }
        }
        return g;
    }

    /** What is wrong with one subject of the file, or null. */
    private static String problem(Graph g, Node s, boolean known, Set<String> classes, String base) {
        String name = s.isURI() && s.getURI().startsWith(base) ? s.getURI().substring(base.length()) : s.toString();
        if (!s.isURI()) {
            return name + ": an entity needs an IRI, not a blank node";
        }
        boolean typed = false;
        for (Triple t : g.find(s, Vocab.TYPE, Node.ANY).toList()) {
            Node c = t.getObject();
            if (c.isURI() && c.getURI().startsWith(Vocab.JKG)) {
                String local = c.getURI().substring(Vocab.JKG.length());
                if (!classes.contains(local)) {
                    return name + ": jkg:" + local + " is not a class of the knowledge base (" + String.join(", ", classes.stream().map(x -> "jkg:" + x).toList()) + ")";
                }
                typed = true;
            }
        }
        for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
            if (t.getPredicate().equals(Vocab.PREF_LABEL) || t.getPredicate().equals(Vocab.ALT_LABEL)) {
                Node o = t.getObject();
                String label = o.isLiteral() ? "\"" + o.getLiteralLexicalForm() + "\"" : o.toString();
                if (!o.isLiteral() || o.getLiteralLanguage().isEmpty()) {
                    return name + ": label " + label + " has no language tag (@zh, @ru or @en)";
                }
                if (!LANGUAGES.contains(o.getLiteralLanguage())) {
                    return name + ": label " + label + "@" + o.getLiteralLanguage() + " is not in zh, ru or en";
                }
            }
        }
        if (!known && !g.contains(s, Vocab.PREF_LABEL, Node.ANY)) {
            return name + " has no skos:prefLabel";
        }
        if (!known && !typed) {
            return name + " has no class (a jkg:Place, jkg:State, …)";
        }
        return null;
    }

    /** The file's subjects in the order of their IRIs, so that the first problem reported is always the same. */
    private static List<Node> subjects(Graph g) {
        Map<String, Node> out = new java.util.TreeMap<>();
        g.find().forEachRemaining(t -> out.put(t.getSubject().toString(), t.getSubject()));
        return new ArrayList<>(out.values());
    }

    /**
     * Where each subject's first statement begins: the token after a full stop (or the first of the
     * file) that is an IRI or a prefixed name, directives passed over.
     */
    private static Map<Node, Long> subjectLines(String text, String base, PrefixMapping prefixes) {
        Map<Node, Long> out = new LinkedHashMap<>();
        Tokenizer tokens = TokenizerText.create().fromString(text).build();
        boolean start = true;
        int skip = 0;
        while (tokens.hasNext()) {
            Token t = tokens.next();
            if (skip > 0) {
                skip--;
                continue;
            }
            if (t.getType() == TokenType.DIRECTIVE) {
                // @prefix p: <iri> .  @base <iri> .  — the full stop ends it like a statement.
                start = false;
                continue;
            }
            if (t.getType() == TokenType.KEYWORD && (t.getImage().equalsIgnoreCase("PREFIX") || t.getImage().equalsIgnoreCase("BASE"))) {
                skip = t.getImage().equalsIgnoreCase("PREFIX") ? 2 : 1;
                continue;
            }
            if (t.getType() == TokenType.DOT) {
                start = true;
                continue;
            }
            if (start) {
                Node s = null;
                if (t.getType() == TokenType.IRI) {
                    s = org.apache.jena.graph.NodeFactory.createURI(IRIx.create(base).resolve(t.getImage()).str());
                } else if (t.getType() == TokenType.PREFIXED_NAME && prefixes.getNsPrefixURI(t.getImage()) != null) {
                    s = org.apache.jena.graph.NodeFactory.createURI(prefixes.getNsPrefixURI(t.getImage()) + t.getImage2());
                }
                if (s != null) {
                    out.putIfAbsent(s, t.getLine());
                }
                start = false;
            }
        }
        return out;
    }

    /** The classes an entity may have: those the entity shape of ontology/shapes.ttl checks. */
    private static Set<String> entityClasses() {
        Graph shapes = GraphFactory.createDefaultGraph();
        try (InputStream in = EntityFile.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new InputException(SHAPES + ": missing from the jar");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        } catch (IOException e) {
            throw new InputException(SHAPES + ": cannot be read (" + e.getMessage() + ")");
        }
        Node entity = org.apache.jena.graph.NodeFactory.createURI(shapes.getPrefixMapping().expandPrefix("jkgsh:Entity"));
        Node target = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        Set<String> out = new TreeSet<>();
        shapes.find(entity, target, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getURI().substring(Vocab.JKG.length())));
        return out;
    }

    /** Every error and warning of the parser ends the reading with the file and the line. */
    private static ErrorHandler failing(Path file) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void error(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new InputException(file, (line > 0 ? "line " + line + ": " : "") + message);
            }
        };
    }
}
