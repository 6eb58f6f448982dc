package org.journalkg.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.journalkg.cite.CitationReader;
import org.journalkg.cite.CslJson;
import org.journalkg.cite.NoteCitations;
import org.journalkg.issue.Article;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The articles on pp. 5 and 24 in every single-article layout (src/test/resources/samples, a
 * copy of shared/samples) read as the spec and the issue layout read them: zh title, authors
 * with institutions, keywords, abstract, the number of footnotes, and note by note the same
 * works cited. Pages, journal and issue where the layout carries them.
 */
class SamplesTest {

    static final Path SAMPLES = Path.of("src/test/resources/samples");

    static Stream<Arguments> samples() {
        List<Arguments> out = new ArrayList<>();
        for (int page : new int[] {5, 24}) {
            String n = String.format("article-%02d", page);
            out.add(Arguments.of(n + ".article.md", Layout.ARTICLE, page, true));
            out.add(Arguments.of(n + ".web.txt", Layout.WEB, page, false));
            out.add(Arguments.of(n + ".markdown.md", Layout.MARKDOWN, page, false));
            out.add(Arguments.of(n + ".docx", Layout.DOCX, page, false));
            // The JATS samples carry pages, journal and issue, but no affiliations (no aff, no author notes).
            out.add(Arguments.of(n + ".jats.xml", Layout.JATS, page, true));
        }
        return out.stream();
    }

    static JsonObject specArticle(int page) throws Exception {
        try (InputStream in = SamplesTest.class.getResourceAsStream("/spec/issue-2026-02.json")) {
            JsonObject spec = JSON.parse(in);
            return spec.get("articles").getAsArray().stream().map(JsonValue::getAsObject)
                    .filter(a -> a.get("firstPage").getAsNumber().value().intValue() == page).findFirst().orElseThrow();
        }
    }

    private static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reads_the_record_the_spec_gives(String file, Layout layout, int page, boolean paged) throws Exception {
        Layouts.Reading r = Layouts.read(SAMPLES.resolve(file), null);
        assertEquals(layout, r.layout(), "layout detected");
        assertEquals(List.of(), r.issue().warnings());
        assertEquals(1, r.issue().articles().size());
        Article a = r.issue().articles().get(0);
        JsonObject spec = specArticle(page);
        Article fromIssue = BundledIssue.onPage(page);

        assertEquals(spec.get("title").getAsObject().get("zh").getAsString().value(), a.title().get(Lang.ZH));
        List<String> names = new ArrayList<>();
        List<String> institutions = new ArrayList<>();
        spec.get("authors").getAsArray().forEach(p -> {
            names.add(p.getAsObject().get("name").getAsObject().get("zh").getAsString().value());
            institutions.addAll(strings(p.getAsObject().get("affiliations")));
        });
        assertEquals(names, a.authors().stream().map(c -> c.person().name().get(Lang.ZH)).toList());
        assertEquals(layout == Layout.JATS ? List.of() : institutions, a.authors().stream().flatMap(c -> c.organizations().stream()).toList());
        assertEquals(strings(spec.get("keywords").getAsObject().get("zh")), a.keywords(Lang.ZH));
        assertEquals(fromIssue.abstracts().get(Lang.ZH), a.abstracts().get(Lang.ZH));
        assertEquals(spec.get("footnotes").getAsNumber().value().intValue(), a.footnotes().size());
        if (paged) {
            assertEquals(page, a.firstPage());
            assertEquals(spec.get("lastPage").getAsNumber().value().intValue(), a.lastPage());
            assertEquals(2026, r.issue().year());
            assertEquals(2, r.issue().number());
            assertEquals("1009-721X", r.issue().journal().issn());
        } else {
            assertEquals(0, a.firstPage());
            assertNull(r.issue().year());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void cites_the_works_the_issue_layout_reads(String file, Layout layout, int page, boolean paged) {
        Issue one = Layouts.read(SAMPLES.resolve(file), null).issue();
        Issue whole = BundledIssue.get();
        Article fromIssue = BundledIssue.onPage(page);
        List<String> expected = cited(CitationReader.read(List.of(whole)), whole, fromIssue);
        List<String> actual = cited(CitationReader.read(List.of(one)), one, one.articles().get(0));
        assertEquals(expected.size(), actual.size());
        StringBuilder differences = new StringBuilder();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differences.append("note ").append(i + 1).append(":\n  issue:  ").append(expected.get(i))
                        .append("\n  ").append(file).append(": ").append(actual.get(i)).append('\n');
            }
        }
        assertEquals("", differences.toString());
    }

    /** Per note, the CSL-JSON of each work it cites and the locator, as one line. */
    static List<String> cited(CitationReader.Reading reading, Issue issue, Article a) {
        CitationReader.IssueNotes notes = reading.issues().stream().filter(n -> n.issue() == issue).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (NoteCitations n : notes.of(a)) {
            StringBuilder b = new StringBuilder(n.ibid() ? "ibid " : "");
            n.citations().forEach(c -> b.append(CslJson.item("", c.work()).toString().replaceAll("\\s+", " ")).append(" @").append(c.locator()).append(' '));
            out.add(b.toString());
        }
        return out;
    }

}
