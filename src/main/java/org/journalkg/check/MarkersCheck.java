package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class MarkersCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.MARKERS;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
