package org.journalkg.issue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies an article that has no issue and page to be known by: its title and its first
 * author, compared as letters and digits only (case, width, spaces and punctuation aside), so
 * the same article saved from a web page and from Word is recognised as one.
 * <pre>
 *   ArticleKey.of(article);     // "中俄美国际战略互动和全球治理体系建设|杨洁勉"
 *   ArticleKey.hash(article);   // 12 hex digits of its SHA-256, for IRIs
 * </pre>
 */
public final class ArticleKey {

    private ArticleKey() { }

    public static String of(Article a) {
        return Similarity.key(firstOf(a.title())) + "|" + (a.authors().isEmpty() ? "" : Similarity.key(firstOf(a.authors().get(0).person().name())));
    }

    public static String hash(Article a) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(of(a).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Chinese text where there is one, else the English, else the Russian. */
    private static String firstOf(Texts t) {
        for (Lang l : new Lang[] {Lang.ZH, Lang.EN, Lang.RU}) {
            if (t.get(l) != null) {
                return t.get(l);
            }
        }
        return "";
    }
}
