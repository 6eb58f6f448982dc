package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled head lines as web pages, CNKI and Word write them: {@code 【关键词】…},
 * {@code 关键词：…}, {@code [摘要] …}, {@code Keywords: …}, and several bracketed labels on one
 * line ({@code 【中图分类号】D815【文献标识码】A}). Only labels {@link ArticleAssembler} knows count,
 * so a body sentence with a colon is never taken for a field.
 * <pre>
 *   HeadFields.parse("【关键词】上合组织；多边治理");   // [Field[label=关键词, value=上合组织；多边治理]]
 *   HeadFields.parse("第一，多极化已成为……：");        // []
 * </pre>
 */
public final class HeadFields {

    /** One label and its value. */
    public record Field(String label, String value) { }

    private static final Pattern BRACKETED = Pattern.compile("[【\\[〔［]\\s*([^】\\]〕］]{1,16}?)\\s*[】\\]〕］]\\s*[：:]?");
    private static final Pattern LATER_LABEL = Pattern.compile("(?<=\\s)([\\p{IsHan}]{2,6})\\s*[：:]\\s*");
    private static final Pattern COLON = Pattern.compile("^([^：:。，,；;]{1,16}?)\\s*[：:]\\s*(.*)$", Pattern.DOTALL);

    private HeadFields() { }

    /** The fields a line holds, or an empty list where it is not a labelled line. */
    public static List<Field> parse(String line) {
        String s = line.strip().replace("**", "").replace("__", "").strip();
        List<Field> out = new ArrayList<>();
        Matcher b = BRACKETED.matcher(s);
        if (b.lookingAt() && ArticleAssembler.isFieldLabel(b.group(1))) {
            List<int[]> labels = new ArrayList<>();
            b.reset();
            while (b.find()) {
                if (ArticleAssembler.isFieldLabel(b.group(1))) {
                    labels.add(new int[] {b.start(), b.end(), b.start(1), b.end(1)});
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                int[] l = labels.get(i);
                int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : s.length();
                out.add(new Field(s.substring(l[2], l[3]), s.substring(l[1], end).strip()));
            }
            return out;
        }
        Matcher c = COLON.matcher(s);
        if (!c.matches() || !ArticleAssembler.isFieldLabel(c.group(1))) {
            return out;
        }
        // 中图分类号：D815 文献标识码：A 文章编号：…: further labels after a space start fields of their own.
        List<int[]> labels = new ArrayList<>();
        labels.add(new int[] {0, c.end(1), c.start(2)});
        Matcher more = LATER_LABEL.matcher(s);
        int pos = c.start(2);
        while (more.find(pos)) {
            if (ArticleAssembler.isFieldLabel(more.group(1))) {
                labels.add(new int[] {more.start(1), more.end(1), more.end()});
            }
            pos = more.end();
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : s.length();
            out.add(new Field(s.substring(l[0], l[1]).strip(), s.substring(l[2], end).strip()));
        }
        return out;
    }
}
