package org.journalkg.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.journalkg.issue.BundledIssue;
import org.journalkg.issue.Issue;
import org.journalkg.issue.IssueReader;
import org.journalkg.layout.Layouts;
import org.journalkg.read.SourceText;
import org.journalkg.read.TextReader;
import org.junit.jupiter.api.Test;

/** The journal's own rules: 300–500 字的内容提要, 3–5 个关键词 in lists that match across languages, 2 万–2.5 万字. */
class RulesCheckTest {

    static final String BUNDLED = TextReader.readBundled().text();

    static List<String> findings(Check check, String file, Issue issue, String text) {
        return check.run(CheckInput.of(file, issue, SourceLines.of(text))).stream()
                .map(f -> f.line() + " " + f.severity().id() + " " + f.kind().id() + " " + f.article() + " " + f.message() + " «" + f.evidence() + "»")
                .collect(Collectors.toList());
    }

    static List<String> bundled(Check check) {
        return findings(check, "issue.md", BundledIssue.get(), BUNDLED);
    }

    static List<String> planted(Check check, String text) {
        return findings(check, "planted.md", IssueReader.read(new SourceText("planted.md", text, "UTF-8")), text);
    }

    static List<String> fixture(Check check, String name) {
        Path p = Path.of("src/test/resources/check/rules", name);
        return findings(check, name, Layouts.read(p, null).issue(), TextReader.read(p).text());
    }

    @Test
    void counting_is_every_character_but_spaces() {
        assertEquals(9, Counting.characters("中俄 关系，2026"));
        assertEquals(0, Counting.characters(" \u3000\n"));
        assertEquals("21,345", Counting.thousands(21345));
    }

    @Test
    void the_bundled_issue_keeps_the_rules_but_for_one_list_of_six_keywords() {
        assertEquals(List.of("184 info abstract 3 No abstract, keywords, 文章编号 or 中图分类号: taken for a piece outside the rules for research articles"
                + " (an address, a review), so not checked for abstracts, keywords or length. «论中俄教育年与中俄关系»"), bundled(new AbstractCheck()));
        assertEquals(List.of("518 warning keywords 24 The article has 6 关键词; the journal asks for 3–5. «非西方视角；上海合作组织；上海精神；多边治理；治理绩效；优化路径»"),
                bundled(new KeywordsCheck()));
        List<String> length = bundled(new LengthCheck());
        assertEquals(List.of(
                "212 info length 5 The article has 18,925 characters (text 12,852, notes 6,073); the journal asks for 20,000–25,000. «中俄美国际战略互动和全球治理体系建设»",
                "826 info length 48 The article has 18,709 characters (text 13,114, notes 5,595); the journal asks for 20,000–25,000. «俄乌冲突后俄罗斯政治研究中欧亚主义视角的当前问题与发展前景»",
                "1354 info length 91 The article has 30,193 characters (text 19,797, notes 10,396); the journal asks for 20,000–25,000. «大国地缘博弈下南高加索三国的战略调适：供给赤字与秩序重组»",
                "1770 info length 121 The article has 26,957 characters (text 18,422, notes 8,535); the journal asks for 20,000–25,000. «美国运筹赞格祖尔的政治逻辑——走廊治理的制度嵌入与权力重组»"), length);
    }

    @Test
    void a_keyword_dropped_in_chinese_shows_against_both_translations() {
        String text = BUNDLED.replace("【关键词】中俄美战略互动 全球治理体系 大国博弈 全球战略格局", "【关键词】中俄美战略互动 全球治理体系 大国博弈");
        List<String> f = planted(new KeywordsCheck(), text);
        assertEquals(3, f.size(), f.toString());
        // Each where its list is printed: the Russian and the English abstract pages.
        assertTrue(f.get(0).startsWith("2065 warning keywords 5 Russian keywords: 4, Chinese keywords: 3; the lists should translate each other. «Международное"), f.get(0));
        assertTrue(f.get(1).startsWith("2127 warning keywords 5 English keywords: 4, Chinese keywords: 3;"), f.get(1));
        assertTrue(f.get(2).startsWith("518 warning keywords 24 The article has 6 关键词"), f.get(2));
    }

    @Test
    void a_short_abstract_and_two_keywords_in_a_web_article() {
        assertEquals(List.of("5 warning abstract null The 内容提要 has 45 characters; the journal asks for 300–500."
                + " «本文讨论欧亚经济联盟过境运输规则的变化及其对中国企业的影响，认为统一的海关规则降低了成本。»"), fixture(new AbstractCheck(), "short-abstract.web.txt"));
        assertEquals(List.of("7 warning keywords null The article has 2 关键词; the journal asks for 3–5. «欧亚经济联盟；过境运输»"),
                fixture(new KeywordsCheck(), "short-abstract.web.txt"));
        assertEquals(List.of("1 info length null The article has 162 characters (text 86, notes 76); the journal asks for 20,000–25,000. «欧亚经济联盟的过境运输与中国企业的机遇»"),
                fixture(new LengthCheck(), "short-abstract.web.txt"));
    }

    @Test
    void an_article_with_keywords_and_no_abstract_is_an_error() {
        assertEquals(List.of("1 error abstract null The article has no 内容提要; the journal asks for 300–500 characters. «北极航道与俄罗斯的港口建设»"),
                fixture(new AbstractCheck(), "no-abstract.web.txt"));
        assertEquals(List.of(), fixture(new KeywordsCheck(), "no-abstract.web.txt"));
    }

    @Test
    void a_source_line_is_found_whatever_the_spaces() {
        SourceLines s = new SourceLines(List.of("第一行", "内容 提要：俄罗斯", "", "关键词 俄罗斯 中亚"));
        assertEquals(2, s.lineOf("内容提要", 1));
        assertEquals(4, s.lineOf("关键词俄罗斯", 3));
        assertEquals(2, s.lineOf("俄罗斯", 1));
        assertEquals(4, s.lineOf("俄罗斯", 3));
        // A longer text that is not there is found by its start; exactLineOf does not shorten it.
        assertEquals(2, s.lineOf("内容提要：俄罗斯联邦的对外政策与其他", 1));
        assertEquals(0, s.exactLineOf("内容提要：俄罗斯联邦的对外政策与其他", 1));
        assertEquals(0, s.lineOf("乌克兰", 1));
        assertEquals(0, SourceLines.NONE.lineOf("俄罗斯", 1));
    }
}
