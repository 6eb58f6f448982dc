package org.journalkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A failed file operation as one line a user can act on. Java's file exceptions often carry the
 * path alone ("/proc/x.build.lock"), the kind of failure only in their class: it is said here.
 * <pre>
 *   throw IoFailure.at(db, e);   // "db: cannot write db.build.lock (no such file or folder)"
 * </pre>
 */
final class IoFailure {

    private IoFailure() { }

    static UncheckedIOException at(Path where, IOException e) {
        return new UncheckedIOException(where + ": " + describe(e), e);
    }

    static String describe(IOException e) {
        if (!(e instanceof FileSystemException f)) {
            return String.valueOf(e.getMessage());
        }
        String why = f.getReason() != null ? f.getReason()
                : f instanceof NoSuchFileException ? "no such file or folder"
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                : f instanceof NotDirectoryException ? "not a folder"
                : f instanceof DirectoryNotEmptyException ? "a folder that is not empty"
                : f.getClass().getSimpleName();
        return "cannot use " + f.getFile() + (f.getOtherFile() != null ? " or " + f.getOtherFile() : "") + " (" + why + ")";
    }
}
