package org.journalkg.mention;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.journalkg.issue.CjkSpacing;

/**
 * Where the words of a Chinese text begin and end, by smartcn's segmentation. A run of Chinese
 * characters (between punctuation, spaces, digits or Latin letters) is segmented only when a
 * boundary inside it is asked for, and then once: segmenting every sentence of every issue would
 * cost far more than looking up the labels does.
 * <pre>
 *   new ChineseWords("其中方案可行。").isBoundary(2); // false: 其中 is one word
 * </pre>
 */
final class ChineseWords {

    /** smartcn's segmenter without the tokenizer around it, which is costly to make; it keeps no state. */
    private static final HHMMSegmenter SEGMENTER = new HHMMSegmenter();

    private final String text;
    /** Where a run of Chinese characters starts → the word boundaries in it, as offsets into the text. */
    private final Map<Integer, BitSet> segmented = new HashMap<>();

    ChineseWords(String text) {
        this.text = text;
    }

    /** True where no word is cut: at either end, next to anything not Chinese, or between two words. */
    boolean isBoundary(int i) {
        if (i <= 0 || i >= text.length() || !CjkSpacing.isHan(text.charAt(i - 1)) || !CjkSpacing.isHan(text.charAt(i))) {
            return true;
        }
        int start = i;
        while (start > 0 && CjkSpacing.isHan(text.charAt(start - 1))) {
            start--;
        }
        return segmented.computeIfAbsent(start, this::segment).get(i);
    }

    /** True where [start, end) is one or more whole words. */
    boolean isWords(int start, int end) {
        return isBoundary(start) && isBoundary(end);
    }

    /** True for a word smartcn knows: it does not split it when it stands alone. */
    static boolean isOneWord(String word) {
        return words(word).size() == 1;
    }

    private BitSet segment(int start) {
        int end = start;
        while (end < text.length() && CjkSpacing.isHan(text.charAt(end))) {
            end++;
        }
        BitSet boundaries = new BitSet();
        for (SegToken w : words(text.substring(start, end))) {
            boundaries.set(start + w.startOffset);
            boundaries.set(start + w.endOffset);
        }
        return boundaries;
    }

    private static List<SegToken> words(String run) {
        List<SegToken> tokens = SEGMENTER.process(run);
        // The first and last tokens mark where the sentence begins and ends; they are no words.
        return tokens.size() > 2 ? tokens.subList(1, tokens.size() - 1) : List.of();
    }
}
