package org.journalkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Lang;
import org.journalkg.mention.ArticleMentions;
import org.journalkg.mention.Entity;
import org.journalkg.mention.Gazetteer;
import org.journalkg.mention.KnowledgeBase;
import org.journalkg.mention.MentionReader;
import org.journalkg.query.Ask;
import org.journalkg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** journal-kg ask and candidates on a real database. */
class AskCommandTest {

    static String db;

    @BeforeAll
    static void build() {
        db = org.journalkg.SharedDatabase.path().toString();
    }

    static List<Integer> pages(String term) {
        Cli r = Cli.run("ask", "--db", db, "--format", "json", term);
        assertEquals(0, r.exit(), r.err());
        List<Integer> out = new ArrayList<>();
        JSON.parseAny(r.out()).getAsArray().forEach(v -> out.add(v.getAsObject().get("firstPage").getAsNumber().value().intValue()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCO", "sco", "ШОС", "上合组织", "上海合作组织", "Shanghai Cooperation Organisation", "Шанхайской организации сотрудничества",
            "ＳＣＯ", "Shanghai Cooperaton Organization"})
    void the_sco_in_any_language_form_width_or_with_a_typo(String term) {
        assertEquals(List.of(24, 48, 5, 67), pages(term));
    }

    @Test
    void zangezur_in_three_languages_and_inflected() {
        for (String t : List.of("Zangezur corridor", "赞格祖尔走廊", "Зангезурский коридор", "Зангезурского коридора")) {
            assertEquals(List.of(121, 91), pages(t), t);
        }
    }

    @Test
    void json_has_the_documented_fields_and_three_quotes_at_most() {
        JsonArray a = JSON.parseAny(Cli.run("ask", "--db", db, "--format", "json", "TRIPP").out()).getAsArray();
        JsonObject first = a.get(0).getAsObject();
        assertEquals(Set.of("article", "firstPage", "title", "match", "mentions", "evidence"), first.keys());
        assertEquals("entity", first.get("match").getAsString().value());
        assertEquals("https://w3id.org/journal-kg/id/issue/1009-721X/2026/2/article/121", first.get("article").getAsString().value());
        assertEquals("The Political Logic of U.S. Maneuvering over Zangezur: Institutional Embeddedness and Power Reconfiguration in Corridor Governance",
                first.get("title").getAsString().value());
        assertEquals(52, first.get("mentions").getAsNumber().value().intValue());
        JsonArray ev = first.get("evidence").getAsArray();
        assertTrue(ev.size() >= 1 && ev.size() <= 3);
        ev.forEach(e -> assertTrue(e.getAsString().value().contains("TRIPP") || e.getAsString().value().contains("Trump Route"), e.toString()));
    }

    /** The asker's language first (title, then abstract, then body); other languages fill up to three. */
    @Test
    void quotes_come_in_the_language_of_the_term_title_and_abstract_first() {
        JsonArray a = JSON.parseAny(Cli.run("ask", "--db", db, "--format", "json", "ШОС").out()).getAsArray();
        List<String> first = a.get(0).getAsObject().get("evidence").getAsArray().stream().map(e -> e.getAsString().value()).toList();
        assertEquals(3, first.size());
        assertEquals("Шанхайская организация сотрудничества с точки зрения незападных стран: эффективность управления, текущие вызовы и пути оптимизации", first.get(0));
        assertTrue(first.get(1).startsWith("Это привело к одностороннему или даже негативному восприятию"), first.get(1));
        assertTrue(first.get(2).startsWith("Будучи наиболее представительной незападной многосторонней платформой"), first.get(2));
        List<String> second = a.get(1).getAsObject().get("evidence").getAsArray().stream().map(e -> e.getAsString().value()).toList();
        assertEquals(48, a.get(1).getAsObject().get("firstPage").getAsNumber().value().intValue());
        assertTrue(second.get(0).startsWith("Дальнейшее углубление сотрудничества с Китаем, Шанхайской организацией"), second.get(0));
        assertEquals("继续深化与中国、上合组织及金砖国家的协作，是俄罗斯在后西方时代维持战略主体性、推动大欧亚建设的必然选择。", second.get(1));
        assertTrue(second.get(2).startsWith("Deepening cooperation with China, the Shanghai Cooperation Organization"), second.get(2));
    }

    /** ask reads the examples chosen at build time: a few per article and entity, never every mention. */
    @Test
    void each_summary_names_at_most_three_examples_per_language() {
        String totals = Cli.run("query", "--db", db, "--format", "csv", "-e", """
                SELECT (COUNT(?ann) AS ?examples) (COUNT(DISTINCT ?s) AS ?summaries) WHERE { ?s a jkg:MentionSummary ; jkg:example ?ann }""").out();
        assertEquals(List.of("examples,summaries", "1314,433"), totals.lines().toList());
        String most = Cli.run("query", "--db", db, "--format", "csv", "-e", """
                SELECT (MAX(?n) AS ?most) WHERE { { SELECT ?s (COUNT(?ann) AS ?n) WHERE { ?s a jkg:MentionSummary ; jkg:example ?ann } GROUP BY ?s } }""").out();
        assertEquals(List.of("most", "9"), most.lines().toList());
        String none = Cli.run("query", "--db", db, "--format", "csv", "-e", """
                SELECT (COUNT(?s) AS ?n) WHERE { ?s a jkg:MentionSummary FILTER NOT EXISTS { ?s jkg:example ?ann } }""").out();
        assertEquals(List.of("n", "0"), none.lines().toList());
    }

    @Test
    void answers_come_a_page_at_a_time() {
        Cli r = Cli.run("ask", "--db", db, "--format", "json", "--limit", "2", "--offset", "1", "SCO");
        assertEquals(0, r.exit(), r.err());
        List<Integer> got = new ArrayList<>();
        JSON.parseAny(r.out()).getAsArray().forEach(v -> got.add(v.getAsObject().get("firstPage").getAsNumber().value().intValue()));
        assertEquals(List.of(48, 5), got);
        assertEquals("journal-kg: articles 2–3 of 4; --offset 3 shows the next", r.err().strip());
        Cli last = Cli.run("ask", "--db", db, "--offset", "3", "SCO");
        assertTrue(last.out().startsWith("4. p.67"), last.out());
        assertEquals("journal-kg: articles 4–4 of 4", last.err().strip());
        assertEquals(2, Cli.run("ask", "--db", db, "--limit", "0", "SCO").exit());
    }

    @Test
    void a_term_that_names_no_entity_is_answered_from_the_text_and_says_so() {
        Cli r = Cli.run("ask", "--db", db, "--format", "json", "Minsk");
        assertEquals(0, r.exit());
        JsonArray a = JSON.parseAny(r.out()).getAsArray();
        assertEquals(1, a.size());
        JsonObject hit = a.get(0).getAsObject();
        assertEquals("text", hit.get("match").getAsString().value());
        assertEquals(121, hit.get("firstPage").getAsNumber().value().intValue());
        assertEquals(5, hit.get("mentions").getAsNumber().value().intValue());
        hit.get("evidence").getAsArray().forEach(e -> assertTrue(e.getAsString().value().contains("Minsk"), e.toString()));
        assertEquals("journal-kg: no actor or concept is called \"Minsk\"; 1 article(s) contain it (a text match); "
                + "nearest labels: Minsk Group, Minsk process, Minsk agreements, OSCE Minsk Group, CIS", r.err().strip());
    }

    /** Terms outside the knowledge base: every article whose text holds them, marked as text matches. */
    @Test
    void terms_outside_the_knowledge_base_are_answered_from_the_text() {
        JsonArray a = JSON.parseAny(Cli.run("ask", "--db", db, "--format", "json", "大交易").out()).getAsArray();
        assertEquals(1, a.size());
        JsonObject hit = a.get(0).getAsObject();
        assertEquals(48, hit.get("firstPage").getAsNumber().value().intValue());
        assertEquals("text", hit.get("match").getAsString().value());
        assertEquals(4, hit.get("mentions").getAsNumber().value().intValue());
        assertEquals(3, hit.get("evidence").getAsArray().size());
        hit.get("evidence").getAsArray().forEach(e -> assertTrue(e.getAsString().value().contains("大交易"), e.toString()));
        // An author of the issue, by name; the name of a state outside the hand-made list.
        assertEquals(List.of(48), pages("叶夫列缅科"));
        assertEquals(List.of(91), pages("sanctions"));
        Cli text = Cli.run("ask", "--db", db, "大交易");
        assertTrue(text.out().startsWith("1. p.48  "), text.out());
        assertTrue(text.out().contains("(4 text part(s) contain it, score "), text.out());
    }

    @Test
    void a_term_found_nowhere_gives_an_empty_list_and_the_nearest_labels() {
        Cli r = Cli.run("ask", "--db", db, "--format", "json", "Zanzibar");
        assertEquals(0, r.exit());
        assertEquals("[ ]", r.out().strip().replaceAll("\\s+", " "));
        assertTrue(r.err().strip().startsWith("journal-kg: no actor or concept is called \"Zanzibar\"; nearest labels: "), r.err());
    }

    @Test
    void the_canned_query_gives_the_same_ranking_as_ask() {
        String csv = Cli.run("query", "--db", db, "--format", "csv", "ask").out();
        List<Integer> fromSparql = csv.lines().skip(1).map(l -> Integer.parseInt(l.split(",")[1])).toList();
        assertEquals(pages("SCO"), fromSparql);
    }

    /**
     * For every entity of the knowledge base: every article that mentions it three times or more
     * is returned, none that never mentions it, and the one that discusses it most comes first.
     */
    @Test
    void every_entity_ranks_the_articles_that_discuss_it() {
        KnowledgeBase kb = KnowledgeBase.load("https://w3id.org/journal-kg/id/");
        List<ArticleMentions> mentions = new MentionReader(new Gazetteer(kb)).read(BundledIssue.get());
        Ask ask = new Ask(Store.open(Path.of(db)));
        int checked = 0;
        for (Entity e : kb.entities()) {
            Map<Integer, Double> scores = new HashMap<>();
            Map<Integer, Integer> counts = new HashMap<>();
            for (ArticleMentions am : mentions) {
                var c = am.counts().get(e);
                if (c != null) {
                    scores.put(am.article().firstPage(), ArticleMentions.score(c));
                    counts.put(am.article().firstPage(), c.values().stream().mapToInt(Integer::intValue).sum());
                }
            }
            List<Integer> got = ask.ask(e.label(Lang.EN)).articles().stream().map(Ask.Hit::firstPage).toList();
            Set<Integer> atLeastThree = counts.entrySet().stream().filter(x -> x.getValue() >= 3).map(Map.Entry::getKey).collect(Collectors.toSet());
            assertTrue(got.containsAll(atLeastThree), e.iri());
            assertTrue(counts.keySet().containsAll(got), e.iri());
            if (!scores.isEmpty() && ask.resolve(e.label(Lang.EN)).size() == 1) {
                double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertEquals(best, scores.get(got.get(0)), e.iri());
                checked++;
            }
        }
        assertTrue(checked > 100, "entities checked: " + checked);
    }

    @Test
    void candidates_list_unknown_terms_with_counts_and_articles() {
        Cli r = Cli.run("candidates", "--format", "json", "--min-count", "3");
        assertEquals(0, r.exit(), r.err());
        JsonArray a = JSON.parseAny(r.out()).getAsArray();
        JsonObject top = a.get(0).getAsObject();
        assertEquals("大交易", top.get("term").getAsString().value());
        assertEquals(7, top.get("count").getAsNumber().value().intValue());
        assertEquals("[ 48 ]", top.get("articles").toString().replaceAll("\\s+", " ").strip());
        List<String> terms = a.stream().map(JsonValue::getAsObject).map(o -> o.get("term").getAsString().value()).toList();
        assertTrue(!terms.contains("上合组织") && !terms.contains("转向东方"), "known entities are not candidates");
    }
}
