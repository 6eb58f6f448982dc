package org.journalkg.check;

import static org.journalkg.check.MarkersCheckTest.bundledRows;
import static org.journalkg.check.MarkersCheckTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Web addresses: tracking parameters, addresses broken by a space or a page break, web sources without a date. */
class UrlCheckTest {

    @Test
    void plantedDefects() {
        assertEquals(List.of(
                "18 warning p.5 | https://www.news.cn/world/20250506/abc.html?utm_source=wechat&utm_medium=social",
                "20 warning p.5 | https://mp.weixin.qq.com/s?__biz=MzA3&mid=2650&idx=1&sn=9f2e&chksm=84d1&from=timeline&isappinstalled=0",
                "22 warning p.5 | https://ria.ru/20250905/koridor-2039.html?ysclid=mf1a2b3c4d",
                "24 warning p.5 | https://www.clingendael.org/publication/armenia-and-azerbaijan-peace-or-pause?fbclid=IwAR0xyz&page=2",
                // a space inside <…>
                "26 error p.5 | https://mid.ru/en/foreign_policy/ news/2034998",
                // bare addresses: a cut end "-" and a path going on after the space
                "30 error p.5 | https://www.reuters.com/business/aerospace-defense/nato-leaders-set- back-trump-defence-spending-goal-2025-06-24/",
                "32 error p.5 | https://www.gov.cn/zhengce/202505/ content_7023405.htm",
                // cut by a page break: the note's <https://… never closed, a bare address ending on "-", and their ends after the notes
                "34 error p.5 | https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-72nd-",
                "36 error p.5 | https://www.rferl.org/a/osce-minsk-group-legacy-end-future-",
                "38 error p.5 | session-united-nations-general-assembly>",
                "40 error p.5 | implications/33519655.html",
                // in the text, not a note
                "42 warning p.5 | https://www.sco-report.org/full.html?utm_source=newsletter&id=7",
                // no date: English, Russian, Chinese (访问日期, дата обращения, accessed and a DOI are fine)
                "44 warning p.5 | “EU for Georgia”, European Union, https://eu4georgia.eu",
                "46 warning p.5 | Стратегия развития Шанхайской организации сотрудничества. Шанхайская организация сотрудничества. https://rus.sectsc.org/documents/strategy",
                "48 warning p.5 | “上合组织成员国 GDP 增速远超全球平均”，哈萨克国际通讯社，https://cn.inform.kz/news/shangchengguogdpquan-116738"),
                rows(new UrlCheck(), "url.article.md"));
    }

    @Test
    void trackingParametersAreNamedConservatively() {
        assertEquals(List.of("utm_source", "utm_medium"), UrlCheck.tracking("https://a.cn/x.html?utm_source=wechat&utm_medium=social"));
        assertEquals(List.of("ysclid"), UrlCheck.tracking("https://www.mid.ru/ru/detail-material-page/1860586/?lang=cn&ysclid=mibp"));
        assertEquals(List.of("from", "isappinstalled"), UrlCheck.tracking("https://mp.weixin.qq.com/s?__biz=M&from=timeline&isappinstalled=0"));
        assertEquals(List.of("spm"), UrlCheck.tracking("https://www.example.cn/a.html?spm=a2c4g.11186623"));
        // An address's own parameters are kept: ids, pages, languages, a from that is not a sharing channel.
        assertEquals(List.of(), UrlCheck.tracking("https://www.npc.gov.cn/c2/c30834/201905/t20190521_281792.html"));
        assertEquals(List.of(), UrlCheck.tracking("https://x.org/search?q=corridor&page=2&lang=en&from=2020"));
    }

    @Test
    void datesInThreeLanguages() {
        assertTrue(UrlCheck.dated("《新时代的中国国家安全》，中国政府网，2025 年 5 月 12 日，https://www.gov.cn/x.htm"));
        assertTrue(UrlCheck.dated("《宪章》，https://chn.sectsc.org/c（访问日期：2026 年 1 月 5 日）"));
        assertTrue(UrlCheck.dated("Сибирские пути. 27 января 2026 г. https://rg.ru/a.html"));
        assertTrue(UrlCheck.dated("Стратегия. URL: http://government.ru/docs/1/ (дата обращения: 05.03.2026)."));
        assertTrue(UrlCheck.dated("“Address”, March 4, 2025, https://www.presidency.ucsb.edu/documents/a"));
        assertTrue(UrlCheck.dated("“Trends”, 2023, https://www.sipri.org/a.pdf"));
        // A date inside the title or the address is not the source's date.
        assertFalse(UrlCheck.dated("“The Suez Crisis, 1956”, Office of the Historian, https://history.state.gov/milestones/1953-1960/suez"));
        assertFalse(UrlCheck.dated("“EU for Georgia”, European Union, https://eu4georgia.eu"));
    }

    @Test
    void bundledIssue() {
        assertEquals(List.of(
                "676 warning p.24 | https://promishkino.ru/articles/politika/2025-09-01/zasedanie-v-formate-shos-plyus-4386246?ysclid=mo0wfjp94y66342297",
                "980 warning p.48 | https://www.mid.ru/ru/detail-material-page/1860586/?lang=cn&ysclid=mibpblzvevn73426259",
                "1002 warning p.48 | https://www.mid.ru/ru/detail-material-page/1860586/?lang=cn&ysclid=mibpblzevn73426259",
                "1296 warning p.67 | https://rg.ru/2026/01/27/reg-sibfo/sibirskie-puti-i-dorogi-rossii.html?utm_referrer=https%3A%2F%2Fjamestown.substack.com%2F",
                "1298 warning p.67 | https://rg.ru/2026/01/27/reg-sibfo/sibirskie-puti-i-dorogi-rossii.html?utm_referrer=https%3A%2F%2Fjamestown.substack.com%2F",
                "1314 warning p.67 | https://jamestown.substack.com/p/plans-for-the-siberianization-of?utm_campaign=email-1-half-post&r=1epvcn&utm_source=substack&utm_medium=email",
                "1637 warning p.91 | State Statistical Committee of the Republic of Azerbaijan, Statistical Yearbook of Azerbaijan, https://www.stat.gov.az",
                "1735 warning p.91 | “EU for Georgia”, European Union, https://eu4georgia.eu",
                "1806 warning p.121 | https://russiancouncil.ru/analytics-and-comments/columns/asian-kaleidoscope/problemy-bezopasnosti-transafganskogo-gazoprovoda-i-rossijsko-amerikanskije-otnosheniya/?ysclid=mhalgfmex0273712856",
                "1814 warning p.121 | https://russiancouncil.ru/analytics-and-comments/analytics/est-li-budushche-u-zangezurskogo-koridora-kak-marshruta-trampa-/?sphrase_id=238244531&ysclid=mh9z550jqs465078293",
                "1836 warning p.121 | Infrastructure governance, Paris: OECD Publishing, https://www.oecd.org/en/topics/infrastructure-governance.html",
                "2025 warning p.121 | “The Suez Crisis, 1956”, Office of the Historian, https://history.state.gov/milestones/1953-1960/suez"),
                bundledRows(new UrlCheck()));
    }
}
