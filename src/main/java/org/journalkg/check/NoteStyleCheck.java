package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class NoteStyleCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.NOTE_STYLE;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
