package org.journalkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.journalkg.layout.Layout;
import org.junit.jupiter.api.Timeout;

/** Any bytes read in the markdown layout end in records or an InputException, each within the timeout. */
class MarkdownFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "2s")
    void read(byte[] data) {
        Targets.read(data, Layout.MARKDOWN);
    }
}
