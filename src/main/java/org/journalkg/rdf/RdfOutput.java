package org.journalkg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.journalkg.read.InputException;

/**
 * Writes quads as RDF. N-Quads come sorted line by line, so the same input gives the same bytes.
 */
public final class RdfOutput {

    public enum Format {
        NQ, TRIG, TTL;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException("--format " + s + ": expected nq, trig or ttl");
            }
        }
    }

    private RdfOutput() { }

    public static void write(List<Quad> quads, Format format, OutputStream out) {
        try {
            switch (format) {
                case NQ -> out.write(sortedNQuads(quads).getBytes(StandardCharsets.UTF_8));
                case TRIG -> RDFDataMgr.write(out, dataset(quads), RDFFormat.TRIG_BLOCKS);
                case TTL -> {
                    DatasetGraph ds = dataset(quads);
                    var union = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(ds.getUnionGraph());
                    var copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(union);
                    copy.setNsPrefixes(Vocab.prefixes());
                    RDFDataMgr.write(out, copy, RDFFormat.TURTLE_BLOCKS);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One N-Quads line per distinct quad, in code-point order. */
    public static String sortedNQuads(List<Quad> quads) {
        String[] lines = quads.stream().map(q -> NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate())
                + " " + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .").distinct().toArray(String[]::new);
        Arrays.sort(lines);
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return b.toString();
    }

    public static DatasetGraph dataset(List<Quad> quads) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Vocab.prefixes().getNsPrefixMap().forEach((p, u) -> ds.prefixes().add(p, u));
        quads.forEach(ds::add);
        return ds;
    }

}
