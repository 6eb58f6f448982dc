package org.journalkg.check;

import java.util.Locale;

/** How much a finding matters: an error fails the check (exit 1), a warning asks for a look, info only informs. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
