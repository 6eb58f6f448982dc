package org.journalkg.mention;

/**
 * A piece of an article's text that mentions are found in. {@code key} names it within the
 * article (title-zh, abstract-ru, keywords-en, paragraph/12, note/5).
 */
public record TextPart(String key, Where where, String text) {

    /** Where in the article a text part stands; the weight ranks articles for "ask". */
    public enum Where {
        TITLE(5), KEYWORDS(3), ABSTRACT(3), BODY(1), NOTES(0.3);

        private final double weight;

        Where(double weight) { this.weight = weight; }

        public double weight() { return weight; }
    }
}
