package org.innovationportfolio.logic.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.model.ProjectDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches files to projects: copies each into {@code <data folder>/documents/<project id>/} under a
 * safe generated name, records its size and SHA-256, and removes both copy and record together.
 */
public final class ProjectDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectDocuments.class);

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

    /**
     * Copies {@code source} into the data folder and records it. If recording fails the copy is deleted,
     * so a failure leaves nothing behind.
     */
    public ProjectDocument attach(UUID projectId, Path source) {
        if (!Files.isRegularFile(source)) {
            throw new RefusedException("\"" + source.getFileName() + "\" is not a file that can be attached.");
        }
        UUID id = UUID.randomUUID();
        String fileName = source.getFileName().toString();
        Path folder = folder(projectId);
        Path temp = folder.resolve(id + ".part");
        String storedName;
        Path target;
        String sha256;
        long size;
        try {
            Files.createDirectories(folder);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                    OutputStream out = Files.newOutputStream(temp)) {
                size = in.transferTo(out);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            // The extension comes from the copy's content, never from the name: see DocumentType.
            storedName = id + DocumentType.of(temp, fileName).extension();
            target = folder.resolve(storedName);
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

    /** Deletes the record, then the copy; a copy that cannot be deleted is only logged. */
    public void remove(ProjectDocument document) {
        store.writing(repositories -> repositories.documents().delete(document.id()));
        deleteQuietly(path(document));
    }

    /** Where the copy of {@code document} is kept. */
    public Path path(ProjectDocument document) {
        return folder(document.projectId()).resolve(document.storedName());
    }

    private Path folder(UUID projectId) {
        return dataFolder.resolve("documents").resolve(projectId.toString());
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
