package org.journalkg.query.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * Articles in the collection's order, the overview's: journal, volume, issue number, first
 * page; an article without an issue or pages after those with them, then by IRI.
 */
final class ArticleOrder {

    private record Key(String journal, long volume, long number, long page, String iri) { }

    private static final Comparator<Key> ORDER = Comparator.comparing((Key k) -> k.journal() == null ? "\uffff" : k.journal())
            .thenComparingLong(Key::volume).thenComparingLong(Key::number).thenComparingLong(Key::page).thenComparing(Key::iri);

    private ArticleOrder() { }

    /** Every article of the database, sorted. */
    static List<String> all(Dataset ds) {
        List<String> out = new ArrayList<>();
        Sparql.select(ds, "SELECT ?a { ?a a bibo:AcademicArticle }").forEach(r -> out.add(Sparql.uri(r, "a")));
        return sort(ds, out);
    }

    /** The articles sorted; an IRI that is no article keeps its place at the end. */
    static List<String> sort(Dataset ds, Collection<String> articles) {
        Map<String, Key> keys = new HashMap<>();
        List<String> all = new ArrayList<>(articles);
        for (int from = 0; from < all.size(); from += 400) {
            String q = "SELECT ?a ?j ?v ?n ?p { VALUES ?a { " + Sparql.values(all.subList(from, Math.min(all.size(), from + 400))) + "} "
                    + "OPTIONAL { ?a bibo:pageStart ?p } OPTIONAL { ?a dcterms:isPartOf ?i . ?i bibo:volume ?v ; bibo:issue ?n OPTIONAL { ?i dcterms:isPartOf ?j } } }";
            for (QuerySolution r : Sparql.select(ds, q)) {
                String a = Sparql.uri(r, "a");
                keys.putIfAbsent(a, new Key(Sparql.uri(r, "j"), Sparql.number(r, "v", Long.MAX_VALUE), Sparql.number(r, "n", Long.MAX_VALUE),
                        Sparql.number(r, "p", Long.MAX_VALUE), a));
            }
        }
        List<String> out = new ArrayList<>(all.stream().distinct().toList());
        out.sort(Comparator.comparing((String a) -> keys.getOrDefault(a, new Key("\uffff", Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, a)), ORDER));
        return out;
    }
}
