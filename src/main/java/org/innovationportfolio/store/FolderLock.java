package org.innovationportfolio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An exclusive OS lock on a data folder's {@code .lock} file, so only one copy of the app uses the folder. */
final class FolderLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);
    static final String FILE_NAME = ".lock";

    /*
     * Folders this JVM holds. OS file locks belong to the whole process, and on POSIX closing ANY
     * channel to the file drops them, so a second attempt from this JVM must not even open the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link AlreadyOpenException} at once; never waits. */
    static FolderLock take(Path dataFolder) {
        Path key = keyOf(dataFolder);
        if (!HELD.add(key)) {
            throw new AlreadyOpenException(dataFolder);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new AlreadyOpenException(dataFolder);
            }
            return new FolderLock(key, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw new UncheckedIOException("Could not lock the data folder " + key + ": " + e.getMessage(), e);
        } catch (OverlappingFileLockException | AlreadyOpenException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw e instanceof AlreadyOpenException already ? already : new AlreadyOpenException(dataFolder, e);
        }
    }

    private static Path keyOf(Path dataFolder) {
        try {
            return dataFolder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("The data folder " + dataFolder.toAbsolutePath()
                    + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing the lock file failed", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing the lock on {} failed", key, e);
        } finally {
            closeQuietly(channel);
            HELD.remove(key);
        }
    }
}
