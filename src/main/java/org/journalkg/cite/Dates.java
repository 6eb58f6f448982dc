package org.journalkg.cite;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the three styles write them, to ISO 8601 (yyyy, yyyy-mm, yyyy-mm-dd). */
public final class Dates {

    private static final List<String> EN_MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final List<String> RU_MONTHS = List.of("январ", "феврал", "март", "апрел", "ма", "июн",
            "июл", "август", "сентябр", "октябр", "ноябр", "декабр");

    static final Pattern ZH_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    static final Pattern ZH_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    static final Pattern EN_MDY = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern EN_DMY = Pattern.compile("\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern EN_MY = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern RU_DMY = Pattern.compile("\\b(\\d{1,2})\\s+(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])\\s+(\\d{4})(?:\\s*г\\.?)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern NUMERIC = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");

    private Dates() { }

    /** The first full or month date in a text, as ISO, or null. */
    public static String find(String s) {
        Matcher m = ZH_DATE.matcher(s);
        if (m.find()) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        m = EN_MDY.matcher(s);
        if (m.find()) {
            return iso(m.group(3), String.valueOf(EN_MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1), m.group(2));
        }
        m = EN_DMY.matcher(s);
        if (m.find()) {
            return iso(m.group(3), String.valueOf(EN_MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1), m.group(1));
        }
        m = RU_DMY.matcher(s);
        if (m.find()) {
            return iso(m.group(3), String.valueOf(ruMonth(m.group(2))), m.group(1));
        }
        m = NUMERIC.matcher(s);
        if (m.find()) {
            return m.group(1) != null ? iso(m.group(1), m.group(2), m.group(3)) : iso(m.group(6), m.group(5), m.group(4));
        }
        m = ZH_MONTH.matcher(s);
        if (m.find()) {
            return m.group(1) + "-" + two(m.group(2));
        }
        m = EN_MY.matcher(s);
        if (m.find()) {
            return m.group(2) + "-" + two(String.valueOf(EN_MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1));
        }
        return null;
    }

    private static int ruMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("мая") || w.startsWith("май")) {
            return 5;
        }
        for (int i = 0; i < RU_MONTHS.size(); i++) {
            if (i != 4 && w.startsWith(RU_MONTHS.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String iso(String y, String m, String d) {
        return y + "-" + two(m) + "-" + two(d);
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
