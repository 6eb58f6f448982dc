package org.journalkg.check;

import java.util.ArrayList;
import java.util.List;
import org.journalkg.issue.Article;
import org.journalkg.issue.Lang;

/**
 * The journal's rule "来稿字数 2 万–2.5 万字": the article's text and notes, counted as {@link
 * Counting} does, between 20,000 and 25,000 characters. Information only: the rule is for
 * manuscripts, and editors decide.
 */
final class LengthCheck implements Check {

    static final int MIN = 20_000;
    static final int MAX = 25_000;

    @Override
    public Kind kind() {
        return Kind.LENGTH;
    }

    @Override
    public List<Finding> run(CheckInput in) {
        List<Finding> out = new ArrayList<>();
        for (Article a : in.issue().articles()) {
            if (!ArticlePlace.research(a)) {
                continue; // said once, under abstracts
            }
            if (a.title().get(Lang.ZH) == null || a.paragraphs().isEmpty()) {
                continue; // the rule is the Chinese journal's; an article without text is not measured
            }
            int body = a.paragraphs().stream().mapToInt(p -> Counting.characters(p.text())).sum();
            int notes = a.footnotes().stream().mapToInt(f -> Counting.characters(f.text())).sum();
            int total = body + notes;
            if (total < MIN || total > MAX) {
                out.add(in.finding(a, Kind.LENGTH, Severity.INFO, "The article has " + Counting.thousands(total) + " characters (text "
                        + Counting.thousands(body) + ", notes " + Counting.thousands(notes) + "); the journal asks for 20,000–25,000.",
                        ArticlePlace.title(a), ArticlePlace.line(in, a)));
            }
        }
        return out;
    }
}
