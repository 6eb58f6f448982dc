package org.journalkg.cite;

/**
 * A name in a citation, as CSL-JSON has it: family and given for persons, literal for
 * institutions and for whole Chinese names (习近平).
 */
public record Name(String family, String given, String literal) {

    public static Name person(String family, String given) {
        return new Name(family, given == null || given.isBlank() ? null : given, null);
    }

    public static Name literal(String literal) {
        return new Name(null, null, literal);
    }

    public boolean isLiteral() { return literal != null; }

    /** The name as one would print it. */
    public String display() {
        if (literal != null) {
            return literal;
        }
        return given == null ? family : family + ", " + given;
    }
}
