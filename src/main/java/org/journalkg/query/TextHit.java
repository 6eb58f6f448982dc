package org.journalkg.query;

/**
 * One article that full-text search found: its IRI, its score (the weighted BM25 scores of its
 * parts, rounded to three decimals) and how many of its text parts contain the term.
 */
public record TextHit(String article, double score, int parts) { }
