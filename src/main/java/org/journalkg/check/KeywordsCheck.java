package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class KeywordsCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.KEYWORDS;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
