package org.journalkg.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to text. Chinese users often save files in GB18030/GBK, with a byte-order mark or
 * with CRLF line ends; all of these read exactly like the UTF-8 original.
 * <pre>
 *   SourceText t = TextReader.read(Path.of("data/russian-studies-2026-02.md"));
 * </pre>
 */
public final class TextReader {

    /** The issue bundled with the product, read from the classpath. */
    public static final String BUNDLED = "data/russian-studies-2026-02.md";

    private TextReader() { }

    public static SourceText read(Path file) {
        return decode(file.toString(), bytes(file));
    }

    /** A file's bytes; a missing or unreadable file is bad input naming it. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    public static SourceText readBundled() {
        try (InputStream in = TextReader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new InputException(BUNDLED + ": the bundled issue is missing from the jar");
            }
            return decode("bundled:" + BUNDLED, in.readAllBytes());
        } catch (IOException e) {
            throw new InputException(BUNDLED + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Decodes and normalizes; {@code name} appears in every error message. */
    public static SourceText decode(String name, byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new InputException(name + ": the file is empty; expected the text of a journal issue or article");
        }
        List<String> warnings = new ArrayList<>();
        String charset;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8";
            text = lenient(StandardCharsets.UTF_8, bytes, 3, name, warnings);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE";
            text = lenient(StandardCharsets.UTF_16LE, bytes, 2, name, warnings);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE";
            text = lenient(StandardCharsets.UTF_16BE, bytes, 2, name, warnings);
        } else {
            if (looksBinary(bytes)) {
                throw new InputException(name + ": a binary file, not text; expected the text of a journal issue or article (UTF-8 or GB18030)");
            }
            String utf8 = tryDecode(StandardCharsets.UTF_8, bytes, 0);
            String gb = utf8 != null ? null : tryDecode(Charset.forName("GB18030"), bytes, 0);
            if (utf8 != null) {
                charset = "UTF-8";
                text = utf8;
            } else if (gb != null) {
                charset = "GB18030";
                text = gb;
            } else {
                // Neither reads cleanly: the one with fewer bad bytes is the file's, if they are few.
                Charset cs = badBytes(StandardCharsets.UTF_8, bytes) <= badBytes(Charset.forName("GB18030"), bytes)
                        ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
                charset = cs.name();
                text = lenient(cs, bytes, 0, name, warnings);
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        text = withoutControls(text, warnings);
        return new SourceText(name, text, charset, warnings);
    }

    /** At most this share of a file's bytes may be unreadable; more means it is not text in that encoding. */
    private static final double BAD_SHARE = 0.001;

    /**
     * Decodes with U+FFFD for bytes the encoding cannot read, where they are few, and says on which
     * lines; a file mostly unreadable is refused naming its first bad line.
     */
    private static String lenient(Charset cs, byte[] bytes, int offset, String name, List<String> warnings) {
        String strict = tryDecode(cs, bytes, offset);
        if (strict != null) {
            return strict;
        }
        String text = replacing(cs, bytes, offset);
        List<Integer> lines = new ArrayList<>();
        int bad = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\uFFFD') {
                bad++;
                if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                    lines.add(line);
                }
            }
        }
        String where = lines.size() <= 5 ? lines.toString() : lines.subList(0, 5) + " and " + (lines.size() - 5) + " more";
        if (bad > Math.max(1, bytes.length * BAD_SHARE)) {
            throw new InputException(name + ": not text in UTF-8 or GB18030 (tried both): " + bad + " unreadable byte sequences in "
                    + cs.name() + ", the first on line " + lines.get(0));
        }
        warnings.add("line " + lines.get(0) + ": " + bad + " unreadable byte sequence(s) in " + cs.name() + " replaced by U+FFFD, on line(s) "
                + where.replaceAll("[\\[\\]]", ""));
        return text;
    }

    private static String replacing(Charset cs, byte[] bytes, int offset) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    private static int badBytes(Charset cs, byte[] bytes) {
        String t = replacing(cs, bytes, 0);
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    /** NUL and other control characters (tab and line end aside) never reach the graph; where they stood is said. */
    private static String withoutControls(String text, List<String> warnings) {
        StringBuilder out = null;
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                    lines.add(line);
                }
                continue;
            }
            if (c == '\n') {
                line++;
            }
            if (out != null) {
                out.append(c);
            }
        }
        if (out == null) {
            return text;
        }
        String where = lines.size() <= 5 ? lines.toString() : lines.subList(0, 5) + " and " + (lines.size() - 5) + " more";
        warnings.add("line " + lines.get(0) + ": control characters taken out, on line(s) " + where.replaceAll("[\\[\\]]", ""));
        return out.toString();
    }

    private static String tryDecode(Charset cs, byte[] bytes, int offset) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** True where the bytes begin with these (unsigned) values: a file's magic number. */
    public static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Many control bytes (NUL among them) in the first 8 KiB mean a binary file. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            // A stray NUL in a text is repaired later; a binary file has many control bytes.
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }
}
