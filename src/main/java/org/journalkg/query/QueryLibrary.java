package org.journalkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.journalkg.read.InputException;

/**
 * The canned queries of queries/, bundled in the jar. Each opens with comment lines that say
 * what it answers.
 * <pre>
 *   String sparql = QueryLibrary.text("articles");
 * </pre>
 */
public final class QueryLibrary {

    private static final String INDEX = "queries/index.txt";

    private QueryLibrary() { }

    /** The names of the canned queries, in the order of queries/index.txt. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                out.add(name);
            }
        }
        return out;
    }

    public static String text(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new InputException(name + ": not a canned query name (letters, digits, - and _)");
        }
        String t = resourceOrNull("queries/" + name + ".rq");
        if (t == null) {
            throw new InputException(name + ": no such canned query; known: " + String.join(", ", names()));
        }
        return t;
    }

    /** The comment lines at the top of a query, without the leading #. */
    public static String description(String sparql) {
        StringBuilder b = new StringBuilder();
        for (String line : sparql.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            b.append(b.length() > 0 ? " " : "").append(line.replaceFirst("^#\\s?", "").strip());
        }
        return b.toString();
    }

    /** A query given as a file path, a canned query name, or SPARQL text. */
    public static String resolve(String fileOrName) {
        Path p = Path.of(fileOrName);
        if (fileOrName.endsWith(".rq") || fileOrName.endsWith(".sparql") || Files.isRegularFile(p)) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(p, "cannot read the query (" + e.getMessage() + ")");
            }
        }
        return text(fileOrName);
    }

    private static String resource(String path) {
        String t = resourceOrNull(path);
        if (t == null) {
            throw new InputException(path + ": missing from the jar");
        }
        return t;
    }

    private static String resourceOrNull(String path) {
        try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(path + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
