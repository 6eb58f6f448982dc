package org.journalkg.query;

import java.util.List;
import org.apache.jena.query.Dataset;

/** TEMPORARY STUB until the text index lands. */
public final class TextSearch {
    public record TextHit(String article, double score, int parts) { }
    public TextSearch(Dataset ds) { }
    public List<TextHit> search(String term) { return List.of(); }
    public List<String> evidence(String article, String term, int max) { return List.of(); }
}
