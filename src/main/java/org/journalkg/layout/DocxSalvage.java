package org.journalkg.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of a damaged Word package that can still be read, packed again without the rest:
 * a file cut short (a download or a copy that stopped) keeps the parts before the cut, and a
 * part whose bytes were changed (its checksum no longer matches, or its XML no longer parses) is
 * left out while the others are kept. A .docx whose main document survives is then read, and
 * the reader says which parts were lost; one whose main document is lost stays unreadable.
 * <pre>
 *   DocxSalvage s = DocxSalvage.of(bytes);   // null: nothing could be read, or nothing was lost
 *   s.lost();                                // ["word/footnotes.xml", "word/settings.xml"]
 * </pre>
 */
record DocxSalvage(byte[] zip, List<String> lost, boolean cutShort) {

    private static final int NAME_MAX = 60;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Pattern PART_NAME = Pattern.compile("PartName\\s*=\\s*[\"']/([^\"']+)[\"']");

    /** The readable parts repacked, or null where no part was lost or no part could be read. */
    static DocxSalvage of(byte[] bytes) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        List<String> lost = new ArrayList<>();
        boolean cutShort = !fromDirectory(bytes, parts, lost, new long[] {limit(bytes)});
        if (cutShort) {
            parts.clear();
            lost.clear();
            fromStream(bytes, parts, lost, new long[] {limit(bytes)});
        }
        parts.entrySet().removeIf(p -> {
            boolean bad = isXml(p.getKey()) && !wellFormed(p.getValue());
            if (bad) {
                lost.add(p.getKey());
            }
            return bad;
        });
        // Parts the package declares that were never reached (past the cut) are lost as well.
        for (String declared : declaredParts(parts.get(CONTENT_TYPES))) {
            if (!parts.containsKey(declared) && !lost.contains(declared)) {
                lost.add(declared);
            }
        }
        if (parts.isEmpty() || (lost.isEmpty() && !cutShort)) {
            return null;
        }
        return new DocxSalvage(pack(parts), List.copyOf(lost), cutShort);
    }

    /** What the reader says: the damage, and the parts that were left out, those that matter most first. */
    String warning() {
        String how = damage();
        if (lost.isEmpty()) {
            return how + " after its last part; every part it declares was read";
        }
        List<String> names = lost.stream().sorted(Comparator.comparingInt(DocxSalvage::weight))
                .map(DocxSalvage::printable).toList();
        String shown = names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
        return how + ": " + lost.size() + " part(s) could not be read and were left out: " + shown
                + (lost.stream().anyMatch(n -> n.contains("footnotes") || n.contains("endnotes")) ? " (the notes are missing)" : "");
    }

    /** Why the file cannot be read where its main document (word/document.xml as Word writes it) is lost, else null. */
    String mainDocumentLost() {
        return lost.stream().filter(n -> n.startsWith("word/document")).findFirst()
                .map(n -> damage() + ": its main document " + printable(n) + " cannot be read").orElse(null);
    }

    private String damage() {
        return cutShort ? "the file is cut short" : "the file is damaged";
    }

    /** The parts whose loss a reader of the article feels come first in the warning: notes, then the rest. */
    private static int weight(String name) {
        return name.contains("footnotes") || name.contains("endnotes") ? 0
                : name.startsWith("word/document") ? 1
                : name.contains("numbering") || name.contains("styles") || name.contains("comments") ? 2 : 3;
    }

    // ---- reading the parts ----

    /**
     * Every part listed in the package's directory, read by random access, so that one bad part
     * does not hide those after it. False where the directory cannot be read (a file cut short).
     */
    private static boolean fromDirectory(byte[] bytes, Map<String, byte[]> parts, List<String> lost, long[] budget) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (e.isDirectory()) {
                    continue;
                }
                try {
                    byte[] data = bounded(zip.getInputStream(e), budget);
                    if (data == null) {
                        lost.add(e.getName());
                    } else {
                        keep(e, data, parts, lost);
                    }
                } catch (IOException | RuntimeException | LinkageError ex) {
                    lost.add(e.getName());
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The parts in the order they are stored, up to the first that cannot be read whole (where the file stops). */
    private static void fromStream(byte[] bytes, Map<String, byte[]> parts, List<String> lost, long[] budget) {
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", false, true)) {
            for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] data;
                try {
                    data = bounded(zip, budget);
                } catch (IOException | RuntimeException | LinkageError ex) {
                    lost.add(e.getName());
                    return;
                }
                if (data == null) {
                    lost.add(e.getName());
                    return;
                }
                keep(e, data, parts, lost);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // The stream ends here: what was read whole is kept.
        }
    }

    /**
     * All parts together at most 100 bytes out for every byte of the file (POI's own bound on how
     * far a part may inflate) and 1 MB more: damaged lengths, or a directory whose entries all point
     * at the same data, cannot fill the memory.
     */
    private static long limit(byte[] bytes) {
        return 100L * bytes.length + (1 << 20);
    }

    /** The stream's bytes, taken from what is left of the budget; null where they would exceed it. */
    private static byte[] bounded(InputStream in, long[] budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            budget[0] -= n;
            if (budget[0] < 0) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A part whose checksum is known and does not match is lost, whatever its bytes say. */
    private static void keep(ZipArchiveEntry e, byte[] data, Map<String, byte[]> parts, List<String> lost) {
        CRC32 crc = new CRC32();
        crc.update(data);
        if (e.getCrc() != -1 && e.getCrc() != crc.getValue()) {
            lost.add(e.getName());
        } else {
            parts.putIfAbsent(e.getName(), data);
        }
    }

    /** The parts [Content_Types].xml names one by one (its Override elements), in its order. */
    private static List<String> declaredParts(byte[] contentTypes) {
        List<String> out = new ArrayList<>();
        if (contentTypes != null) {
            Matcher m = PART_NAME.matcher(new String(contentTypes, StandardCharsets.UTF_8));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    /** Parses without DTDs or external entities, as POI does. */
    private static boolean wellFormed(byte[] xml) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler());
            return true;
        } catch (SAXException | IOException e) {
            return false;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
    }

    private static byte[] pack(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** A part's name as a one-line message may show it: no control characters, at most 60 characters. */
    static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= NAME_MAX ? clean : clean.substring(0, NAME_MAX - 1) + "…";
    }
}
