package org.journalkg.check;

import java.util.ArrayList;
import java.util.List;
import org.journalkg.issue.Article;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;

/**
 * The journal's rule "300–500 字的内容提要", and a Russian and an English abstract for every
 * article where the issue prints them (its abstract pages, or other articles that have them).
 */
final class AbstractCheck implements Check {

    static final int MIN = 300;
    static final int MAX = 500;

    @Override
    public Kind kind() {
        return Kind.ABSTRACT;
    }

    @Override
    public List<Finding> run(CheckInput in) {
        List<Finding> out = new ArrayList<>();
        Issue issue = in.issue();
        for (Article a : issue.articles()) {
            int start = ArticlePlace.line(in, a);
            if (!ArticlePlace.research(a)) {
                out.add(in.finding(a, Kind.ABSTRACT, Severity.INFO, "No abstract, keywords, 文章编号 or 中图分类号: taken for a piece outside the"
                        + " rules for research articles (an address, a review), so not checked for abstracts, keywords or length.", ArticlePlace.title(a), start));
                continue;
            }
            String zh = a.abstracts().get(Lang.ZH);
            if (a.title().get(Lang.ZH) != null) {
                if (zh == null) {
                    out.add(in.finding(a, Kind.ABSTRACT, Severity.ERROR, "The article has no 内容提要; the journal asks for 300–500 characters.",
                            ArticlePlace.title(a), start));
                } else {
                    int n = Counting.characters(zh);
                    if (n < MIN || n > MAX) {
                        out.add(in.finding(a, Kind.ABSTRACT, Severity.WARNING, "The 内容提要 has " + n + " characters; the journal asks for 300–500.",
                                excerpt(zh), start));
                    }
                }
            }
            for (Lang l : List.of(Lang.RU, Lang.EN)) {
                if (a.abstracts().get(l) == null && expected(issue, l)) {
                    out.add(in.finding(a, Kind.ABSTRACT, Severity.ERROR, "The article has no " + (l == Lang.RU ? "Russian" : "English")
                            + " abstract, while the issue gives " + (l == Lang.RU ? "Russian" : "English") + " abstracts.", ArticlePlace.title(a), start));
                }
            }
        }
        return out;
    }

    /** True where the issue prints abstracts in that language: its abstract pages, or another article's abstract. */
    private static boolean expected(Issue issue, Lang l) {
        Integer page = l == Lang.RU ? issue.russianAbstractsPage() : issue.englishAbstractsPage();
        return page != null || issue.articles().stream().anyMatch(a -> a.abstracts().get(l) != null);
    }

    private static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
