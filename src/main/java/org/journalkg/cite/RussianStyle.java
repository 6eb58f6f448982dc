package org.journalkg.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian notes in the GOST manner:
 * <pre>
 *   Лукьянов Ф. Украинский вопрос для будущего России// Россия в глобальной политике. 2018. Т.16. №2-3. С.175.
 *   Замятин Д. Н. Культура и пространство: … М.: Знак, 2006. С.86.
 *   Путин рассказал о взгляде России … 14 мая 2017 г. &lt;URL&gt;
 *   Сибирские пути и дороги России. Российская газета. 27 января 2026 г. URL
 * </pre>
 */
final class RussianStyle {

    /** Фамилия И. О. (or Фамилия И.), one or more, comma separated, maybe "и др.". */
    private static final Pattern AUTHORS = Pattern.compile(
            "^(?<list>(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s*(?:[А-ЯЁ]\\.)?\\s*(?:,\\s*|\\s+(?=[А-ЯЁ][а-яё]+\\s+[А-ЯЁ]\\.))?)+)(?:\\s*и\\s+др\\.)?\\s*(?:\\([^)]*\\)\\.?)?\\s*");
    private static final Pattern ONE_AUTHOR = Pattern.compile("([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\\s+([А-ЯЁ]\\.\\s*(?:[А-ЯЁ]\\.)?)");
    /** A name written out in front of the title: "Айсулу Омарова." or "Роберт Р. Хэйворд." */
    private static final Pattern FULL_NAME = Pattern.compile("^(?<name>[А-ЯЁ][а-яё]+(?:\\s+[А-ЯЁ]\\.)?\\s+[А-ЯЁ][а-яё]+(?:\\s+[А-ЯЁ][а-яё]+)?)\\.\\s+(?=[«\"А-ЯЁA-Z])");
    private static final Pattern PLACE = Pattern.compile("(?:^|\\.\\s+|:\\s*|\\s)(?<place>М\\.|СПб\\.?|Москва|Санкт-Петербург|Л\\.|Ленинград|Новосибирск|Екатеринбург|Казань|Владивосток|Минск|Киев|Алматы|Ташкент|Баку|Ереван|Тбилиси)\\s*(?::\\s*(?<publisher>[^,]+?))?\\s*,\\s*(?<year>\\d{4})");
    private static final Pattern WRITTEN_OUT = Pattern.compile("^([А-ЯЁ][а-яё]+)\\s+([А-ЯЁ]\\.)\\s+([А-ЯЁ][а-яё]+)\\.\\s+");
    private static final Pattern PATRONYMIC = Pattern.compile("^([А-ЯЁ][а-яё]+)\\s+([А-ЯЁ][а-яё]+)\\s+([А-ЯЁ][а-яё]+(?:вна|вич|ична|ич))\\s+");
    private static final Pattern QUOTED = Pattern.compile("^[“\"«](.+?)[”\"»](?=\\s|[.,]|$)");
    private static final Pattern YEAR = Pattern.compile("(?:^|[\\s.,])(?<year>1[89]\\d{2}|20\\d{2})(?=\\.|,|\\s|$)");
    private static final Pattern VOLUME = Pattern.compile("Т\\.\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("№\\s*\\.?\\s*([\\d\\-–]+)");
    private static final Pattern PAGES = Pattern.compile("(?:^|[\\s.,])С\\.\\s*([\\d]+(?:\\s*[-–—]\\s*\\d+)?)");

    private RussianStyle() { }

    static Parsed parse(String segment) {
        if (GostStyle.applies(segment)) {
            // The full GOST form: areas apart by dashes, " / " before the names, " : " before a subtitle.
            Parsed gost = GostStyle.parse(segment);
            if (gost.ok()) {
                return gost;
            }
        }
        Work w = new Work();
        w.language = "ru";
        String[] urlSplit = Fields.takeUrl(segment);
        String s = urlSplit[0].replaceFirst("^(?:См\\.\\s*также|См\\.|См)\\s+", "").strip();
        w.url = urlSplit[1];
        w.doi = Fields.doi(segment);

        Matcher a = AUTHORS.matcher(s);
        Matcher written = WRITTEN_OUT.matcher(s);
        if (written.find()) {
            // Роберт Р. Хэйворд. Title… — given name, initial, family name.
            w.author.add(Name.person(written.group(3), written.group(1) + " " + written.group(2)));
            s = s.substring(written.end()).strip();
        } else if (a.find() && a.end() < s.length()) {
            Matcher one = ONE_AUTHOR.matcher(a.group("list"));
            while (one.find()) {
                w.author.add(Name.person(one.group(1), one.group(2).replaceAll("\\s+", " ").strip()));
            }
            s = s.substring(a.end()).strip();
            Matcher patronymic = PATRONYMIC.matcher(s);
            if (patronymic.find()) {
                // Крюков В. А. Коломак Евгения Анатольевна Title — a co-author written out in full.
                w.author.add(Name.person(patronymic.group(1), patronymic.group(2) + " " + patronymic.group(3)));
                s = s.substring(patronymic.end()).strip();
            }
        } else {
            Matcher full = FULL_NAME.matcher(s);
            if (full.find() && Dates.find(s) != null) {
                String[] t = full.group("name").split("\\s+");
                w.author.add(Name.person(t[t.length - 1], String.join(" ", java.util.Arrays.copyOf(t, t.length - 1))));
                s = s.substring(full.end()).strip();
            }
        }

        Matcher quoted = QUOTED.matcher(s);
        if (quoted.find() && s.indexOf("//") < 0) {
            // “Идем на Восток!” 6 сентября 2023 г. — a quoted title, then date and URL.
            w.title = quoted.group(1).strip();
            w.issued = Dates.find(s);
            String rest = Fields.trimEnd(s.substring(quoted.end()).replaceAll(Dates.RU_DMY.pattern(), " "));
            w.type = rest.isBlank() ? (w.url != null ? "webpage" : "document") : Types.byOutlet(rest);
            if (!rest.isBlank()) {
                w.containerTitle = rest;
            }
            return new Parsed(w, null);
        }
        String locator = null;
        Matcher pages = PAGES.matcher(s);
        if (pages.find()) {
            locator = Fields.pages(pages.group(1));
        }
        int slashes = s.indexOf("//");
        if (slashes > 0) {
            w.title = Fields.trimEnd(s.substring(0, slashes));
            String rest = s.substring(slashes + 2).strip();
            Matcher place = PLACE.matcher(rest);
            if (place.find()) {
                // // Книга: М.: Издательство, год. — a chapter in a book.
                w.type = "chapter";
                w.containerTitle = Fields.trimEnd(rest.substring(0, place.start()).replaceAll("[:：]\\s*СПб\\.?$", ""));
                w.publisherPlace = place.group("place");
                w.publisher = Fields.emptyToNull(Fields.trimEnd(place.group("publisher")));
                w.issued = place.group("year");
            } else {
                w.type = "article-journal";
                // The journal's name runs to the first of year, volume, number or date.
                int cut = rest.length();
                for (Pattern p : new Pattern[] {YEAR, VOLUME, NUMBER, Dates.RU_DMY}) {
                    Matcher x = p.matcher(rest);
                    if (x.find()) {
                        cut = Math.min(cut, x.start());
                    }
                }
                w.containerTitle = Fields.trimEnd(rest.substring(0, cut));
                Matcher y = YEAR.matcher(rest);
                w.issued = y.find() ? y.group("year") : null;
                Matcher v = VOLUME.matcher(rest);
                if (v.find()) {
                    w.volume = v.group(1);
                }
                Matcher n = NUMBER.matcher(rest);
                if (n.find()) {
                    w.issue = Fields.pages(n.group(1));
                }
                if (locator != null && locator.contains("-")) {
                    w.page = locator;
                }
                if (Dates.find(rest) != null && Dates.RU_DMY.matcher(rest).find()) {
                    w.issued = Dates.find(rest);
                    w.type = Types.byOutlet(w.containerTitle).equals("article-newspaper") ? "article-newspaper" : "article-magazine";
                }
            }
            w.title = Fields.unitalic(w.title);
            w.containerTitle = Fields.unitalic(w.containerTitle);
            return new Parsed(w, locator);
        }

        Matcher place = PLACE.matcher(s);
        String date = Dates.find(s);
        if (place.find()) {
            w.title = Fields.unitalic(Fields.trimEnd(s.substring(0, place.start())));
            w.publisherPlace = place.group("place");
            w.publisher = unquote(Fields.emptyToNull(Fields.trimEnd(place.group("publisher"))));
            w.issued = place.group("year");
            boolean report = Types.isReportTitle(w.title) || segment.contains("рук. проекта") || segment.contains("рук. Проекта")
                    || (w.publisher != null && Types.isOrganization(w.publisher));
            w.type = report ? "report" : "book";
            return new Parsed(w, locator);
        }
        // Sentences: title, then perhaps a source, then a date, then the URL.
        java.util.List<String> sentences = sentences(s);
        if (sentences.isEmpty()) {
            return Parsed.none();
        }
        w.title = Fields.unitalic(Fields.trimEnd(sentences.get(0)));
        String source = null;
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i < sentences.size(); i++) {
            String sen = Fields.trimEnd(sentences.get(i));
            if (sen.isEmpty()) {
                continue;
            }
            if (Dates.RU_DMY.matcher(sen).find() || sen.matches("\\d{4}( г)?")) {
                continue;
            }
            if (Character.isLowerCase(sen.codePointAt(0)) || sen.matches(".*\\d.*") && !Types.isOrganization(sen)) {
                notes.append(sen).append(". ");
                continue;
            }
            if (source == null) {
                source = sen;
            } else if (w.title != null && !Dates.RU_DMY.matcher(sen).find()) {
                // A title of several sentences (Евразийство. Логос. Эйдос.).
                notes.append(sen).append(". ");
            }
        }
        if (date != null) {
            w.issued = date;
        } else {
            Matcher y = YEAR.matcher(s);
            if (y.find()) {
                w.issued = y.group("year");
            }
        }
        String byTitle = Types.byTitle(w.title + " " + notes + " " + (source == null ? "" : source));
        String organization = organization(sentences);
        if (byTitle != null && (w.url == null || !"report".equals(byTitle) || organization != null)) {
            w.type = byTitle;
            w.publisher = organization != null ? organization : source;
        } else if (source != null) {
            w.type = Types.byOutlet(source);
            w.containerTitle = source;
        } else {
            w.type = w.url != null ? "webpage" : "book";
        }
        return new Parsed(w, locator);
    }

    /** «Глаголь» → Глаголь: quotes around a whole publisher name are typography. */
    private static String unquote(String s) {
        return s != null && s.matches("^[«\"“].*[»\"”]$") && s.indexOf('«', 1) < 0 ? s.substring(1, s.length() - 1) : s;
    }

    /** The first sentence after the title that names an institution (Евразийский банк развития). */
    private static String organization(java.util.List<String> sentences) {
        for (int i = 1; i < sentences.size(); i++) {
            String sen = Fields.trimEnd(sentences.get(i));
            if (Types.isOrganization(sen) && !sen.matches(".*\\d.*") && Character.isUpperCase(sen.codePointAt(0))) {
                return sen;
            }
        }
        return null;
    }

    /** Splits at ". " where the next sentence starts, keeping initials (А. В.) and abbreviations together. */
    static java.util.List<String> sentences(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(s.charAt(i + 1))) {
                String before = s.substring(start, i);
                boolean initial = before.matches("(?s).*(?:^|\\s)[А-ЯЁA-Z]$") || before.matches("(?s).*(?:\\s|^)(?:гг|т|им|др|ул|С|Т|М|СПб|рук)$");
                if (!initial) {
                    out.add(s.substring(start, c == '.' ? i : i + 1).strip());
                    start = i + 1;
                }
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start).strip());
        }
        out.removeIf(String::isBlank);
        return out;
    }
}
