package org.journalkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.journalkg.cli.CliAccess;
import org.journalkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page API (/api/overview, /api/page, /api/work) on a real server over the bundled issue,
 * against the expected reading of spec/issue-2026-02.json: titles, pages, authors and their
 * names in three languages, the notes of each article.
 */
class PagesApiTest {

    static final String BASE_IRI = "https://w3id.org/journal-kg/id/";
    static final String ISSUE = BASE_IRI + "issue/1009-721X/2026/2";

    @TempDir
    static Path dir;

    static Dataset ds;
    static FusekiServer server;
    static String base;
    static JsonObject spec;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, CliAccess.run("build", "--quiet", "--db", db.toString()));
        ds = Store.open(db);
        server = KgServer.builder(ds).port(0).build();
        server.start();
        base = "http://127.0.0.1:" + server.getPort();
        try (InputStream in = PagesApiTest.class.getResourceAsStream("/spec/issue-2026-02.json")) {
            spec = JSON.parse(in);
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
        Store.release(ds);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body());
    }

    /** A page by its address as a browser sends it: every non-ASCII character percent-encoded. */
    static JsonObject page(String idPath) throws Exception {
        String encoded = URI.create("http://x" + idPath).toASCIIString().substring("http://x".length());
        return json("/api/page?path=" + URLEncoder.encode(encoded, StandardCharsets.UTF_8));
    }

    static String str(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    static long num(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().longValue();
    }

    static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        o.get(key).getAsArray().forEach(v -> out.add(v.getAsObject()));
        return out;
    }

    static List<String> iris(JsonObject o, String key) {
        return objects(o, key).stream().map(x -> str(x, "iri")).toList();
    }

    static JsonObject specArticle(int firstPage) {
        for (JsonValue a : spec.get("articles").getAsArray()) {
            if (num(a.getAsObject(), "firstPage") == firstPage) {
                return a.getAsObject();
            }
        }
        throw new AssertionError("no article on page " + firstPage + " in the spec");
    }

    static List<JsonObject> specArticles() {
        List<JsonObject> out = new ArrayList<>();
        spec.get("articles").getAsArray().forEach(v -> out.add(v.getAsObject()));
        return out;
    }

    /** The label (or names, titles …) object equals a spec text object, language by language. */
    static void sameTexts(JsonObject expected, JsonObject actual) {
        assertEquals(new TreeSet<>(expected.keys()), new TreeSet<>(actual.keys()), actual.toString());
        for (String l : expected.keys()) {
            assertEquals(str(expected, l), str(actual, l), l);
        }
    }

    @Test
    void the_overview_counts_what_the_issue_holds() throws Exception {
        JsonObject o = json("/api/overview");
        JsonObject counts = o.get("counts").getAsObject();
        List<JsonObject> articles = specArticles();
        Set<String> authors = new TreeSet<>();
        long notes = 0;
        for (JsonObject a : articles) {
            objects(a, "authors").forEach(p -> authors.add(str(p.get("name").getAsObject(), "zh")));
            notes += num(a, "footnotes");
        }
        assertEquals(1, num(counts, "journals"));
        assertEquals(1, num(counts, "issues"));
        assertEquals(articles.size(), num(counts, "articles"));
        assertEquals(authors.size(), num(counts, "authors"));
        assertEquals(notes, num(counts, "notes"));
        assertEquals(268, num(counts, "notes"));
        // Works and actors as the graph holds them, counted the same way as the canned queries would.
        assertEquals(distinct("?a <http://purl.org/spar/cito/cites> ?x"), num(counts, "works"));
        assertEquals(distinct("?a <https://schema.org/mentions> ?x"), num(counts, "actors"));
        assertEquals(7, num(o, "total"));
        assertEquals(0, num(o, "offset"));
        assertEquals(20, num(o, "limit"));

        List<JsonObject> issues = objects(o, "issues");
        assertEquals(1, issues.size());
        assertEquals(ISSUE, str(issues.get(0), "iri"));
        assertEquals("/id/issue/1009-721X/2026/2", str(issues.get(0), "page"));
        assertEquals("2026", str(issues.get(0), "volume"));
        assertEquals("2", str(issues.get(0), "number"));
        assertEquals(str(spec.get("issue").getAsObject(), "published"), str(issues.get(0), "issued"));
        assertEquals(7, num(issues.get(0), "articles"));
        sameTexts(spec.get("journal").getAsObject().get("title").getAsObject(), issues.get(0).get("journal").getAsObject().get("label").getAsObject());
    }

    private static long distinct(String pattern) throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + pattern + " }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject()
                .get("n").getAsObject().get("value").getAsString().value());
    }

    @Test
    void the_overview_lists_each_article_with_titles_pages_authors_and_notes_as_the_spec_reads_them() throws Exception {
        List<JsonObject> got = objects(json("/api/overview?offset=0&limit=20"), "articles");
        List<JsonObject> expected = specArticles();
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonObject e = expected.get(i);
            JsonObject a = got.get(i);
            assertEquals(ISSUE + "/article/" + num(e, "firstPage"), str(a, "iri"));
            assertEquals("/id/issue/1009-721X/2026/2/article/" + num(e, "firstPage"), str(a, "page"));
            sameTexts(e.get("title").getAsObject(), a.get("label").getAsObject());
            assertEquals(num(e, "firstPage"), num(a, "pageStart"));
            assertEquals(num(e, "lastPage"), num(a, "pageEnd"));
            assertEquals(num(e, "footnotes"), num(a, "notes"), str(a, "iri"));
            assertEquals(ISSUE, str(a.get("issue").getAsObject(), "iri"));
            assertEquals(BASE_IRI + "journal/1009-721X", str(a.get("journal").getAsObject(), "iri"));
            List<JsonObject> authors = objects(a, "authors");
            List<JsonObject> specAuthors = objects(e, "authors");
            assertEquals(specAuthors.size(), authors.size());
            for (int k = 0; k < authors.size(); k++) {
                sameTexts(specAuthors.get(k).get("name").getAsObject(), authors.get(k).get("label").getAsObject());
                assertEquals("/id/person/" + str(specAuthors.get(k).get("name").getAsObject(), "zh"), str(authors.get(k), "page"));
            }
            int keywords = e.hasKey("keywords") ? e.get("keywords").getAsObject().get("zh").getAsArray().size() : 0;
            assertEquals(keywords, objects(a, "keywords").size(), str(a, "iri"));
            assertTrue(num(a, "works") > 0 && num(a, "actors") > 0, a.toString());
        }
        // The first article's one note cites two works; the one on page 91 has the most notes.
        assertEquals(1, num(got.get(0), "notes"));
        assertEquals(61, num(got.get(5), "notes"));
    }

    @Test
    void the_overview_pages_through_the_articles_in_order() throws Exception {
        JsonObject second = json("/api/overview?offset=2&limit=2");
        assertEquals(7, num(second, "total"));
        assertEquals(2, num(second, "offset"));
        assertEquals(2, num(second, "limit"));
        assertEquals(List.of(ISSUE + "/article/24", ISSUE + "/article/48"), iris(second, "articles"));
        assertEquals(List.of(ISSUE + "/article/121"), iris(json("/api/overview?offset=6&limit=5"), "articles"));
        assertEquals(List.of(), iris(json("/api/overview?offset=7&limit=5"), "articles"));
        assertEquals(400, get("/api/overview?limit=0").statusCode());
        assertEquals(400, get("/api/overview?offset=-1").statusCode());
    }

    @Test
    void the_overview_names_the_top_actors_and_works_in_order() throws Exception {
        JsonObject o = json("/api/overview");
        List<JsonObject> actors = objects(o, "topActors");
        assertEquals(15, actors.size());
        // Russia is named in every article, and more often than any other actor named in all seven.
        assertEquals(BASE_IRI + "entity/russia", str(actors.get(0), "iri"));
        assertEquals("State", str(actors.get(0), "type"));
        assertEquals(7, num(actors.get(0), "articles"));
        assertEquals("Россия", str(actors.get(0).get("label").getAsObject(), "ru"));
        for (int i = 1; i < actors.size(); i++) {
            JsonObject a = actors.get(i - 1);
            JsonObject b = actors.get(i);
            assertTrue(num(a, "articles") > num(b, "articles") || num(a, "articles") == num(b, "articles") && num(a, "mentions") >= num(b, "mentions"));
        }
        List<JsonObject> works = objects(o, "topWorks");
        assertEquals(15, works.size());
        for (int i = 1; i < works.size(); i++) {
            assertTrue(num(works.get(i - 1), "citedBy") >= num(works.get(i), "citedBy"));
        }
        // The US National Security Strategy of 2025 is cited in five notes, more than any other work.
        JsonObject top = works.get(0);
        assertEquals("National Security Strategy of the United States of America", str(top.get("label").getAsObject(), "en"));
        assertEquals(5, num(top, "citedBy"));
        assertEquals("ReportDocument", str(top, "type"));
        assertEquals("2025-11", str(top, "issued"));
        assertEquals("The White House", top.get("creators").getAsArray().get(0).getAsString().value());
    }

    @Test
    void an_article_page_has_titles_authors_with_institutions_notes_and_actors() throws Exception {
        JsonObject e = specArticle(67);
        JsonObject p = page("/id/issue/1009-721X/2026/2/article/67");
        assertEquals("article", str(p, "kind"));
        assertEquals(ISSUE + "/article/67", str(p, "iri"));
        assertEquals("/resource?iri=" + URLEncoder.encode(ISSUE + "/article/67", StandardCharsets.UTF_8), str(p, "raw"));
        sameTexts(e.get("title").getAsObject(), p.get("titles").getAsObject());
        sameTexts(e.get("title").getAsObject(), p.get("label").getAsObject());
        assertEquals(Set.of("zh", "ru", "en"), new TreeSet<>(p.get("abstracts").getAsObject().keys()));
        assertEquals(67, num(p, "pageStart"));
        assertEquals(90, num(p, "pageEnd"));
        assertEquals(ISSUE, str(p.get("issue").getAsObject(), "iri"));
        assertEquals("2026年第2期", str(p.get("issue").getAsObject().get("label").getAsObject(), "zh"));
        assertEquals("俄罗斯研究", str(p.get("journal").getAsObject().get("label").getAsObject(), "zh"));

        List<JsonObject> authors = objects(p, "authors");
        List<JsonObject> specAuthors = objects(e, "authors");
        assertEquals(2, authors.size());
        for (int k = 0; k < authors.size(); k++) {
            JsonObject sa = specAuthors.get(k);
            sameTexts(sa.get("name").getAsObject(), authors.get(k).get("label").getAsObject());
            Set<String> orgs = new TreeSet<>();
            objects(authors.get(k), "affiliations").forEach(org -> orgs.add(str(org.get("label").getAsObject(), "zh")));
            Set<String> expectedOrgs = new TreeSet<>();
            sa.get("affiliations").getAsArray().forEach(v -> expectedOrgs.add(v.getAsString().value()));
            assertEquals(expectedOrgs, orgs);
        }
        assertEquals(List.of(BASE_IRI + "person/" + str(e, "responsibleEditor")), iris(p, "editors"));
        assertEquals(List.of(), iris(p, "translators"));
        // In the order the article prints them, not the graph's.
        List<String> keywords = new ArrayList<>();
        objects(p, "keywords").forEach(k -> keywords.add(str(k.get("label").getAsObject(), "zh")));
        List<String> expectedKeywords = new ArrayList<>();
        e.get("keywords").getAsObject().get("zh").getAsArray().forEach(v -> expectedKeywords.add(v.getAsString().value()));
        assertEquals(expectedKeywords, keywords);
        JsonArray funding = p.get("funding").getAsArray();
        assertEquals(1, funding.size());
        assertTrue(funding.get(0).getAsString().value().contains("20YJC752014"), funding.toString());

        List<JsonObject> notes = objects(p, "notes");
        assertEquals(num(e, "footnotes"), notes.size());
        for (int i = 0; i < notes.size(); i++) {
            assertEquals(i + 1, num(notes.get(i), "number"));
            assertFalse(str(notes.get(i), "text").isBlank());
        }
        assertFalse(objects(p, "sections").isEmpty());
        assertEquals("一", str(objects(p, "sections").get(0), "number"));

        List<JsonObject> actors = objects(p, "actors");
        assertFalse(actors.isEmpty());
        for (int i = 1; i < actors.size(); i++) {
            assertTrue(num(actors.get(i - 1), "mentions") >= num(actors.get(i), "mentions"));
        }
        for (JsonObject a : actors) {
            assertTrue(a.get("evidence").getAsArray().size() <= 3);
            assertTrue(str(a, "page").startsWith("/id/entity/"), a.toString());
        }
        JsonObject bri = actors.stream().filter(a -> str(a, "iri").equals(BASE_IRI + "entity/bri")).findFirst().orElseThrow();
        assertEquals("Strategy", str(bri, "type"));
        assertFalse(bri.get("evidence").getAsArray().isEmpty());
        Set<String> parts = new TreeSet<>();
        objects(p, "parts").forEach(x -> parts.add(str(x, "where") + "-" + str(x, "lang")));
        assertTrue(parts.containsAll(Set.of("title-zh", "title-ru", "title-en", "abstract-zh", "abstract-ru", "abstract-en")), parts.toString());
    }

    @Test
    void a_translated_article_names_its_translator() throws Exception {
        JsonObject p = page("/id/issue/1009-721X/2026/2/article/3");
        JsonObject e = specArticle(3);
        List<JsonObject> translators = objects(p, "translators");
        assertEquals(1, translators.size());
        sameTexts(objects(e, "translators").get(0).get("name").getAsObject(), translators.get(0).get("label").getAsObject());
        assertEquals(1, objects(p, "notes").size());
    }

    @Test
    void a_person_page_has_names_institutions_and_what_the_person_wrote_edited_and_is_cited_for() throws Exception {
        JsonObject e = specArticle(67);
        JsonObject first = objects(e, "authors").get(0);
        JsonObject p = page("/id/person/" + str(first.get("name").getAsObject(), "zh"));
        assertEquals("person", str(p, "kind"));
        sameTexts(first.get("name").getAsObject(), p.get("names").getAsObject());
        assertEquals(List.of(ISSUE + "/article/67"), iris(p, "wrote"));
        // The spec's cross link: 崔珩 is also the responsible editor of the article on page 5 …
        assertEquals(List.of(ISSUE + "/article/5"), iris(p, "edited"));
        assertEquals(2, objects(p, "affiliations").size());
        // … and cites an own earlier article in the one on page 67.
        List<JsonObject> cited = objects(p, "cited");
        assertFalse(cited.isEmpty());
        assertTrue(cited.stream().anyMatch(c -> iris(c, "articles").contains(ISSUE + "/article/67")), cited.toString());

        JsonObject second = objects(e, "authors").get(1);
        JsonObject q = page("/id/person/" + str(second.get("name").getAsObject(), "zh"));
        Set<String> alt = new TreeSet<>();
        q.get("altLabels").getAsArray().forEach(v -> alt.add(v.getAsString().value()));
        Set<String> variants = new TreeSet<>();
        second.get("variants").getAsArray().forEach(v -> variants.add(v.getAsString().value()));
        assertEquals(variants, alt);
    }

    @Test
    void a_work_page_shows_the_note_that_cites_it_with_its_locator_and_exports_the_work() throws Exception {
        JsonObject article = page("/id/issue/1009-721X/2026/2/article/24");
        JsonObject note = objects(article, "notes").get(1);
        assertEquals(2, num(note, "number"));
        assertTrue(str(note, "text").startsWith("戚振宏主编：《上海合作组织：回眸与前瞻（2001—2018）》"), str(note, "text"));
        JsonObject cited = objects(note, "works").get(0);
        assertEquals("153-183", str(cited, "locator"));

        JsonObject w = json("/api/page?path=" + URLEncoder.encode(str(cited, "page"), StandardCharsets.UTF_8));
        assertEquals("work", str(w, "kind"));
        assertEquals(str(cited, "iri"), str(w, "iri"));
        assertEquals("Book", str(w, "type"));
        assertEquals("上海合作组织：回眸与前瞻（2001—2018）", str(w.get("label").getAsObject(), "zh"));
        List<String> fields = objects(w, "fields").stream().map(f -> str(f, "name") + "=" + str(f, "value")).toList();
        assertTrue(fields.containsAll(List.of("title=上海合作组织：回眸与前瞻（2001—2018）", "editors=戚振宏", "issued=2018",
                "publisher=世界知识出版社", "place=北京")), fields.toString());
        List<JsonObject> citedIn = objects(w, "citedIn");
        assertEquals(1, citedIn.size());
        assertEquals(ISSUE + "/article/24", str(citedIn.get(0).get("article").getAsObject(), "iri"));
        assertEquals(2, num(citedIn.get(0), "note"));
        assertEquals("153-183", str(citedIn.get(0), "locator"));
        assertEquals(str(note, "text"), str(citedIn.get(0), "text"));

        JsonObject exports = w.get("exports").getAsObject();
        HttpResponse<String> bib = get(str(exports, "bibtex"));
        assertEquals(200, bib.statusCode());
        assertTrue(bib.headers().firstValue("Content-Type").orElse("").startsWith("application/x-bibtex"));
        assertTrue(bib.body().startsWith("@book{"), bib.body());
        assertTrue(bib.body().contains("title = {上海合作组织：回眸与前瞻（2001—2018）}"), bib.body());
        HttpResponse<String> ris = get(str(exports, "ris"));
        assertTrue(ris.headers().firstValue("Content-Type").orElse("").startsWith("application/x-research-info-systems"));
        assertTrue(ris.body().startsWith("TY  - BOOK"), ris.body());
        assertTrue(ris.body().contains("PB  - 世界知识出版社"), ris.body());
        HttpResponse<String> csl = get(str(exports, "csl-json"));
        JsonObject item = JSON.parseAny(csl.body()).getAsArray().get(0).getAsObject();
        assertEquals(str(cited, "iri"), str(item, "id"));
        assertEquals("book", str(item, "type"));
        assertFalse(item.hasKey("locator"));
        HttpResponse<String> gbt = get(str(w.get("styles").getAsObject(), "chinese-gb7714-2005-numeric"));
        assertEquals(200, gbt.statusCode());
        assertTrue(gbt.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals("[1]戚振宏. 上海合作组织：回眸与前瞻（2001—2018）[M]. 北京: 世界知识出版社, 2018.\n", gbt.body());
        assertEquals(400, get(str(exports, "bibtex") + "&style=no-such-style").statusCode());
    }

    @Test
    void the_actor_page_of_the_sco_ranks_its_articles_as_ask_does() throws Exception {
        JsonObject p = page("/id/entity/sco");
        assertEquals("actor", str(p, "kind"));
        assertEquals("InternationalOrganization", str(p, "type"));
        assertEquals("上海合作组织", str(p.get("labels").getAsObject(), "zh"));
        assertEquals("Шанхайская организация сотрудничества", str(p.get("labels").getAsObject(), "ru"));
        Set<String> alt = new TreeSet<>();
        p.get("altLabels").getAsArray().forEach(v -> alt.add(v.getAsString().value()));
        assertTrue(alt.containsAll(Set.of("SCO", "ШОС", "上合组织")), alt.toString());
        assertTrue(objects(p, "related").stream().anyMatch(r -> str(r, "iri").equals(BASE_IRI + "entity/china") && str(r, "relation").equals("member")));
        assertEquals("上海合作组织", str(p, "ask"));

        JsonObject ask = json("/api/ask?q=" + URLEncoder.encode("ШОС", StandardCharsets.UTF_8));
        List<String> askOrder = new ArrayList<>();
        List<Double> askScores = new ArrayList<>();
        ask.get("articles").getAsArray().forEach(v -> {
            askOrder.add(str(v.getAsObject(), "article"));
            askScores.add(v.getAsObject().get("score").getAsNumber().value().doubleValue());
        });
        assertEquals(askOrder, iris(p, "articles"));
        assertEquals(askScores, objects(p, "articles").stream().map(a -> a.get("score").getAsNumber().value().doubleValue()).toList());
        assertEquals(num(ask, "total"), num(p, "articlesTotal"));
        assertEquals(4, num(p, "articlesTotal"));
        assertEquals(ISSUE + "/article/24", iris(p, "articles").get(0));
        assertFalse(objects(p, "articles").get(0).get("evidence").getAsArray().isEmpty());
        List<JsonObject> coNamed = objects(p, "coNamed");
        assertFalse(coNamed.isEmpty());
        for (int i = 1; i < coNamed.size(); i++) {
            assertTrue(num(coNamed.get(i - 1), "count") >= num(coNamed.get(i), "count"));
        }
        // Wikidata: a state of the knowledge base carries its item.
        assertEquals("http://www.wikidata.org/entity/Q159", str(page("/id/entity/russia"), "wikidata"));
    }

    @Test
    void issue_journal_organization_and_keyword_pages() throws Exception {
        JsonObject issue = page("/id/issue/1009-721X/2026/2");
        assertEquals("issue", str(issue, "kind"));
        assertEquals(7, objects(issue, "articles").size());
        assertEquals(BASE_IRI + "person/" + str(spec.get("issue").getAsObject(), "editorInChief"), iris(issue, "editors").get(0));
        JsonObject journal = page("/id/journal/1009-721X");
        assertEquals("journal", str(journal, "kind"));
        assertEquals("1009-721X", str(journal, "issn"));
        sameTexts(spec.get("journal").getAsObject().get("title").getAsObject(), journal.get("titles").getAsObject());
        assertEquals(List.of(ISSUE), iris(journal, "issues"));
        JsonObject org = page("/id/org/华东师范大学俄罗斯研究中心");
        assertEquals("organization", str(org, "kind"));
        assertTrue(iris(org, "members").contains(BASE_IRI + "person/崔珩"), iris(org, "members").toString());
        // An organization cited as an author: its works and the articles that cite them.
        JsonObject house = page("/id/org/The_White_House");
        assertEquals("organization", str(house, "kind"));
        JsonObject nss = objects(house, "cited").stream()
                .filter(c -> str(c.get("work").getAsObject().get("label").getAsObject(), "en").equals("National Security Strategy of the United States of America"))
                .findFirst().orElseThrow();
        assertFalse(iris(nss, "articles").isEmpty());
        JsonObject keyword = page("/id/keyword/上海精神");
        assertEquals("other", str(keyword, "kind"));
        assertEquals(List.of(ISSUE + "/article/24"), iris(keyword, "articles"));
    }

    @Test
    void an_unknown_iri_is_404_with_a_json_error() throws Exception {
        for (String q : List.of("path=" + URLEncoder.encode("/id/entity/no-such-actor", StandardCharsets.UTF_8),
                "iri=" + URLEncoder.encode("https://example.org/nothing", StandardCharsets.UTF_8),
                "iri=" + URLEncoder.encode("not an iri", StandardCharsets.UTF_8))) {
            HttpResponse<String> r = get("/api/page?" + q);
            assertEquals(404, r.statusCode(), q);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertNotNull(JSON.parse(r.body()).get("error"));
        }
        assertEquals(400, get("/api/page").statusCode());
        assertEquals(404, get("/api/work?format=bibtex&iri=" + URLEncoder.encode(ISSUE + "/article/24", StandardCharsets.UTF_8)).statusCode());
        assertEquals(400, get("/api/work?format=docx&iri=" + URLEncoder.encode(ISSUE + "/article/24", StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void a_bad_parameter_is_400_and_an_unknown_route_404_each_with_a_json_error() throws Exception {
        Map<String, String> said = new LinkedHashMap<>();
        said.put("/api/graph?view=mentions&min=abc", "min: a number of at least 0 is needed, not \"abc\"");
        said.put("/api/overview?limit=0", "limit: a whole number of at least 1 is needed, not \"0\"");
        said.put("/api/page", "path or iri: one of them is needed");
        said.put("/api/no-such-route", "no such API route: /api/no-such-route");
        for (Map.Entry<String, String> e : said.entrySet()) {
            HttpResponse<String> r = get(e.getKey());
            assertEquals(e.getKey().contains("no-such") ? 404 : 400, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), e.getKey());
            assertEquals(e.getValue(), JSON.parse(r.body()).get("error").getAsString().value(), e.getKey());
        }
        // A fraction is a weight like any other.
        assertEquals(200, get("/api/graph?view=mentions&min=2.5").statusCode());
    }

    @Test
    void the_raw_triples_page_links_to_the_typed_page() throws Exception {
        HttpResponse<String> r = get("/resource?iri=" + URLEncoder.encode(BASE_IRI + "entity/sco", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<a href=\"/id/entity/sco\">"), r.body().substring(0, 600));
        HttpResponse<String> note = get("/resource?iri=" + URLEncoder.encode(ISSUE + "/article/24/note/2", StandardCharsets.UTF_8));
        assertFalse(note.body().contains("class=\"typed\""));
    }

    static List<JsonObject> elements(JsonObject graph, String kind) {
        List<JsonObject> out = new ArrayList<>();
        graph.get("elements").getAsObject().get(kind).getAsArray().forEach(v -> out.add(v.getAsObject().get("data").getAsObject()));
        return out;
    }

    @Test
    void an_ego_graph_is_the_node_and_its_neighbours_in_the_view() throws Exception {
        String sco = BASE_IRI + "entity/sco";
        JsonObject g = json("/api/graph?view=mentions&min=1&ego=" + URLEncoder.encode(sco, StandardCharsets.UTF_8));
        List<JsonObject> nodes = elements(g, "nodes");
        List<JsonObject> edges = elements(g, "edges");
        // The SCO and the four articles that name it, each edge weighted by the article's mentions, as on the actor page.
        JsonObject actor = page("/id/entity/sco");
        Set<String> expected = new TreeSet<>(iris(actor, "articles"));
        expected.add(sco);
        assertEquals(expected, new TreeSet<>(nodes.stream().map(n -> str(n, "id")).toList()));
        assertEquals(4, edges.size());
        for (JsonObject e : edges) {
            assertEquals(sco, str(e, "target"));
            JsonObject a = objects(actor, "articles").stream().filter(x -> str(x, "iri").equals(str(e, "source"))).findFirst().orElseThrow();
            assertEquals(num(a, "mentions"), num(e, "weight"));
        }
        JsonObject egoNode = nodes.stream().filter(n -> str(n, "id").equals(sco)).findFirst().orElseThrow();
        assertTrue(egoNode.get("ego").getAsBoolean().value());
        assertEquals("上海合作组织", str(egoNode, "label_zh"));
        assertEquals("Шанхайская организация сотрудничества", str(egoNode, "label_ru"));

        // An article in the citations view: the article and the works its notes cite, as the overview counts them.
        String article = ISSUE + "/article/24";
        JsonObject c = json("/api/graph?view=citations&ego=" + URLEncoder.encode(article, StandardCharsets.UTF_8));
        long works = objects(json("/api/overview?offset=2&limit=1"), "articles").get(0).get("works").getAsNumber().value().longValue();
        assertEquals(works, elements(c, "edges").size());
        assertEquals(works + 1, elements(c, "nodes").size());
        assertTrue(elements(c, "edges").stream().allMatch(e -> str(e, "source").equals(article)));

        // A node the view does not reach (an author in the mentions view) stands alone; an unknown one gives nothing.
        JsonObject alone = json("/api/graph?view=mentions&ego=" + URLEncoder.encode(BASE_IRI + "person/崔珩", StandardCharsets.UTF_8));
        assertEquals(List.of(BASE_IRI + "person/崔珩"), elements(alone, "nodes").stream().map(n -> str(n, "id")).toList());
        assertEquals(0, elements(alone, "edges").size());
        JsonObject none = json("/api/graph?view=mentions&ego=" + URLEncoder.encode("https://example.org/nothing", StandardCharsets.UTF_8));
        assertEquals(0, elements(none, "nodes").size());
    }

    /** Each view's ego graph is exactly the view's edges that touch the node (the ego is bound in the query, not filtered after). */
    @Test
    void an_ego_graph_is_the_whole_view_cut_to_the_node() throws Exception {
        String work = objects(objects(page("/id/issue/1009-721X/2026/2/article/24"), "notes").get(1), "works").get(0).get("iri").getAsString().value();
        String[][] cases = {
            {"mentions", BASE_IRI + "entity/sco"}, {"mentions", ISSUE + "/article/24"}, {"comentions", BASE_IRI + "entity/sco"},
            {"citations", ISSUE + "/article/24"}, {"citations", work}, {"cocitation", work}, {"coauthors", BASE_IRI + "person/崔珩"},
            {"coauthors", BASE_IRI + "org/华东师范大学俄罗斯研究中心"}, {"keywords", BASE_IRI + "keyword/上海精神"}};
        for (String[] c : cases) {
            String view = "/api/graph?view=" + c[0] + "&min=1";
            Set<String> expected = new TreeSet<>();
            for (JsonObject e : elements(json(view), "edges")) {
                if (str(e, "source").equals(c[1]) || str(e, "target").equals(c[1])) {
                    expected.add(str(e, "source") + " " + str(e, "target") + " " + str(e, "kind") + " " + num(e, "weight"));
                }
            }
            Set<String> got = new TreeSet<>();
            elements(json(view + "&ego=" + URLEncoder.encode(c[1], StandardCharsets.UTF_8)), "edges")
                    .forEach(e -> got.add(str(e, "source") + " " + str(e, "target") + " " + str(e, "kind") + " " + num(e, "weight")));
            assertFalse(expected.isEmpty(), c[0] + " " + c[1]);
            assertEquals(expected, got, c[0] + " " + c[1]);
        }
    }
}
