package org.innovationportfolio.logic.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.ProjectDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches files to projects: copies each into {@code <data folder>/documents/<project id>/} under a
 * safe generated name, records its size and SHA-256, and removes both copy and record together. While
 * the portfolio is protected with a password each copy is kept locked ({@link DocumentCipher}) with the
 * key inside the encrypted database, and read back through it.
 */
public final class ProjectDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectDocuments.class);
    /** Decrypted copies handed to the desktop's viewer: owner-only, emptied at every start and on exit. */
    public static final String OPENED_FOLDER = ".opened-documents";
    static final String DOCUMENTS_FOLDER = "documents";

    private final Store store;
    private final Path dataFolder;
    private final Clock clock;

    public ProjectDocuments(Store store, Path dataFolder, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The project's documents, oldest first. */
    public List<ProjectDocument> list(UUID projectId) {
        return store.read(repositories -> repositories.documents().findByProject(projectId));
    }

    /** The key copies are locked with now: present while the portfolio is protected. */
    public Optional<DocumentKey> key() {
        return store.read(repositories -> repositories.settings().get(DocumentKey.SETTING))
                .flatMap(DocumentKey::parse);
    }

    /**
     * Copies {@code source} into the data folder (locked, when the portfolio is protected) and records it.
     * If recording fails the copy is deleted, so a failure leaves nothing behind.
     */
    public ProjectDocument attach(UUID projectId, Path source) {
        if (!Files.isRegularFile(source)) {
            throw new RefusedException("\"" + source.getFileName() + "\" is not a file that can be attached.");
        }
        UUID id = UUID.randomUUID();
        String fileName = source.getFileName().toString();
        Optional<DocumentKey> key = key();
        Path folder = folder(projectId);
        Path temp = folder.resolve(id + ".part");
        String storedName;
        Path target;
        String sha256;
        long size;
        try {
            Files.createDirectories(folder);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long expected = Files.size(source);
            byte[] head;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                    OutputStream out = writing(temp, key, expected)) {
                head = in.readNBytes(DocumentType.HEAD_BYTES);
                out.write(head);
                size = head.length + in.transferTo(out);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            // The extension comes from the copy's content, never from the name: see DocumentType.
            storedName = id + DocumentType.of(head, fileName).extension();
            Path plain = folder.resolve(storedName);
            target = key.map(k -> DocumentCipher.locked(plain, k)).orElse(plain);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | NoSuchAlgorithmException e) {
            deleteQuietly(temp);
            LOG.warn("Could not copy {} into {}", source, folder, e);
            DiskFullException.throwIfDiskFull(e, sizeOf(source));
            throw new RefusedException("\"" + source.getFileName() + "\" could not be copied into the data folder ("
                    + e.getMessage() + "). Nothing was attached.", e);
        }
        Instant now = clock.instant();
        ProjectDocument document = new ProjectDocument(id, projectId, fileName, storedName,
                size, sha256, now, now);
        try {
            store.writing(repositories -> repositories.documents().save(document));
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        return document;
    }

    /** Deletes the record, then the copy (plain or locked); a copy that cannot be deleted is only logged. */
    public void remove(ProjectDocument document) {
        store.writing(repositories -> repositories.documents().delete(document.id()));
        Path plain = path(document);
        deleteQuietly(plain);
        for (Path locked : lockedCopiesOf(plain)) {
            deleteQuietly(locked);
        }
    }

    /** Where the plain copy of {@code document} is kept (a locked copy is beside it, named after it). */
    public Path path(ProjectDocument document) {
        return folder(document.projectId()).resolve(document.storedName());
    }

    /** Where the copy of {@code document} is now: its locked copy under {@code key} if there is one, else the plain one. */
    public Path copyOf(ProjectDocument document, Optional<DocumentKey> key) {
        Path plain = path(document);
        if (key.isPresent()) {
            Path locked = DocumentCipher.locked(plain, key.get());
            if (Files.isRegularFile(locked, LinkOption.NOFOLLOW_LINKS)) {
                return locked;
            }
        }
        return plain;
    }

    /** True when {@code document} has a copy in the data folder, locked or not. */
    public boolean hasCopy(ProjectDocument document, Optional<DocumentKey> key) {
        return Files.isRegularFile(copyOf(document, key), LinkOption.NOFOLLOW_LINKS);
    }

    /** The document's bytes, decrypted when its copy is locked. */
    public InputStream read(ProjectDocument document, Optional<DocumentKey> key) throws IOException {
        Path copy = copyOf(document, key);
        InputStream raw = Files.newInputStream(copy);
        if (key.isPresent() && !copy.equals(path(document))) {
            try {
                return DocumentCipher.decrypting(raw, key.get());
            } catch (IOException | RuntimeException e) {
                raw.close();
                throw e;
            }
        }
        return raw;
    }

    /**
     * A file the desktop's viewer can open: the plain copy itself, or (when it is locked) a decrypted copy
     * in {@value #OPENED_FOLDER}, readable by its owner only and deleted at the next start or on exit.
     *
     * @throws RefusedException when the copy is missing or cannot be read
     */
    public Path viewable(ProjectDocument document) {
        Optional<DocumentKey> key = key();
        Path copy = copyOf(document, key);
        if (!Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException("The copy of \"" + document.fileName() + "\" is missing from the data folder ("
                    + copy + "). Remove it and attach it again.");
        }
        if (copy.equals(path(document))) {
            return copy;
        }
        Path folder = dataFolder.resolve(OPENED_FOLDER).resolve(UUID.randomUUID().toString());
        Path opened = folder.resolve(document.storedName());
        try {
            createOwnerOnlyFolder(dataFolder.resolve(OPENED_FOLDER));
            createOwnerOnlyFolder(folder);
            try (InputStream in = read(document, key); OutputStream out = ownerOnlyFile(opened)) {
                in.transferTo(out);
            }
            return opened;
        } catch (IOException e) {
            deleteQuietly(opened);
            deleteQuietly(folder);
            LOG.warn("Could not decrypt {} for viewing", copy, e);
            DiskFullException.throwIfDiskFull(e, document.sizeBytes());
            throw new RefusedException("\"" + document.fileName() + "\" could not be decrypted for viewing ("
                    + e.getMessage() + "). If its copy was damaged, remove it and attach it again.", e);
        }
    }

    /** Deletes every decrypted copy made for viewing: at start and on exit. */
    public static void deleteOpenedCopies(Path dataFolder) {
        Path opened = dataFolder.resolve(OPENED_FOLDER);
        if (!Files.isDirectory(opened, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(opened)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete every decrypted copy in {} (one may still be open)", opened, e);
        }
    }

    /**
     * A new file at {@code temp} that encrypts what is written when {@code key} is present; closing it
     * finishes the file.
     */
    public static OutputStream writing(Path temp, Optional<DocumentKey> key, long size) throws IOException {
        return locking(new java.io.BufferedOutputStream(
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024),
                key, size);
    }

    /**
     * Wraps {@code raw} so that what is written is locked with {@code key} when present (exactly
     * {@code size} bytes must be written then); closing it finishes the copy and closes {@code raw}.
     */
    public static OutputStream locking(OutputStream raw, Optional<DocumentKey> key, long size) throws IOException {
        if (key.isEmpty()) {
            return raw;
        }
        try {
            return DocumentCipher.encrypting(raw, key.get(), size);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Every locked copy beside {@code plain}, whatever key locked it. */
    static List<Path> lockedCopiesOf(Path plain) {
        Path folder = plain.getParent();
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        String name = plain.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return DocumentCipher.isLocked(n) && DocumentCipher.plainNameOf(n).equals(name);
            }).toList();
        } catch (IOException e) {
            LOG.warn("Could not list {}", folder, e);
            return List.of();
        }
    }

    private Path folder(UUID projectId) {
        return dataFolder.resolve(DOCUMENTS_FOLDER).resolve(projectId.toString());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (posix()) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
    }

    private static OutputStream ownerOnlyFile(Path file) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
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
