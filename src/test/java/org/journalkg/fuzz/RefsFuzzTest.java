package org.journalkg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** Any bytes given to {@code refs} end in entries or an InputException, each within the timeout. */
class RefsFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "2s")
    void refs(byte[] data) {
        Targets.refs(data);
    }
}
