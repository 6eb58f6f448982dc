package org.journalkg.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The repairs of conversion damage and the name tools, value by value. */
class TextRepairTest {

    @Test
    void prose_removes_every_space_inside_chinese() {
        assertEquals("俄乌冲突后俄罗斯政治研究中欧亚主义视角", CjkSpacing.prose("俄乌冲突后俄罗斯政治研究中 欧亚主义视角"));
        assertEquals("非西方视角下的上合组织：治理绩效", CjkSpacing.prose("非西方视角下的上合组织： 治理绩效"));
        assertEquals("俄罗斯“转向东方 2.0”与“一带一路”", CjkSpacing.prose("俄罗斯“转向东方 2.0” 与“一带一路”"));
        assertEquals("2026 年", CjkSpacing.prose("2026 年"));
    }

    @Test
    void careful_keeps_spaces_between_phrases_of_a_title() {
        assertEquals("《顺应时代前进潮流 促进世界和平发展》", CjkSpacing.careful("《顺应时代前进潮流 促进世界和平发展》"));
        assertEquals("五、结语", CjkSpacing.careful("五、结 语"));
        assertEquals("崔珩", CjkSpacing.careful("崔 珩"));
        assertEquals("合力。中国", CjkSpacing.careful("合力。 中国"));
    }

    @Test
    void chinese_name_lists_put_lone_characters_back_together() {
        assertEquals(List.of("崔珩", "付兴昶"), Names.splitChinese("崔 珩 付兴昶**"));
        assertEquals(List.of("陈大维", "肖辉忠"), Names.splitChinese("陈大维 肖辉忠"));
        assertEquals(List.of("刘军"), Names.splitChinese("刘 军"));
        assertEquals(List.of("德米特里·叶夫列缅科"), Names.splitChinese("德米特里·叶夫列缅科*"));
    }

    @Test
    void palladius_transliteration_tells_right_spellings_from_wrong() {
        assertEquals(Optional.of("ян цземянь"), Transliteration.palladius("Yang Jiemian"));
        assertEquals(Optional.of("фу синъян"), Transliteration.palladius("Fu Xingyang"));
        assertEquals(Optional.of("би хунъе"), Transliteration.palladius("Bi Hongye"));
        assertEquals(Optional.of("чжан цзяцзюнь"), Transliteration.palladius("Zhang Jiajun"));
        assertEquals(Optional.empty(), Transliteration.palladius("D. V. Efremenko"));
        assertEquals(0, Transliteration.mismatch("Д. В. Ефременко", "D. V. Efremenko"));
        assertEquals(1, Transliteration.mismatch("Д. В. Ефременко", "D. V. Efrementko"));
        assertEquals(0, Transliteration.mismatch("Фу Синъян", "Fu Xingyang"));
        assertEquals(1, Transliteration.mismatch("Фу Синъян", "Fu Xinyang"));
    }

    @Test
    void keywords_split_by_the_rules_of_each_language() {
        assertEquals(List.of("转向东方", "一带一路", "中俄关系", "西伯利亚化"), Keywords.chinese("转向东方 “一带一路” 中俄关系 西伯利亚化", 4));
        assertEquals(List.of("中俄关系", "西伯利亚化"), Keywords.chinese("中 俄关系 西伯利亚化", 2));
        assertEquals(List.of("Поворот на Восток", "Один пояс, один путь", "Сибирязация"),
                Keywords.western("Поворот на Восток, «Один пояс, один путь», Сибирязация"));
        assertEquals(List.of("Взаимодействие Китая, России и США", "система"), Keywords.western("Взаимодействие Китая, России и США; система"));
    }

    @Test
    void affiliations_take_the_longest_organization_and_drop_designations() {
        assertEquals(List.of(new Affiliation("华东师范大学俄罗斯研究中心", "青年研究员", false)),
                NoteReader.affiliations("教育部人文社会科学重点研究基地华东师范大学俄罗斯研究中心青年研究员"));
        assertEquals(List.of(new Affiliation("俄罗斯国家研究型高等经济大学", "世界经济与世界政治系海外区域研究部主任", false)),
                NoteReader.affiliations("俄罗斯国家研究型高等经济大学世界经济与世界政治系海外区域研究部主任"));
        assertEquals(List.of(new Affiliation("清华大学社会科学学院国际关系学系", "联合培养博士生", false),
                        new Affiliation("芬兰赫尔辛基大学亚历山大研究所", "联合培养博士生", false)),
                NoteReader.affiliations("清华大学社会科学学院国际关系学系、芬兰赫尔辛基大学亚历山大研究所联合培养博士生"));
    }
}
