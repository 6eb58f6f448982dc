package org.journalkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.journalkg.rdf.RdfOutput;
import org.journalkg.read.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Writes the graph of the issue files as RDF, without a database, to load into any triple store.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    Inputs inputs;

    @Option(names = "--format", defaultValue = "nq", paramLabel = "nq|trig|ttl",
            description = "nq (N-Quads, sorted issue by issue), trig (named graphs), ttl (the union as Turtle). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RdfOutput.Format f = RdfOutput.Format.parse(format);
        // The knowledge base (and any --kb file) is read before anything is written: a bad file leaves no output behind.
        org.journalkg.rdf.IssueQuads quads = inputs.issueQuads(inputs.issues());
        if (output == null) {
            write(quads, f, System.out);
            System.out.flush();
        } else {
            Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(quads, f, out);
            } catch (IOException e) {
                throw new InputException(output, "cannot be written (" + e.getMessage() + ")");
            }
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }

    /**
     * N-Quads stream issue by issue, each issue's quads sorted (the knowledge base with the
     * first): the same input gives the same bytes, and a corpus of hundreds of issues never sits in
     * memory at once. No quad can repeat across issues, whose graphs are their own.
     */
    private static void write(org.journalkg.rdf.IssueQuads quads, RdfOutput.Format f, OutputStream out) throws IOException {
        if (f != RdfOutput.Format.NQ) {
            RdfOutput.write(quads.all(), f, out);
            return;
        }
        java.util.List<org.apache.jena.sparql.core.Quad> block = new java.util.ArrayList<>();
        IOException[] failure = new IOException[1];
        quads.stream(block::add, Runtime.getRuntime().availableProcessors(), done -> {
            try {
                out.write(RdfOutput.sortedNQuads(block).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                failure[0] = e;
            }
            block.clear();
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        out.flush();
    }
}
