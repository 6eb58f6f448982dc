package org.journalkg.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article's pages: column, title, byline (ending in * or **), the head fields in
 * 【…】 brackets, the notes on authors, funding and translation, the responsible editor, and
 * the body with its footnotes.
 */
final class ArticleReader {

    private static final Pattern FIELD = Pattern.compile("【\\s*([^】]+?)\\s*】([^【]*)");
    private static final Pattern STARS_AT_END = Pattern.compile("^(.*?)\\s*(\\*+)\\s*$", Pattern.DOTALL);
    private static final Pattern EDITOR = Pattern.compile("^[（(]\\s*责\\s*任\\s*编\\s*辑\\s*[：:]?\\s*(.+?)\\s*[）)]$", Pattern.DOTALL);
    private static final Pattern TRANSLATOR = Pattern.compile("^[（(]\\s*翻\\s*译.*", Pattern.DOTALL);

    private ArticleReader() { }

    /**
     * The conversion sometimes runs the translator's note and the （责任编辑 …） line into one
     * block; an article ends at that line, so it becomes a block of its own.
     */
    static List<Block> separateEditorLines(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<String> lines = b.lines();
            int start = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.size() > 1 && EDITOR.matcher(lines.get(i).strip()).matches()) {
                    if (i > start) {
                        out.add(new Block(b.line() + start, String.join("\n", lines.subList(start, i))));
                    }
                    out.add(new Block(b.line() + i, lines.get(i).strip()));
                    start = i + 1;
                }
            }
            if (start == 0) {
                out.add(b);
            } else if (start < lines.size()) {
                out.add(new Block(b.line() + start, String.join("\n", lines.subList(start, lines.size()))));
            }
        }
        return out;
    }

    /** A byline: a short line of names ending in * (an author note starts with one instead). */
    static boolean isByline(Block b) {
        String t = b.text().strip();
        return t.endsWith("*") && !t.startsWith("*") && t.length() <= 60 && !t.contains("。");
    }

    static boolean isEditorLine(Block b) {
        return EDITOR.matcher(b.text()).matches();
    }

    /** Every 【label】 of a bracketed head block (known or not), else the labelled fields HeadFields knows. */
    private static List<HeadFields.Field> headFields(String text) {
        if (!text.startsWith("【")) {
            return HeadFields.parse(text);
        }
        List<HeadFields.Field> out = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            out.add(new HeadFields.Field(m.group(1), m.group(2)));
        }
        return out;
    }

    static ArticleDraft read(List<Block> blocks, Set<String> columns, List<String> warnings) {
        int i = 0;
        String column = null;
        if (!blocks.isEmpty() && columns.contains(CjkSpacing.prose(blocks.get(0).text().strip()))) {
            column = CjkSpacing.prose(blocks.get(0).text().strip());
            i = 1;
        }
        // The byline is the last of the head blocks ending in stars: the title may carry one
        // star of its own (a funding note), the byline then carries two.
        int byline = -1;
        for (int k = i; k < Math.min(blocks.size(), i + 4); k++) {
            if (STARS_AT_END.matcher(blocks.get(k).text()).matches() && blocks.get(k).text().endsWith("*")) {
                byline = k;
                if (k + 1 < blocks.size() && !blocks.get(k + 1).text().endsWith("*")) {
                    break;
                }
            }
        }
        int start = blocks.isEmpty() ? 0 : blocks.get(0).line();
        String where = "article at line " + start;
        if (byline < 0 || byline == i) {
            throw new NotInLayout(where + ": no title and byline (a line of names ending in *)");
        }
        StringBuilder title = new StringBuilder();
        for (int k = i; k < byline; k++) {
            BodyReader.join(title, BodyReader.joinLines(blocks.get(k).text()));
        }
        String titleText = CjkSpacing.prose(Markup.strip(title.toString().replaceAll("\\*+\\s*$", "")).strip());
        List<String> bylineNames = Names.splitChinese(STARS_AT_END.matcher(blocks.get(byline).text()).replaceFirst("$1"));

        String abstractZh = null;
        String keywordsZh = null;
        String clc = null;
        String documentCode = null;
        String articleNumber = null;
        List<NoteReader.AuthorNote> authorNotes = new ArrayList<>();
        List<NoteReader.AuthorNote> translators = new ArrayList<>();
        List<Funding> funding = new ArrayList<>();
        String editor = null;
        BodyReader body = new BodyReader(where, warnings);

        int k = byline + 1;
        // Head fields in 【】 brackets, or labelled with a colon (摘要：…) as other conversions write them.
        for (; k < blocks.size(); k++) {
            List<HeadFields.Field> fields = headFields(Markup.strip(blocks.get(k).text()));
            if (fields.isEmpty()) {
                break;
            }
            for (HeadFields.Field f : fields) {
                String label = CjkSpacing.squeeze(f.label());
                String value = f.value().strip();
                switch (label) {
                    case "内容提要", "摘要", "提要", "内容摘要" -> abstractZh = CjkSpacing.careful(BodyReader.joinLines(value));
                    case "关键词", "关键字" -> keywordsZh = value;
                    case "中图分类号" -> clc = CjkSpacing.squeeze(value);
                    case "文章标识", "文献标识码", "文章标识码" -> documentCode = CjkSpacing.squeeze(value);
                    case "文章编号" -> articleNumber = CjkSpacing.squeeze(value).replace('—', '-');
                    default -> warnings.add(where + ": unknown head field 【" + label + "】");
                }
            }
        }
        for (; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            String t = b.text();
            Matcher ed = EDITOR.matcher(t);
            if (t.startsWith("*")) {
                if (NoteReader.isFundingNote(t)) {
                    funding.addAll(NoteReader.funding(t));
                } else {
                    authorNotes.addAll(NoteReader.authorNotes(t));
                }
            } else if (TRANSLATOR.matcher(t).matches()) {
                translators.addAll(NoteReader.translatorNote(t));
            } else if (ed.matches()) {
                editor = String.join("", Names.splitChinese(ed.group(1)));
            } else {
                body.accept(b);
            }
        }
        body.finish();
        return new ArticleDraft(start, column, titleText, bylineNames, authorNotes, translators, editor, funding,
                abstractZh, keywordsZh, clc, documentCode, articleNumber, body);
    }
}
