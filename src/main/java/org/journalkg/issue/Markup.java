package org.journalkg.issue;

import java.util.regex.Pattern;

/** The Markdown the PDF conversion added: emphasis stars, footnote carets, link brackets. */
public final class Markup {

    private static final Pattern STARS = Pattern.compile("\\*+");
    private static final Pattern ANGLE_URL = Pattern.compile("<((?:https?|ftp)://[^>\\s]+)>");

    private Markup() { }

    /** Text without emphasis markup and without angle brackets around URLs. */
    public static String strip(String s) {
        return ANGLE_URL.matcher(STARS.matcher(s).replaceAll("")).replaceAll("$1");
    }
}
