package org.journalkg.mention;

import java.util.ArrayList;
import java.util.List;
import org.journalkg.issue.Article;
import org.journalkg.issue.Footnote;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Paragraph;

/**
 * Every text part of every article (titles, abstracts and keywords in three languages, body,
 * footnotes) → the entities it names, each with the sentence that shows it.
 * <pre>
 *   List&lt;ArticleMentions&gt; m = new MentionReader(new Gazetteer(kb)).read(issue);
 * </pre>
 */
public final class MentionReader {

    private final Gazetteer gazetteer;

    public MentionReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<ArticleMentions> read(Issue issue) {
        List<ArticleMentions> out = new ArrayList<>();
        for (Article a : issue.articles()) {
            List<TextPart> parts = parts(a);
            List<Mention> mentions = new ArrayList<>();
            for (TextPart p : parts) {
                for (Gazetteer.Hit h : gazetteer.find(p.text())) {
                    int[] s = sentence(p.text(), h.start(), h.end());
                    mentions.add(new Mention(h.entity(), p, h.start(), h.end(), p.text().substring(h.start(), h.end()),
                            p.text().substring(s[0], s[1]).strip(), s[0]));
                }
            }
            out.add(new ArticleMentions(a, parts, mentions));
        }
        return out;
    }

    /** The text parts of an article, in a fixed order. */
    public static List<TextPart> parts(Article a) {
        List<TextPart> parts = new ArrayList<>();
        for (Lang l : Lang.values()) {
            add(parts, "title-" + l.tag(), TextPart.Where.TITLE, a.title().get(l));
        }
        for (Lang l : Lang.values()) {
            if (!a.keywords(l).isEmpty()) {
                add(parts, "keywords-" + l.tag(), TextPart.Where.KEYWORDS, String.join(l == Lang.ZH ? "；" : "; ", a.keywords(l)));
            }
        }
        for (Lang l : Lang.values()) {
            add(parts, "abstract-" + l.tag(), TextPart.Where.ABSTRACT, a.abstracts().get(l));
        }
        for (Paragraph p : a.paragraphs()) {
            add(parts, "paragraph/" + (p.index() + 1), TextPart.Where.BODY, p.text());
        }
        for (Footnote f : a.footnotes()) {
            add(parts, "note/" + f.position(), TextPart.Where.NOTES, f.text());
        }
        return parts;
    }

    private static void add(List<TextPart> parts, String key, TextPart.Where where, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(new TextPart(key, where, text));
        }
    }

    /** The sentence around [start, end): up to 。！？； or ". " on either side, and never across a line. */
    public static int[] sentence(String t, int start, int end) {
        int s = start;
        while (s > 0 && !isEnd(t, s - 1)) {
            s--;
        }
        int e = end;
        while (e < t.length() && !isEnd(t, e)) {
            e++;
        }
        if (e < t.length()) {
            e++;
        }
        return new int[] {s, e};
    }

    private static boolean isEnd(String t, int i) {
        char c = t.charAt(i);
        if ("。！？；\n".indexOf(c) >= 0) {
            return true;
        }
        if ((c == '.' || c == '!' || c == '?') && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))) {
            // Not after an initial or abbreviation: "D. V. Efremenko", "Т. 20", "U.S. power".
            return !(i >= 1 && Character.isUpperCase(t.charAt(i - 1)) && (i < 2 || !Character.isLetter(t.charAt(i - 2))));
        }
        return false;
    }
}
