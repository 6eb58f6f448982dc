package org.journalkg.cli;

import java.io.PrintStream;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.cite.CslStyle;
import org.journalkg.read.InputException;
import picocli.CommandLine.Option;

/** --style STYLE [--output-format text|html] [--locale TAG]: a bibliography in a CSL style, shared by citations and refs. */
final class StyleOptions {

    @Option(names = "--style", paramLabel = "STYLE",
            description = "Print a bibliography in this CSL style instead: apa, chicago-note-bibliography, chicago-author-date, "
                    + "modern-language-association, gost-r-7-0-5-2008, chinese-gb7714-2005-numeric, or any id of the CSL styles.")
    String style;

    @Option(names = "--output-format", paramLabel = "text|html",
            description = "With --style: text (one entry a line, default) or html (citeproc's HTML bibliography).")
    String outputFormat;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "With --style: the CSL locale, such as en-US, zh-CN, ru-RU (default: the style's own).")
    String locale;

    /** True where --style was given; a one-line error where --output-format or --locale comes without it, or --format with it. */
    boolean given(String format) {
        if (style == null) {
            if (outputFormat != null || locale != null) {
                throw new InputException((outputFormat != null ? "--output-format" : "--locale") + " needs --style");
            }
            return false;
        }
        if (format != null) {
            throw new InputException("--format and --style: give one of them");
        }
        return true;
    }

    /** The items as a bibliography in the style, in their order. */
    void print(List<JsonObject> items, PrintStream out) {
        String f = Choice.of("--output-format", outputFormat == null ? "text" : outputFormat, List.of("text", "html"));
        CslStyle s = CslStyle.load(style, locale);
        if (f.equals("html")) {
            String html = s.html(items);
            out.print(html.endsWith("\n") ? html : html + "\n");
        } else {
            s.entries(items).forEach(e -> out.println(e.replaceAll("\\s*\\R\\s*", " ")));
        }
        out.flush();
    }
}
