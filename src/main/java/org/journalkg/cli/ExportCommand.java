package org.journalkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.journalkg.export.ConstructGraph;
import org.journalkg.export.CytoscapeJson;
import org.journalkg.export.GraphFormats;
import org.journalkg.export.TableFormats;
import org.journalkg.query.GraphView;
import org.journalkg.query.QueryLibrary;
import org.journalkg.query.QueryRunner;
import org.journalkg.rdf.RdfOutput;
import org.journalkg.rdf.Vocab;
import org.journalkg.read.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a network of the graph for Gephi, Cytoscape, VOSviewer, Graphviz or a spreadsheet, or the whole graph as RDF.",
                "Views: mentions (article–actor), comentions (actors in one sentence), citations (article → work), cocitation,",
                "coauthors (people with institutions), keywords (co-occurrence), all (RDF formats only).",
                "Formats: graphml, gexf, cyjs, dot, vosviewer and csv (two files each: -o DIR), ttl, nq, jsonld."})
final class ExportCommand implements Callable<Integer> {

    static final List<String> GRAPH_FORMATS = List.of("graphml", "gexf", "cyjs", "dot", "vosviewer", "csv");
    static final List<String> RDF_FORMATS = List.of("ttl", "nq", "jsonld");

    @Mixin
    ReadDbOption db;

    @Option(names = "--view", defaultValue = "mentions", paramLabel = "VIEW", description = "Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    String format;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "zh|ru|en", description = "Language of the node labels. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--min-weight", defaultValue = "1", paramLabel = "N", description = "Leave out edges lighter than N. Default: ${DEFAULT-VALUE}.")
    double minWeight;

    @Option(names = "--article", paramLabel = "IRI", description = "Only what this article contributes.")
    String article;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only actors of this type (State, InternationalOrganization, Corridor, Strategy, Concept, …).")
    String type;

    @Option(names = "--query", paramLabel = "FILE.rq|NAME", description = "Export the result of this CONSTRUCT query instead of a view.")
    String query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR", description = "Write here (a folder for csv and vosviewer) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String f = Choice.of("--format", format, Stream.concat(GRAPH_FORMATS.stream(), RDF_FORMATS.stream()).toList());
        if (!List.of("zh", "ru", "en").contains(lang)) {
            throw new InputException("--lang " + lang + ": expected zh, ru or en");
        }
        // Beside a live server: a copy of its graph, fetched whole (the database itself is locked by the server).
        Dataset ds = db.openOrCopy();
        if (query != null) {
            Model m = construct(ds);
            if (RDF_FORMATS.contains(f)) {
                m.setNsPrefixes(Vocab.prefixes());
                write(out -> RDFDataMgr.write(out, m, f.equals("ttl") ? RDFFormat.TURTLE_BLOCKS : f.equals("jsonld") ? RDFFormat.JSONLD_PRETTY : RDFFormat.NTRIPLES));
            } else {
                graph(ConstructGraph.of(m), f, "query");
            }
            return 0;
        }
        if (RDF_FORMATS.contains(f)) {
            if (!view.equals("all")) {
                throw new InputException("--format " + f + " exports the whole graph: use --view all (or --query for a part of it)");
            }
            List<Quad> quads = new ArrayList<>();
            Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(quads::add));
            write(out -> {
                switch (f) {
                    case "nq" -> RdfOutput.write(quads, RdfOutput.Format.NQ, out);
                    case "ttl" -> RdfOutput.write(quads, RdfOutput.Format.TTL, out);
                    default -> {
                        Model union = ModelFactory.createModelForGraph(RdfOutput.dataset(quads).getUnionGraph());
                        Model copy = ModelFactory.createDefaultModel().add(union);
                        copy.setNsPrefixes(Vocab.prefixes());
                        RDFDataMgr.write(out, copy, RDFFormat.JSONLD_PRETTY);
                    }
                }
            });
            return 0;
        }
        if (view.equals("all")) {
            throw new InputException("--view all is for the RDF formats (ttl, nq, jsonld); pick a network view for " + f);
        }
        graph(GraphView.build(ds, new GraphView.Options(view, lang, minWeight, article, type)), f, view);
        return 0;
    }

    private Model construct(Dataset ds) {
        String text = QueryLibrary.resolve(query);
        Query q = QueryRunner.parse(text);
        if (!q.isConstructType()) {
            throw new InputException("--query " + query + ": a CONSTRUCT query is needed to export a graph");
        }
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return qe.execConstruct();
            }
        });
    }

    private void graph(GraphView.Graph g, String f, String name) throws IOException {
        switch (f) {
            case "csv" -> {
                requireFolder(f);
                TableFormats.csv(g, lang, output);
            }
            case "vosviewer" -> {
                requireFolder(f);
                TableFormats.vosviewer(g, lang, output);
            }
            default -> write(out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                switch (f) {
                    case "graphml" -> GraphFormats.graphml(g, name, lang, w);
                    case "gexf" -> GraphFormats.gexf(g, name, lang, w);
                    case "dot" -> GraphFormats.dot(g, name, lang, w);
                    default -> w.write(JSON.toString(CytoscapeJson.of(g, lang)) + "\n");
                }
                w.flush();
            });
        }
    }

    /** Writes to -o (through a temporary file, so a failure leaves no half file) or to standard output. */
    private void write(Body body) throws IOException {
        if (output == null) {
            body.write(System.out);
            System.out.flush();
            return;
        }
        Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            body.write(out);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** csv and vosviewer write two files: they need a folder. */
    private void requireFolder(String f) {
        if (output == null) {
            throw new InputException("--format " + f + " writes two files: name a folder with -o DIR");
        }
    }
}
