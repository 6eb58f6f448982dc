package org.journalkg.read;

import java.util.List;

/**
 * The text of one input file after decoding: line ends are LF, no byte-order mark, no control
 * characters. {@code name} is how messages and the graph refer to the file; {@code charset} what
 * it was in; {@code warnings} what decoding had to repair (bytes no encoding could read, control
 * characters taken out), each naming its lines.
 */
public record SourceText(String name, String text, String charset, List<String> warnings) {

    public SourceText {
        warnings = List.copyOf(warnings);
    }

    public SourceText(String name, String text, String charset) {
        this(name, text, charset, List.of());
    }
}
