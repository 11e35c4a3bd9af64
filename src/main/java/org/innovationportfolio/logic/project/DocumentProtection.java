package org.innovationportfolio.logic.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.ports.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the attached documents' copies follow the database: locked with the portfolio's key while it is
 * protected with a password, plain when it is not. Each copy is converted on its own, written beside
 * itself, forced to disk and moved into place before the other form is deleted, so a crash at any point
 * leaves every document readable; running it again (it runs at every start) finishes the job.
 */
public final class DocumentProtection {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentProtection.class);
    private static final String PART = ".part";

    private final Store store;
    private final Path documents;

    public DocumentProtection(Store store, Path dataFolder) {
        this.store = Objects.requireNonNull(store, "store");
        this.documents = dataFolder.resolve(ProjectDocuments.DOCUMENTS_FOLDER);
    }

    /**
     * Locks every plain copy (making the key if there is none) when {@code protectedDatabase}, else unlocks
     * every copy locked with the key and then forgets the key.
     *
     * @return how many copies were converted
     * @throws DiskFullException when the disk filled; what was converted stays converted, the rest as it was
     * @throws IOException when a copy cannot be converted; the same
     */
    public int follow(boolean protectedDatabase) throws IOException {
        Optional<DocumentKey> key = store.read(r -> r.settings().get(DocumentKey.SETTING)).flatMap(DocumentKey::parse);
        List<Path> files = copies();
        if (protectedDatabase) {
            DocumentKey lockWith = key.orElse(null);
            if (lockWith == null) {
                // Made with the protection, so that documents attached from now on are locked with it.
                DocumentKey made = DocumentKey.generate();
                store.writing(r -> r.settings().put(DocumentKey.SETTING, made.value()));
                lockWith = made;
            }
            return lockAll(files, lockWith);
        }
        int converted = key.isPresent() ? unlockAll(files, key.get()) : 0;
        if (key.isPresent() && copies().stream().noneMatch(f -> isLockedWith(f, key.get()))) {
            store.writing(r -> r.settings().remove(DocumentKey.SETTING));
        }
        return converted;
    }

    private int lockAll(List<Path> files, DocumentKey key) throws IOException {
        int converted = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (DocumentCipher.isLocked(name)) {
                continue;
            }
            Path locked = DocumentCipher.locked(file, key);
            if (!Files.isRegularFile(locked, LinkOption.NOFOLLOW_LINKS)) {
                convert(file, locked, Optional.of(key), Optional.empty());
                converted++;
            }
            Files.delete(file);
        }
        // Copies locked with a key this database no longer has (a restore brought another): gone once a
        // copy under the current key stands beside them.
        for (Path file : copies()) {
            String name = file.getFileName().toString();
            if (DocumentCipher.isLocked(name) && !DocumentCipher.keyIdOf(name).equals(key.id())
                    && Files.isRegularFile(file.resolveSibling(DocumentCipher.plainNameOf(name) + "." + key.id()
                            + DocumentCipher.SUFFIX), LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file);
            }
        }
        if (converted > 0) {
            LOG.info("Locked {} attached documents' copies in {}", converted, documents);
        }
        return converted;
    }

    private int unlockAll(List<Path> files, DocumentKey key) throws IOException {
        int converted = 0;
        for (Path file : files) {
            if (!isLockedWith(file, key)) {
                continue;
            }
            Path plain = file.resolveSibling(DocumentCipher.plainNameOf(file.getFileName().toString()));
            if (!Files.isRegularFile(plain, LinkOption.NOFOLLOW_LINKS)) {
                convert(file, plain, Optional.empty(), Optional.of(key));
                converted++;
            }
            Files.delete(file);
        }
        if (converted > 0) {
            LOG.info("Unlocked {} attached documents' copies in {}", converted, documents);
        }
        return converted;
    }

    /** Writes {@code from}'s document to {@code to}, locked with {@code lock} or unlocked with {@code unlock}. */
    private static void convert(Path from, Path to, Optional<DocumentKey> lock, Optional<DocumentKey> unlock)
            throws IOException {
        Path temporary = to.resolveSibling("." + UUID.randomUUID() + PART);
        try {
            long size = unlock.isPresent() ? -1 : Files.size(from);
            try (InputStream raw = Files.newInputStream(from);
                    InputStream in = unlock.isPresent() ? DocumentCipher.decrypting(raw, unlock.get()) : raw;
                    OutputStream out = ProjectDocuments.writing(temporary, lock, size)) {
                in.transferTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before the other form is deleted
            }
            try {
                Files.move(temporary, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, to);
            }
        } catch (IOException e) {
            LOG.error("Could not convert the document copy {}", from, e);
            DiskFullException.throwIfDiskFull(e, Files.size(from));
            throw e;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static boolean isLockedWith(Path file, DocumentKey key) {
        String name = file.getFileName().toString();
        return DocumentCipher.isLocked(name) && DocumentCipher.keyIdOf(name).equals(key.id());
    }

    /** Every copy in the documents folder: plain or locked, not half-written ones (".part") nor hidden ones. */
    private List<Path> copies() throws IOException {
        if (!Files.isDirectory(documents, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(documents, 2)) {
            for (Path f : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(".") && !name.endsWith(PART) && !f.getParent().equals(documents)) {
                    found.add(f);
                }
            }
        }
        return found;
    }
}
