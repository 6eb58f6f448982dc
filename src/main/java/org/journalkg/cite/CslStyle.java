package org.journalkg.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.journalkg.issue.Similarity;
import org.journalkg.read.InputException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A bibliography style of the Citation Style Language, applied by citeproc-java to the CSL-JSON
 * items that {@link CslJson} writes: the official styles (apa, gost-r-7-0-5-2008,
 * chinese-gb7714-2005-numeric, …) and locales come from their jars on the classpath.
 * Not a grammar: the grammars that read notes are {@link NoteParser}'s.
 * <pre>
 *   CslStyle apa = CslStyle.load("apa", null);          // the style's own default locale
 *   List&lt;String&gt; lines = apa.entries(items);          // one plain-text entry per item
 *   String html = apa.html(items);
 * </pre>
 */
public final class CslStyle {

    /** A style known to be in the styles jar: where it is tells which jar holds them all. */
    private static final String KNOWN_STYLE = "apa.csl";
    private static final String DEPENDENT = "dependent/";
    /** Styles a reader of this journal is likely to want, first among the suggestions for an unknown id. */
    private static final List<String> WELL_KNOWN = List.of("apa", "chicago-note-bibliography", "chicago-author-date",
            "modern-language-association", "gost-r-7-0-5-2008", "gost-r-7-0-5-2008-numeric", "chinese-gb7714-2005-numeric",
            "chinese-gb7714-2005-author-date", "harvard-cite-them-right", "ieee", "vancouver");
    private static Map<String, Boolean> listing;

    private final String id;
    private final String parent;
    private final String locale;

    private CslStyle(String id, String parent, String locale) {
        this.id = id;
        this.parent = parent;
        this.locale = locale;
    }

    /**
     * The style with this CSL id (a file name of the styles jar without ".csl", a dependent
     * style too), in {@code locale} (en-US, zh-CN, ru-RU…) or, where null, its default locale.
     * An unknown id or locale is a one-line {@link InputException}.
     */
    public static CslStyle load(String id, String locale) {
        String name = id.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.csl$", "");
        String xml = name.matches("[a-z0-9][a-z0-9._-]*") ? resource(name + ".csl") : null;
        String parent = name;
        if (xml == null && name.matches("[a-z0-9][a-z0-9._-]*")) {
            xml = resource(DEPENDENT + name + ".csl");
            if (xml != null) {
                String href = link(xml, "independent-parent");
                parent = href == null ? null : href.substring(href.lastIndexOf('/') + 1);
                if (parent == null || resource(parent + ".csl") == null) {
                    throw new InputException("--style " + id + ": its parent style " + href + " is not in the styles jar");
                }
            }
        }
        if (xml == null) {
            throw new InputException("--style " + id + ": no such CSL style; close ones: " + String.join(", ", closest(name, 5)));
        }
        String lang = locale != null ? locale : defaultLocale(xml);
        if (lang == null && !parent.equals(name)) {
            lang = defaultLocale(resource(parent + ".csl"));
        }
        return new CslStyle(name, parent, localeFile(lang == null ? "en-US" : lang, locale != null));
    }

    /** The style's CSL id, as asked for. */
    public String id() {
        return id;
    }

    /** The locale the style is applied in, as its locale file names it: zh-CN. */
    public String locale() {
        return locale;
    }

    /** One plain-text entry per item that the style renders, in the items' order. */
    public List<String> entries(List<JsonObject> items) {
        Bibliography b = processor(data(items), "text").makeBibliography();
        List<String> out = new ArrayList<>();
        for (String e : b.getEntries()) {
            out.add(e.strip());
        }
        return out;
    }

    /**
     * For each item, its plain-text entry as it stands in the bibliography of all of them
     * (numbered styles count through the list), or "" where the style renders nothing.
     */
    public List<String> each(List<JsonObject> items) {
        List<CSLItemData> data = data(items);
        CSL csl = processor(data, "text");
        List<String> out = new ArrayList<>();
        for (CSLItemData d : data) {
            String[] e = csl.makeBibliography(x -> x.getId().equals(d.getId())).getEntries();
            out.add(e.length == 0 ? "" : e[0].strip());
        }
        return out;
    }

    /** citeproc's HTML bibliography of the items, in their order. */
    public String html(List<JsonObject> items) {
        return processor(data(items), "html").makeBibliography().makeString();
    }

    private CSL processor(List<CSLItemData> data, String format) {
        try {
            CSL csl = new CSL(new ListItemDataProvider(data), new DefaultLocaleProvider(), null, parent, locale);
            csl.setOutputFormat(format);
            // The items' own order: numbered styles number the works as they were first cited.
            csl.registerCitationItems(data.stream().map(CSLItemData::getId).toList(), true);
            return csl;
        } catch (IOException e) {
            throw new UncheckedIOException("CSL style " + id + ": " + e.getMessage(), e);
        }
    }

    /** citeproc's items from the CSL-JSON ones, with ids of their position where ids repeat or lack. */
    private static List<CSLItemData> data(List<JsonObject> items) {
        List<CSLItemData> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String json = JSON.toStringFlat(items.get(i));
            Map<String, Object> map;
            try {
                map = new JsonParser(new JsonLexer(new StringReader(json))).parseObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Object id = map.get("id");
            if (!(id instanceof String s) || !seen.add(s)) {
                map.put("id", "item-" + (i + 1));
                seen.add("item-" + (i + 1));
            }
            out.add(CSLItemData.fromJson(map));
        }
        return out;
    }

    /** Every style id the styles jar holds, independent and dependent, sorted. */
    public static List<String> ids() {
        return List.copyOf(listing().keySet());
    }

    /** Style id → true where it is a dependent style, for every style of the styles jar. */
    private static synchronized Map<String, Boolean> listing() {
        if (listing == null) {
            TreeMap<String, Boolean> out = new TreeMap<>();
            URL known = CslStyle.class.getClassLoader().getResource(KNOWN_STYLE);
            if (known != null) {
                try {
                    URLConnection c = known.openConnection();
                    if (c instanceof JarURLConnection jar) {
                        jar.setUseCaches(false);
                        try (JarFile f = jar.getJarFile()) {
                            Enumeration<JarEntry> e = f.entries();
                            while (e.hasMoreElements()) {
                                String n = e.nextElement().getName();
                                boolean dependent = n.startsWith(DEPENDENT) && n.indexOf('/', DEPENDENT.length()) < 0;
                                if (n.endsWith(".csl") && (n.indexOf('/') < 0 || dependent)) {
                                    out.putIfAbsent(n.substring(n.lastIndexOf('/') + 1, n.length() - 4), dependent);
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    // No listing: an unknown id is still refused, only without suggestions.
                }
            }
            listing = out;
        }
        return listing;
    }

    /**
     * The n ids nearest to a name: first a style the name abbreviates (mla) or a well-known one
     * that contains it, then those that start with it, then those that contain it, independent
     * styles before dependent ones, then, for names of six letters or more, those a typo
     * or two away (as a whole or as a start), then the well-known ones.
     */
    static List<String> closest(String name, int n) {
        Map<String, Boolean> all = listing();
        if (all.isEmpty()) {
            return WELL_KNOWN.subList(0, Math.min(n, WELL_KNOWN.size()));
        }
        Comparator<String> c = Comparator.<String>comparingInt(s -> acronym(s).equals(name) || (WELL_KNOWN.contains(s) && s.contains(name)) ? 0
                        : s.startsWith(name) ? 1 : s.contains(name) ? 2 : 3)
                .thenComparing(all::get)
                .thenComparingInt(s -> name.length() < 6 ? 3 : Math.min(3, Math.min(Similarity.distance(name, s),
                        Similarity.distance(name, s.substring(0, Math.min(s.length(), name.length()))))))
                .thenComparingInt(s -> WELL_KNOWN.contains(s) ? WELL_KNOWN.indexOf(s) : WELL_KNOWN.size())
                .thenComparingInt(String::length)
                .thenComparing(Comparator.naturalOrder());
        return all.keySet().stream().sorted(c).limit(n).toList();
    }

    /** The initials of an id's words: modern-language-association → mla. */
    private static String acronym(String id) {
        StringBuilder b = new StringBuilder();
        for (String w : id.split("-")) {
            if (!w.isEmpty()) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** The locale file's name for a language tag: zh-CN as given, de as de-DE, its primary dialect. */
    private static String localeFile(String lang, boolean asked) {
        String tag = lang.replace('_', '-');
        if (tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]+)*")) {
            String[] p = tag.split("-");
            StringBuilder b = new StringBuilder(p[0].toLowerCase(Locale.ROOT));
            for (int i = 1; i < p.length; i++) {
                b.append('-').append(p[i].length() == 2 ? p[i].toUpperCase(Locale.ROOT) : p[i]);
            }
            tag = b.toString();
            if (exists("locales-" + tag + ".xml")) {
                return tag;
            }
            String primary = p[0].toLowerCase(Locale.ROOT);
            for (String guess : List.of(primary + "-" + primary.toUpperCase(Locale.ROOT), primary + "-US", primary + "-CN", primary + "-GB")) {
                if (exists("locales-" + guess + ".xml")) {
                    return guess;
                }
            }
        }
        if (asked) {
            throw new InputException("--locale " + lang + ": no such CSL locale; expected a tag such as en-US, zh-CN or ru-RU");
        }
        return "en-US";
    }

    private static boolean exists(String resource) {
        return CslStyle.class.getClassLoader().getResource(resource) != null;
    }

    private static String resource(String name) {
        try (InputStream in = CslStyle.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root element of a style's XML, read without fetching anything. */
    private static Element root(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("a CSL style that is not XML: " + e.getMessage(), e);
        }
    }

    private static String defaultLocale(String xml) {
        String l = root(xml).getAttribute("default-locale");
        return l.isBlank() ? null : l.strip();
    }

    private static String link(String xml, String rel) {
        NodeList links = root(xml).getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            if (rel.equals(l.getAttribute("rel"))) {
                return l.getAttribute("href");
            }
        }
        return null;
    }
}
