package org.journalkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.journalkg.cli.CliAccess;
import org.journalkg.issue.BundledIssue;
import org.journalkg.rdf.IssueGraph;
import org.journalkg.rdf.Iris;
import org.journalkg.rdf.RdfOutput;
import org.journalkg.read.InputException;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds switch in only when complete; the database holds exactly the extracted quads. */
class StoreTest {

    static final List<Quad> QUADS = new IssueGraph(new Iris(Iris.DEFAULT_BASE)).quads(BundledIssue.get());

    @TempDir
    Path dir;

    static String dump(Path db) {
        Dataset ds = Store.open(db);
        try {
            return Txn.calculateRead(ds, () -> {
                List<Quad> all = new java.util.ArrayList<>();
                ds.asDatasetGraph().find().forEachRemaining(all::add);
                return RdfOutput.sortedNQuads(all);
            });
        } finally {
            Store.release(ds);
        }
    }

    @Test
    void the_database_holds_exactly_the_extracted_quads_and_a_rebuild_is_identical() {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        String first = dump(db);
        assertEquals(RdfOutput.sortedNQuads(QUADS), first);
        Store.build(db, QUADS, (f, a) -> { });
        assertEquals(first, dump(db));
        assertFalse(Files.exists(dir.resolve("db.building")));
        assertFalse(Files.exists(dir.resolve("db.previous")));
    }

    @Test
    void a_second_build_into_the_same_database_refuses_while_the_first_runs() {
        Path db = dir.resolve("db2");
        Store.build(db, QUADS, (f, a) -> { });
        String before = dump(db);
        try (BuildLock first = BuildLock.take(db)) {
            InputException e = assertThrows(InputException.class, () -> Store.build(db, QUADS, (f, a) -> { }));
            assertEquals(db + ": another build into it is running (pid " + ProcessHandle.current().pid() + "); wait for it to end", e.getMessage());
        }
        assertEquals(before, dump(db));
        Store.build(db, QUADS.subList(0, 10), (f, a) -> { });
        assertEquals(10, dump(db).lines().count());
    }

    @Test
    void a_build_that_fails_midway_leaves_the_previous_database_as_it_was() {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        String before = dump(db);
        List<Quad> broken = new AbstractList<>() {
            @Override
            public Quad get(int i) {
                if (i == 100) {
                    throw new IllegalStateException("disk on fire");
                }
                return QUADS.get(i);
            }

            @Override
            public int size() {
                return QUADS.size();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Store.build(db, broken, (f, a) -> { }));
        assertEquals("disk on fire", e.getMessage());
        assertEquals(before, dump(db));
        assertFalse(Files.exists(dir.resolve("db.building")));
    }

    @Test
    void bad_input_on_the_command_line_leaves_the_database_as_it_was() throws Exception {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        String before = dump(db);
        Path empty = Files.writeString(dir.resolve("empty.md"), "");
        Path notIssue = Files.writeString(dir.resolve("recipe.md"), "Soup\n\nBoil water.\n");
        for (Path bad : List.of(empty, notIssue)) {
            int code = CliAccess.run("build", "--db", db.toString(), bad.toString());
            assertEquals(1, code);
        }
        assertEquals(before, dump(db));
    }

    @Test
    void several_issues_build_into_one_database_sharing_people() throws Exception {
        String text = TextReader.readBundled().text().replace("2026年 第2期", "2026年 第3期");
        Path second = Files.writeString(dir.resolve("issue-3.md"), text);
        Path bundled = Files.writeString(dir.resolve("issue-2.md"), TextReader.readBundled().text());
        Path db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString(), bundled.toString(), second.toString()));
        Dataset ds = Store.open(db);
        try {
            long articles = Txn.calculateRead(ds, () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(
                        "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <http://purl.org/ontology/bibo/AcademicArticle> }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(14, articles);
            long yang = Txn.calculateRead(ds, () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(
                        "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a <http://purl.org/dc/terms/creator> ?p . ?p <http://xmlns.com/foaf/0.1/name> \"杨洁勉\"@zh }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, yang);
        } finally {
            Store.release(ds);
        }
    }

    @Test
    void a_folder_that_is_not_a_database_is_never_replaced() throws Exception {
        Path precious = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(precious.resolve("chapter1.tex"), "keep me");
        InputException e = assertThrows(InputException.class, () -> Store.build(precious, QUADS, (f, a) -> { }));
        assertTrue(e.getMessage().endsWith("exists and is not a journal-kg database; choose another --db"));
        assertEquals("keep me", Files.readString(precious.resolve("chapter1.tex")));
    }
}
