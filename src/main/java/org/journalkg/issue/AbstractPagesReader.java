package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Russian (Аннотации) or English (Abstracts) pages at the back of the issue: per
 * article a title, an author line, 【Аннотация】/【Abstract】 text that page breaks may cut,
 * and 【Ключевые слова】/【Key Words】.
 */
public final class AbstractPagesReader {

    private static final Pattern LABEL = Pattern.compile("^【\\s*([^】]+?)\\s*】\\s*(.*)$", Pattern.DOTALL);

    private AbstractPagesReader() { }

    public static List<AbstractPage> read(Lang lang, List<Block> blocks, int from, int to) {
        List<AbstractPage> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        StringBuilder text = null;
        for (int i = from; i < to; i++) {
            String raw = blocks.get(i).text();
            Matcher m = LABEL.matcher(raw);
            String label = m.matches() ? m.group(1).toLowerCase().replaceAll("\\s+", " ") : null;
            if (label != null && (label.equals("аннотация") || label.equals("abstract"))) {
                text = new StringBuilder(BodyReader.joinLines(m.group(2).strip()));
            } else if (label != null && (label.startsWith("ключевые") || label.startsWith("key word") || label.equals("keywords"))) {
                if (head.isEmpty()) {
                    head.clear();
                    text = null;
                    continue;
                }
                String authors = head.size() > 1 ? head.get(head.size() - 1) : "";
                String title = String.join(" ", head.subList(0, Math.max(1, head.size() - 1)));
                out.add(new AbstractPage(lang, Markup.strip(title).strip(), Names.splitWestern(authors),
                        text == null ? null : Markup.strip(text.toString()).strip(), Keywords.western(m.group(2))));
                head.clear();
                text = null;
            } else if (text != null) {
                // A page break inside the abstract: mid-sentence fragments run on.
                if (BodyReader.endsSentence(text.toString())) {
                    text.append("\n\n").append(BodyReader.joinLines(raw));
                } else {
                    BodyReader.join(text, BodyReader.joinLines(raw));
                }
            } else {
                head.addAll(List.of(raw.split("\n")));
            }
        }
        return out;
    }
}
