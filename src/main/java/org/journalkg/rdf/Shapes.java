package org.journalkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.journalkg.read.InputException;

/** The SHACL shapes of ontology/shapes.ttl, and validation of a graph against them. */
public final class Shapes {

    private Shapes() { }

    public static Graph load(String resource) {
        try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InputException(resource + ": missing from the jar");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new InputException(resource + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(load("ontology/shapes.ttl"), data);
    }
}
