package org.journalkg.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.journalkg.issue.Article;
import org.journalkg.issue.Lang;

/**
 * The journal's rule "3–5 个关键词", and the Chinese, Russian and English keyword lists of an
 * article of the same length (each a translation of the other).
 */
final class KeywordsCheck implements Check {

    static final int MIN = 3;
    static final int MAX = 5;

    @Override
    public Kind kind() {
        return Kind.KEYWORDS;
    }

    @Override
    public List<Finding> run(CheckInput in) {
        List<Finding> out = new ArrayList<>();
        for (Article a : in.issue().articles()) {
            if (!ArticlePlace.research(a)) {
                continue; // said once, under abstracts
            }
            int start = ArticlePlace.line(in, a);
            Map<Lang, List<String>> kw = a.keywords();
            List<String> zh = printed(in, kw.getOrDefault(Lang.ZH, List.of()), start);
            boolean chinese = a.title().get(Lang.ZH) != null;
            if (chinese && zh.isEmpty()) {
                out.add(in.finding(a, Kind.KEYWORDS, Severity.ERROR, "The article has no 关键词; the journal asks for 3–5.", ArticlePlace.title(a), start));
            } else if (!zh.isEmpty() && (zh.size() < MIN || zh.size() > MAX)) {
                out.add(in.finding(a, Kind.KEYWORDS, Severity.WARNING, "The article has " + zh.size() + " 关键词; the journal asks for 3–5.",
                        String.join("；", zh), near(in, zh, start)));
            }
            Lang reference = !zh.isEmpty() ? Lang.ZH : kw.keySet().stream().filter(l -> !kw.get(l).isEmpty()).findFirst().orElse(null);
            if (reference == null) {
                continue;
            }
            int n = reference == Lang.ZH ? zh.size() : kw.get(reference).size();
            for (Lang l : Lang.values()) {
                List<String> other = kw.getOrDefault(l, List.of());
                if (l == reference || other.isEmpty() && a.abstracts().get(l) == null) {
                    continue; // no list in that language, and no abstract that would carry one
                }
                if (other.size() != n) {
                    out.add(in.finding(a, Kind.KEYWORDS, Severity.WARNING, name(l) + " keywords: " + other.size() + ", " + name(reference)
                            + " keywords: " + n + "; the lists should translate each other.", other.isEmpty() ? String.join("; ", reference == Lang.ZH ? zh : kw.get(reference))
                            : String.join("; ", other), near(in, other.isEmpty() ? kw.get(reference) : other, start)));
                }
            }
        }
        return out;
    }

    /**
     * The Chinese keywords as printed. A list printed with spaces between the keywords is read by
     * the reader to the length of the Russian and English lists (a keyword may hold a space); the
     * editor's question is how many the line prints, so where the line is found and its items
     * separated by spaces or marks are more, those are counted.
     */
    private static List<String> printed(CheckInput in, List<String> read, int start) {
        if (read.isEmpty()) {
            return read;
        }
        int line = near(in, read, start);
        String text = in.lines().line(line).strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[【\\[]?\\s*关\\s*键\\s*词\\s*[】\\]:：]?\\s*(.+)$").matcher(text);
        if (!m.matches()) {
            return read;
        }
        List<String> items = java.util.Arrays.stream(m.group(1).split("[；;，,、\\s]+")).filter(x -> !x.isBlank()).toList();
        return items.size() > read.size() ? items : read;
    }

    /**
     * The line of a keyword list, from the article's start on: the list as printed with spaces,
     * or with ；, ; or , between the keywords; failing those, its first keyword.
     */
    private static int near(CheckInput in, List<String> keywords, int start) {
        for (String sep : List.of("", "；", ";", "，", ",")) {
            String probe = String.join(sep, keywords.subList(0, Math.min(2, keywords.size())));
            int line = in.lines().exactLineOf(probe, start);
            if (line > 0) {
                return line;
            }
        }
        int line = in.lines().lineOf(keywords.get(0), start);
        return line > 0 ? line : start;
    }

    private static String name(Lang l) {
        return switch (l) {
            case ZH -> "Chinese";
            case RU -> "Russian";
            case EN -> "English";
        };
    }
}
