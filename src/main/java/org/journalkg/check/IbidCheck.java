package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class IbidCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.IBID;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
