package org.journalkg.mention;

import static org.journalkg.mention.GazetteerTest.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.journalkg.issue.Lang;
import org.junit.jupiter.api.Test;

/** The rules against false mentions: word boundaries, negation, addresses, compounds, common words. */
class GazetteerRulesTest {

    @Test
    void a_chinese_label_does_not_cut_a_word() {
        assertEquals(List.of(), found("其中方案已经确定。"));
        assertEquals(List.of("china=中方"), found("中方认为方案可行。"));
        assertEquals(List.of(), found("国际法国家责任条款"));
        assertEquals(List.of("france=法国", "germany=德国"), found("法国与德国"));
        // 南非洲 is southern Africa, not South Africa.
        assertEquals(List.of("africa=非洲"), found("南非洲国家"));
        assertEquals(List.of("africa=非洲"), found("位于南非洲"));
        assertEquals(List.of("south-africa=南非"), found("南非加入了金砖机制。").subList(0, 1));
        // 发展中国家: developing countries, not China.
        assertEquals(List.of(), found("广大发展中国家"));
        // The institution rule still holds.
        assertEquals(List.of(), found("中国社会科学院"));
    }

    @Test
    void a_name_smartcn_does_not_know_is_kept_when_only_one_end_is_glued() {
        // smartcn reads 参见习近平 as 参/见习/近平 and 特朗普及其 as 特朗/普及/其.
        assertEquals(List.of("xi-jinping=习近平"), found("参见习近平的讲话"));
        assertEquals(List.of("donald-trump=特朗普"), found("特朗普及其团队"));
        // A two-character name cut at either end is none: 北上 + 合肥 hold 上合.
        assertEquals(List.of(), found("北上合肥"));
    }

    @Test
    void a_negating_prefix_glued_to_a_name_makes_it_no_mention() {
        assertEquals(List.of(), found("非西方国家的群体性崛起"));
        assertEquals(List.of("the-west=西方国家"), found("西方国家的群体性崛起"));
        assertEquals(List.of(), found("非欧盟国家"));
        // 并非 is one word: the sentence says something is not Western, and names the West.
        assertEquals(List.of("russia=俄罗斯", "the-west=西方国家"), found("俄罗斯并非西方国家"));
        assertEquals(List.of("eu=EU"), found("non-EU members and the EU"));
        assertEquals(List.of("sco=SCO"), found("Non-SCO states watch the SCO."));
        assertEquals(List.of("eu=ЕС"), found("страны не-ЕС и ЕС"));
        assertEquals(List.of("the-west=Западу"), found("От не-Запада к Западу"));
        // A name of its own that begins with the prefix is matched whole.
        assertEquals(List.of("non-western-perspective=非西方视角"), found("非西方视角"));
    }

    @Test
    void no_mention_inside_a_web_address() {
        assertEquals(List.of(), found("见 https://www.example.org/russia-china-relations 。"));
        assertEquals(List.of("russia=Russia"), found("Russia, see http://mid.ru/en/russia-and-the-eu."));
        assertEquals(List.of(), found("www.kremlin.ru/putin"));
        assertEquals(List.of(), found("carnegie.ru/russia-eu/ and tass.ru"));
        assertEquals(List.of("russia=Россия"), found("Россия: см. ria.ru/россия-и-китай/"));
        assertEquals(List.of("china=中国"), found("中国（https://www.gov.cn/中国）"));
        // Capitals and single letters are no domain: U.S. stays the United States.
        assertEquals(List.of("usa=U.S."), found("U.S. policy"));
    }

    @Test
    void a_compound_of_state_abbreviations_names_each_state_on_its_span() {
        assertEquals(List.of("china=中俄", "russia=中俄"), found("中俄关系"));
        assertEquals(List.of("china=中美俄", "usa=中美俄", "russia=中美俄"), found("中美俄三国"));
        assertEquals(List.of("russia=俄乌", "ukraine=俄乌"), found("俄乌谈判"));
        assertEquals(List.of("azerbaijan=阿亚", "armenia=阿亚"), found("阿亚关系"));
        assertEquals(List.of("usa=美欧", "eu=美欧"), found("美欧分歧"));
        assertEquals(List.of("china=中吉乌", "kyrgyzstan=中吉乌", "uzbekistan=中吉乌"), found("中吉乌铁路"));
        assertEquals(List.of("china=中蒙俄", "mongolia=中蒙俄", "russia=中蒙俄"), found("中蒙俄合作"));
        assertEquals(List.of("india=印巴", "pakistan=印巴"), found("印巴冲突"));
        assertEquals(List.of("japan=日韩", "south-korea=日韩"), found("日韩两国"));
        // Two states of a compound overlap; each keeps its hit.
        assertEquals(2, GazetteerTest.G.find("中俄").size());
    }

    @Test
    void compounds_keep_to_word_boundaries_and_leave_ordinary_words_alone() {
        // A label that covers the compound is the longer match.
        assertEquals(List.of("russia-ukraine-conflict=俄乌冲突"), found("俄乌冲突"));
        assertEquals(List.of("cmrec=中蒙俄经济走廊"), found("中蒙俄经济走廊"));
        assertEquals(List.of("central-asia=中亚"), found("中亚国家"));
        assertEquals(List.of("eaeu=欧亚经济联盟"), found("欧亚经济联盟"));
        assertEquals(List.of(), found("中美洲"));
        assertEquals(List.of(), found("中英文摘要"));
        assertEquals(List.of("europe=欧洲"), found("美洲和欧洲"));
        // 其中 is a word: 美俄 is the compound.
        assertEquals(List.of("usa=美俄", "russia=美俄"), found("其中美俄两国"));
        // After a number 日 is the day.
        assertEquals(List.of("china=中俄", "russia=中俄"), found("9月1日中俄签署"));
        // 亚 is Armenia only beside 阿; 巴 is Pakistan only beside 印.
        assertEquals(List.of(), found("中巴"));
        // 白俄 is the émigrés, 俄白 the two states.
        assertEquals(List.of("russia=俄白", "belarus=俄白"), found("俄白联盟"));
    }

    /** Того by the stop set; Чад and Chad because the knowledge base marks them (jkg:commonWordLabel). */
    @Test
    void names_that_are_common_words_match_only_as_written() {
        assertTrue(Gazetteer.isCommonWord("Того"));
        assertFalse(Gazetteer.isCommonWord("Chad"));
        assertFalse(Gazetteer.isCommonWord("Россия"));
        Entity togo = new Entity("https://w3id.org/journal-kg/id/entity/togo", "State", Map.of(Lang.EN, "Togo"),
                List.of(new Entity.Label("Того", "ru"), new Entity.Label("Togo", "en")));
        Entity chad = new Entity("https://w3id.org/journal-kg/id/entity/chad", "State", Map.of(Lang.EN, "Chad"),
                List.of(new Entity.Label("Чад", "ru", true), new Entity.Label("Chad", "en", true)));
        Gazetteer g = new Gazetteer(List.of(togo, chad));
        String ru = "Кроме того, Того и Чад; от того чада.";
        assertEquals(List.of("Того", "Чад"), g.find(ru).stream().map(h -> ru.substring(h.start(), h.end())).toList());
        String en = "Chad and Togo, not a hanging chad.";
        assertEquals(List.of("Chad", "Togo"), g.find(en).stream().map(h -> en.substring(h.start(), h.end())).toList());
    }
}
