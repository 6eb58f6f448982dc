package org.journalkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.journalkg.query.TextSearch;
import org.journalkg.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index is built, switched in, opened and kept in step with the database. */
class TextIndexTest {

    static final List<Quad> QUADS = StoreTest.QUADS;
    static final String ARTICLE = "https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/";
    static final String TEXT_QUERY = "PREFIX text: <http://jena.apache.org/text#> SELECT ?p { (?p ?score) text:query (c4o:hasContent '\"大交易\"' \"lang:zh\") } ORDER BY ?p";

    @TempDir
    Path dir;

    static List<String> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Vocab.sparqlPrefixes() + query).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.get(r.varNames().next()).toString()));
            }
            return out;
        });
    }

    static List<String> listing(Path index) throws IOException {
        try (Stream<Path> s = Files.list(index)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).sorted().toList();
        }
    }

    @Test
    void text_query_works_on_the_opened_database_and_the_union_graph_stays() {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        assertTrue(Store.hasTextIndex(db));
        Dataset ds = Store.open(db);
        try {
            assertEquals(List.of(ARTICLE + "48/paragraph/53", ARTICLE + "48/paragraph/54", ARTICLE + "48/paragraph/55", ARTICLE + "48/paragraph/56"),
                    select(ds, TEXT_QUERY));
            assertEquals(List.of("7"), select(ds, "SELECT (COUNT(?a) AS ?n) { ?a a bibo:AcademicArticle }").stream()
                    .map(s -> s.replaceAll("\\^\\^.*", "").replace("\"", "")).toList());
            // Opening it again in this JVM gives the same dataset, as TDB2 does.
            assertEquals(ds.asDatasetGraph(), Store.open(db).asDatasetGraph());
        } finally {
            Store.release(ds);
        }
    }

    @Test
    void a_database_built_without_an_index_still_opens() throws IOException {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        Store.deleteTree(db.resolve(FullText.DIR));
        assertFalse(Store.hasTextIndex(db));
        Dataset ds = Store.open(db);
        try {
            assertEquals(7, select(ds, "SELECT ?a { ?a a bibo:AcademicArticle }").size());
            assertThrows(org.journalkg.read.InputException.class, () -> new TextSearch(ds));
        } finally {
            Store.release(ds);
        }
    }

    @Test
    void a_failed_build_leaves_the_old_index_as_it_was() throws IOException {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        List<String> before = listing(db.resolve(FullText.DIR));
        List<Quad> broken = new AbstractList<>() {
            @Override
            public Quad get(int i) {
                if (i == 3000) {
                    throw new IllegalStateException("disk on fire");
                }
                return QUADS.get(i);
            }

            @Override
            public int size() {
                return QUADS.size();
            }
        };
        assertThrows(IllegalStateException.class, () -> Store.build(db, broken, (f, a) -> { }));
        assertEquals(before, listing(db.resolve(FullText.DIR)));
        assertFalse(Files.exists(dir.resolve("db.building")));
        Dataset ds = Store.open(db);
        try (TextSearch search = new TextSearch(ds)) {
            assertEquals(ARTICLE + "48", search.search("大交易").get(0).article());
        } finally {
            Store.release(ds);
        }
    }

    @Test
    void a_rebuild_while_open_switches_to_the_new_index() {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        Dataset first = Store.open(db);
        assertEquals(4, select(first, TEXT_QUERY).size());
        Store.release(first);
        Store.build(db, QUADS.stream().filter(q -> !q.getSubject().getURI().endsWith("/paragraph/53")).toList(), (f, a) -> { });
        Dataset second = Store.open(db);
        try {
            assertEquals(3, select(second, TEXT_QUERY).size());
        } finally {
            Store.release(second);
        }
    }

    @Test
    void updates_keep_the_index_in_step() {
        Path db = dir.resolve("db");
        Store.build(db, QUADS, (f, a) -> { });
        Dataset ds = Store.open(db);
        String paragraph = "<" + ARTICLE + "5/paragraph/999>";
        String graph = "<https://w3id.org/journal-kg/id/graph/issue/1009-721X/2026/2/article/5>";
        try (TextSearch search = new TextSearch(ds)) {
            update(ds, "INSERT DATA { GRAPH " + graph + " { " + paragraph + " c4o:hasContent \"一项大交易。\"@zh } }");
            assertEquals(List.of(ARTICLE + "48", ARTICLE + "5"), search.search("大交易").stream().map(h -> h.article()).sorted().toList());
            assertEquals(5, select(ds, TEXT_QUERY).size());
            update(ds, "DELETE DATA { GRAPH " + graph + " { " + paragraph + " c4o:hasContent \"一项大交易。\"@zh } }");
            assertEquals(List.of(ARTICLE + "48"), search.search("大交易").stream().map(h -> h.article()).toList());
            assertEquals(4, select(ds, TEXT_QUERY).size());
        } finally {
            Store.release(ds);
        }
    }

    private static void update(Dataset ds, String update) {
        Txn.executeWrite(ds, () -> UpdateExecution.dataset(ds).update(Vocab.sparqlPrefixes() + update).execute());
    }
}
