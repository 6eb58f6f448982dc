package org.journalkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.journalkg.rdf.Shapes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the database against the SHACL shapes of ontology/shapes.ttl and prints the report; exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ReadDbOption db;

    @Override
    public Integer call() {
        Graph union = GraphFactory.createDefaultGraph();
        var server = db.server();
        if (server.isPresent()) {
            // Every quad from the server's Graph Store Protocol (read) endpoint: SPARQL's row cap would cut the graph short.
            org.apache.jena.sparql.exec.http.DSP.service(server.get().url() + "/kg/get").GET()
                    .find().forEachRemaining(q -> union.add(q.asTriple()));
        } else {
            Dataset ds = db.open();
            Txn.executeRead(ds, () -> ds.asDatasetGraph().getUnionGraph().find().forEachRemaining(union::add));
        }
        ValidationReport report = Shapes.validate(union);
        if (report.conforms()) {
            System.out.println("conforms: " + union.size() + " triples satisfy ontology/shapes.ttl");
            return 0;
        }
        RDFDataMgr.write(System.out, report.getModel(), RDFFormat.TURTLE_PRETTY);
        System.out.println("violations: " + report.getEntries().size());
        return 1;
    }
}
