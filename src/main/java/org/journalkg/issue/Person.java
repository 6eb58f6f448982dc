package org.journalkg.issue;

import java.util.List;

/**
 * A person named in the issue: the chosen spelling per language, and every other spelling
 * the issue itself uses for the same person (table of contents, article head, abstract pages).
 */
public record Person(Texts name, List<String> variants) {

    public Person {
        variants = List.copyOf(variants);
    }

    public static Person zh(String zh) {
        return new Person(Texts.of(zh, null, null), List.of());
    }
}
