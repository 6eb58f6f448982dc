package org.journalkg.layout;

import java.util.Locale;

/**
 * The layouts journal-kg reads. Each has one reader, and all end in the same records.
 * <ul>
 *   <li>{@code issue}: a whole issue of 《俄罗斯研究》 converted from PDF (contents, articles, abstract pages);</li>
 *   <li>{@code article}: one article in the journal's own conversion (column, byline with *, 【】 head fields, ① notes);</li>
 *   <li>{@code web}: web and CNKI full texts, text saved from Word ([n] markers, a 注释 list at the end);</li>
 *   <li>{@code markdown}: Markdown from pandoc and PDF converters ([^n] footnotes);</li>
 *   <li>{@code docx}: Word manuscripts, with real footnotes and endnotes;</li>
 *   <li>{@code jats}: JATS XML 1.1–1.3, archiving and publishing.</li>
 * </ul>
 */
public enum Layout {
    ISSUE, ARTICLE, WEB, MARKDOWN, DOCX, JATS;

    public String tag() { return name().toLowerCase(Locale.ROOT); }

    /** The layout named by {@code --layout}, or null for {@code auto}. */
    public static Layout parse(String name) {
        if (name == null || name.equalsIgnoreCase("auto")) {
            return null;
        }
        for (Layout l : values()) {
            if (l.tag().equalsIgnoreCase(name.strip())) {
                return l;
            }
        }
        throw new org.journalkg.read.InputException("unknown layout " + name + "; expected auto, issue, article, web, markdown, docx or jats");
    }
}
