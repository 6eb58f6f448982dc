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
            description = "nq (N-Quads, sorted), trig (named graphs), ttl (the union as Turtle). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RdfOutput.Format f = RdfOutput.Format.parse(format);
        var quads = inputs.quads(inputs.issues());
        if (output == null) {
            RdfOutput.write(quads, f, System.out);
            System.out.flush();
        } else {
            Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                RdfOutput.write(quads, f, out);
            } catch (IOException e) {
                throw new InputException(output, "cannot be written (" + e.getMessage() + ")");
            }
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }
}
