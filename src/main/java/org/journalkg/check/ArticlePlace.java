package org.journalkg.check;

import org.journalkg.issue.Article;
import org.journalkg.issue.Lang;

/** Where an article starts in its file: the line of its Chinese (or other) title, or of its first paragraph. */
final class ArticlePlace {

    private ArticlePlace() { }

    static int line(CheckInput in, Article a) {
        int first = a.paragraphs().isEmpty() ? 0 : a.paragraphs().get(0).firstLine();
        for (Lang l : Lang.values()) {
            String t = a.title().get(l);
            if (t != null) {
                // The title is printed before the text: look from well before the first paragraph.
                int line = in.lines().lineOf(t, Math.max(1, first - 80));
                if (line > 0 && (first == 0 || line <= first)) {
                    return line;
                }
            }
        }
        return first;
    }

    /**
     * True where the article is a research article the journal's rules apply to: it has an
     * abstract or keywords in some language, or a 文章编号 or 中图分类号. A speech, an address or a
     * review printed without any of these is not held to the rules for abstracts, keywords and length.
     */
    static boolean research(Article a) {
        return !a.abstracts().values().isEmpty() || a.keywords().values().stream().anyMatch(k -> !k.isEmpty())
                || a.articleNumber() != null || a.clc() != null;
    }

    /** The title to quote for an article: Chinese, else Russian, else English. */
    static String title(Article a) {
        for (Lang l : Lang.values()) {
            if (a.title().get(l) != null) {
                return a.title().get(l);
            }
        }
        return "";
    }
}
