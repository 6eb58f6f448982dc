package org.journalkg.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.journalkg.issue.Lang;
import org.journalkg.read.InputException;

/**
 * Every state of the world, from the checked table ontology/states.tsv (ISO code, Wikidata item,
 * status) and the zh, ru and en country names the JDK's locale data carries, so that no name of
 * the 195 is typed by hand. Only what that data lacks is in the table: the three places without an
 * ISO code, and the names the field writes where the JDK's differ (巴勒斯坦 for 巴勒斯坦领土).
 * <pre>
 *   States.all().size();   // 200
 * </pre>
 */
final class States {

    static final String RESOURCE = "ontology/states.tsv";

    private static final Pattern QUALIFIER = Pattern.compile("^(.+?)\\s*[(（]([^)）]+)[)）]$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * One row of the table with its names worked out. {@code code} is null for a place without an
     * ISO code; {@code alt} holds the variants and every name that is not the prefLabel.
     */
    record State(String code, String qid, String status, Map<Lang, String> pref, List<Entity.Label> alt, List<Entity.Label> common) {

        /**
         * UN members and observers are states. Taiwan is written of by the Chinese field as a
         * region of China (台湾地区), so it is a place. Kosovo, Abkhazia, South Ossetia and
         * Transnistria are places too: their statehood is what the field disputes (China and
         * Russia do not recognise Kosovo; Russia's recognition of Abkhazia and South Ossetia is
         * shared by four other UN members; no UN member recognises Transnistria), and the
         * knowledge base does not take a side by calling them states; the table's status keeps
         * what they are.
         */
        String type() {
            return status.equals("member") || status.equals("observer") ? "State" : "Place";
        }

        /**
         * The last part of its IRI: its English name as its fullest variant, in lower case,
         * hyphenated (St. Kitts &amp; Nevis → saint-kitts-and-nevis, Myanmar (Burma) → myanmar).
         */
        String slug() {
            String name = pref.get(Lang.EN);
            Matcher m = QUALIFIER.matcher(name);
            if (m.matches()) {
                name = m.group(1);
            }
            name = plain(name.replace(" & ", " and ").replaceAll("\\bSt\\. ", "Saint "));
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }

    private States() { }

    /** Every row of the table, in its order. */
    static List<State> all() {
        List<State> out = new ArrayList<>();
        try (InputStream in = States.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InputException(RESOURCE + ": missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(row(line.split("\t", -1), n));
            }
        } catch (IOException e) {
            throw new InputException(RESOURCE + ": cannot be read (" + e.getMessage() + ")");
        }
        return out;
    }

    private static State row(String[] f, int line) {
        if (f.length != 5 || !f[1].matches("Q[0-9]+") || !f[2].matches("member|observer|region-of-china|partially-recognised|unrecognised")) {
            throw new InputException(RESOURCE + ": line " + line + ": not code, wikidata, status, names, common");
        }
        String code = f[0].equals("-") ? null : f[0];
        Map<Lang, String> pref = new EnumMap<>(Lang.class);
        Set<Entity.Label> alt = new LinkedHashSet<>();
        List<Entity.Label> typed = new ArrayList<>();
        for (String name : f[3].isEmpty() ? new String[0] : f[3].split("\\|")) {
            Lang lang = lang(name.substring(0, 2), line);
            String text = name.substring(3);
            if (name.charAt(2) == '=') {
                pref.put(lang, text);
            } else {
                typed.add(new Entity.Label(text, lang.tag(), false));
            }
        }
        for (Lang lang : Lang.values()) {
            String jdk = code == null ? null : jdkName(code, lang, line);
            if (jdk != null) {
                pref.putIfAbsent(lang, jdk);
                alt.add(new Entity.Label(jdk, lang.tag(), false));
            }
            if (!pref.containsKey(lang)) {
                throw new InputException(RESOURCE + ": line " + line + ": no " + lang.tag() + " name");
            }
            alt.add(new Entity.Label(pref.get(lang), lang.tag(), false));
        }
        alt.addAll(typed);
        List<Entity.Label> withVariants = new ArrayList<>();
        for (Entity.Label l : alt) {
            for (String v : variants(l.text(), l.lang())) {
                Entity.Label label = new Entity.Label(v, l.lang(), false);
                if (!v.equals(pref.get(lang(l.lang(), line))) && !withVariants.contains(label)) {
                    withVariants.add(label);
                }
            }
        }
        List<Entity.Label> common = new ArrayList<>();
        for (String c : f[4].isEmpty() ? new String[0] : f[4].split("\\|")) {
            common.add(new Entity.Label(c.substring(3), lang(c.substring(0, 2), line).tag(), true));
        }
        return new State(code, f[1], f[2], pref, withVariants, common);
    }

    private static Lang lang(String tag, int line) {
        for (Lang l : Lang.values()) {
            if (l.tag().equals(tag)) {
                return l;
            }
        }
        throw new InputException(RESOURCE + ": line " + line + ": " + tag + " is not zh, ru or en");
    }

    /** The JDK's name of a country in a language; a code the JDK does not know is an error in the table. */
    private static String jdkName(String code, Lang lang, int line) {
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang.tag()));
        if (name.isBlank() || name.equals(code)) {
            throw new InputException(RESOURCE + ": line " + line + ": the JDK has no " + lang.tag() + " name for " + code);
        }
        return name;
    }

    /**
     * A name and the other ways it is written: without a parenthesised qualifier (Myanmar for
     * "Myanmar (Burma)") and the qualifier where it is a name (Burma), "and" for "&", "Saint" for
     * "St.", without accents (Cote d’Ivoire), a dash without spaces (Конго-Киншаса).
     */
    static List<String> variants(String name, String lang) {
        List<UnaryOperator<String>> rules = List.of(
                s -> s.replace(" & ", " and "),
                s -> s.replaceAll("\\bSt\\. ", "Saint "),
                s -> "en".equals(lang) ? plain(s) : s,
                s -> s.replaceAll("\\s+[-–—]\\s+", "-"));
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        Matcher m = QUALIFIER.matcher(name);
        if (m.matches()) {
            out.add(m.group(1));
            if (m.group(2).codePoints().filter(Character::isLetter).count() >= 4) {
                out.add(m.group(2));
            }
        }
        for (UnaryOperator<String> rule : rules) {
            for (String s : List.copyOf(out)) {
                out.add(rule.apply(s));
            }
        }
        return List.copyOf(out);
    }

    /** Without accents: São Tomé → Sao Tome. */
    private static String plain(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
}
