package org.journalkg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.journalkg.cli.CliAccess;
import org.journalkg.rdf.Vocab;
import org.journalkg.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view in every graph format, read back by an independent reader: networkx (Debian's
 * python3-networkx) for GraphML, Python's XML parser for GEXF 1.3, Graphviz for DOT, Python's
 * json and csv for Cytoscape JSON, CSV and VOSviewer. Node and edge counts equal those of
 * separate SPARQL counts; every edge's ends exist; Chinese and Cyrillic labels round-trip.
 */
class ExportTest {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    /** Nodes and edges of each view at weight 1, counted straight from the graph. */
    static final Map<String, String[]> COUNTS = Map.of(
            "mentions", new String[] {
                "SELECT (COUNT(DISTINCT ?n) AS ?c) { ?s a jkg:MentionSummary { ?s jkg:article ?n } UNION { ?s jkg:entity ?n } }",
                "SELECT (COUNT(*) AS ?c) { ?s a jkg:MentionSummary }"},
            "comentions", new String[] {
                "SELECT (COUNT(DISTINCT ?n) AS ?c) { ?p a jkg:CoMention ; jkg:entity ?n }",
                "SELECT (COUNT(*) AS ?c) { SELECT DISTINCT ?x ?y { ?p a jkg:CoMention ; jkg:entity ?x, ?y FILTER(STR(?x) < STR(?y)) } }"},
            "citations", new String[] {
                "SELECT (COUNT(DISTINCT ?n) AS ?c) { ?z a cito:Citation { ?z cito:hasCitingEntity ?n } UNION { ?z cito:hasCitedEntity ?n } }",
                "SELECT (COUNT(*) AS ?c) { SELECT DISTINCT ?a ?w { ?z cito:hasCitingEntity ?a ; cito:hasCitedEntity ?w } }"},
            "cocitation", new String[] {
                "SELECT (COUNT(DISTINCT ?n) AS ?c) { ?a cito:cites ?n, ?m FILTER(?n != ?m) }",
                "SELECT (COUNT(*) AS ?c) { SELECT DISTINCT ?x ?y { ?a cito:cites ?x, ?y FILTER(STR(?x) < STR(?y)) } }"},
            "coauthors", new String[] {
                "SELECT (COUNT(DISTINCT ?n) AS ?c) { { ?a a bibo:AcademicArticle ; dcterms:creator ?n } UNION { ?a a bibo:AcademicArticle ; dcterms:creator ?p . ?p schema:affiliation ?n } }",
                "SELECT (COUNT(*) AS ?c) { { SELECT DISTINCT ?x ?y { ?a a bibo:AcademicArticle ; dcterms:creator ?x, ?y FILTER(STR(?x) < STR(?y)) } } UNION "
                        + "{ SELECT DISTINCT ?x ?y { ?a a bibo:AcademicArticle ; dcterms:creator ?x . ?x schema:affiliation ?y } } }"},
            "keywords", new String[] {
                "SELECT (COUNT(DISTINCT ?n) AS ?c) { ?a dcterms:subject ?n, ?m FILTER(?n != ?m) }",
                "SELECT (COUNT(*) AS ?c) { SELECT DISTINCT ?x ?y { ?a dcterms:subject ?x, ?y FILTER(STR(?x) < STR(?y)) } }"});

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void build() {
        db = org.journalkg.SharedDatabase.path();
    }

    static int[] expected(String view) {
        Dataset ds = Store.open(db);
        try {
            String[] q = COUNTS.get(view);
            return new int[] {count(ds, q[0]), count(ds, q[1])};
        } finally {
            Store.release(ds);
        }
    }

    static int count(Dataset ds, String q) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Vocab.sparqlPrefixes() + q).build()) {
                return qe.execSelect().next().getLiteral("c").getInt();
            }
        });
    }

    static Path export(String view, String format) {
        Path out = dir.resolve(view + "." + format);
        assertEquals(0, CliAccess.run("export", "--db", db.toString(), "--view", view, "--format", format, "--lang", "zh", "-o", out.toString()));
        return out;
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out.strip();
    }

    /** Python that prints "nodes edges dangling" for the file. */
    static final String GRAPHML = "import networkx as nx, sys\n"
            + "g = nx.read_graphml(sys.argv[1])\n"
            + "print(g.number_of_nodes(), g.number_of_edges(), sum(1 for u, v in g.edges() if u not in g or v not in g))";
    static final String GEXF = "import xml.etree.ElementTree as ET, sys\n"
            + "ns = {'g': 'http://gexf.net/1.3'}\n"
            + "r = ET.parse(sys.argv[1]).getroot()\n"
            + "ids = {n.get('id') for n in r.iterfind('.//g:node', ns)}\n"
            + "es = list(r.iterfind('.//g:edge', ns))\n"
            + "print(len(ids), len(es), sum(1 for e in es if e.get('source') not in ids or e.get('target') not in ids))";
    static final String CYJS = "import json, sys\n"
            + "e = json.load(open(sys.argv[1], encoding='utf-8'))['elements']\n"
            + "ids = {n['data']['id'] for n in e['nodes']}\n"
            + "print(len(ids), len(e['edges']), sum(1 for x in e['edges'] if x['data']['source'] not in ids or x['data']['target'] not in ids))";
    static final String CSV = "import csv, sys, os\n"
            + "ns = list(csv.DictReader(open(os.path.join(sys.argv[1], 'nodes.csv'), encoding='utf-8', newline='')))\n"
            + "es = list(csv.DictReader(open(os.path.join(sys.argv[1], 'edges.csv'), encoding='utf-8', newline='')))\n"
            + "ids = {n['id'] for n in ns}\n"
            + "print(len(ids), len(es), sum(1 for x in es if x['source'] not in ids or x['target'] not in ids))";
    static final String VOS = "import csv, sys, os\n"
            + "ms = list(csv.DictReader(open(os.path.join(sys.argv[1], 'map.txt'), encoding='utf-8', newline=''), delimiter='\\t'))\n"
            + "es = [l.split('\\t') for l in open(os.path.join(sys.argv[1], 'network.txt'), encoding='utf-8').read().splitlines()]\n"
            + "ids = {m['id'] for m in ms}\n"
            + "print(len(ids), len(es), sum(1 for x in es if x[0] not in ids or x[1] not in ids))";

    static Stream<Arguments> viewsAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (String v : COUNTS.keySet().stream().sorted().toList()) {
            for (String f : List.of("graphml", "gexf", "cyjs", "dot", "csv", "vosviewer")) {
                out.add(Arguments.of(v, f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("viewsAndFormats")
    void read_back_with_the_counts_of_the_graph(String view, String format) throws Exception {
        Path file = export(view, format);
        int[] want = expected(view);
        String got;
        if (format.equals("dot")) {
            // Graphviz's own parser counts, without a layout (gc -n -e: nodes, edges).
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/gc")), "skipped: no Graphviz (apt-get install graphviz)");
            String[] counts = run("/usr/bin/gc", "-n", "-e", file.toString()).trim().split("\\s+");
            got = counts[0] + " " + counts[1] + " 0";
        } else {
            Assumptions.assumeTrue(Files.isExecutable(PYTHON), "skipped: no " + PYTHON);
            String script = switch (format) {
                case "graphml" -> GRAPHML;
                case "gexf" -> GEXF;
                case "cyjs" -> CYJS;
                case "csv" -> CSV;
                default -> VOS;
            };
            if (format.equals("graphml")) {
                Assumptions.assumeTrue(run(PYTHON.toString(), "-c", "import importlib.util as u; print(u.find_spec('networkx') is not None)").equals("True"),
                        "skipped: no networkx (apt-get install python3-networkx)");
            }
            got = run(PYTHON.toString(), "-c", script, file.toString());
        }
        assertEquals(want[0] + " " + want[1] + " 0", got, view + " " + format);
    }

    @Test
    void chinese_and_cyrillic_labels_round_trip() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON) && run(PYTHON.toString(), "-c",
                "import importlib.util as u; print(u.find_spec('networkx') is not None)").equals("True"), "skipped: no python3-networkx");
        Path file = export("mentions", "graphml");
        String script = "import networkx as nx, sys\n"
                + "d = nx.read_graphml(sys.argv[1]).nodes['https://w3id.org/journal-kg/id/entity/sco']\n"
                + "print(d['label'] + '|' + d['label_ru'] + '|' + d['label_en'] + '|' + d['type'])";
        assertEquals("上海合作组织|Шанхайская организация сотрудничества|Shanghai Cooperation Organization|InternationalOrganization",
                run(PYTHON.toString(), "-c", script, file.toString()));
        String gexf = Files.readString(export("comentions", "gexf"));
        assertTrue(gexf.contains("label=\"欧亚经济联盟\""), "labels in the chosen language");
        assertTrue(gexf.contains("value=\"Евразийский экономический союз\""));
    }

    @Test
    void dot_renders_with_graphviz() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "skipped: no Graphviz (apt-get install graphviz)");
        Path svg = dir.resolve("coauthors.svg");
        run("/usr/bin/dot", "-Tsvg", export("coauthors", "dot").toString(), "-o", svg.toString());
        String s = Files.readString(svg);
        assertTrue(s.contains("<svg") && s.contains("崔珩"), "rendered with the Chinese labels");
    }

    @Test
    void the_same_database_exports_byte_identical_files_twice() throws Exception {
        for (String f : List.of("graphml", "gexf", "cyjs", "dot")) {
            byte[] a = Files.readAllBytes(export("citations", f));
            byte[] b = Files.readAllBytes(export("citations", f));
            assertArrayEquals(a, b, f);
        }
        for (String f : List.of("nq", "ttl")) {
            Path p1 = dir.resolve("all1." + f);
            Path p2 = dir.resolve("all2." + f);
            assertEquals(0, CliAccess.run("export", "--db", db.toString(), "--view", "all", "--format", f, "-o", p1.toString()));
            assertEquals(0, CliAccess.run("export", "--db", db.toString(), "--view", "all", "--format", f, "-o", p2.toString()));
            assertArrayEquals(Files.readAllBytes(p1), Files.readAllBytes(p2), f);
        }
    }

    @Test
    void a_construct_query_cuts_any_subgraph() throws Exception {
        Path rq = Files.writeString(dir.resolve("sco.rq"), "CONSTRUCT { ?a schema:mentions <https://w3id.org/journal-kg/id/entity/sco> . "
                + "?a dcterms:title ?t . <https://w3id.org/journal-kg/id/entity/sco> skos:prefLabel ?l } "
                + "WHERE { ?a schema:mentions <https://w3id.org/journal-kg/id/entity/sco> ; dcterms:title ?t . <https://w3id.org/journal-kg/id/entity/sco> skos:prefLabel ?l }");
        Path out = dir.resolve("sco.cyjs");
        assertEquals(0, CliAccess.run("export", "--db", db.toString(), "--query", rq.toString(), "--format", "cyjs", "--lang", "ru", "-o", out.toString()));
        String json = Files.readString(out);
        assertTrue(json.contains("\"label\" : \"Шанхайская организация сотрудничества\""), json);
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "skipped: no " + PYTHON);
        assertEquals("5 4 0", run(PYTHON.toString(), "-c", CYJS, out.toString()));
        Path ttl = dir.resolve("sco.ttl");
        assertEquals(0, CliAccess.run("export", "--db", db.toString(), "--query", rq.toString(), "--format", "ttl", "-o", ttl.toString()));
        assertTrue(Files.readString(ttl).contains("schema:mentions"));
    }

    @Test
    void bad_requests_fail_in_one_line() {
        assertEquals(1, CliAccess.run("export", "--db", db.toString(), "--view", "all", "--format", "graphml"));
        assertEquals(1, CliAccess.run("export", "--db", db.toString(), "--view", "mentions", "--format", "nq"));
        assertEquals(1, CliAccess.run("export", "--db", db.toString(), "--view", "mentions", "--format", "csv"));
        assertEquals(1, CliAccess.run("export", "--db", db.toString(), "--view", "nothing", "--format", "gexf"));
    }
}
