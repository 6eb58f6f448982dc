package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of non-blank lines of the source, the unit the conversion left between blank lines:
 * a paragraph fragment, a footnote, a heading, a table. {@code line} is its first line (1-based).
 */
public record Block(int line, String text) {

    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /** The text with letter spacing squeezed out, for recognising labels such as 目 录. */
    public String squeezed() {
        return CjkSpacing.squeeze(text);
    }

    public static List<Block> split(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder cur = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                if (cur != null) {
                    blocks.add(new Block(start, cur.toString()));
                    cur = null;
                }
                continue;
            }
            if (cur == null) {
                cur = new StringBuilder(l);
                start = i + 1;
            } else {
                cur.append('\n').append(l);
            }
        }
        if (cur != null) {
            blocks.add(new Block(start, cur.toString()));
        }
        return blocks;
    }
}
