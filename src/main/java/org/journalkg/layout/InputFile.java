package org.journalkg.layout;

/**
 * One input as bytes, before any layout is chosen: a Word file or an XML file is not decoded
 * as plain text. {@code name} is how every message refers to it.
 */
public record InputFile(String name, byte[] bytes) {

    /** True where the bytes open as a ZIP archive (a .docx is one). */
    public boolean isZip() {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
