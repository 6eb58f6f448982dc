package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the three tables of contents. The Chinese one lists "- 页 作者 / 题名" under column
 * headings, wrapping long titles (or, as other issues set it, "题名……作者（页）"); the Russian and English ones give an author line, then the
 * title with its page in parentheses.
 */
public final class ContentsReader {

    private static final Pattern ZH_ENTRY = Pattern.compile("^[-–—•]\\s*(\\d{1,5})\\s+(.+?)\\s*/\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern ZH_ENTRY_START = Pattern.compile("^[-–—•]\\s*\\d{1,5}\\s");
    /** 题名……作者（页）: the other way Chinese contents are set, title and author joined by leader dots. */
    private static final Pattern DOTTED_ENTRY = Pattern.compile("^(.+?)\\s*[…⋯.·．]{2,}\\s*(.+?)\\s*[（(]\\s*(\\d{1,5})\\s*[）)]\\s*$");
    private static final Pattern PAGED_TITLE = Pattern.compile("^(.+?)\\s*\\((\\d{1,5})\\)\\s*$", Pattern.DOTALL);

    private ContentsReader() { }

    /**
     * The Chinese entries in blocks [from, to): a line "- page authors / title" opens an entry,
     * the lines after it in the same block continue its title; a short block of its own is a
     * column heading for the entries below it.
     */
    public static List<ContentsEntry> chinese(List<Block> blocks, int from, int to) {
        List<ContentsEntry> out = new ArrayList<>();
        String column = null;
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            List<String> entry = new ArrayList<>();
            boolean dotted = false;
            for (String line : b.lines()) {
                Matcher d = DOTTED_ENTRY.matcher(line.strip());
                if (d.matches()) {
                    out.add(new ContentsEntry(Lang.ZH, Integer.parseInt(d.group(3)), column, Names.splitChinese(d.group(2)),
                            CjkSpacing.prose(Markup.strip(d.group(1)).strip())));
                    dotted = true;
                    continue;
                }
                if (ZH_ENTRY_START.matcher(line).find() && !entry.isEmpty()) {
                    add(out, column, entry);
                    entry = new ArrayList<>();
                }
                if (ZH_ENTRY_START.matcher(line).find() || !entry.isEmpty()) {
                    entry.add(line);
                }
            }
            if (!entry.isEmpty()) {
                add(out, column, entry);
            } else if (!dotted && !b.text().contains("\n") && b.text().length() <= 20) {
                column = CjkSpacing.prose(b.text().strip());
            }
        }
        return out;
    }

    private static void add(List<ContentsEntry> out, String column, List<String> lines) {
        Matcher m = ZH_ENTRY.matcher(String.join("\n", lines));
        if (m.matches()) {
            String title = CjkSpacing.prose(BodyReader.joinLines(m.group(3)));
            out.add(new ContentsEntry(Lang.ZH, Integer.parseInt(m.group(1)), column, Names.splitChinese(m.group(2)), title));
        }
    }

    /** Russian or English entries in blocks [from, to): author block, then "title (page)". */
    public static List<ContentsEntry> western(Lang lang, List<Block> blocks, int from, int to) {
        List<ContentsEntry> out = new ArrayList<>();
        String authors = null;
        for (int i = from; i < to; i++) {
            String text = blocks.get(i).text();
            Matcher m = PAGED_TITLE.matcher(text);
            if (m.matches() && authors != null) {
                String title = Markup.strip(BodyReader.joinLines(m.group(1))).strip();
                out.add(new ContentsEntry(lang, Integer.parseInt(m.group(2)), null, Names.splitWestern(authors), title));
                authors = null;
            } else if (!m.matches()) {
                authors = text.replace('\n', ' ');
            }
        }
        return out;
    }
}
