package org.journalkg.read;

/**
 * The text of one input file after decoding: line ends are LF, no byte-order mark.
 * {@code name} is how messages and the graph refer to the file; {@code charset} what it was in.
 */
public record SourceText(String name, String text, String charset) {
}
