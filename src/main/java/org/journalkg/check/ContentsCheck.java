package org.journalkg.check;

import java.util.List;

/** Not written yet: finds nothing. */
final class ContentsCheck implements Check {

    @Override
    public Kind kind() {
        return Kind.CONTENTS;
    }

    @Override
    public List<Finding> run(CheckInput input) {
        return List.of();
    }
}
