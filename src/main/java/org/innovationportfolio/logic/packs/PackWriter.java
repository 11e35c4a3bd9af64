package org.innovationportfolio.logic.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a pack's entries into a zip beside the target and moves it into place in one step. */
final class PackWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PackWriter.class);

    private PackWriter() {
    }

    /** A document's bytes to copy into the pack, with the size and SHA-256 they must have. */
    record FileEntry(Content content, long size, String sha256) {
    }

    /** Opens a document's bytes (decrypted, when its copy is locked). */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /** A file that is not the size or SHA-256 its record says: it changed or was damaged since it was attached. */
    static final class ChangedFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String entry;

        ChangedFileException(String entry) {
            super("The file for " + entry + " is not the one that was recorded");
            this.entry = entry;
        }

        String entry() {
            return entry;
        }
    }

    /** Writes {@code manifest} first, then {@code entries} in order; on failure nothing is left at {@code target}. */
    static void write(Path target, byte[] manifest, Map<String, byte[]> entries) throws IOException {
        write(target, manifest, entries, Map.of());
    }

    /**
     * Writes {@code manifest}, {@code entries}, then {@code files} streamed from disk and checked against their
     * size and SHA-256 as they go; on any failure nothing is left at {@code target}.
     *
     * @throws ChangedFileException when a file is not the size or SHA-256 given for it
     */
    static void write(Path target, byte[] manifest, Map<String, byte[]> entries, Map<String, FileEntry> files)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("The folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder.");
        }
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                put(zip, PackFormat.MANIFEST, manifest);
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    put(zip, entry.getKey(), entry.getValue());
                }
                for (Map.Entry<String, FileEntry> entry : files.entrySet()) {
                    copy(zip, entry.getKey(), entry.getValue());
                }
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.warn("Could not delete the temporary file {}", temporary, e);
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void copy(ZipOutputStream zip, String name, FileEntry file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = digest();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = file.content().open()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > file.size()) {
                    throw new ChangedFileException(name);
                }
                sha.update(buffer, 0, n);
                zip.write(buffer, 0, n);
            }
        }
        if (size != file.size() || !HexFormat.of().formatHex(sha.digest()).equals(file.sha256())) {
            throw new ChangedFileException(name);
        }
        zip.closeEntry();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static Map<String, byte[]> ordered() {
        return new LinkedHashMap<>();
    }
}
