package org.journalkg.mention;

/**
 * An entity named in a text part: the characters [start, end) of the part's text, the words as
 * written, and the sentence that carries them with its offset in the part.
 */
public record Mention(Entity entity, TextPart part, int start, int end, String exact, String sentence, int sentenceStart) {

    public String prefix() {
        return part.text().substring(Math.max(0, start - 32), start);
    }

    public String suffix() {
        return part.text().substring(end, Math.min(part.text().length(), end + 32));
    }
}
