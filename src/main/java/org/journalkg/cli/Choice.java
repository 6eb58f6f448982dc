package org.journalkg.cli;

import java.util.List;
import java.util.Locale;
import org.journalkg.read.InputException;

/** The value of an option that takes one of a few words (--format json), in any case. */
final class Choice {

    private Choice() { }

    /** The value in lower case, or a one-line error: "--format docx: expected json, csl-json, bibtex or ris". */
    static String of(String option, String value, List<String> allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            String last = allowed.get(allowed.size() - 1);
            String list = allowed.size() == 1 ? last : String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + last;
            throw new InputException(option + " " + value + ": expected " + list);
        }
        return v;
    }
}
