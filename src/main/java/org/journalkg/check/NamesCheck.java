package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class NamesCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.NAMES;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
