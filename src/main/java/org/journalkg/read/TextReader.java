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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read (" + e.getMessage() + ")");
        }
        return decode(file.toString(), bytes);
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
            throw new InputException(name + ": the file is empty; expected the text of a journal issue");
        }
        String charset;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8";
            text = strict(StandardCharsets.UTF_8, bytes, 3, name);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE";
            text = strict(StandardCharsets.UTF_16LE, bytes, 2, name);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE";
            text = strict(StandardCharsets.UTF_16BE, bytes, 2, name);
        } else {
            if (looksBinary(bytes)) {
                throw new InputException(name + ": a binary file, not text; expected the text of a journal issue (UTF-8 or GB18030)");
            }
            String utf8 = tryDecode(StandardCharsets.UTF_8, bytes, 0);
            if (utf8 != null) {
                charset = "UTF-8";
                text = utf8;
            } else {
                charset = "GB18030";
                text = strict(Charset.forName("GB18030"), bytes, 0, name);
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\0') >= 0) {
            throw new InputException(name + ": a binary file, not text; expected the text of a journal issue (UTF-8 or GB18030)");
        }
        return new SourceText(name, text, charset);
    }

    private static String strict(Charset cs, byte[] bytes, int offset, String name) {
        String s = tryDecode(cs, bytes, offset);
        if (s == null) {
            throw new InputException(name + ": not valid " + cs.name() + " text; expected UTF-8 or GB18030");
        }
        return s;
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

    /** NUL bytes, or many control characters in the first 8 KiB, mean a binary file. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }
}
