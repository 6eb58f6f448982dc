package org.journalkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journalkg.read.SourceText;

/**
 * A scale corpus: N issues in the bundled format, each renumbered (year, number, cumulative
 * number, article numbers) so that it is a distinct issue: the first is the bundled 2026 No. 2,
 * the next 2026 No. 3, and so on, six a year.
 * <pre>
 *   List&lt;Path&gt; files = Corpus.write(TextReader.readBundled(), 20, Path.of("target/corpus"));
 * </pre>
 */
public final class Corpus {

    private static final int YEAR = 2026;
    private static final int NUMBER = 2;
    private static final int CUMULATIVE = 258;

    private Corpus() { }

    public static List<Path> write(SourceText bundled, int issues, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            int k = NUMBER - 1 + i;
            int year = YEAR + k / 6;
            int number = k % 6 + 1;
            Path file = dir.resolve(String.format("russian-studies-%d-%02d.md", year, number));
            Files.writeString(file, renumber(bundled.text(), year, number, CUMULATIVE + i), StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    /** The issue's own numbers only: years and numbers cited in footnotes stay as they are. */
    static String renumber(String text, int year, int number, int cumulative) {
        return text.replace(YEAR + "年 第" + NUMBER + "期", year + "年 第" + number + "期")
                .replace(YEAR + " 年第 " + NUMBER + " 期 (双月刊)", year + " 年第 " + number + " 期 (双月刊)")
                .replace(YEAR + "年第" + NUMBER + "期(总第" + CUMULATIVE + "期)", year + "年第" + number + "期(总第" + cumulative + "期)")
                .replace("1009-721X(" + YEAR + ")0" + NUMBER + "-", "1009-721X(" + year + ")" + String.format("%02d", number) + "-");
    }
}
