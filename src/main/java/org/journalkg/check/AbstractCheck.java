package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class AbstractCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.ABSTRACT;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
