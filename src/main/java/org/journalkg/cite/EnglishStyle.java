package org.journalkg.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English notes as the journal prints them:
 * <pre>
 *   J. Mearsheimer, “Bound to Fail: …”, *International Security*, 2019, Vol.43, No.4, pp.7-8.
 *   R. Sakwa, *Russia against the Rest: …*, Cambridge: Cambridge University Press, 2017, p.20.
 *   S. Watrous, “The Regionalist Conception …”, in Diment G., Slezkine Y. eds., *Between Heaven and Hell*. New York: …, 1993, pp.113-132.
 *   The White House, *National Security Strategy …*, November 2025, &lt;URL&gt;
 *   “Ambassador … highlights …”, February 21, 2025, &lt;URL&gt;
 * </pre>
 */
final class EnglishStyle {

    private static final Pattern VOLUME = Pattern.compile("\\bVol\\.\\s*([\\w\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\bNo\\.\\s*([\\w\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGES = Pattern.compile("\\bpp?\\.\\s*([\\d]+(?:\\s*[-–—]\\s*\\d+)?(?:\\s*,\\s*(?:pp?\\.\\s*)?\\d+(?:\\s*[-–—]\\s*\\d+)?)*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("(?:^|[.,]\\s*)(?<place>[A-Z][\\p{IsLatin}.' ]{1,40}?(?:,\\s*[A-Z]{2})?)\\s*:\\s*(?<publisher>[A-Z][^,:]{2,80}?)\\s*(?=,\\s*\\d{4}|\\.\\s*\\d{4}|,|$)");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");
    private static final Pattern IN_EDS = Pattern.compile("\\bin\\s+(?<eds>[^*“\"]+?)\\s*\\(?eds?\\.?\\)?\\s*,?\\s*\\*(?<book>[^*]+)\\*", Pattern.CASE_INSENSITIVE);
    private static final String CHICAGO_PAGES = "(?<pages>\\d+(?:\\s*[-–—]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-–—]\\s*\\d+)?)*)";
    private static final Pattern CHICAGO_ARTICLE = Pattern.compile("[\\s,]*(?<vol>\\d{1,4})(?:\\s*,\\s*no\\.\\s*(?<no>[\\w\\-–]+))?\\s*\\((?<date>[^()]*\\d{4}[^()]*)\\)(?:\\s*:\\s*" + CHICAGO_PAGES + ")?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHICAGO_FACTS = Pattern.compile("[\\s,]*\\((?<facts>[^()]*\\d{4}[^()]*)\\)(?:\\s*,\\s*" + CHICAGO_PAGES + "(?=\\s*[.;]?\\s*$))?");
    private static final Pattern IN_BOOK_EDS = Pattern.compile("\\bin\\s+\\*(?<book>[^*]+)\\*\\s*,\\s*(?:eds?\\.|edited by)\\s+(?<eds>[^(;*]+?)\\s*(?=\\(|,\\s*[^,]*:|$)");
    private static final Pattern ITALIC = Pattern.compile("\\*([^*]+)\\*");
    private static final Pattern INITIAL = Pattern.compile("^(?:[A-Z]\\.\\s*){1,3}$|^[A-Z]\\.(?:-?[A-Z]\\.)+$|^[A-Z]$");

    private EnglishStyle() { }

    static Parsed parse(String segment) {
        Work w = new Work();
        w.language = "en";
        w.doi = Fields.doi(segment);
        String[] urlSplit = Fields.takeUrl(segment);
        String s = urlSplit[0].replaceFirst("^(?:See also|See|Cf\\.|cf\\.)\\s+", "")
                .replaceFirst("^[,\\s]*(?:for example|for instance|e\\.\\s?g\\.)[,\\s]+", "").strip();
        w.url = urlSplit[1];
        if (w.doi != null && w.url != null && w.url.contains("doi.org/")) {
            w.url = "https://doi.org/" + w.doi;
        }
        if (!Fields.hasCyrillic(s) && !Fields.hasHan(s)) {
            // Without italics (web, Markdown, Word), the title's bounds come from the commas.
            s = PlainNotes.italicize(s, w.url != null);
        }

        // The title: the first quoted or italic run.
        int q1 = indexOfAny(s, "“\"");
        int i1 = s.indexOf('*');
        String before;
        String after;
        boolean quoted;
        if (q1 >= 0 && (i1 < 0 || q1 < i1)) {
            char open = s.charAt(q1);
            int end = open == '“' ? ChineseStyle.closing(s, q1, '“', '”') : s.indexOf('"', q1 + 1);
            if (end < 0) {
                return Parsed.none();
            }
            before = s.substring(0, q1);
            w.title = Fields.trimEnd(s.substring(q1 + 1, end)).replaceAll("[,，]$", "");
            after = s.substring(end + 1);
            quoted = true;
        } else if (i1 >= 0) {
            int end = s.indexOf('*', i1 + 1);
            if (end < 0) {
                return Parsed.none();
            }
            before = s.substring(0, i1);
            w.title = Fields.trimEnd(s.substring(i1 + 1, end));
            after = s.substring(end + 1);
            quoted = false;
        } else {
            return plain(s, w);
        }
        boolean etAl = authors(before, w);

        String locator = null;
        Matcher in = IN_EDS.matcher(after);
        Matcher inBook = IN_BOOK_EDS.matcher(after);
        boolean chapter = false;
        if (inBook.find()) {
            // Chicago: "…,” in *Book*, ed. Name (Place: Publisher, Year), 45.
            chapter = true;
            w.containerTitle = Fields.trimEnd(inBook.group("book"));
            for (String e : inBook.group("eds").split("\\s*(?:,|\\band\\b|&)\\s*")) {
                Name n = person(e);
                if (n != null) {
                    w.editor.add(n);
                }
            }
            after = after.substring(0, inBook.start()) + " " + after.substring(inBook.end());
        } else if (in.find()) {
            chapter = true;
            w.containerTitle = in.group("book").strip();
            for (String e : in.group("eds").split("\\s*(?:,|\\band\\b|&)\\s*")) {
                Name n = person(e);
                if (n != null) {
                    w.editor.add(n);
                }
            }
            after = after.substring(0, in.start()) + " " + after.substring(in.end());
        } else if (quoted) {
            Matcher it = ITALIC.matcher(after);
            if (it.find()) {
                w.containerTitle = Fields.trimEnd(it.group(1));
                after = after.substring(0, it.start()) + " " + after.substring(it.end());
            }
        }
        after = chicago(after);
        Matcher m = VOLUME.matcher(after);
        if (m.find()) {
            w.volume = m.group(1);
        }
        m = NUMBER.matcher(after);
        if (m.find()) {
            w.issue = m.group(1);
        }
        m = PAGES.matcher(after);
        if (m.find()) {
            locator = Fields.pages(m.group(1)).replaceAll(",p+\\.", ",");
        }
        m = PLACE_PUBLISHER.matcher(after);
        if (m.find()) {
            w.publisherPlace = m.group("place").strip();
            w.publisher = Fields.trimEnd(m.group("publisher"));
        }
        String date = Dates.find(after);
        if (date != null) {
            w.issued = date;
        } else {
            Matcher y = YEAR.matcher(after);
            if (y.find()) {
                w.issued = y.group(1);
            }
        }
        String rest = leftover(after, w);

        boolean journal = w.volume != null || (w.issue != null && locator != null) || (w.issue != null && w.containerTitle != null && date == null);
        if (chapter) {
            w.type = "chapter";
        } else if (quoted && w.containerTitle != null && journal) {
            w.type = "article-journal";
            if (locator != null && locator.contains("-")) {
                w.page = locator;
            }
        } else if (quoted && w.containerTitle != null && w.publisher != null) {
            w.type = "chapter";
        } else if (quoted && w.containerTitle != null) {
            // A periodical decides (a headline may say "Agreement"); a site lets the title decide.
            String outlet = Types.byOutlet(w.containerTitle);
            String byTitle = Types.byTitle(w.title);
            if (!"webpage".equals(outlet)) {
                w.type = outlet;
            } else if (byTitle != null && !"report".equals(byTitle)) {
                w.type = byTitle;
            } else if ("report".equals(byTitle) && w.issued != null && w.issued.length() == 4 && Types.isOrganization(w.containerTitle)) {
                // A site dates its posts to the day; an institution's paper by the year: "… Strategy …", *CSIS*, 2024.
                w.type = "report";
            } else if (w.url == null && Types.isOrganization(w.containerTitle)) {
                // "Title", *Some Center for Studies*, Place, 2014. — a report of that institution.
                w.type = "report";
                w.publisher = w.containerTitle;
                w.containerTitle = null;
                w.publisherPlace = place(rest);
            } else {
                w.type = outlet;
            }
        } else if (quoted) {
            String byTitle = Types.byTitle(w.title);
            if (rest != null && w.containerTitle == null && Types.isOrganization(rest)) {
                w.containerTitle = rest;
            }
            boolean institutionAuthor = w.author.size() == 1 && w.author.get(0).isLiteral();
            w.type = byTitle != null ? byTitle : w.publisher != null ? "book" : institutionAuthor ? "report" : "webpage";
        } else {
            // An italic title: a book, a report, or an official document.
            String byTitle = Types.byTitle(w.title);
            boolean institutionAuthor = w.author.size() == 1 && w.author.get(0).isLiteral();
            if (w.publisher != null) {
                w.type = byTitle != null && byTitle.equals("report") || Types.isOrganization(w.publisher) && !w.publisher.contains("Press")
                        ? "report" : "book";
            } else if (byTitle != null) {
                w.type = byTitle;
            } else if (institutionAuthor || (rest != null && Types.isOrganization(rest))) {
                w.type = "report";
            } else {
                w.type = w.url != null && w.author.isEmpty() ? "webpage" : "book";
            }
            if (rest != null && w.publisher == null && w.publisherPlace == null && place(rest) != null) {
                w.publisherPlace = place(rest);
            } else if (rest != null && w.publisher == null && !"webpage".equals(w.type)) {
                w.publisher = rest;
            } else if (rest != null && w.containerTitle == null) {
                w.containerTitle = rest;
            }
        }
        return new Parsed(w, locator);
    }

    /**
     * Chicago's order after the title, in the journal's: "(Princeton, NJ: Princeton University
     * Press, 1976), 58." → ", Princeton, NJ: Princeton University Press, 1976, pp.58." and, after
     * a journal's name, " 52, no. 7 (2019): 967–994." → ", Vol.52, No.7, 2019, pp.967–994.".
     */
    static String chicago(String after) {
        Matcher a = CHICAGO_ARTICLE.matcher(after);
        if (a.lookingAt()) {
            StringBuilder b = new StringBuilder(", Vol.").append(a.group("vol"));
            if (a.group("no") != null) {
                b.append(", No.").append(a.group("no"));
            }
            b.append(", ").append(a.group("date").strip());
            if (a.group("pages") != null) {
                b.append(", pp.").append(a.group("pages").strip());
            }
            return b + after.substring(a.end());
        }
        Matcher f = CHICAGO_FACTS.matcher(after);
        if (f.lookingAt()) {
            StringBuilder b = new StringBuilder(", ").append(f.group("facts").strip());
            if (f.group("pages") != null) {
                b.append(", pp.").append(f.group("pages").strip());
            }
            return b + after.substring(f.end());
        }
        return after;
    }

    /** A note with neither quotes nor italics: "Authors, Title, date, URL" at best. */
    private static Parsed plain(String s, Work w) {
        List<String> parts = Fields.splitTop(s, ",");
        if (parts.size() < 2) {
            return Parsed.none();
        }
        int k = 0;
        while (k < parts.size() - 1 && person(parts.get(k)) != null && parts.get(k).split("\\s+").length <= 4
                && INITIAL.matcher(parts.get(k).split("\\s+")[0]).matches()) {
            w.author.add(person(parts.get(k)));
            k++;
        }
        w.title = Fields.trimEnd(parts.get(k));
        String after = String.join(", ", parts.subList(k + 1, parts.size()));
        w.issued = Dates.find(after);
        w.type = w.url != null ? "webpage" : "book";
        return new Parsed(w, null);
    }

    /** A leftover that names a place rather than an institution: New York; Ramat Gan, Israel. */
    private static String place(String rest) {
        if (rest == null || Types.isOrganization(rest) || Types.byTitle(rest) != null) {
            return null;
        }
        return rest.matches("[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?") ? rest : null;
    }

    /** What is left of the fields after the known ones: a site, a publisher or an institution. */
    private static String leftover(String after, Work w) {
        String r = after;
        r = VOLUME.matcher(r).replaceAll(" ");
        r = r.replaceAll("\\p{Lu}[\\p{L} ]{0,40}\\s(?=No\\.)", " ");
        r = NUMBER.matcher(r).replaceAll(" ");
        r = PAGES.matcher(r).replaceAll(" ");
        r = PLACE_PUBLISHER.matcher(r).replaceAll(" ");
        r = Dates.EN_MDY.matcher(r).replaceAll(" ");
        r = Dates.EN_DMY.matcher(r).replaceAll(" ");
        r = Dates.EN_MY.matcher(r).replaceAll(" ");
        r = YEAR.matcher(r).replaceAll(" ");
        r = r.replace("*", " ");
        StringBuilder keep = new StringBuilder();
        for (String part : r.split("[,.;]")) {
            String p = part.strip();
            if (p.length() > 2 && p.matches(".*[A-Za-z]{3,}.*") && !p.matches("(?i)(in|eds?|and|et al|ibid)")) {
                if (keep.length() > 0) {
                    keep.append(", ");
                }
                keep.append(p);
            }
        }
        return keep.length() == 0 ? null : keep.toString();
    }

    /** The authors before the title; true where "et al." closes the list. */
    static boolean authors(String before, Work w) {
        String b = Fields.trimEnd(before.replaceFirst("^(?:See also|See|Cf\\.)\\s+", ""));
        if (b.isEmpty() || !b.matches("(?s).*\\p{L}{2,}.*")) {
            return false;
        }
        boolean etAl = b.matches("(?s).*\\bet al\\.?$") || b.contains("et al.");
        b = b.replaceAll(",?\\s*et al\\.?", "").strip();
        b = b.replaceAll("\\s*\\((?:eds?)\\.?\\)|\\s+eds?\\.?$", "");
        boolean persons = java.util.Arrays.stream(b.split("\\s+(?:and|&)\\s+")).allMatch(p -> PlainNotes.personStyle(p) != null);
        if (!b.contains(",") && Types.isOrganization(b) || b.split("\\s+").length > 5 && !b.contains(",") && !persons) {
            w.author.add(Name.literal(b.replaceAll("\\.$", "")));
            return etAl;
        }
        List<String> parts = new ArrayList<>();
        for (String p : b.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
            if (p.matches("Jr\\.?|Sr\\.?|II|III") && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p);
            } else if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() == 1 && Types.isOrganization(parts.get(0))) {
            w.author.add(Name.literal(parts.get(0)));
            return etAl;
        }
        for (String p : parts) {
            Name n = person(p);
            if (n != null) {
                w.author.add(n);
            } else {
                w.author.add(Name.literal(p.replaceAll("\\.$", "")));
            }
        }
        return etAl;
    }

    /**
     * One person: "O. N. Barabanov", "Joseph S. Nye, Jr.", "Zajontz T." (family first when the
     * initials follow), "Robert O. Keohane".
     */
    static Name person(String raw) {
        String p = raw.strip().replaceAll("\\.$", ".").replaceAll("\\s+", " ");
        if (p.isEmpty() || p.matches(".*\\d.*") || p.split(" ").length > 5) {
            return null;
        }
        String suffix = null;
        Matcher jr = Pattern.compile(",\\s*(Jr\\.?|Sr\\.?|II|III)$").matcher(p);
        if (jr.find()) {
            suffix = jr.group(1);
            p = p.substring(0, jr.start());
        }
        String[] t = p.split(" ");
        if (t.length == 1) {
            return Name.person(t[0].replaceAll("\\.$", ""), null);
        }
        // Initials after the family name: Zajontz T., Diment G., Erokhin V.
        int firstInitial = -1;
        for (int i = 0; i < t.length; i++) {
            if (INITIAL.matcher(t[i]).matches()) {
                firstInitial = i;
                break;
            }
        }
        String family;
        String given;
        if (firstInitial > 0 && INITIAL.matcher(t[t.length - 1]).matches()) {
            family = String.join(" ", java.util.Arrays.copyOfRange(t, 0, firstInitial));
            given = String.join(" ", java.util.Arrays.copyOfRange(t, firstInitial, t.length));
        } else {
            int f = t.length - 1;
            // Particles stay with the family name: de Waal, van der Berg.
            while (f > 0 && t[f - 1].matches("de|da|van|von|der|den|di|du|la|le")) {
                f--;
            }
            family = String.join(" ", java.util.Arrays.copyOfRange(t, f, t.length));
            given = String.join(" ", java.util.Arrays.copyOfRange(t, 0, f));
        }
        if (suffix != null) {
            given = given + ", " + suffix;
        }
        return Name.person(family, given);
    }

    private static int indexOfAny(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
