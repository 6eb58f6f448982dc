package org.journalkg.rdf;

import org.journalkg.issue.Lang;

/** The language a text is mostly written in, judged by its script: Han, Cyrillic, else Latin. */
final class Script {

    private Script() { }

    static Lang of(String text) {
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.HAN) {
                han += 2; // a Han character carries about as much as a short word
            } else if (s == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(c);
        }
        if (han >= cyrillic && han >= latin && han > 0) {
            return Lang.ZH;
        }
        if (cyrillic >= latin && cyrillic > 0) {
            return Lang.RU;
        }
        return latin > 0 ? Lang.EN : null;
    }
}
