package org.innovationportfolio.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.innovationportfolio.logic.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file by way of a temporary file in the same folder that is moved into place in one
 * step, so a failed or interrupted write never leaves half a file (JabRef's AtomicFileOutputStream idea).
 */
public final class AtomicFile {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

    /** Writes the content of a file through an output stream. */
    @FunctionalInterface
    public interface StreamWork {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Creates a file at the given (not yet existing) path, e.g. a database backup. */
    @FunctionalInterface
    public interface FileWork {
        void createAt(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, StreamWork work) {
        createVia(target, temporary -> {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                work.writeTo(out);
                out.flush();
                // On disk before the rename, so a power cut cannot leave an empty file under the real name.
                channel.force(true);
            }
        });
    }

    /**
     * Lets {@code work} create a temporary file beside {@code target}, then moves it into place.
     *
     * @throws RefusedException when the target cannot be written; no file is left behind
     */
    public static void createVia(Path target, FileWork work) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new RefusedException("Cannot write to " + file + ": give a file name.");
        }
        if (Files.isDirectory(file)) {
            throw new RefusedException(file + " is a folder. Give the name of a file to write.");
        }
        if (!Files.isDirectory(folder)) {
            throw new RefusedException("Cannot write " + file + ": the folder " + folder + " does not exist.");
        }
        Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            work.createAt(temporary);
            moveIntoPlace(temporary, file);
            moved = true;
        } catch (IOException e) {
            LOG.warn("Could not write {}", file, e);
            throw new RefusedException("Could not write " + file + ": " + reason(e) + " Nothing was written.", e);
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; a plain replace is still better than no file.
            LOG.info("Atomic move not supported for {}; replacing instead", file);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist.";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + ".";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() + "." : e.getMessage() + ".";
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary file {}", temporary, e);
        }
    }
}
