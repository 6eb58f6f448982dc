package org.journalkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher's rules on sentences written for the test, in the three languages. */
class GazetteerTest {

    static final KnowledgeBase KB = KnowledgeBase.load("https://w3id.org/journal-kg/id/");
    static final Gazetteer G = new Gazetteer(KB);

    static List<String> found(String text) {
        return G.find(text).stream().map(h -> h.entity().iri().replaceFirst("^.*/entity/", "") + "=" + text.substring(h.start(), h.end())).toList();
    }

    /** The prefilter's cue is what every match begins with: the stem of a Russian word, in lower case. */
    @Test
    void cues_are_the_first_letters_every_match_begins_with() {
        assertEquals("sco", Gazetteer.cue("SCO", false));
        assertEquals("шан", Gazetteer.cue("Шанхайская организация сотрудничества", true));
        assertEquals("евр", Gazetteer.cue("Евро", true)); // under five letters: matched as written, not by stem
        assertEquals("one", Gazetteer.cue("«One Belt, One Road»", false));
        assertEquals("u.s", Gazetteer.cue("U.S.", false));
        // The first word's stem: a case form still begins with the cue.
        assertEquals("зан", Gazetteer.cue("Зангезурский коридор", true));
        assertEquals(List.of("Zangezur Corridor"), G.find("Зангезурского коридора").stream().map(h -> h.entity().label(org.journalkg.issue.Lang.EN)).toList());
    }

    @Test
    void chinese_longest_match_and_names_inside_other_names() {
        assertEquals(List.of("sco=上合组织", "eaeu=欧亚经济联盟"), found("上合组织与欧亚经济联盟的对接。"));
        // The route named after Trump is not a mention of Trump.
        assertEquals(List.of("tripp=特朗普国际和平与繁荣之路", "donald-trump=特朗普"), found("“特朗普国际和平与繁荣之路”由特朗普提出。"));
        // 明斯克协议 is not the OSCE Minsk Group.
        assertEquals(List.of("minsk-agreements=明斯克协议", "minsk-group=明斯克小组"), found("明斯克协议不同于明斯克小组。"));
        // 中国 inside an institution's name is not China; on its own it is.
        assertEquals(List.of("china=中国"), found("中国社会科学院的学者认为中国应当如此。"));
        assertEquals(List.of("pivot-to-the-east-2=转向东方 2.0", "pivot-to-the-east=转向东方"), found("“转向东方 2.0”不同于“转向东方”。"));
    }

    @Test
    void russian_inflected_forms_and_acronyms() {
        assertEquals(List.of("sco=Шанхайской организации сотрудничества", "sco=ШОС"), found("В рамках Шанхайской организации сотрудничества (ШОС) обсуждали."));
        assertEquals(List.of("zangezur-corridor=Зангезурского коридора"), found("Судьба Зангезурского коридора неясна."));
        assertEquals(List.of("tripp=Маршрута Трампа"), found("Проект «Маршрута Трампа» обсуждается."));
        // An acronym only in capitals: "шос" in lower case is no mention.
        assertEquals(List.of(), found("шос и ес"));
    }

    @Test
    void english_word_boundaries_case_and_dashes() {
        assertEquals(List.of("instc=International North–South Transport Corridor"), found("the International North–South Transport Corridor runs"));
        assertEquals(List.of("sco=SCO", "eu=EU"), found("The SCO and the EU met; a disco or the euro is neither."));
        assertEquals(List.of("middle-corridor=middle corridor"), found("Along the middle corridor."));
        assertEquals(List.of("russia=Russia's"), found("Russia's strategy"));
    }
}
