package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.journalkg.query.Ask;
import org.journalkg.rdf.Vocab;

/**
 * The typed page of a resource, as the JSON of /api/page: {"iri", "page", "raw", "kind",
 * "label", …} and what its kind adds (see {@link ArticlePage}, {@link PersonPage},
 * {@link WorkPage}, {@link ActorPage}, {@link OrganizationPage}, {@link IssuePage},
 * {@link JournalPage}). The kind comes from the data: an article is a bibo:AcademicArticle, an
 * actor an entity of the knowledge base's graph, a work anything that carries a CSL item
 * (jkg:csl), and so on; whatever else the graph speaks of is "other", with its "types" and the
 * "articles" that point to it (a keyword's, a column's, a grant's articles).
 * <pre>
 *   JsonObject p = new Pages(dataset, () -&gt; ask).byPath("/id/entity/sco", "zh");   // null: no such resource
 * </pre>
 */
public final class Pages {

    private final Dataset ds;
    private final Supplier<Ask> ask;

    /** {@code ask} gives the Ask the actor pages rank articles with (built once, by whoever holds it). */
    public Pages(Dataset ds, Supplier<Ask> ask) {
        this.ds = ds;
        this.ask = ask;
    }

    /** The page at a path /id/…, or null where the path names nothing in the graph. */
    public JsonObject byPath(String path, String lang) {
        GraphBase base = GraphBase.of(ds);
        for (String iri : base.iris(path)) {
            JsonObject p = page(base, iri, lang);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The page of an IRI, or null where the graph says nothing of it. */
    public JsonObject byIri(String iri, String lang) {
        return page(GraphBase.of(ds), iri, lang);
    }

    /**
     * Each IRI's label by language ({"zh": …, "ru": …}): what the pages label their references
     * with (an article's title, a person's name, an entity's preferred label).
     */
    public static Map<String, JsonObject> labels(Dataset ds, Set<String> iris) {
        return Refs.labels(ds, iris);
    }

    /** The kind of page an IRI has ("article", "actor" … "other"), or null where the graph says nothing of it. */
    public String kind(String iri) {
        return Sparql.writable(iri) ? kind(GraphBase.of(ds), iri) : null;
    }

    /** {@code lang} (zh, ru, en) is the reader's: an actor's articles are asked for by its label in that language where it has one. */
    private JsonObject page(GraphBase base, String iri, String lang) {
        if (!Sparql.writable(iri)) {
            return null;
        }
        String kind = kind(base, iri);
        if (kind == null) {
            return null;
        }
        Refs refs = new Refs(ds, base);
        JsonObject o = new JsonObject();
        o.put("iri", iri);
        o.put("page", base.page(iri));
        o.put("raw", GraphBase.raw(iri));
        o.put("kind", kind);
        o.put("label", new JsonObject());
        switch (kind) {
            case "article" -> ArticlePage.fill(ds, refs, iri, o);
            case "person" -> PersonPage.fill(ds, refs, iri, o);
            case "work" -> WorkPage.fill(ds, refs, iri, o);
            case "actor" -> ActorPage.fill(ds, refs, ask.get(), iri, lang == null ? "zh" : lang, o);
            case "organization" -> OrganizationPage.fill(ds, refs, iri, o);
            case "issue" -> IssuePage.fill(ds, refs, iri, o);
            case "journal" -> JournalPage.fill(ds, refs, iri, o);
            default -> {
                o.put("types", types(iri));
                o.put("articles", ArticlePage.refList(refs, linkedArticles(iri)));
            }
        }
        refs.label();
        JsonObject label = Refs.labels(ds, java.util.Set.of(iri)).get(iri);
        if (label != null) {
            o.put("label", label);
        }
        return o;
    }

    private String kind(GraphBase base, String iri) {
        List<String> types = types(iri).stream().map(v -> v.getAsString().value()).toList();
        if (types.contains(Vocab.ACADEMIC_ARTICLE.getURI())) {
            return "article";
        }
        String kb = Sparql.iri(base.knowledgeBase());
        if (!types.isEmpty() && !Sparql.select(ds, "SELECT ?t { GRAPH " + kb + " { " + Sparql.iri(iri) + " a ?t } } LIMIT 1").isEmpty()) {
            return "actor";
        }
        if (types.contains(Vocab.PERSON.getURI())) {
            return "person";
        }
        if (!Sparql.select(ds, "SELECT ?c { " + Sparql.iri(iri) + " jkg:csl ?c } LIMIT 1").isEmpty()) {
            return "work";
        }
        if (types.contains(Vocab.ORGANIZATION.getURI())) {
            return "organization";
        }
        if (types.contains(Vocab.ISSUE.getURI())) {
            return "issue";
        }
        if (types.contains(Vocab.JOURNAL.getURI())) {
            return "journal";
        }
        if (!types.isEmpty() || !Sparql.select(ds, "SELECT ?x { { " + Sparql.iri(iri) + " ?p ?x } UNION { ?x ?p " + Sparql.iri(iri) + " } } LIMIT 1").isEmpty()) {
            return "other";
        }
        return null;
    }

    /** The articles that point to a resource (a keyword's, a column's, a grant's), in the collection's order. */
    private List<String> linkedArticles(String iri) {
        List<String> out = new ArrayList<>();
        Sparql.select(ds, "SELECT DISTINCT ?a { ?a ?p " + Sparql.iri(iri) + " . ?a a bibo:AcademicArticle }").forEach(r -> out.add(Sparql.uri(r, "a")));
        return ArticleOrder.sort(ds, out);
    }

    private JsonArray types(String iri) {
        List<String> out = new ArrayList<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT DISTINCT ?t { " + Sparql.iri(iri) + " a ?t } ORDER BY ?t")) {
            if (Sparql.uri(r, "t") != null) {
                out.add(Sparql.uri(r, "t"));
            }
        }
        JsonArray a = new JsonArray();
        out.forEach(a::add);
        return a;
    }
}
