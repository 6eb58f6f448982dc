package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.journalkg.query.Ask;
import org.journalkg.rdf.Vocab;

/**
 * An actor's page (an entity of the knowledge base: a state, organization, corridor …):
 * "labels" by language, "altLabels", "type", "wikidata", "related" (the knowledge base's links
 * to other entities: members, neighbours, broader …), "articles" exactly as `ask` ranks them
 * for a label that names this entity alone ("ask" is that label, "articlesTotal" the count,
 * of which the first {@link #ARTICLES} are listed), and "coNamed", the entities named in the
 * same sentences.
 */
final class ActorPage {

    /** How many of the ranked articles the page lists: one page of ask's answer (at /?ask=… the reader pages through them all). */
    static final int ARTICLES = Ask.DEFAULT_LIMIT;
    static final int CO_NAMED = 20;

    private ActorPage() { }

    static void fill(Dataset ds, Refs refs, Ask ask, String entity, String lang, JsonObject o) {
        String e = Sparql.iri(entity);
        String kb = Sparql.iri(refs.base().base() + "graph/kb");
        o.put("labels", Refs.texts(Sparql.select(ds, "SELECT ?l { " + e + " skos:prefLabel ?l }"), "l"));
        JsonArray alt = new JsonArray();
        List<String> altLabels = new ArrayList<>();
        Sparql.select(ds, "SELECT DISTINCT ?l { " + e + " skos:altLabel ?l } ORDER BY ?l").forEach(r -> altLabels.add(Sparql.text(r, "l")));
        altLabels.forEach(alt::add);
        o.put("altLabels", alt);
        o.put("type", types(ds, refs.base(), List.of(entity)).getOrDefault(entity, "Entity"));
        o.put("wikidata", JsonNull.instance);
        for (QuerySolution r : Sparql.select(ds, "SELECT ?w { " + e + " owl:sameAs ?w FILTER(STRSTARTS(STR(?w), \"" + Vocab.WD + "\")) } ORDER BY ?w LIMIT 1")) {
            o.put("wikidata", Sparql.uri(r, "w"));
        }
        o.put("related", related(ds, refs, kb, e));
        articles(ds, refs, ask, entity, lang, altLabels, o);
        o.put("coNamed", coNamed(ds, refs, e));
    }

    /** Each entity's type in the knowledge base (the local name of its class there: State, Corridor …). */
    static Map<String, String> types(Dataset ds, GraphBase base, Collection<String> entities) {
        Map<String, String> out = new HashMap<>();
        if (entities.isEmpty()) {
            return out;
        }
        String kb = Sparql.iri(base.base() + "graph/kb");
        for (QuerySolution r : Sparql.select(ds, "SELECT ?e ?t { VALUES ?e { " + Sparql.values(entities) + "} GRAPH " + kb + " { ?e a ?t } } ORDER BY ?e ?t")) {
            out.putIfAbsent(Sparql.uri(r, "e"), Sparql.uri(r, "t").replaceFirst("^.*[/#]", ""));
        }
        return out;
    }

    /** The knowledge base's links between this entity and others, either way; "inverse" where the other is the subject. */
    private static JsonArray related(Dataset ds, Refs refs, String kb, String e) {
        JsonArray out = new JsonArray();
        Set<String> seen = new LinkedHashSet<>();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?p ?x ?inv { GRAPH " + kb + " { { " + e + " ?p ?x BIND(false AS ?inv) } UNION { ?x ?p " + e
                + " BIND(true AS ?inv) } } FILTER(isIRI(?x) && ?p != rdf:type && ?p != owl:sameAs) } ORDER BY ?inv ?p ?x")) {
            String relation = Sparql.uri(r, "p").replaceFirst("^.*[/#]", "");
            String x = Sparql.uri(r, "x");
            if (x.equals(e.substring(1, e.length() - 1)) || !seen.add(relation + " " + x)) {
                continue;
            }
            JsonObject ref = refs.ref(x);
            ref.put("relation", relation);
            ref.put("inverse", "true".equals(Sparql.text(r, "inv")));
            out.add(ref);
        }
        return out;
    }

    /**
     * The articles as `ask` ranks them: Ask answers a term, so the term is the entity's first
     * label that Ask resolves to this entity alone, preferred labels before other forms and the
     * reader's language first (ask quotes sentences in the term's language first). An
     * entity none of whose labels is its own (each shared with another) lists no articles,
     * and "ask" is null.
     */
    private static void articles(Dataset ds, Refs refs, Ask ask, String entity, String lang, List<String> altLabels, JsonObject o) {
        List<String> labels = new ArrayList<>();
        Sparql.select(ds, "SELECT ?l { " + Sparql.iri(entity) + " skos:prefLabel ?l } ORDER BY (LANG(?l) != \"" + lang.replaceAll("[^a-zA-Z-]", "")
                + "\") ?l").forEach(r -> labels.add(Sparql.text(r, "l")));
        labels.addAll(altLabels);
        String term = null;
        for (String l : labels) {
            if (ask.resolve(l).equals(List.of(entity))) {
                term = l;
                break;
            }
        }
        JsonArray out = new JsonArray();
        o.put("ask", term == null ? JsonNull.instance : new org.apache.jena.atlas.json.JsonString(term));
        o.put("articlesTotal", 0);
        if (term != null) {
            Ask.Answer a = ask.ask(new Ask.Request(term, ARTICLES, 0, false));
            o.put("articlesTotal", a.total());
            for (Ask.Hit h : a.articles()) {
                JsonObject ref = refs.ref(h.article());
                ref.put("mentions", JsonNumber.value(h.mentions()));
                ref.put("score", JsonNumber.value(h.score()));
                JsonArray ev = new JsonArray();
                h.evidence().forEach(ev::add);
                ref.put("evidence", ev);
                out.add(ref);
            }
        }
        o.put("articles", out);
    }

    /**
     * The entities named in one sentence with this one, by the number of such sentences. Only a
     * jkg:CoMention has a second jkg:entity (a summary's one entity is this one, filtered out), so
     * the pattern needs no type: a lookup less per row, for an actor named in every article.
     */
    private static JsonArray coNamed(Dataset ds, Refs refs, String e) {
        JsonArray out = new JsonArray();
        for (QuerySolution r : Sparql.select(ds, "SELECT ?x (SUM(?n) AS ?count) { ?c jkg:entity " + e + " ; jkg:entity ?x ; "
                + "jkg:mentionCount ?n FILTER(?x != " + e + ") } GROUP BY ?x ORDER BY DESC(?count) ?x LIMIT " + CO_NAMED)) {
            JsonObject ref = refs.ref(Sparql.uri(r, "x"));
            ref.put("count", JsonNumber.value(Sparql.number(r, "count", 0)));
            out.add(ref);
        }
        return out;
    }
}
