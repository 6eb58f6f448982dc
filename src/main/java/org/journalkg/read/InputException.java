package org.journalkg.read;

import java.nio.file.Path;

/** Input a user gave that cannot be used; the message is one line naming the file. */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
