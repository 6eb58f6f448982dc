package org.journalkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.journalkg.read.InputException;

/**
 * One build at a time into a database: DIR.build.lock, locked by the operating system for as long
 * as a build runs (so a killed build leaves no lock behind). A second build would delete the
 * first one's DIR.building, perhaps while a server is switching to it.
 */
final class BuildLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static BuildLock take(Path db) {
        Path target = db.toAbsolutePath().normalize();
        Path file = target.resolveSibling(target.getFileName() + ".build.lock");
        try {
            Files.createDirectories(target.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
                channel.close();
                throw new InputException(db + ": another build into it is running" + (holder.matches("\\d+") ? " (pid " + holder + ")" : "")
                        + "; wait for it to end");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            return new BuildLock(channel, lock);
        } catch (IOException e) {
            throw IoFailure.at(db, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
    }
}
