package org.innovationportfolio.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.EntryDigest;
import org.innovationportfolio.logic.backup.SafeZipReader;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a backup file: a Derby online backup and the attached documents, zipped with a manifest of
 * checksums, written to a temporary file beside the target and moved into place in one step, so a
 * failure leaves no file.
 */
final class BackupWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);
    static final String DATABASE_ENTRY = "db";
    /** Attached files, as they lie under {@code <data folder>/documents}. */
    static final String DOCUMENTS_ENTRY = "documents";
    private static final String PARTIAL_SUFFIX = ".part";

    private final Jdbi jdbi;
    private final Path dataFolder;
    private final Clock clock;

    BackupWriter(Jdbi jdbi, Path dataFolder, Clock clock) {
        this.jdbi = jdbi;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    void write(Path file, int schemaVersion, String appVersion) {
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new RefusedException("The folder " + parent + " does not exist. Choose another place for the backup.");
        }
        if (Files.isDirectory(target)) {
            throw new RefusedException(target + " is a folder. Give a file name for the backup, for example "
                    + "portfolio-backup.zip.");
        }
        String token = UUID.randomUUID().toString();
        Path work = dataFolder.resolve(".backup-" + token);
        Path temporary = parent.resolve("." + target.getFileName() + "." + token + ".tmp");
        try {
            BackupManifest.Counts counts = jdbi.withHandle(h -> new BackupManifest.Counts(
                    h.createQuery("SELECT COUNT(*) FROM project").mapTo(Integer.class).one(),
                    h.createQuery("SELECT COUNT(*) FROM innovation").mapTo(Integer.class).one()));
            jdbi.useHandle(h -> h.createCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(:folder)")
                    .bind("folder", work.toString())
                    .invoke());
            Path copy = work.resolve(DATABASE_ENTRY);
            List<Zipped> files = new ArrayList<>();
            for (Path f : filesUnder(copy)) {
                files.add(new Zipped(entryName(DATABASE_ENTRY, copy, f), f));
            }
            // After the database: a document's file is in place before its record is written, so every
            // record in the copy above has its file below (unless it was removed in between).
            files.addAll(copyDocuments(work.resolve(DOCUMENTS_ENTRY)));
            List<BackupManifest.Entry> entries = new ArrayList<>();
            for (Zipped f : files) {
                EntryDigest digest = SafeZipReader.digestOf(f.file());
                entries.add(new BackupManifest.Entry(f.name(), digest.size(), digest.sha256()));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                    appVersion, schemaVersion, clock.instant(), counts, entries);
            zip(temporary, manifest, files);
            moveIntoPlace(temporary, target);
            LOG.info("Backed up {} projects and {} innovations to {}", counts.projects(), counts.innovations(), target);
        } catch (IOException e) {
            LOG.error("Backup to {} failed", target, e);
            DiskFullException.throwIfDiskFull(e, 0);
            throw new StoreException("The backup could not be written (" + e.getMessage()
                    + "). No backup file was made; check there is space and try again.", null, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.warn("Could not delete the temporary file {}", temporary, e);
            }
            DerbyFiles.deleteTreeQuietly(work);
        }
    }

    /** One file going into the zip, under its entry name. */
    private record Zipped(String name, Path file) {
    }

    /**
     * Links (or, where links are not possible, copies) every attached file into {@code into}, so the
     * files zipped are the files checksummed. Half-copied files (".part") and anything not a plain
     * file are left out.
     */
    private List<Zipped> copyDocuments(Path into) throws IOException {
        Path documents = dataFolder.resolve(DOCUMENTS_ENTRY);
        if (!Files.isDirectory(documents, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Path> originals;
        try (Stream<Path> walk = Files.walk(documents)) {
            originals = walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().endsWith(PARTIAL_SUFFIX))
                    .sorted()
                    .toList();
        }
        List<Zipped> copies = new ArrayList<>();
        for (Path original : originals) {
            Path copy = into.resolve(documents.relativize(original).toString());
            Files.createDirectories(copy.getParent());
            try {
                Files.createLink(copy, original);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(original, copy);
            }
            copies.add(new Zipped(entryName(DOCUMENTS_ENTRY, into, copy), copy));
        }
        return copies;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Derby's backup did not produce " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String entryName(String top, Path copy, Path file) {
        StringBuilder name = new StringBuilder(top);
        for (Path part : copy.relativize(file)) {
            name.append('/').append(part);
        }
        return name.toString();
    }

    private static void zip(Path temporary, BackupManifest manifest, List<Zipped> files) throws IOException {
        OwnerOnlyFiles.create(temporary); // the whole portfolio, private notes too: its owner's eyes only
        try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
            zip.write(manifest.toJson());
            zip.closeEntry();
            for (Zipped f : files) {
                zip.putNextEntry(new ZipEntry(f.name()));
                Files.copy(f.file(), zip);
                zip.closeEntry();
            }
            zip.finish();
            out.flush();
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true); // on disk before the rename makes it the backup
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("The file system cannot replace {} atomically; replacing it instead", target);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
