package org.journalkg.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.journalkg.issue.Article;
import org.journalkg.issue.Block;
import org.journalkg.issue.CjkSpacing;
import org.journalkg.issue.Contributor;
import org.journalkg.issue.Lang;
import org.journalkg.issue.Markup;
import org.journalkg.issue.Names;
import org.journalkg.issue.NoteReader;
import org.journalkg.issue.Similarity;
import org.journalkg.issue.Transliteration;

/**
 * One author spelled differently across the issue's pages: the byline, the author note and the
 * Chinese contents for the Chinese name; the contents, the abstract pages and the author note for
 * the Russian and the English one. The reader keeps one spelling per language (the others only as
 * {@code Person.variants}, without their places), so the places are read again here.
 * <ul>
 *   <li>Spellings of one script that differ: a warning at the odd one (the spelling fewer places
 *       use; between equals, the one that fits the other script's spelling worse), naming both
 *       spellings and where each appears.</li>
 *   <li>A Russian spelling of a Chinese name that is not the Palladius transliteration of its
 *       pinyin (Fu Xingyang → Фу Синъян), or an English spelling of a Russian name whose surname is
 *       not the usual romanisation of the Russian one (Ефременко → Efremenko): a warning.</li>
 * </ul>
 */
final class NamesCheck implements Check {

    /** One spelling of a name at one place of the issue. */
    private record Spelling(String text, String place, int line) { }

    @Override
    public Kind kind() {
        return Kind.NAMES;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        ContentsCheck.Source src = ContentsCheck.Source.of(input);
        for (Article a : input.issue().articles()) {
            int titleLine = ContentsCheck.titleLine(input, a);
            List<String> byline = byline(src, titleLine);
            ContentsCheck.Source.Entry[] entries = {src.entryFor(Lang.ZH, a), src.entryFor(Lang.RU, a), src.entryFor(Lang.EN, a)};
            ContentsCheck.Source.AbstractEntry ruPage = src.abstractFor(Lang.RU, a);
            ContentsCheck.Source.AbstractEntry enPage = src.abstractFor(Lang.EN, a);
            for (int j = 0; j < a.authors().size(); j++) {
                Contributor c = a.authors().get(j);
                Map<Lang, List<Spelling>> by = new LinkedHashMap<>();
                for (Lang l : Lang.values()) {
                    by.put(l, new ArrayList<>());
                }
                if (byline != null && byline.size() == a.authors().size()) {
                    by.get(Lang.ZH).add(new Spelling(byline.get(j), "the byline", input.lines().lineOf(byline.get(j), titleLine)));
                }
                if (c.note() != null) {
                    List<NoteReader.AuthorNote> notes = NoteReader.authorNotes(c.note());
                    if (!notes.isEmpty()) {
                        int line = input.lines().lineOf(c.note(), Math.max(1, titleLine));
                        NoteReader.AuthorNote n = notes.get(0);
                        if (n.name().matches(".*\\p{IsHan}.*")) {
                            by.get(Lang.ZH).add(new Spelling(n.name(), "the author note", line));
                        }
                        if (n.otherName() != null) {
                            Lang l = n.otherName().matches(".*\\p{IsCyrillic}.*") ? Lang.RU : Lang.EN;
                            by.get(l).add(new Spelling(n.otherName(), "the author note", line));
                        }
                    }
                }
                for (Lang l : Lang.values()) {
                    ContentsCheck.Source.Entry e = entries[l.ordinal()];
                    if (e != null && e.entry().authors().size() == a.authors().size()) {
                        by.get(l).add(new Spelling(e.entry().authors().get(j), "the " + ContentsCheck.langName(l) + " contents", e.authorLine()));
                    }
                }
                for (ContentsCheck.Source.AbstractEntry p : new ContentsCheck.Source.AbstractEntry[] {ruPage, enPage}) {
                    if (p != null && p.page().authors().size() == a.authors().size()) {
                        Lang l = p.page().lang();
                        by.get(l).add(new Spelling(p.page().authors().get(j), "the " + ContentsCheck.langName(l) + " abstract page", p.authorLine()));
                    }
                }
                if (by.values().stream().allMatch(List::isEmpty)) {
                    // No places to compare (a single article): its own names in the three scripts.
                    for (Lang l : List.of(Lang.RU, Lang.EN)) {
                        String n = c.person().name().get(l);
                        if (n != null) {
                            by.get(l).add(new Spelling(n, "the article", input.lines().lineOf(n, Math.max(1, titleLine))));
                        }
                    }
                }
                check(input, a, j, c, by, out);
            }
        }
        return out;
    }

    private void check(CheckInput in, Article a, int j, Contributor c, Map<Lang, List<Spelling>> by, List<Finding> out) {
        String zh = majority(by.get(Lang.ZH), null, Lang.ZH);
        if (zh == null) {
            zh = c.person().name().get(Lang.ZH);
        }
        // Russian first chosen against the English the issue prints most, then English against that Russian.
        String en0 = majority(by.get(Lang.EN), null, Lang.EN);
        String ru = majority(by.get(Lang.RU), en0, Lang.RU);
        String en = majority(by.get(Lang.EN), ru, Lang.EN);
        String who = "Author " + (j + 1) + (zh != null ? " (" + zh + ")" : "") + " of the article"
                + (a.firstPage() > 0 ? " on page " + a.firstPage() : "");
        inconsistent(in, a, who, Lang.ZH, by.get(Lang.ZH), zh, null, out);
        inconsistent(in, a, who, Lang.RU, by.get(Lang.RU), ru, en, out);
        inconsistent(in, a, who, Lang.EN, by.get(Lang.EN), en, ru, out);
        if (ru == null || en == null) {
            return;
        }
        Optional<String> pal = Transliteration.palladius(en);
        if (pal.isPresent() && (zh == null || !zh.contains("·"))) {
            if (Similarity.distance(Similarity.key(pal.get()), Similarity.key(ru)) > 0) {
                Spelling at = first(by.get(Lang.RU), ru);
                out.add(in.finding(a, Kind.NAMES, Severity.WARNING, who + " is spelled " + ru + " in " + places(same(by.get(Lang.RU), ru, Lang.RU))
                        + ", which is not the Palladius transliteration " + capitalize(pal.get()) + " of the English " + en + ".",
                        ru + " / " + en, at.line()));
            }
        } else if (pal.isEmpty() && (zh == null || zh.contains("·") || zh.contains("•"))) {
            String r = loose(surname(Transliteration.latin(ru)));
            String e = loose(surname(en));
            if (!r.isEmpty() && !e.isEmpty() && !r.equals(e)) {
                Spelling at = first(by.get(Lang.EN), en);
                out.add(in.finding(a, Kind.NAMES, Severity.WARNING, who + " is spelled " + en + " in " + places(same(by.get(Lang.EN), en, Lang.EN))
                        + ", which is not the usual romanisation of the Russian " + ru + " (" + capitalize(Transliteration.latin(ru)) + ").",
                        en + " / " + ru, at.line()));
            }
        }
    }

    /** A warning at each spelling other than the chosen one, naming where each appears. */
    private void inconsistent(CheckInput in, Article a, String who, Lang lang, List<Spelling> spellings, String chosen, String other,
                              List<Finding> out) {
        if (chosen == null) {
            return;
        }
        Map<String, List<Spelling>> groups = groups(spellings, lang);
        List<Spelling> right = groups.get(key(chosen, lang));
        for (Map.Entry<String, List<Spelling>> g : groups.entrySet()) {
            if (g.getKey().equals(key(chosen, lang))) {
                continue;
            }
            Spelling odd = g.getValue().get(0);
            String hint = "";
            if (lang == Lang.RU && other != null && Transliteration.palladius(other).isPresent()) {
                hint = " (the Palladius system gives " + capitalize(Transliteration.palladius(other).get()) + ")";
            }
            out.add(in.finding(a, Kind.NAMES, Severity.WARNING, who + " is spelled " + odd.text() + " in " + places(g.getValue())
                    + " but " + right.get(0).text() + " in " + places(right) + hint + "; one spelling should be used throughout.",
                    odd.text() + " / " + right.get(0).text(), odd.line()));
        }
    }

    /** The spelling most places use; between equals the one that fits the other script's best, then the first. */
    private static String majority(List<Spelling> spellings, String other, Lang lang) {
        Map<String, List<Spelling>> groups = groups(spellings, lang);
        String best = null;
        long bestScore = Long.MAX_VALUE;
        int i = 0;
        for (List<Spelling> g : groups.values()) {
            String s = g.get(0).text();
            long fit = other == null ? 0 : lang == Lang.RU ? Transliteration.mismatch(s, other) : Transliteration.mismatch(other, s);
            long score = -g.size() * 1_000_000L + fit * 100 + i++;
            if (score < bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private static Map<String, List<Spelling>> groups(List<Spelling> spellings, Lang lang) {
        Map<String, List<Spelling>> groups = new LinkedHashMap<>();
        for (Spelling s : spellings) {
            groups.computeIfAbsent(key(s.text(), lang), k -> new ArrayList<>()).add(s);
        }
        return groups;
    }

    private static String key(String name, Lang lang) {
        return lang == Lang.ZH ? CjkSpacing.squeeze(name).replace("•", "·") : Similarity.key(name);
    }

    private static Spelling first(List<Spelling> spellings, String text) {
        return spellings.stream().filter(s -> s.text().equals(text)).findFirst().orElse(new Spelling(text, "the article", 0));
    }

    private static List<Spelling> same(List<Spelling> spellings, String text, Lang lang) {
        List<Spelling> out = spellings.stream().filter(s -> key(s.text(), lang).equals(key(text, lang))).toList();
        return out.isEmpty() ? List.of(new Spelling(text, "the article", 0)) : out;
    }

    private static String places(List<Spelling> spellings) {
        List<String> parts = new ArrayList<>();
        for (Spelling s : spellings) {
            parts.add(s.place() + (s.line() > 0 ? " (line " + s.line() + ")" : ""));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The Chinese names of the byline under the article's title (the block ending in *), re-read from the source. */
    private static List<String> byline(ContentsCheck.Source src, int titleLine) {
        if (titleLine <= 0) {
            return null;
        }
        List<Block> blocks = src.blocks;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int last = b.line() + b.lines().size() - 1;
            if (b.line() <= titleLine && titleLine <= last) {
                for (int k = i + 1; k < Math.min(blocks.size(), i + 4); k++) {
                    String t = Markup.strip(blocks.get(k).text()).strip();
                    String raw = blocks.get(k).text().strip();
                    if (!raw.contains("\n") && raw.endsWith("*") && t.matches(".*\\p{IsHan}.*") && t.length() <= 40) {
                        return Names.splitChinese(raw.replaceAll("[*\\d]+$", ""));
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String surname(String name) {
        String best = "";
        for (String w : name.split("[\\s.,]+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    /** Romanisations that differ only by the usual alternatives (kh/h, ye/e, iy/y, ks/x) are the same. */
    private static String loose(String s) {
        String k = Similarity.key(s).toLowerCase(Locale.ROOT);
        return k.replace("kh", "h").replace("ye", "e").replace("yo", "e").replace("iy", "y").replace("yy", "y")
                .replace("ij", "y").replace("j", "y").replace("ks", "x").replace("ii", "i");
    }

    private static String capitalize(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
