package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reading of the bundled issue equals spec/issue-2026-02.json, field by field. */
class IssueSpecTest {

    static JsonObject spec() throws Exception {
        try (InputStream in = IssueSpecTest.class.getResourceAsStream("/spec/issue-2026-02.json")) {
            return JSON.parse(in);
        }
    }

    static Stream<JsonObject> articles() throws Exception {
        return spec().get("articles").getAsArray().stream().map(JsonValue::getAsObject);
    }

    private static String str(JsonObject o, String key) {
        return o.hasKey(key) ? o.get(key).getAsString().value() : null;
    }

    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
        }
        return out;
    }

    @Test
    void journal_and_issue() throws Exception {
        JsonObject s = spec();
        Issue issue = BundledIssue.get();
        JsonObject j = s.get("journal").getAsObject();
        JsonObject title = j.get("title").getAsObject();
        assertEquals(str(title, "zh"), issue.journal().title().get(Lang.ZH));
        assertEquals(str(title, "ru"), issue.journal().title().get(Lang.RU));
        assertEquals(str(title, "en"), issue.journal().title().get(Lang.EN));
        assertEquals(str(j, "issn"), issue.journal().issn());
        assertEquals(str(j, "cn"), issue.journal().cn());
        assertEquals(str(j, "publisher"), issue.journal().publisher());
        assertEquals(str(j, "sponsor"), issue.journal().sponsor());
        assertEquals(str(j, "supervisor"), issue.journal().supervisor());
        assertEquals(str(j, "frequency"), issue.journal().frequency());

        JsonObject i = s.get("issue").getAsObject();
        assertEquals(i.get("year").getAsNumber().value().intValue(), issue.year());
        assertEquals(i.get("number").getAsNumber().value().intValue(), issue.number());
        assertEquals(i.get("cumulativeNumber").getAsNumber().value().intValue(), issue.cumulativeNumber());
        assertEquals(LocalDate.parse(str(i, "published")), issue.published());
        assertEquals(str(i, "editorInChief"), issue.editorInChief().name().get(Lang.ZH));
        assertEquals(strings(i.get("deputyEditors")), issue.deputyEditors().stream().map(p -> p.name().get(Lang.ZH)).toList());
        assertEquals(i.get("russianAbstractsPage").getAsNumber().value().intValue(), issue.russianAbstractsPage());
        assertEquals(i.get("englishAbstractsPage").getAsNumber().value().intValue(), issue.englishAbstractsPage());
        assertEquals(7, issue.articles().size());
        assertEquals(268, issue.footnoteCount());
        assertEquals(List.of(), issue.warnings());
    }

    @ParameterizedTest(name = "article on page {0}")
    @MethodSource("articles")
    void article(JsonObject s) {
        Article a = BundledIssue.onPage(s.get("firstPage").getAsNumber().value().intValue());
        assertEquals(s.get("lastPage").getAsNumber().value().intValue(), a.lastPage());
        assertEquals(str(s, "section"), a.column());
        assertEquals(str(s, "clc"), a.clc());
        assertEquals(str(s, "documentCode"), a.documentCode());
        assertEquals(str(s, "articleNumber"), a.articleNumber());
        assertEquals(str(s, "responsibleEditor"), a.responsibleEditor().name().get(Lang.ZH));
        assertEquals(s.get("footnotes").getAsNumber().value().intValue(), a.footnotes().size());
        JsonObject title = s.get("title").getAsObject();
        for (Lang l : Lang.values()) {
            assertEquals(str(title, l.tag()), a.title().get(l), "title " + l);
        }
        assertContributors(s.get("authors").getAsArray(), a.authors());
        assertContributors(s.hasKey("translators") ? s.get("translators").getAsArray() : new JsonArray(), a.translators());
        if (s.hasKey("keywords")) {
            JsonObject k = s.get("keywords").getAsObject();
            for (Lang l : Lang.values()) {
                assertEquals(strings(k.get(l.tag())), a.keywords(l), "keywords " + l);
            }
        } else {
            assertEquals(List.of(), a.keywords(Lang.ZH));
        }
        List<String> ids = new ArrayList<>();
        List<String> funders = new ArrayList<>();
        if (s.hasKey("funding")) {
            s.get("funding").getAsArray().forEach(f -> {
                ids.add(str(f.getAsObject(), "identifier"));
                funders.add(str(f.getAsObject(), "funder"));
            });
        }
        assertEquals(ids, a.funding().stream().map(Funding::identifier).toList());
        assertEquals(funders, a.funding().stream().map(Funding::funder).toList());
    }

    private static void assertContributors(JsonArray expected, List<Contributor> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonObject e = expected.get(i).getAsObject();
            Contributor c = actual.get(i);
            JsonObject name = e.get("name").getAsObject();
            for (Lang l : Lang.values()) {
                assertEquals(str(name, l.tag()), c.person().name().get(l), "name " + l);
            }
            assertEquals(strings(e.get("variants")), c.person().variants(), "variants");
            assertEquals(strings(e.get("affiliations")), c.organizations(), "affiliations");
        }
    }

    @Test
    void the_first_article_has_no_abstracts_keywords_or_article_number() {
        Article a = BundledIssue.onPage(3);
        assertNull(a.abstracts().get(Lang.ZH));
        assertNull(a.abstracts().get(Lang.RU));
        assertNull(a.articleNumber());
        assertTrue(a.abstracts().values().isEmpty());
    }

    @Test
    void abstracts_join_page_breaks_mid_sentence() {
        Article a = BundledIssue.onPage(5);
        String ru = a.abstracts().get(Lang.RU);
        assertTrue(ru.startsWith("Исходя из эволюции международного стратегического ландшафта"), ru);
        assertTrue(ru.contains("при этом США сосредоточены на сохранении своей гегемонии"), ru);
        assertTrue(ru.endsWith("системы глобального управления."), ru);
        String en = a.abstracts().get(Lang.EN);
        assertTrue(en.contains("deficit in global governance."), en);
        assertTrue(a.abstracts().get(Lang.ZH).startsWith("中国、俄罗斯、美国立足于冷战后国际战略态势的演变"));
        assertTrue(a.abstracts().get(Lang.ZH).endsWith("才能构建起更加公正合理的全球治理体系。"));
    }

    @Test
    void author_notes_keep_positions_and_former_posts() {
        Contributor deng = BundledIssue.onPage(24).authors().get(0);
        assertEquals(4, deng.affiliations().size());
        Affiliation embassy = deng.affiliations().get(3);
        assertEquals("中国驻吉尔吉斯斯坦、格鲁吉亚大使馆", embassy.organization());
        assertEquals("原政务参赞（首席馆员）", embassy.position());
        assertTrue(embassy.former());
        assertEquals(new Affiliation("上海国际问题研究院", "学术咨询委员会主任", false),
                BundledIssue.onPage(5).authors().get(0).affiliations().get(0));
    }

    @Test
    void funding_keeps_programme_and_project_title() {
        Funding f = BundledIssue.onPage(67).funding().get(0);
        assertEquals(new Funding("20YJC752014", "教育部", "教育部人文社会科学研究一般项目", "俄罗斯文学中的西伯利亚文本研究"), f);
    }

    @Test
    void contents_in_three_languages_list_every_article() {
        Issue issue = BundledIssue.get();
        for (Lang l : Lang.values()) {
            List<Integer> pages = issue.contents().stream().filter(e -> e.lang() == l).map(ContentsEntry::page).toList();
            assertEquals(List.of(3, 5, 24, 48, 67, 91, 121), pages, l.toString());
        }
        ContentsEntry zh67 = issue.contents().stream().filter(e -> e.lang() == Lang.ZH && e.page() == 67).findFirst().orElseThrow();
        assertEquals(List.of("崔珩", "付兴旻"), zh67.authors());
        assertEquals("国别与区域研究", zh67.column());
    }
}
