package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notes at the head of an article: author notes (* 杨洁勉，上海国际问题研究院…主任。),
 * funding notes (* 本文系…项目“…”（项目批准号：…）成果。) and the translator's note.
 */
public final class NoteReader {

    /** Endings of organization names; the longest prefix ending in one is the organization. */
    private static final List<String> ORG_ENDINGS = List.of(
            "大学", "学院", "研究院", "研究所", "研究中心", "中心", "学系", "基地", "科学院", "大使馆",
            "领事馆", "出版社", "编辑部", "图书馆", "学会", "协会", "研究会", "智库", "实验室", "医院");

    /** A designation put in front of an institution (教育部人文社会科学重点研究基地华东师范大学…). */
    private static final Pattern DESIGNATION = Pattern.compile("^(?:教育部|国家|[^，、]{2,3}省|[^，、]{2,3}市)[^，、]*?(?:研究基地|培育基地|重点基地)(?=.{4,})");

    private static final Pattern PROJECT = Pattern.compile(
            "(?<programme>[^“”、，。]*?)[“\"](?<title>[^”\"]+)[”\"]\\s*[（(]\\s*项目(?<label>批准号|编号|号)\\s*[：:]\\s*(?<id>[A-Za-z0-9&＆\\-—/]+)\\s*[）)]");

    private static final Pattern AGENCY = Pattern.compile("^(国家社会科学基金|国家自然科学基金|中国博士后科学基金|国家留学基金|教育部)");

    private static final Pattern PAREN_NAME = Pattern.compile("^(?<zh>[^（(]+?)\\s*[（(](?<other>[^）)]+)[）)]\\s*$");

    private NoteReader() { }

    /** A person's part of an author note: the name as written, another-script name, affiliations. */
    public record AuthorNote(String name, String otherName, List<Affiliation> affiliations, String text) { }

    /** The note that names the author, else the one at the author's position where each author has one. */
    static AuthorNote noteFor(List<AuthorNote> notes, String name, int position, int authors) {
        for (AuthorNote n : notes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return notes.size() == authors ? notes.get(position) : null;
    }

    public static boolean isFundingNote(String note) {
        return stripStars(note).matches("^(本文系|本文为|本文是|本研究).*");
    }

    static String stripStars(String s) {
        return s.replaceFirst("^\\*+\\s*", "").strip();
    }

    /** One note may describe several authors, separated by ；. */
    public static List<AuthorNote> authorNotes(String note) {
        String text = CjkSpacing.careful(Markup.strip(stripStars(note))).replaceAll("[。.]\\s*$", "");
        List<AuthorNote> out = new ArrayList<>();
        for (String part : text.split("；|;")) {
            part = part.strip();
            if (part.isEmpty()) {
                continue;
            }
            int comma = firstComma(part);
            String who = comma < 0 ? part : part.substring(0, comma);
            String rest = comma < 0 ? "" : part.substring(comma + 1);
            String name = CjkSpacing.squeezeHanSpaces(who.strip());
            String other = null;
            Matcher m = PAREN_NAME.matcher(who.strip());
            if (m.matches()) {
                name = CjkSpacing.squeezeHanSpaces(m.group("zh").strip());
                other = m.group("other").strip();
            }
            out.add(new AuthorNote(name, other, affiliations(rest), part));
        }
        return out;
    }

    /** The comma after the name, ignoring commas inside parentheses. */
    private static int firstComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            } else if ((c == '，' || c == ',') && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 莫斯科国际关系学院院长，俄罗斯科学院院士 → two affiliations with their positions. */
    public static List<Affiliation> affiliations(String posts) {
        List<Affiliation> out = new ArrayList<>();
        for (String post : posts.split("，|,")) {
            post = post.strip();
            if (post.isEmpty()) {
                continue;
            }
            String[] parts = post.split("、");
            List<String[]> split = new ArrayList<>();
            boolean eachNamesOrg = parts.length > 1;
            for (String p : parts) {
                String[] op = orgAndPosition(p);
                if (op == null) {
                    eachNamesOrg = false;
                }
                split.add(op);
            }
            if (eachNamesOrg) {
                // 清华大学…学系、芬兰赫尔辛基大学…研究所联合培养博士生: the position is shared.
                String shared = split.get(split.size() - 1)[1];
                for (String[] op : split) {
                    String position = op[1].isEmpty() ? shared : op[1];
                    out.add(new Affiliation(op[0], position, isFormer(position)));
                }
            } else {
                String[] op = orgAndPosition(post);
                if (op != null) {
                    out.add(new Affiliation(op[0], op[1], isFormer(op[1])));
                }
            }
        }
        return out;
    }

    private static boolean isFormer(String position) {
        return position.startsWith("原") || position.startsWith("前");
    }

    /** The organization (longest prefix ending as an organization does) and the position after it. */
    static String[] orgAndPosition(String post) {
        String p = DESIGNATION.matcher(post.strip()).replaceFirst("");
        int end = -1;
        for (String ending : ORG_ENDINGS) {
            int at = p.lastIndexOf(ending);
            if (at >= 0 && at + ending.length() >= 4) {
                end = Math.max(end, at + ending.length());
            }
        }
        if (end < 0) {
            return null;
        }
        return new String[] {p.substring(0, end), p.substring(end).strip()};
    }

    /** Every project a funding note names, in order. */
    public static List<Funding> funding(String note) {
        String text = CjkSpacing.careful(Markup.strip(stripStars(note)));
        text = text.replaceFirst("^(本文系|本文为|本文是|本研究(?:系|为|是)?)", "");
        List<Funding> out = new ArrayList<>();
        Matcher m = PROJECT.matcher(text);
        while (m.find()) {
            String programme = m.group("programme").strip();
            String funder = null;
            if (m.group("label").equals("批准号")) {
                Matcher a = AGENCY.matcher(programme);
                if (a.find()) {
                    funder = a.group(1);
                }
            }
            out.add(new Funding(m.group("id").replace('—', '-'), funder, programme, m.group("title")));
        }
        return out;
    }

    /** （翻 译 崔雯怡 华东师范大学传播学院博士后，…） → the translators and their affiliations. */
    public static List<AuthorNote> translatorNote(String note) {
        String text = Markup.strip(note).replace("\n", "").strip();
        text = text.replaceFirst("^[（(]", "").replaceFirst("[）)]$", "");
        text = text.replaceFirst("^翻\\s*译\\s*[：:]?\\s*", "");
        List<AuthorNote> out = new ArrayList<>();
        for (String part : text.split("；|;")) {
            part = part.strip();
            String name;
            String rest;
            int comma = firstComma(part);
            String beforeComma = comma < 0 ? part : part.substring(0, comma);
            String squeezed = CjkSpacing.squeeze(beforeComma);
            if (comma >= 0 && squeezed.codePointCount(0, squeezed.length()) <= 5) {
                name = squeezed;
                rest = part.substring(comma + 1);
            } else {
                // 崔雯怡 华东师范大学…: the name is the spaced-off head of the note.
                String[] tokens = part.split("\\s+");
                StringBuilder n = new StringBuilder();
                int k = 0;
                while (k < tokens.length && (n.length() < 2 || tokens[k].length() == 1) && n.length() + tokens[k].length() <= 5) {
                    n.append(tokens[k]);
                    k++;
                }
                name = n.toString();
                rest = String.join(" ", java.util.Arrays.asList(tokens).subList(k, tokens.length));
            }
            out.add(new AuthorNote(name, null, affiliations(CjkSpacing.careful(rest)), part));
        }
        return out;
    }
}
