package org.journalkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.journalkg.layout.Layout;
import org.junit.jupiter.api.Timeout;

/** Any bytes read in the issue layout end in records or an InputException, each within the timeout. */
class IssueFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "2s")
    void read(byte[] data) {
        Targets.read(data, Layout.ISSUE);
    }
}
