package org.journalkg.issue;

/**
 * A footnote paired with its marker. {@code position} is 1-based within the article (markers
 * restart at ① on every page; this does not). {@code markerNumber} is the number printed on
 * its page. {@code paragraph} and {@code offset} say where its marker stands in the body.
 * {@code text} is the repaired note, {@code original} the line as the source has it.
 */
public record Footnote(int position, int markerNumber, int paragraph, int offset,
                       String text, String original, int line) {
}
