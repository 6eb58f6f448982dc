package org.journalkg.cite;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The CSL type of a work that its shape alone does not settle: official documents, reports,
 * and web items by the kind of outlet that carries them.
 */
final class Types {

    // Case matters: "Act" names a law, "act" is a verb in a headline; договоренности is no Договор.
    private static final Pattern TREATY = Pattern.compile("公约|条约|协定|协议|Treaty|Convention|Agreement\\b|[Дд]оговор(?![её]нн)|[Сс]оглашени|[Кк]онвенци");
    private static final Pattern LEGISLATION = Pattern.compile("宪法|法》|法$|条例|^Об утверждении|^О внесении|[Зз]акон\\b|[Уу]каз\\b|[Пп]остановлени|[Рр]аспоряжени|Constitution|Executive Order|\\bAct\\b|\\bLaw\\b");
    private static final Pattern DOCUMENT = Pattern.compile("宣言|声明|公报|决议|纪要|宪章|Declaration|Communiqu|Resolution|Charter|Декларац|Заявлени|Коммюнике", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REPORT = Pattern.compile("报告|蓝皮书|白皮书|年鉴|\\bReport\\b|Strategy|Concept of|Doctrine|Yearbook|Доклад|прогноз|Стратеги|Концепци|Доктрин", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORGANIZATION = Pattern.compile("\\b(?:House|Institute|Institution|Committee|Ministry|Department|Council|Commission|Union|Bank|Fund|Organi[sz]ation|Center|Centre|University|Office|Agency|Government|Parliament|Service|Forum|Group|Association|Foundation|Programme|Secretariat|Federation|Republic|President|Club|Portal|Historian|Endowment|Kremlin|Assembly|United Nations|Academy|Bureau|Administration|Authority|Chamber|Duma|Senate|Congress)\\b"
            + "|部$|网$|院$|委员会|政府|中心$|组织$|秘书处|学部$|办公厅|研究所|大学$|出版社$|通讯社$"
            + "|Министерств|Правительств|Президент|Совет|институт|университет|банк|РАН|комитет|служб|МИД\\b|ООН\\b", Pattern.UNICODE_CASE);
    private static final Pattern NEWS = Pattern.compile("(?i)\\b(?:Times|Post|News|Daily|Gazette|Herald|Tribune|Guardian|Reuters|Examiner|Telegraph|Bloomberg|Associated Press|AP|AFP|TASS|RIA|Xinhua|Armenpress|Interfax|Trend|CivilNet|Civil\\.ge|PassBlue|Radio Free Europe|RFE/RL|Al Jazeera|BBC|CNN|Kommersant|Vedomosti|Izvestia|Gazeta|Meduza|Eurasianet)\\b|газета|ТАСС|РИА|Коммерсант|Ведомости|Известия|Интерфакс|日报|时报|晚报|新闻|报$|реалии");
    private static final Pattern MAGAZINE = Pattern.compile("(?i)\\b(?:Affairs|Magazine|Economist|Analyst|Foreign Policy|Atlantic|Diplomat|Report|Bulletin|Quarterly|Review|Monthly|Weekly)\\b");

    private Types() { }

    /** A type read from a document's title, or null. */
    static String byTitle(String title) {
        if (title == null) {
            return null;
        }
        if (TREATY.matcher(title).find()) {
            return "treaty";
        }
        if (LEGISLATION.matcher(title).find()) {
            return "legislation";
        }
        if (DOCUMENT.matcher(title).find()) {
            return "document";
        }
        if (REPORT.matcher(title).find()) {
            return "report";
        }
        return null;
    }

    static boolean isReportTitle(String title) {
        return title != null && REPORT.matcher(title).find();
    }

    static boolean isOrganization(String name) {
        return name != null && ORGANIZATION.matcher(name).find();
    }

    /** A web item carried by a named outlet: newspaper, magazine, or a site. */
    static String byOutlet(String outlet) {
        if (outlet == null) {
            return "webpage";
        }
        if (NEWS.matcher(outlet).find()) {
            return "article-newspaper";
        }
        if (isOrganization(outlet)) {
            return "webpage";
        }
        if (MAGAZINE.matcher(outlet).find()) {
            return "article-magazine";
        }
        return "webpage";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
