package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.read.SourceText;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The bundled issue rewritten as other conversions and other issues write it: without the
 * Russian and English pages, with contents as 题名……作者（页）, without （责任编辑 …） lines, with
 * 摘要：/关键词： instead of 【】 fields, with [n] instead of circled note numbers. Each still gives
 * the same seven articles: pages, titles, footnotes, keywords and abstracts.
 */
class IssueVariantsTest {

    static String bundled() {
        return TextReader.readBundled().text();
    }

    static Issue read(String text) {
        return IssueReader.read(new SourceText("variant.md", text, "UTF-8"));
    }

    /** What must not change: per article its pages, zh title, footnotes, zh keywords and abstract. */
    static List<String> articles(Issue issue) {
        List<String> out = new ArrayList<>();
        for (Article a : issue.articles()) {
            out.add(a.firstPage() + "-" + a.lastPage() + " " + a.title().get(Lang.ZH) + " notes=" + a.footnotes().size()
                    + " kw=" + a.keywords(Lang.ZH) + " abstract=" + a.abstracts().get(Lang.ZH));
        }
        return out;
    }

    @Test
    void an_issue_without_russian_and_english_pages() {
        Issue original = BundledIssue.get();
        String text = bundled();
        // The Russian and English contents and abstract pages, and the back matter after them.
        String t = text.replace("\n146 俄文摘要\n", "\n").replace("\n154 英文摘要\n", "\n");
        int ru = t.indexOf("\nОглавление\n");
        int en = t.indexOf("\nAbstracts (154)\n");
        t = t.substring(0, ru + 1) + t.substring(en + "\nAbstracts (154)\n".length());
        int abstracts = t.indexOf("\nАннотации\n");
        int rules = t.indexOf("\n《俄罗斯研究》来稿须知与注释示例");
        t = t.substring(0, abstracts + 1) + t.substring(rules + 1);

        Issue issue = read(t);
        assertEquals(articles(original), articles(issue));
        assertEquals(List.of(), issue.warnings());
        assertNull(issue.articles().get(1).title().get(Lang.EN));
        assertEquals(original.articles().get(1).authors().get(0).person().name().get(Lang.ZH),
                issue.articles().get(1).authors().get(0).person().name().get(Lang.ZH));
    }

    @Test
    void contents_written_title_dots_author_page() {
        String text = bundled();
        int toc = text.indexOf("\n目 录\n");
        int end = text.indexOf("\n146 俄文摘要\n");
        String contents = text.substring(toc, end);
        // "- 5 杨洁勉 / 中俄美国际战略互动和全球治\n理体系建设" → "中俄美国际战略互动和全球治理体系建设……杨洁勉（5）"
        Matcher m = Pattern.compile("(?m)^- (\\d+) (.+?) / (.+(?:\\n(?!- ).+)*)").matcher(contents);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String title = m.group(3).replace("\n", "");
            m.appendReplacement(b, Matcher.quoteReplacement(title + "……" + m.group(2) + "（" + m.group(1) + "）"));
        }
        m.appendTail(b);
        Issue issue = read(text.substring(0, toc) + b + text.substring(end));
        assertEquals(articles(BundledIssue.get()), articles(issue));
        assertEquals(BundledIssue.get().contents(), issue.contents());
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void articles_without_editor_lines_stay_apart() {
        String text = bundled().replaceAll("(?m)^（责任编辑 [^）]+）\\n", "");
        Issue issue = read(text);
        assertEquals(articles(BundledIssue.get()), articles(issue));
        assertEquals(7, issue.warnings().stream().filter(w -> w.contains("no （责任编辑 …） line")).count(), issue.warnings().toString());
        issue.articles().forEach(a -> assertNull(a.responsibleEditor()));
    }

    @Test
    void head_fields_labelled_with_a_colon() {
        UnaryOperator<String> colon = t -> t.replace("【内容提要】", "内容提要：").replace("【关键词】", "关键词：")
                .replaceAll("【中图分类号】(\\S+?)\\*\\*【文章标识】\\*\\*(\\S+?)\\*\\*【文章编号】\\*\\*", "中图分类号：$1 文献标识码：$2 文章编号：");
        Issue issue = read(colon.apply(bundled()));
        assertEquals(articles(BundledIssue.get()), articles(issue));
        assertEquals(BundledIssue.get().articles().stream().map(Article::clc).toList(), issue.articles().stream().map(Article::clc).toList());
        assertEquals(BundledIssue.get().articles().stream().map(Article::articleNumber).toList(),
                issue.articles().stream().map(Article::articleNumber).toList());
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void notes_numbered_in_brackets() {
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("\\^?([\u2460-\u2473\u3251-\u325F\u32B1-\u32BF])").matcher(bundled());
        while (m.find()) {
            String n = String.valueOf(Footnotes.number(m.group(1)));
            m.appendReplacement(b, Matcher.quoteReplacement(m.group().startsWith("^") ? "^[" + n + "]" : "[" + n + "]"));
        }
        m.appendTail(b);
        Issue issue = read(b.toString());
        assertEquals(articles(BundledIssue.get()), articles(issue));
        assertEquals(BundledIssue.get().footnoteCount(), issue.footnoteCount());
        assertEquals(List.of(), issue.warnings());
    }

    @Test
    void english_abstract_pages_cut_short_are_warned_of_per_article() {
        String text = bundled();
        int abstracts = text.indexOf("\nAbstracts\n");
        int rules = text.indexOf("\n《俄罗斯研究》来稿须知与注释示例");
        // The English pages end before the abstract of the article on page 67 (its title line starts the cut).
        int cut = text.indexOf("\nRussia's \"Pivot to the East 2.0\" and Prospects", abstracts);
        Issue issue = read(text.substring(0, cut + 1) + text.substring(rules + 1));
        assertEquals(List.of(
                "article on page 67: no English abstract page found for it (3 English abstract pages read)",
                "article on page 91: no English abstract page found for it (3 English abstract pages read)",
                "article on page 121: no English abstract page found for it (3 English abstract pages read)"), issue.warnings());
        assertEquals(articles(BundledIssue.get()).size(), articles(issue).size());
    }

    @Test
    void an_article_missing_from_the_body_is_warned_of() {
        String text = bundled();
        // The article on page 24 taken out: from its column line to the line before the next column.
        int from = text.indexOf("\n国际组织\n\n非西方视角下的上合组织");
        int to = text.indexOf("\n国别与区域研究\n\n俄乌冲突后");
        Issue issue = read(text.substring(0, from + 1) + text.substring(to + 1));
        assertEquals(6, issue.articles().size());
        assertEquals(List.of("the contents list 《非西方视角下的上合组织：治理绩效、现实挑战与优化路径》 on page 24, but no article in the body starts there"),
                issue.warnings());
    }

    @Test
    void keyword_lists_of_different_lengths_are_warned_of() {
        // One English keyword of the article on page 121 dropped.
        String text = bundled().replace("Corridor Governance, Zangezur Corridor,", "Corridor Governance,");
        Issue issue = read(text);
        assertEquals(List.of("article on page 121: keyword lists of different lengths: 5 zh, 5 ru, 4 en"), issue.warnings());
    }

    @Test
    void a_note_missing_inside_a_page_is_seen_in_the_numbering() {
        String text = bundled();
        // The first ② note that a ③ follows on its page, taken out (line 250 of the file).
        int at = text.indexOf("\n② The White House, *National Security Strategy of");
        Issue issue = read(text.substring(0, at) + text.substring(text.indexOf("\n", at + 1)));
        assertEquals(List.of("article at line 210: footnote 3 at line 251 follows footnote 1: a note is missing or out of order",
                "article at line 210: marker 2 in paragraph 6 has no footnote"), issue.warnings());
    }
}
