package org.journalkg.layout;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.journalkg.issue.ArticleAssembler;
import org.journalkg.issue.CjkSpacing;
import org.journalkg.issue.BodyReader;
import org.journalkg.issue.Funding;
import org.journalkg.issue.Issue;
import org.journalkg.issue.Lang;
import org.journalkg.issue.NoteReader;
import org.journalkg.issue.Texts;
import org.journalkg.read.InputException;

/**
 * Reads one article in JATS XML (1.1–1.3, archiving or publishing tag set) by handing what its
 * tags mark to {@link ArticleAssembler}, which cleans, pairs and checks as for every layout.
 * <pre>
 *   Issue one = JatsReader.read(new InputFile("article.xml", Files.readAllBytes(path)));
 *   Article a = one.articles().get(0);
 *   a.title().get(Lang.ZH);     // 中俄美国际战略互动和全球治理体系建设
 * </pre>
 * Choices a reader of the result should know:
 * <ul>
 *   <li>Nothing is fetched: the DTD a DOCTYPE names is never loaded, so the named entities it
 *   would declare (&amp;nbsp;, &amp;mdash;, …) are taken from a small table here; an unknown one
 *   stays as written.</li>
 *   <li>XML writers wrap and indent lines. A whitespace run becomes one space, except that a run
 *   holding a line break next to a Chinese character or full-width punctuation goes entirely
 *   (2015⏎年 → 2015年, 合作⏎组织 → 合作组织): some writers wrap inside Chinese words, and a wrap
 *   cannot be told from a space. The price: where a writer wrapped at a space the text had
 *   (pandoc wraps only there), that space is lost too (2016 年 → 2016年).</li>
 *   <li>References count as notes: every {@code ref} of a {@code ref-list} becomes one, paired
 *   through the markers a {@code xref ref-type="bibr"} leaves after its own text. A reference
 *   no xref cites keeps the assembler's "has no marker" warning: its place in the text is not
 *   known, and a reference list read as notes should say so rather than invent a place.</li>
 *   <li>An {@code element-citation} is written out in the journal's note style of its language
 *   (Chinese, GOST, English), so that the citation parser downstream reads it like a printed
 *   note; a {@code mixed-citation} is taken as printed, italics as *…*.</li>
 *   <li>Ordered list items keep their number (1. …), as the printed article shows it. Tables and
 *   figures become their caption; footnotes and references cited inside them get their markers
 *   at the end of that caption, where the float stands in the text.</li>
 *   <li>A {@code bio} or author note becomes an author note only where it opens with a Chinese
 *   name and ，, the one form the author-note reader knows; an award group without an award id
 *   gives no grant (a grant needs its number), its funding statement still is read.</li>
 * </ul>
 */
public final class JatsReader {

    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    /** Elements that may stand inside a {@code p} yet are blocks of their own. */
    private static final Set<String> BLOCKS_IN_P = Set.of("list", "disp-quote", "table-wrap", "fig", "boxed-text",
            "def-list", "fig-group", "table-wrap-group", "statement", "speech", "verse-group");
    private static final Set<String> SKIPPED = Set.of("sub-article", "response");
    private static final Set<String> CITATIONS = Set.of("mixed-citation", "element-citation", "nlm-citation", "citation");
    private static final Pattern CHINESE_NAME_LEAD = Pattern.compile("^\\p{IsHan}{2,4}\\s*[，,]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern ROW = Pattern.compile("\\[row,col\\]:\\[(\\d{1,9}),");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"),
            Map.entry("thinsp", "\u2009"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("middot", "·"),
            Map.entry("times", "×"), Map.entry("deg", "°"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("shy", "\u00AD"), Map.entry("minus", "−"), Map.entry("bull", "•"));

    /** PARAGRAPH leaves footnote markers; TITLE drops them; NOTE drops them and keeps italics as *…*. */
    private enum Mode { PARAGRAPH, TITLE, NOTE }

    private final ArticleAssembler assembler;
    private final El root;
    private final Lang articleLang;
    private final Map<String, El> byId = new HashMap<>();
    private final Map<El, String> noteIds = new IdentityHashMap<>();

    private JatsReader(String source, El root) {
        this.assembler = new ArticleAssembler(source);
        this.root = root;
        this.articleLang = langOf(root);
        root.walk(e -> {
            if (e.attr("id") != null) {
                byId.putIfAbsent(e.attr("id").strip(), e);
            }
        });
    }

    /** Reads a JATS 1.1–1.3 article (archiving or publishing tag set) into an Issue holding that one article. */
    public static Issue read(InputFile file) {
        return read(file, null);
    }

    /**
     * Reads from {@code text} where the caller has decoded the file already (UTF-8 or UTF-16, with
     * a few bad bytes repaired and warned of), else from the bytes in the encoding the XML declares.
     */
    public static Issue read(InputFile file, String text) {
        Tree tree = parse(file, text);
        JatsReader r = new JatsReader(file.name(), tree.root);
        if (tree.cutAt > 0) {
            r.assembler.warn(tree.cutAt, "the file is cut short inside <" + tree.openPath()
                    + ">: what stands before it is read, the rest of the article is missing");
        }
        r.nameNotes();
        r.warnSkipped();
        r.journalMeta();
        r.articleMeta();
        r.body();
        r.notes();
        return r.assembler.finish();
    }

    // ---- the XML ----

    /** One element with its line; children are Strings (text) and Els in document order. */
    private static final class El {
        final String name;
        final Map<String, String> attrs;
        final int line;
        final El parent;
        final List<Object> kids = new ArrayList<>();

        El(String name, Map<String, String> attrs, int line, El parent) {
            this.name = name;
            this.attrs = attrs;
            this.line = line;
            this.parent = parent;
        }

        String attr(String key) { return attrs.get(key); }

        boolean is(String... names) { return List.of(names).contains(name); }

        List<El> elements() {
            return kids.stream().filter(k -> k instanceof El).map(k -> (El) k).toList();
        }

        List<El> children(String childName) {
            return elements().stream().filter(e -> e.name.equals(childName)).toList();
        }

        El child(String childName) {
            return elements().stream().filter(e -> e.name.equals(childName)).findFirst().orElse(null);
        }

        /** Descendants in document order, not entering sub-articles. */
        List<El> find(String... names) {
            List<El> out = new ArrayList<>();
            Set<String> wanted = Set.of(names);
            walk(e -> {
                if (e != this && wanted.contains(e.name)) {
                    out.add(e);
                }
            });
            return out;
        }

        void walk(Consumer<El> visit) {
            visit.accept(this);
            for (El e : elements()) {
                if (!SKIPPED.contains(e.name)) {
                    e.walk(visit);
                }
            }
        }

        boolean within(String ancestor) {
            for (El p = parent; p != null; p = p.parent) {
                if (p.name.equals(ancestor)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Tree parse(InputFile file, String text) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Undeclared entities (the DTD is never read) then arrive as references instead of failing.
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
        // Problems come back as the one-line error below, not as the parser's own lines on stderr.
        f.setXMLReporter((message, type, info, location) -> { });
        XMLStreamReader r = null;
        Tree tree = new Tree();
        try {
            r = text != null ? f.createXMLStreamReader(new java.io.StringReader(text))
                    : f.createXMLStreamReader(new ByteArrayInputStream(file.bytes()));
            tree.read(r, file.name());
            return tree;
        } catch (XMLStreamException e) {
            int line = lineOf(e);
            // A file cut short (an interrupted download or copy) fails at its last line with elements still
            // open: what came before is whole and is read, with a warning. Damage before the end still fails.
            if (tree.root != null && !tree.open.isEmpty() && line >= lastLine(file, text)) {
                tree.cutAt = line;
                return tree;
            }
            throw new InputException(file.name() + ": not well-formed XML at line " + line + ": " + problemOf(e));
        } finally {
            close(r);
        }
    }

    /** The elements read so far, and where a file cut short ended (0 where it is whole). */
    private static final class Tree {
        final Deque<El> open = new ArrayDeque<>();
        El root;
        int cutAt;

        void read(XMLStreamReader r, String source) throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    El e = new El(r.getLocalName(), attributes(r), r.getLocation().getLineNumber(), open.peek());
                    if (root == null) {
                        root = rootOf(e, source);
                    } else {
                        open.peek().kids.add(e);
                    }
                    open.push(e);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                } else if (!open.isEmpty() && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    open.peek().kids.add(r.getText());
                } else if (!open.isEmpty() && event == XMLStreamConstants.ENTITY_REFERENCE) {
                    open.peek().kids.add(entity(r.getLocalName(), r.getText()));
                }
            }
        }

        /** The elements open where the file stopped, outermost first: article/body/sec/p. */
        String openPath() {
            List<String> names = new ArrayList<>();
            open.descendingIterator().forEachRemaining(e -> names.add(e.name));
            return String.join("/", names);
        }
    }

    /** The number of the file's last line that holds more than white space. */
    private static int lastLine(InputFile file, String text) {
        // Line breaks are the same bytes in every encoding an XML file declares but UTF-16, which comes as text.
        String s = text != null ? text : new String(file.bytes(), StandardCharsets.ISO_8859_1);
        String kept = s.stripTrailing();
        return (int) kept.chars().filter(c -> c == '\n').count() + 1;
    }

    private static El rootOf(El e, String source) {
        if (!e.name.equals("article")) {
            throw new InputException(source + ": not a JATS article (root element <" + e.name + ">)");
        }
        return e;
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String local = r.getAttributeLocalName(i);
            String key = XMLConstants.XML_NS_URI.equals(ns) ? "xml:" + local : XLINK_NS.equals(ns) ? "xlink:" + local : local;
            out.put(key, r.getAttributeValue(i));
        }
        return out;
    }

    private static String entity(String name, String declared) {
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        return ENTITIES.getOrDefault(name, "&" + name + ";");
    }

    private static int lineOf(XMLStreamException e) {
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            return e.getLocation().getLineNumber();
        }
        Matcher m = ROW.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** The parser's message without its "ParseError at [row,col]" head, on one line. */
    private static String problemOf(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message:");
        if (at >= 0) {
            m = m.substring(at + "Message:".length());
        }
        return m.replaceAll("\\s+", " ").strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a byte array cannot lose data
            }
        }
    }

    // ---- languages ----

    /** The language xml:lang gives the element or its nearest ancestor; JATS's default is English. */
    private static Lang langOf(El e) {
        for (El x = e; x != null; x = x.parent) {
            if (x.attr("xml:lang") != null) {
                return lang(x.attr("xml:lang"));
            }
        }
        return Lang.EN;
    }

    private static Lang lang(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("zh") || t.equals("zh-cn") || t.startsWith("zh-hans")) {
            return Lang.ZH;
        }
        if (t.startsWith("ru")) {
            return Lang.RU;
        }
        return t.startsWith("en") ? Lang.EN : null;
    }

    private static Lang script(String s) {
        if (s.matches("(?s).*\\p{IsHan}.*")) {
            return Lang.ZH;
        }
        if (s.matches("(?s).*\\p{IsCyrillic}.*")) {
            return Lang.RU;
        }
        return s.matches("(?s).*\\p{IsLatin}.*") ? Lang.EN : null;
    }

    // ---- text ----

    private String text(El e, Mode mode) {
        return e == null ? "" : mode == Mode.NOTE ? squashNote(render(e, mode)) : squash(render(e, mode));
    }

    /** The text of {@code e} without the children named in {@code skip}. */
    private String textExcept(El e, Mode mode, String... skip) {
        String raw = textExceptRaw(e, mode, skip);
        return mode == Mode.NOTE ? squashNote(raw) : squash(raw);
    }

    private String textExceptRaw(El e, Mode mode, String... skip) {
        StringBuilder out = new StringBuilder();
        for (Object k : e.kids) {
            if (!(k instanceof El x && x.is(skip))) {
                append(out, k, mode);
            }
        }
        return out.toString();
    }

    private String render(El e, Mode mode) {
        StringBuilder out = new StringBuilder();
        for (Object k : e.kids) {
            append(out, k, mode);
        }
        return out.toString();
    }

    private void append(StringBuilder out, Object kid, Mode mode) {
        if (kid instanceof String s) {
            out.append(s);
            return;
        }
        El e = (El) kid;
        switch (e.name) {
            case "xref" -> xref(out, e, mode);
            case "fn" -> { if (mode == Mode.PARAGRAPH) { out.append(ArticleAssembler.marker(noteIds.get(e))); } }
            case "italic" -> italic(out, e, mode);
            case "ext-link", "uri", "self-uri" -> link(out, e, mode);
            case "break" -> out.append(' ');
            case "alternatives" -> { if (!e.elements().isEmpty()) { append(out, e.elements().get(0), mode); } }
            case "name", "string-name" -> out.append(nameInText(e, mode));
            default -> out.append(render(e, mode));
        }
    }

    private void xref(StringBuilder out, El e, Mode mode) {
        String type = String.valueOf(e.attr("ref-type"));
        boolean note = type.equals("fn") || type.equals("table-fn");
        if (!note) {
            out.append(render(e, mode));
        }
        if (mode == Mode.PARAGRAPH && (note || type.equals("bibr"))) {
            for (String rid : rids(e)) {
                out.append(ArticleAssembler.marker(rid));
            }
        }
    }

    private static List<String> rids(El e) {
        String rid = e.attr("rid");
        return rid == null || rid.isBlank() ? List.of() : List.of(rid.strip().split("\\s+"));
    }

    private void italic(StringBuilder out, El e, Mode mode) {
        String inner = render(e, mode);
        if (mode != Mode.NOTE || inner.isBlank()) {
            out.append(inner);
            return;
        }
        // Spaces stay outside the stars, where the citation parser expects them.
        String core = inner.strip();
        int start = inner.indexOf(core);
        out.append(inner, 0, start).append('*').append(core).append('*').append(inner.substring(start + core.length()));
    }

    private void link(StringBuilder out, El e, Mode mode) {
        String inner = render(e, mode);
        out.append(inner.isBlank() && e.attr("xlink:href") != null ? e.attr("xlink:href") : inner);
    }

    /** A name in running text: as written where it carries its own spacing, else its parts in order. */
    private String nameInText(El e, Mode mode) {
        boolean ownSpacing = e.kids.stream().anyMatch(k -> k instanceof String s && !s.isBlank());
        if (ownSpacing || e.elements().isEmpty()) {
            return render(e, mode);
        }
        List<String> parts = e.elements().stream().map(p -> text(p, mode)).filter(p -> !p.isEmpty()).toList();
        return String.join(parts.stream().anyMatch(JatsReader::isHan) ? "" : " ", parts);
    }

    /**
     * One space for each whitespace run, none where the run breaks a line between two Chinese
     * characters (the writer wrapped there, and Chinese puts no space between words); a break
     * between a number or a Latin word and Chinese keeps its space, as the print has it (2016 年).
     */
    static String squash(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (!isXmlSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            boolean lineBreak = false;
            while (j < n && isXmlSpace(raw.charAt(j))) {
                lineBreak |= raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
                j++;
            }
            boolean cjkBefore = out.length() > 0 && isCjk(out.codePointBefore(out.length()));
            boolean cjkAfter = j < n && isCjk(raw.codePointAt(j));
            if (!(lineBreak && cjkBefore && cjkAfter)) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString().strip();
    }

    /**
     * A note keeps a wrapped line break between Chinese characters as a space: Chinese titles
     * separate phrases with one (《牢记初心使命 开创美好未来》), and writers wrap there. Whether
     * the space is meant is decided afterwards, as for every layout (CjkSpacing.careful drops one
     * beside punctuation or a lone character).
     */
    static String squashNote(String raw) {
        return raw.replaceAll("[ \t\r\n]+", " ").strip();
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isCjk(int c) {
        return CjkSpacing.isHan(c) || CjkSpacing.isCjkPunct(c);
    }

    private static boolean isHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Integer number(El e, Pattern where) {
        if (e == null) {
            return null;
        }
        Matcher m = where.matcher(e.kids.stream().filter(k -> k instanceof String).map(k -> (String) k)
                .reduce("", String::concat).strip());
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    // ---- front ----

    private void warnSkipped() {
        for (Object k : root.kids) {
            if (k instanceof El e && SKIPPED.contains(e.name)) {
                assembler.warn(e.line, e.name + " ignored");
                return;
            }
        }
    }

    private El front(String name) {
        El front = root.child("front");
        return front == null ? null : front.child(name);
    }

    private void journalMeta() {
        El meta = front("journal-meta");
        if (meta == null) {
            return;
        }
        for (El t : meta.find("journal-title", "trans-title")) {
            Lang l = langOf(t);
            if (l != null) {
                assembler.journalTitle(l, text(t, Mode.TITLE));
            }
        }
        meta.children("issn").stream().min(Comparator.comparingInt(JatsReader::formatRank))
                .ifPresent(issn -> assembler.issn(text(issn, Mode.TITLE)));
        meta.find("publisher-name").stream().findFirst().ifPresent(p -> assembler.publisher(text(p, Mode.TITLE)));
    }

    /** Print first, then electronic, then whatever else: the print edition is the one cited. */
    private static int formatRank(El e) {
        String pubType = String.valueOf(e.attr("pub-type"));
        String dateType = String.valueOf(e.attr("date-type"));
        String format = String.valueOf(e.attr("publication-format"));
        if (pubType.equals("ppub") || pubType.equals("pub") || format.equals("print")
                || (dateType.equals("pub") && !format.equals("electronic"))) {
            return 0;
        }
        return pubType.equals("epub") || format.equals("electronic") ? 1 : 2;
    }

    private void articleMeta() {
        El meta = front("article-meta");
        if (meta == null) {
            return;
        }
        titles(meta.child("title-group"));
        for (El id : meta.children("article-id")) {
            if ("doi".equals(id.attr("pub-id-type"))) {
                assembler.doi(text(id, Mode.TITLE));
            }
        }
        contributors(meta);
        authorNotes(meta.child("author-notes"));
        issueAndPages(meta);
        abstracts(meta);
        keywords(meta);
        funding(meta);
    }

    private void titles(El group) {
        if (group == null) {
            return;
        }
        title(group.child("article-title"), group.child("subtitle"));
        for (El t : group.children("trans-title-group")) {
            title(t.child("trans-title"), t.child("trans-subtitle"));
        }
        for (El t : group.children("trans-title")) {
            title(t, null);
        }
    }

    private void title(El title, El subtitle) {
        Lang lang = title == null ? null : langOf(title);
        if (lang == null) {
            return;
        }
        String t = text(title, Mode.TITLE);
        String sub = text(subtitle, Mode.TITLE);
        if (!sub.isEmpty()) {
            t += (lang == Lang.ZH ? "：" : ": ") + sub;
        }
        assembler.title(lang, t, title.line);
    }

    private void contributors(El meta) {
        boolean affsLinked = meta.find("xref").stream().anyMatch(x -> "aff".equals(x.attr("ref-type")));
        for (El group : meta.children("contrib-group")) {
            for (El c : group.children("contrib")) {
                String type = c.attr("contrib-type");
                if (type == null || type.equals("author")) {
                    author(c, group, affsLinked);
                } else if (type.equals("translator")) {
                    translator(c);
                }
            }
        }
    }

    private void author(El c, El group, boolean affsLinked) {
        Map<Lang, String> names = names(c);
        if (names.isEmpty()) {
            return;
        }
        List<String> affiliations = affiliations(c);
        if (affiliations.isEmpty() && !affsLinked) {
            // Unlinked affiliations beside the authors belong to all of them.
            group.children("aff").forEach(a -> affiliations.add(affiliation(a)));
        }
        assembler.author(Texts.of(names.get(Lang.ZH), names.get(Lang.RU), names.get(Lang.EN)), affiliations);
        for (El bio : c.children("bio")) {
            authorNote(noteText(bio));
        }
    }

    private void translator(El c) {
        Map<Lang, String> names = names(c);
        names.values().stream().findFirst().ifPresent(n -> assembler.field("翻译", n, c.line));
    }

    private Map<Lang, String> names(El c) {
        Map<Lang, String> out = new EnumMap<>(Lang.class);
        for (El k : c.elements()) {
            if (k.is("name", "string-name", "collab")) {
                addName(out, k);
            } else if (k.is("name-alternatives", "collab-alternatives")) {
                k.elements().forEach(n -> addName(out, n));
            }
        }
        return out;
    }

    /** A name's language is its own xml:lang, else its script: the article's language says nothing about it. */
    private void addName(Map<Lang, String> out, El n) {
        String name = n.is("name") ? personName(n) : text(n, Mode.TITLE);
        if (name.isEmpty()) {
            return;
        }
        Lang l = n.attr("xml:lang") != null ? lang(n.attr("xml:lang")) : null;
        l = l != null ? l : script(name);
        if (l != null) {
            out.putIfAbsent(l, name);
        }
    }

    private String personName(El n) {
        String surname = text(n.child("surname"), Mode.TITLE);
        String given = text(n.child("given-names"), Mode.TITLE);
        String style = String.valueOf(n.attr("name-style"));
        if (given.isEmpty() || surname.isEmpty()) {
            return surname.isEmpty() ? given : surname;
        }
        if (isHan(surname + given)) {
            return surname + given;
        }
        return style.equals("eastern") ? surname + " " + given : given + " " + surname;
    }

    private List<String> affiliations(El c) {
        List<String> out = new ArrayList<>();
        for (El x : c.find("xref")) {
            if ("aff".equals(x.attr("ref-type"))) {
                rids(x).stream().map(byId::get).filter(a -> a != null).forEach(a -> out.add(affiliation(a)));
            }
        }
        c.elements().stream().filter(a -> a.is("aff", "aff-alternatives")).forEach(a -> out.add(affiliation(a)));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The institutions an aff names, without its label; the whole text where it tags none. */
    private String affiliation(El aff) {
        El a = aff;
        if (aff.is("aff-alternatives")) {
            List<El> alternatives = aff.children("aff");
            a = alternatives.stream().filter(x -> langOf(x) == articleLang).findFirst()
                    .orElse(alternatives.isEmpty() ? aff : alternatives.get(0));
        }
        List<El> institutions = a.find("institution");
        if (institutions.isEmpty()) {
            return textExcept(a, Mode.TITLE, "label");
        }
        return String.join(", ", institutions.stream().map(i -> text(i, Mode.TITLE)).filter(t -> !t.isEmpty()).toList());
    }

    private void authorNotes(El notes) {
        if (notes == null) {
            return;
        }
        for (El n : notes.elements()) {
            if (n.is("fn", "p")) {
                authorNote(n.is("fn") ? noteText(n) : text(n, Mode.TITLE));
            }
        }
    }

    private void authorNote(String text) {
        if (NoteReader.isFundingNote(text)) {
            assembler.fundingNote(text);
        } else if (CHINESE_NAME_LEAD.matcher(text).find()) {
            assembler.authorNote(text);
        }
    }

    private void issueAndPages(El meta) {
        El date = meta.children("pub-date").stream().min(Comparator.comparingInt(JatsReader::formatRank)).orElse(null);
        Integer year = date == null ? null : number(date.child("year"), DIGITS);
        Integer issue = number(meta.child("issue"), Pattern.compile("^\\d{1,9}"));
        if (year != null || issue != null) {
            assembler.issue(year, issue);
        }
        if (date != null && year != null) {
            published(date, year);
        }
        Integer first = number(meta.child("fpage"), DIGITS);
        Integer last = number(meta.child("lpage"), DIGITS);
        if (first != null) {
            assembler.pages(first, last == null ? first : last);
        }
    }

    private void published(El date, int year) {
        Integer month = number(date.child("month"), DIGITS);
        Integer day = number(date.child("day"), DIGITS);
        if (month != null && day != null) {
            try {
                assembler.published(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                assembler.warn(date.line, "publication date " + year + "-" + month + "-" + day + " is no date");
            }
        }
    }

    private void abstracts(El meta) {
        // A typed abstract (teaser, graphical, …) yields to the plain one of its language.
        List<El> all = new ArrayList<>(meta.children("abstract"));
        all.sort(Comparator.comparing(a -> a.attr("abstract-type") != null));
        all.addAll(meta.children("trans-abstract"));
        for (El a : all) {
            Lang l = langOf(a);
            if (l != null) {
                assembler.abstractText(l, abstractText(a));
            }
        }
    }

    private String abstractText(El a) {
        List<El> ps = a.find("p");
        if (ps.isEmpty()) {
            return textExcept(a, Mode.TITLE, "title", "label");
        }
        return String.join("\n", ps.stream().map(p -> text(p, Mode.TITLE)).filter(t -> !t.isEmpty()).toList());
    }

    private void keywords(El meta) {
        for (El g : meta.children("kwd-group")) {
            Lang l = langOf(g);
            List<String> list = g.find("kwd").stream().map(k -> text(k, Mode.TITLE)).filter(k -> !k.isEmpty()).toList();
            if (l != null && !list.isEmpty()) {
                assembler.keywords(l, list);
            }
        }
    }

    private void funding(El meta) {
        for (El g : meta.children("funding-group")) {
            for (El award : g.children("award-group")) {
                String funder = award.children("funding-source").stream().map(this::funder).filter(f -> !f.isEmpty())
                        .findFirst().orElse(null);
                for (El id : award.children("award-id")) {
                    assembler.fundingItem(new Funding(text(id, Mode.TITLE), funder, null, null));
                }
            }
            for (El s : g.children("funding-statement")) {
                assembler.fundingNote(text(s, Mode.TITLE));
            }
        }
    }

    /** The funder's name, without the registry id an institution-wrap carries beside it. */
    private String funder(El source) {
        List<El> institutions = source.find("institution");
        return institutions.isEmpty() ? text(source, Mode.TITLE) : text(institutions.get(0), Mode.TITLE);
    }

    // ---- body ----

    private void body() {
        El body = root.child("body");
        if (body != null) {
            blocks(body, 0);
        }
    }

    private void blocks(El parent, int depth) {
        for (El e : parent.elements()) {
            block(e, depth);
        }
    }

    private void block(El e, int depth) {
        switch (e.name) {
            case "sec" -> section(e, depth + 1);
            case "p" -> paragraphs(e, "", depth);
            case "list" -> list(e, depth);
            case "table-wrap", "fig" -> caption(e);
            case "title", "label", "fn", "fn-group", "ref-list", "sec-meta", "sub-article", "response" -> { }
            default -> container(e, depth);
        }
    }

    /** An element this reader has no rule for: its blocks where it holds some, else one paragraph. */
    private void container(El e, int depth) {
        boolean holdsBlocks = e.elements().stream().anyMatch(k -> k.is("p", "sec") || BLOCKS_IN_P.contains(k.name));
        if (holdsBlocks) {
            blocks(e, depth);
        } else {
            paragraph("", text(e, Mode.PARAGRAPH), e.line);
        }
    }

    private void section(El sec, int depth) {
        El title = sec.child("title");
        if (title != null) {
            assembler.heading(depth, withLabel(text(sec.child("label"), Mode.TITLE), text(title, Mode.TITLE)), title.line);
        }
        blocks(sec, depth);
    }

    /** 一、 before its title, where the assembler reads it as the heading's label; 1. it does not read is left off. */
    private static String withLabel(String label, String title) {
        String labelled = label + title;
        return !label.isEmpty() && BodyReader.heading(labelled) != null ? labelled : title;
    }

    /** A p, split where a list, table or quotation stands inside it. */
    private void paragraphs(El p, String prefix, int depth) {
        StringBuilder raw = new StringBuilder();
        String lead = prefix;
        int line = p.line;
        for (Object k : p.kids) {
            if (k instanceof El b && BLOCKS_IN_P.contains(b.name)) {
                paragraph(lead, squash(raw.toString()), line);
                lead = "";
                raw.setLength(0);
                block(b, depth);
                line = b.line;
            } else if (!(k instanceof El l && l.is("label"))) {
                append(raw, k, Mode.PARAGRAPH);
            }
        }
        paragraph(lead, squash(raw.toString()), line);
    }

    private void paragraph(String prefix, String text, int line) {
        if (!text.isEmpty()) {
            assembler.paragraph(prefix.isEmpty() ? text : prefix + " " + text, line);
        }
    }

    private void list(El list, int depth) {
        int n = 0;
        for (El item : list.children("list-item")) {
            El label = item.child("label");
            Integer given = number(label, DIGITS);
            n = given != null ? given : n + 1;
            String prefix = label != null ? text(label, Mode.TITLE) : itemLabel(list.attr("list-type"), n);
            if (item.elements().stream().noneMatch(k -> k.is("p", "list") || BLOCKS_IN_P.contains(k.name))) {
                paragraphs(item, prefix, depth);
                continue;
            }
            for (El k : item.elements()) {
                if (k.is("p")) {
                    paragraphs(k, prefix, depth);
                    prefix = "";
                } else if (!k.is("label")) {
                    block(k, depth);
                }
            }
        }
    }

    private static String itemLabel(String listType, int n) {
        String type = String.valueOf(listType);
        if (type.equals("order")) {
            return n + ".";
        }
        if ((type.equals("alpha-lower") || type.equals("alpha-upper")) && n >= 1 && n <= 26) {
            char a = (char) ((type.equals("alpha-lower") ? 'a' : 'A') + n - 1);
            return a + ".";
        }
        return "";
    }

    /** A table or figure as its caption, followed by the markers of what its cells cite. */
    private void caption(El e) {
        List<String> parts = new ArrayList<>();
        parts.add(text(e.child("label"), Mode.TITLE));
        El caption = e.child("caption");
        if (caption != null) {
            caption.elements().forEach(c -> parts.add(text(c, Mode.PARAGRAPH)));
        }
        StringBuilder markers = new StringBuilder();
        for (El x : e.find("xref", "fn")) {
            if (x.within("caption")) {
                continue;
            }
            if (x.is("fn") && !x.within("fn-group") && !x.within("table-wrap-foot")) {
                markers.append(ArticleAssembler.marker(noteIds.get(x)));
            } else if (x.is("xref") && List.of("fn", "table-fn", "bibr").contains(String.valueOf(x.attr("ref-type")))) {
                rids(x).forEach(rid -> markers.append(ArticleAssembler.marker(rid)));
            }
        }
        String text = String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
        paragraph("", (text + markers).strip(), e.line);
    }

    // ---- notes and references ----

    /** Every note gets its id before the body is read, so that an inline fn's marker and note agree. */
    private void nameNotes() {
        int[] unnamed = {0};
        root.walk(e -> {
            if (e.is("fn", "ref") && !e.within("author-notes")) {
                String id = e.attr("id");
                noteIds.put(e, id != null && !id.isBlank() ? id.strip() : "jats-" + e.name + "-" + ++unnamed[0]);
            }
        });
    }

    private void notes() {
        root.walk(e -> {
            if (!noteIds.containsKey(e)) {
                return;
            }
            if (e.is("ref")) {
                assembler.note(noteIds.get(e), reference(e), e.line);
            } else if (e.within("front") && NoteReader.isFundingNote(noteText(e))) {
                // The 本文系… note on a title is the article's funding, not a note of the text.
                assembler.fundingNote(noteText(e));
            } else {
                assembler.note(noteIds.get(e), noteText(e), e.line);
            }
        });
    }

    /** A note's paragraphs joined by a space, without its label, italics as *…*. */
    private String noteText(El fn) {
        List<El> ps = fn.children("p");
        if (ps.isEmpty()) {
            return textExcept(fn, Mode.NOTE, "label", "title");
        }
        return String.join(" ", ps.stream().map(p -> text(p, Mode.NOTE)).filter(t -> !t.isEmpty()).toList());
    }

    /** A reference as printed (mixed-citation) where the file has it so, else written out from its fields. */
    private String reference(El ref) {
        List<El> citations = ref.find(CITATIONS.toArray(String[]::new));
        for (El c : citations) {
            if (c.is("mixed-citation", "citation")) {
                return text(c, Mode.NOTE);
            }
        }
        return citations.isEmpty() ? textExcept(ref, Mode.NOTE, "label") : new Reference(citations.get(0)).written();
    }

    /** The fields of an element-citation, written in the journal's note style of the work's language. */
    private final class Reference {
        private final El c;
        private final Lang lang;
        private final String title;
        private final String source;
        private final boolean chapter;

        Reference(El citation) {
            this.c = citation;
            String t = field("article-title");
            boolean partOfBook = !field("chapter-title").isEmpty() || !field("part-title").isEmpty();
            this.title = !t.isEmpty() ? t : !field("chapter-title").isEmpty() ? field("chapter-title") : field("part-title");
            this.source = field("source");
            String type = String.valueOf(c.attr("publication-type"));
            this.chapter = partOfBook || (!title.isEmpty() && (type.equals("book") || type.equals("chapter")));
            Lang own = c.attr("xml:lang") != null ? lang(c.attr("xml:lang")) : null;
            Lang byScript = script(title + source + authorNames(Lang.EN));
            this.lang = own != null ? own : byScript != null ? byScript : Lang.EN;
        }

        String field(String name) {
            List<El> found = c.find(name);
            return found.isEmpty() ? "" : text(found.get(0), Mode.TITLE);
        }

        String written() {
            String body = switch (lang) {
                case ZH -> chinese();
                case RU -> russian();
                case EN -> english();
            };
            String link = link();
            if (link.isEmpty()) {
                return body;
            }
            return body.replaceAll("[.。]$", "") + (lang == Lang.ZH ? "，" : lang == Lang.RU ? ". " : ", ") + link;
        }

        private String chinese() {
            StringBuilder s = new StringBuilder(authorNames(Lang.ZH));
            if (s.length() > 0) {
                s.append('：');
            }
            List<String> parts = new ArrayList<>();
            if (!title.isEmpty()) {
                parts.add("“" + title + "”");
            }
            if (!source.isEmpty()) {
                parts.add((chapter ? "载《" : "《") + source + "》");
            }
            String place = place("：");
            if (!place.isEmpty()) {
                parts.add(place);
            }
            String year = field("year");
            String issue = field("issue");
            if (!year.isEmpty()) {
                parts.add(year + " 年" + (issue.isEmpty() ? "" : "第 " + issue + " 期"));
            }
            String pages = pages("-");
            if (!pages.isEmpty()) {
                parts.add("第 " + pages + " 页");
            }
            return s + String.join("，", parts) + "。";
        }

        private String russian() {
            String authors = authorNames(Lang.RU);
            StringBuilder s = new StringBuilder(authors.isEmpty() ? "" : authors + " ");
            s.append(title.isEmpty() ? source : title + (source.isEmpty() ? "" : " // " + source));
            String place = place(": ");
            String year = field("year");
            if (!place.isEmpty()) {
                s.append(". ").append(place).append(year.isEmpty() ? "" : ", " + year);
            } else if (!year.isEmpty()) {
                s.append(". ").append(year);
            }
            appendIf(s, ". Т.", field("volume"));
            appendIf(s, ". №", field("issue"));
            appendIf(s, ". С.", pages("-"));
            return s + ".";
        }

        private String english() {
            List<String> parts = new ArrayList<>();
            String authors = authorNames(Lang.EN);
            if (!authors.isEmpty()) {
                parts.add(authors);
            }
            if (!title.isEmpty()) {
                parts.add("“" + title + "”");
            }
            if (!source.isEmpty()) {
                parts.add((chapter ? "in *" : "*") + source + "*");
            }
            String place = place(": ");
            if (!place.isEmpty()) {
                parts.add(place);
            }
            addIf(parts, "", field("year"));
            addIf(parts, "Vol.", field("volume"));
            addIf(parts, "No.", field("issue"));
            String pages = pages("-");
            addIf(parts, pages.contains("-") ? "pp." : "p.", pages);
            return String.join(", ", parts) + ".";
        }

        private String authorNames(Lang style) {
            List<El> groups = c.find("person-group");
            El authors = groups.stream().filter(g -> "author".equals(g.attr("person-group-type"))).findFirst()
                    .orElse(groups.isEmpty() ? c : groups.get(0));
            List<String> names = new ArrayList<>();
            boolean etal = false;
            for (El n : authors.elements()) {
                if (n.is("name")) {
                    names.add(citedName(n, style));
                } else if (n.is("string-name", "collab")) {
                    names.add(text(n, Mode.TITLE));
                }
                etal |= n.is("etal");
            }
            String sep = style == Lang.ZH && names.stream().allMatch(JatsReader::isHan) ? "、" : ", ";
            String joined = String.join(sep, names.stream().filter(x -> !x.isEmpty()).toList());
            if (!etal || joined.isEmpty()) {
                return joined;
            }
            return joined + (style == Lang.ZH ? "等" : style == Lang.RU ? " и др." : ", et al.");
        }

        /** 王存刚; Лукьянов Ф. А.; John J. Mearsheimer. */
        private String citedName(El n, Lang style) {
            String surname = text(n.child("surname"), Mode.TITLE);
            String given = text(n.child("given-names"), Mode.TITLE);
            if (given.isEmpty() || isHan(surname + given)) {
                return surname + given;
            }
            if (style == Lang.RU) {
                return surname + " " + initials(given);
            }
            return given + " " + surname;
        }

        private static String initials(String given) {
            if (given.matches("(\\p{Lu}\\.\\s*)+")) {
                return given.strip();
            }
            List<String> out = new ArrayList<>();
            for (String w : given.split("[\\s.]+")) {
                if (!w.isEmpty()) {
                    out.add(w.substring(0, 1) + ".");
                }
            }
            return String.join(" ", out);
        }

        private String place(String colon) {
            String loc = field("publisher-loc");
            String name = field("publisher-name");
            if (loc.isEmpty() || name.isEmpty()) {
                return loc + name;
            }
            return loc + colon + name;
        }

        private String pages(String dash) {
            String first = field("fpage");
            String last = field("lpage");
            if (first.isEmpty()) {
                return field("page-range");
            }
            return last.isEmpty() || last.equals(first) ? first : first + dash + last;
        }

        /** The URL closes a citation (the parser stops there); a DOI without one becomes its URL. */
        private String link() {
            String url = "";
            for (El l : c.find("ext-link", "uri")) {
                String u = l.attr("xlink:href") != null ? l.attr("xlink:href").strip() : text(l, Mode.TITLE);
                if (!u.isEmpty()) {
                    url = u;
                    break;
                }
            }
            String doi = c.find("pub-id").stream().filter(p -> "doi".equals(p.attr("pub-id-type")))
                    .map(p -> text(p, Mode.TITLE)).findFirst().orElse("");
            if (doi.isEmpty()) {
                return url;
            }
            return url.isEmpty() ? "https://doi.org/" + doi : "doi:" + doi + (lang == Lang.ZH ? "，" : ", ") + url;
        }

        private static void appendIf(StringBuilder s, String label, String value) {
            if (!value.isEmpty()) {
                s.append(label).append(value);
            }
        }

        private static void addIf(List<String> parts, String label, String value) {
            if (!value.isEmpty()) {
                parts.add(label + value);
            }
        }
    }
}
