package org.journalkg.issue;

import java.util.List;

/** An author or translator of an article, with the affiliations its note gives. */
public record Contributor(Person person, List<Affiliation> affiliations, String note) {

    public Contributor {
        affiliations = List.copyOf(affiliations);
    }

    /** The current (not former) organizations, in note order. */
    public List<String> organizations() {
        return affiliations.stream().filter(a -> !a.former()).map(Affiliation::organization).toList();
    }
}
