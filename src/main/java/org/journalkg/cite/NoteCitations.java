package org.journalkg.cite;

import java.util.List;

/**
 * What a footnote cites. {@code article} is the article's first page, {@code footnote} the
 * note's 1-based position in the article. {@code ibid} marks a "same as above" note
 * (同上, Ibid., Там же); {@code parsed} is false where the note names works the parser
 * could not read (it then cites nothing rather than something invented).
 */
public record NoteCitations(int article, int footnote, String text, boolean ibid, boolean parsed, List<Citation> citations) {

    public NoteCitations {
        citations = List.copyOf(citations);
    }
}
