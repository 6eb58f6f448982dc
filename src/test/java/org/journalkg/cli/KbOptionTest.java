package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.journalkg.issue.Lang;
import org.journalkg.mention.Entity;
import org.journalkg.mention.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --kb FILE.ttl: the user's entities reach the kb graph and ask; a bad file is one line with the file and the line. */
class KbOptionTest {

    static final String BASE = "https://w3id.org/journal-kg/id/";
    static final String PREFIXES = """
            @prefix jkg:  <https://w3id.org/journal-kg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            """;
    /** The Eastern Economic Forum, which articles 67 and 48 name and the bundled knowledge base does not know. */
    static final String FORUM = PREFIXES + """
            <entity/eastern-economic-forum> a jkg:Institution ;
              skos:prefLabel "东方经济论坛"@zh, "Восточный экономический форум"@ru, "Eastern Economic Forum"@en ;
              skos:altLabel "ВЭФ"@ru, "EEF"@en .
            <entity/sakhalin> skos:prefLabel "Sakhalin Island"@en ; skos:altLabel "库页"@zh .
            """;

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static List<Integer> pages(String db, String term) {
        Cli r = Cli.run("ask", "--db", db, "--format", "json", term);
        assertEquals(0, r.exit(), r.err());
        List<Integer> out = new ArrayList<>();
        JSON.parseAny(r.out()).getAsArray().forEach(v -> out.add(v.getAsObject().get("firstPage").getAsNumber().value().intValue()));
        return out;
    }

    @Test
    void build_with_kb_then_ask_by_every_label() throws IOException {
        Path kb = file("forum.ttl", FORUM);
        String db = dir.resolve("db").toString();
        Cli built = Cli.run("build", "--quiet", "--db", db, "--kb", kb.toString());
        assertEquals(0, built.exit(), built.err());
        for (String label : List.of("东方经济论坛", "Восточный экономический форум", "Eastern Economic Forum", "ВЭФ", "EEF")) {
            assertEquals(List.of(67, 48), pages(db, label), label);
        }
        // Sakhalin is named in article 67 too: the bundled entity answers by the label the file added.
        assertEquals(List.of(67), pages(db, "库页"));
    }

    @Test
    void a_file_adds_to_a_bundled_entity_without_replacing_its_names() throws IOException {
        KnowledgeBase kb = KnowledgeBase.load(BASE, List.of(file("forum.ttl", FORUM)));
        Entity sakhalin = kb.entities().stream().filter(e -> e.iri().equals(BASE + "entity/sakhalin")).findFirst().orElseThrow();
        assertEquals("Sakhalin", sakhalin.label(Lang.EN));
        assertTrue(sakhalin.labels().contains(new Entity.Label("Sakhalin Island", "en", false)));
        assertTrue(sakhalin.labels().contains(new Entity.Label("库页", "zh", false)));
        assertEquals(KnowledgeBase.load(BASE).entities().size() + 1, kb.entities().size());
    }

    @Test
    void candidates_no_longer_lists_what_the_file_names() throws IOException {
        Path kb = file("forum.ttl", FORUM);
        assertTrue(Cli.run("candidates").out().contains("\t东方经济论坛\t"));
        Cli r = Cli.run("candidates", "--kb", kb.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("\t东方经济论坛\t"));
    }

    /** Each malformed file: exit 1, one line naming the file and the line, and no database. */
    @Test
    void malformed_files_fail_with_the_file_and_the_line() throws IOException {
        assertFails("syntax.ttl", PREFIXES + "<entity/x> a jkg:Place ;\n  skos:prefLabel \"X\"@en\n<entity/y> a jkg:Place .\n",
                "line 5: Triples not terminated by DOT");
        assertFails("nopref.ttl", PREFIXES + "\n<entity/x> a jkg:Place ;\n  skos:prefLabel \"X\"@en .\n<entity/y> a jkg:Place ;\n  skos:altLabel \"Y\"@en .\n",
                "line 6: entity/y has no skos:prefLabel");
        assertFails("class.ttl", PREFIXES + "<entity/x>\n  a jkg:Country ;\n  skos:prefLabel \"X\"@en .\n",
                "line 3: entity/x: jkg:Country is not a class of the knowledge base (jkg:Agreement, jkg:Concept, jkg:Conflict, jkg:Corridor, "
                        + "jkg:Institution, jkg:InternationalOrganization, jkg:Person, jkg:Place, jkg:State, jkg:Strategy)");
        assertFails("lang.ttl", PREFIXES + "@prefix e: <entity/> .\ne:x a jkg:Place ;\n  skos:prefLabel \"X\"@en ;\n  skos:altLabel \"Ex\" .\n",
                "line 4: entity/x: label \"Ex\" has no language tag (@zh, @ru or @en)");
        assertFails("notype.ttl", PREFIXES + "<entity/x> skos:prefLabel \"X\"@en .\n", "line 3: entity/x has no class (a jkg:Place, jkg:State, …)");
        Path missing = dir.resolve("missing.ttl");
        Cli r = Cli.run("build", "--quiet", "--db", dir.resolve("db").toString(), "--kb", missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("journal-kg: " + missing + ": cannot be read"), r.err());
    }

    @Test
    void extract_with_a_bad_file_writes_nothing() throws IOException {
        Path bad = file("bad.ttl", PREFIXES + "<entity/x> a jkg:Place .\n");
        Path out = dir.resolve("out.nq");
        Cli r = Cli.run("extract", "-o", out.toString(), "--kb", bad.toString());
        assertEquals("journal-kg: " + bad + ": line 3: entity/x has no skos:prefLabel\n", r.err());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out) || Files.exists(dir.resolve("out.nq.tmp")));
    }

    void assertFails(String name, String text, String problem) throws IOException {
        Path f = file(name, text);
        Path db = dir.resolve("db-" + name);
        Cli r = Cli.run("build", "--quiet", "--db", db.toString(), "--kb", f.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("journal-kg: " + f + ": " + problem + "\n", r.err());
        assertFalse(Files.exists(db), "nothing stored");
    }
}
