package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One footnote → the works it cites. Handles "same as above" notes, the cue words 参见 / See /
 * См., commentary before the citation, and several works in one note (；/ ;). Each segment is
 * read by the grammar of its script: {@link ChineseStyle}, {@link RussianStyle},
 * {@link EnglishStyle}.
 * <pre>
 *   NoteParser.Result r = NoteParser.parse("参见王存刚：《战略环境与国家方略》，北京：北京大学出版社，2016 年。");
 * </pre>
 */
public final class NoteParser {

    private static final Pattern IBID = Pattern.compile(
            "^(?:参见|见)?\\s*同上(?:书|文)?\\s*[，,。.]?\\s*(?:第\\s*(?<zh>[\\d\\s\\-–—,，]+?)\\s*页)?\\s*[。.]?$"
                    + "|^\\*?(?:Ibid|Ibidem|Id)\\.?\\*?\\s*[.,]?\\s*(?:(?:pp?\\.\\s*)?(?<en>\\d[\\d\\s\\-–—,]*))?\\s*\\.?$"
                    + "|^Там\\s+же\\s*[.,]?\\s*(?:С\\.\\s*(?<ru>[\\d\\s\\-–—,]+))?\\s*\\.?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Chinese cue words need no boundary before them; the others start a sentence or follow a
     * space, but not a Latin word's: "How Europeans See Biden's America" is a title.
     */
    private static final Pattern CUE = Pattern.compile("(?:参见|可参考|详见|转引自)\\s*|(?:^|(?<=[。；;，,.!?！？”)）\\s]))(?<![\\p{IsLatin}\\d] )(?:参考|See also|See|Cf\\.|См\\.\\s*также|См\\.)\\s*:?\\s*");
    /** What a note that names works contains; a note with none of these is commentary. */
    /**
     * What may follow a ";" that stands inside a GOST reference rather than between two: a role
     * of the statement of responsibility ("; под ред.", "; пер. с англ.", "; ed. by").
     */
    private static final Pattern GOST_ROLE = Pattern.compile("^\\s*\\[?(?:под\\s+(?:общ\\.\\s*|науч\\.\\s*)?ред|отв\\.\\s*ред|науч\\.\\s*ред|гл\\.\\s*ред|ред\\.|пер\\.|перевод\\s|сост\\.|предисл|вступ\\.|коммент|примеч|авт\\.|рук\\.|худож|ил\\.|ed\\.|eds\\.|edited\\s|trans\\.|transl\\.|comp\\.|hrsg\\.)");
    /** A place of publication opening what follows a ";": "; Л. : Наука", "; СПб.: Питер", "; London : Routledge". */
    private static final Pattern GOST_PLACE = Pattern.compile("^\\s*(?:М|Л|СПб|К|Мн|Киев|Минск|Москва|Ленинград|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)?(?=\\s:))\\.?\\s*[:;,]");
    /** The area a ";" stands in: the text after the last area dash or " // ". */
    private static final Pattern LAST_AREA = Pattern.compile("(?:\\s[–—-]\\s|(?<![:/])//)(?!.*(?:\\s[–—-]\\s|(?<![:/])//))(?<area>.*)$");
    private static final char KEPT_SEMICOLON = '\uE000';
    private static final Pattern CITES_SOMETHING = Pattern.compile("《[^》]+》|(?:https?|ftp)://|//|\\bpp?\\.\\s*\\d|第\\s*\\d+\\s*[页期版]|С\\.\\s*\\d|\\*[^*]{4,}\\*|“[^”]{4,}”\\s*[,，]\\s*\\*");

    private NoteParser() { }

    /** The reading of one note. */
    public record Result(boolean ibid, String ibidLocator, boolean parsed, List<Citation> citations) { }

    public static Result parse(String note) {
        String text = note.strip().replace("^", "").replaceAll("\\s+", " ");
        Matcher ibid = IBID.matcher(text);
        if (ibid.matches()) {
            String loc = ibid.group("zh") != null ? ibid.group("zh") : ibid.group("en") != null ? ibid.group("en") : ibid.group("ru");
            return new Result(true, loc == null ? null : Fields.pages(loc).replaceAll("[,，]$", ""), true, List.of());
        }
        List<Citation> out = new ArrayList<>();
        for (String start : starts(text)) {
            List<Citation> found = segments(start);
            if (!found.isEmpty()) {
                out.addAll(found);
                break;
            }
        }
        boolean citesSomething = CITES_SOMETHING.matcher(text).find() || GbtStyle.CODE.matcher(text).find();
        return new Result(false, null, !out.isEmpty() || !citesSomething, out);
    }

    /**
     * Where the citations may begin: after the last cue word (参见, See, См.), else at the
     * start, else after each sentence of commentary.
     */
    private static List<String> starts(String text) {
        List<String> out = new ArrayList<>();
        if (GbtStyle.CODE.matcher(text).find()) {
            // A GB/T reference is read whole first: 参考 or See may stand in its title.
            out.add(text);
        }
        Matcher cue = CUE.matcher(text);
        int last = -1;
        while (cue.find()) {
            if (cue.end() < text.length()) {
                last = cue.end();
            }
        }
        if (last >= 0) {
            out.add(text.substring(last));
        }
        out.add(text);
        Matcher sentence = Pattern.compile("[。！？]|\\.\\s(?=[“\"*А-ЯЁA-Z])").matcher(text);
        while (sentence.find()) {
            String rest = text.substring(sentence.end()).strip();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    private static List<Citation> segments(String text) {
        List<Citation> out = new ArrayList<>();
        for (String seg : pieces(text)) {
            String s = withoutCue(seg);
            if (s.isEmpty()) {
                continue;
            }
            Parsed p = parseSegment(s);
            if (p.ok()) {
                // The one place a work's language is read from its words, whichever style read it.
                Languages.apply(p.work());
                out.add(new Citation(p.work(), p.locator()));
            }
        }
        return out;
    }

    private static String withoutCue(String seg) {
        return seg.replace(KEPT_SEMICOLON, ';').strip()
                .replaceFirst("^(?:参见|可参考|参考|详见|转引自|See also|See|Cf\\.|См\\.\\s*также|См\\.)\\s*:?\\s*", "")
                .replaceAll("[。]$", "").strip();
    }

    /**
     * The note split at top-level ；/;. A reference-list entry may hold a ";" of its own (in a
     * title, between two publishers): a piece that reads as nothing alone and follows an
     * author-first entry ({@link AuthorDateStyle}) is put back onto it. Other notes split as
     * before.
     */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (String part : GbtStyle.rejoin(Fields.splitTop(keepGostSemicolons(text), "；;"))) {
            int last = out.size() - 1;
            String alone = withoutCue(part);
            if (last >= 0 && AuthorDateStyle.opens(withoutCue(out.get(last))) && !AuthorDateStyle.opens(alone)
                    && (alone.isEmpty() || !parseSegment(alone).ok())) {
                out.set(last, out.get(last) + "; " + part);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /**
     * The semicolons that stand inside a GOST reference, hidden from the split between works:
     * before a role ("/ И. И. Иванов ; под ред. …"), between places ("М. ; Л. : Наука",
     * "М. : Наука ; СПб. : Питер") and between groups of a statement of responsibility (" ; "
     * after " / " in the same area). A ";" between two works is none of these.
     */
    static String keepGostSemicolons(String text) {
        if (text.indexOf(';') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ';') {
                continue;
            }
            String before = text.substring(0, i);
            String after = text.substring(i + 1);
            if (before.isBlank() || after.isBlank()) {
                continue;
            }
            Matcher last = LAST_AREA.matcher(before);
            String area = last.find() ? last.group("area") : before;
            boolean role = GOST_ROLE.matcher(after).lookingAt();
            boolean place = GOST_PLACE.matcher(after).lookingAt()
                    && (area.contains(":") || area.strip().matches("(?:М|Л|СПб|К|Мн|Москва|Ленинград|Санкт-Петербург|\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+){0,2})\\.?"));
            // "…/ И. И. Иванов ; Петров П. П. Другая статья": a name family first and a title after it open a new work.
            boolean responsibility = before.endsWith(" ") && area.matches("(?s).*\\S\\s/\\s\\S.*")
                    && !after.matches("(?s)^\\s*\\p{Lu}[\\p{Ll}\\-]+,?\\s+(?:\\p{Lu}\\.\\s*){1,2}\\s*[«\"“]?\\p{Lu}\\p{Ll}.*");
            if (role || place || responsibility) {
                b.setCharAt(i, KEPT_SEMICOLON);
            }
        }
        return b.toString();
    }

    static Parsed parseSegment(String s) {
        // Styles with marks of their own first: GB/T 7714's type codes, the author-date styles' inverted names and years.
        Parsed gbt = GbtStyle.parse(s);
        if (gbt != null) {
            return gbt;
        }
        Parsed ad = AuthorDateStyle.parse(s);
        if (ad != null) {
            return ad;
        }
        String withoutUrls = s.replaceAll("(?:https?|ftp)://\\S+", "");
        int han = Fields.count(withoutUrls, Character.UnicodeScript.HAN);
        int cyr = Fields.count(withoutUrls, Character.UnicodeScript.CYRILLIC);
        int lat = Fields.count(withoutUrls, Character.UnicodeScript.LATIN);
        if (han > 0 && (han * 3 >= cyr + lat || s.startsWith("《") || s.matches("^[^“\"]{0,40}[：:]\\s*[“《].*"))) {
            // Chinese text is read by the Chinese grammar only: another would take words for names.
            Parsed zh = ChineseStyle.parse(s);
            return zh.ok() || han * 3 >= cyr + lat ? zh : Parsed.none();
        }
        if (cyr > lat) {
            Parsed ru = RussianStyle.parse(s);
            if (ru.ok()) {
                return ru;
            }
        } else if (GostStyle.applies(s)) {
            // An English (French, German…) work written in GOST's form: "Smith J. Title. – London : Routledge, 2018."
            Parsed gost = GostStyle.parse(s);
            if (gost.ok()) {
                return gost;
            }
        }
        Parsed en = EnglishStyle.parse(s);
        if (en.ok()) {
            return en;
        }
        return cyr > 0 ? RussianStyle.parse(s) : Parsed.none();
    }
}
