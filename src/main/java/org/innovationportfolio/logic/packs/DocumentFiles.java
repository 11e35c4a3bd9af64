package org.innovationportfolio.logic.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.EntryDigest;
import org.innovationportfolio.logic.backup.SafeZipReader;
import org.innovationportfolio.logic.backup.UnsafeZipException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.innovationportfolio.logic.project.DocumentCipher;
import org.innovationportfolio.logic.project.DocumentKey;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.ProjectDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies an import's attached documents from the pack into the data folder: each streamed to a
 * temporary file beside its place, checked against its SHA-256 and size, then moved into place in
 * one step. What it wrote can be removed again if the import's transaction does not commit.
 */
final class DocumentFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentFiles.class);

    private final Path packFile;
    private final ProjectDocuments layout;
    private final Map<Path, ProjectDocument> wanted = new LinkedHashMap<>();
    private final List<Path> written = new ArrayList<>();
    private final List<Path> madeFolders = new ArrayList<>();
    private final TemporaryFiles files;

    DocumentFiles(Path packFile, ProjectDocuments layout) {
        this(packFile, layout, temporary -> Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW));
    }

    /** With {@code files} opening each temporary copy: tests use it to meet a full disk. */
    DocumentFiles(Path packFile, ProjectDocuments layout, TemporaryFiles files) {
        this.packFile = packFile;
        this.layout = layout;
        this.files = files;
    }

    /** Opens a new temporary file for writing: the one place a copy's bytes go to disk. */
    @FunctionalInterface
    interface TemporaryFiles {
        OutputStream create(Path temporary) throws IOException;
    }

    /** The record's copy must be in place once {@link #writeAll} has run. */
    void add(ProjectDocument document) {
        wanted.putIfAbsent(layout.path(document), document);
    }

    /** The copies written so far (not those that were already there). */
    List<Path> written() {
        return List.copyOf(written);
    }

    /**
     * Writes every copy not already in place.
     *
     * @throws PackRejectedException when the pack's bytes are not those it was checked with
     * @throws DiskFullException when the disk is full, saying how much the copies need
     * @throws RefusedException when a copy cannot be written
     */
    void writeAll() {
        if (wanted.isEmpty()) {
            return;
        }
        Optional<DocumentKey> key = layout.key();
        try (SafeZipReader zip = SafeZipReader.open(packFile, ZipLimits.PACK)) {
            for (ProjectDocument document : wanted.values()) {
                write(zip, document, key);
            }
        } catch (UnsafeZipException e) {
            throw new PackRejectedException("The pack file changed after it was checked. " + ZipProblems.message(e), e);
        } catch (DiskFullException e) {
            LOG.warn("The disk filled while copying the documents of {} into the data folder", packFile, e);
            throw new DiskFullException(neededBytes(), e.getCause());
        } catch (IOException e) {
            LOG.warn("Could not copy the documents of {} into the data folder", packFile, e);
            DiskFullException.throwIfDiskFull(e, neededBytes());
            throw new RefusedException("The attached documents could not be copied into the data folder ("
                    + e.getMessage() + "). Free some space or check the folder can be written to. Nothing was "
                    + "imported.", e);
        }
    }

    private void write(SafeZipReader zip, ProjectDocument document, Optional<DocumentKey> key) throws IOException,
            UnsafeZipException {
        if (layout.hasCopy(document, key) && matches(digestOf(document, key), document)) {
            return;
        }
        Path plain = layout.path(document);
        // Locked with the portfolio's key while it is protected: the plain bytes never reach the disk.
        Path target = key.map(k -> DocumentCipher.locked(plain, k)).orElse(plain);
        makeFolder(target.getParent());
        Path temporary = target.resolveSibling("." + UUID.randomUUID() + ".part");
        try {
            EntryDigest copied = null;
            try (OutputStream out = ProjectDocuments.locking(files.create(temporary), key, document.sizeBytes())) {
                copied = zip.copyTo(PackFormat.documentEntry(document.sha256()), out);
            } catch (IOException e) {
                if (copied == null || matches(copied, document)) {
                    throw e;
                } // else: a copy of another length, refused just below
            }
            if (!matches(copied, document)) {
                throw new PackRejectedException("The pack file changed after it was checked: the document \""
                        + document.fileName() + "\" is not the one the pack listed." + PackReader.DAMAGED);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The size and SHA-256 of the document's copy as it reads (decrypted when locked); none when unreadable. */
    private EntryDigest digestOf(ProjectDocument document, Optional<DocumentKey> key) {
        try (InputStream in = layout.read(document, key)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                sha.update(buffer, 0, n);
            }
            return new EntryDigest(size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | NoSuchAlgorithmException e) {
            LOG.info("The copy of {} already there does not read whole; it is written again", document.id(), e);
            return new EntryDigest(-1, "");
        }
    }

    /** What all the copies need, as a full disk should say: every one is written again after a failure. */
    private long neededBytes() {
        return wanted.values().stream().mapToLong(ProjectDocument::sizeBytes).sum();
    }

    private static boolean matches(EntryDigest digest, ProjectDocument document) {
        return digest.size() == document.sizeBytes() && digest.sha256().equals(document.sha256());
    }

    /** Creates the folder and any missing parents, remembering which it made so they can go again. */
    private void makeFolder(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && !Files.exists(f); f = f.getParent()) {
            missing.add(0, f);
        }
        Files.createDirectories(folder);
        madeFolders.addAll(missing);
    }

    /** Removes the copies written and the folders made for them, leaving the data folder as it was. */
    void removeWritten() {
        written.forEach(DocumentFiles::deleteQuietly);
        written.clear();
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(madeFolders.get(i));
            } catch (IOException e) {
                LOG.debug("Left the folder {}: {}", madeFolders.get(i), e.getMessage());
            }
        }
        madeFolders.clear();
    }

    /**
     * Notes beside the import's backup which copies it added, relative to the data folder, so "Undo last
     * import" can remove them. Failing to note them only leaves them unreferenced after an undo.
     */
    void recordForUndo(Path list, Path dataFolder) {
        if (written.isEmpty()) {
            return;
        }
        List<String> lines = written.stream()
                .map(p -> dataFolder.toAbsolutePath().relativize(p.toAbsolutePath()).toString().replace('\\', '/'))
                .toList();
        try {
            Files.write(list, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not note the documents added by the import in {}; an undo will leave them unreferenced",
                    list, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
