package org.journalkg.issue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article number Chinese journals print (文章编号): ISSN, year, issue, first page and the
 * number of pages. {@code 1009-721X(2026)02-0121(25)} is pp. 121–145 of 2026 No. 2.
 * <pre>
 *   ArticleNumber n = ArticleNumber.parse("1009-721X(2026)02-0121(25)");
 *   n.lastPage();   // 145
 * </pre>
 */
public record ArticleNumber(String issn, int year, int number, int firstPage, int pages) {

    private static final Pattern FORM = Pattern.compile("^(.+?)\\s*[(（]\\s*(\\d{4})\\s*[)）]\\s*(\\d{1,2})\\s*[-—–]\\s*(\\d{1,4})\\s*[(（]\\s*(\\d{1,4})\\s*[)）]$");

    /** The parts of a printed article number, or null where it is not in this form. */
    public static ArticleNumber parse(String printed) {
        if (printed == null) {
            return null;
        }
        Matcher m = FORM.matcher(CjkSpacing.squeeze(printed).replace('—', '-'));
        if (!m.matches()) {
            return null;
        }
        return new ArticleNumber(m.group(1).replaceAll("[—–－‐]", "-"), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }

    public int lastPage() { return firstPage + pages - 1; }
}
