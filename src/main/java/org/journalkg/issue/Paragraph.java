package org.journalkg.issue;

import java.util.List;

/**
 * A paragraph of the body after page breaks were re-joined. {@code text} is the repaired
 * text without footnote markers; {@code original} is the source text as it stood, markers
 * and all (fragments joined with a newline where a page break cut it).
 */
public record Paragraph(int index, Integer section, Kind kind, String text, String original,
                        List<Marker> markers, int firstLine) {

    public enum Kind { TEXT, TABLE }

    public Paragraph {
        markers = List.copyOf(markers);
    }

    /** A footnote marker: its number on its page (① = 1) and its offset into {@code text}. */
    public record Marker(int number, int offset) { }
}
