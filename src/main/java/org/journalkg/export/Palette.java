package org.journalkg.export;

import java.util.Map;

/** One colour per kind and type of node, the same in every format (hex RGB). */
final class Palette {

    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("State", "#e63946"), Map.entry("InternationalOrganization", "#f77f00"), Map.entry("Corridor", "#2a9d8f"),
            Map.entry("Strategy", "#6a4c93"), Map.entry("Concept", "#8d99ae"), Map.entry("Agreement", "#bc6c25"),
            Map.entry("Conflict", "#9d0208"), Map.entry("Place", "#52b788"), Map.entry("Person", "#ff006e"),
            Map.entry("Institution", "#ffb703"));
    private static final Map<String, String> BY_KIND = Map.of(
            "article", "#1d3557", "work", "#457b9d", "person", "#2a9d8f", "organization", "#f4a261", "keyword", "#8d6cab");

    private Palette() { }

    static String colour(String kind, String type) {
        if ("entity".equals(kind)) {
            return BY_TYPE.getOrDefault(type, "#999999");
        }
        return BY_KIND.getOrDefault(kind, "#999999");
    }

    static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16), Integer.parseInt(hex.substring(5, 7), 16)};
    }
}
