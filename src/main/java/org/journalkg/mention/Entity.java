package org.journalkg.mention;

import java.util.List;
import java.util.Map;
import org.journalkg.issue.Lang;

/** An actor or concept of the knowledge base: its IRI, its class, its labels. */
public record Entity(String iri, String type, Map<Lang, String> prefLabels, List<Label> labels) {

    public Entity {
        prefLabels = Map.copyOf(prefLabels);
        labels = List.copyOf(labels);
    }

    /**
     * One label and its language tag (zh, ru, en). {@code commonWord}: the label is also a common
     * word or given name (Того, Chad, Turkey), marked jkg:commonWordLabel, so that a matcher can
     * take it only as written.
     */
    public record Label(String text, String lang, boolean commonWord) {

        /** A label that is no common word. */
        public Label(String text, String lang) {
            this(text, lang, false);
        }
    }

    public String label(Lang lang) {
        String l = prefLabels.get(lang);
        return l != null ? l : prefLabels.getOrDefault(Lang.EN, iri);
    }
}
