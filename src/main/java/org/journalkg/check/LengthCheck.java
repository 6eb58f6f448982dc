package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class LengthCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.LENGTH;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
