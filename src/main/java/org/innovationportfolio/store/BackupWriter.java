package org.innovationportfolio.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
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
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.EntryDigest;
import org.innovationportfolio.logic.backup.SafeZipReader;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a backup file: a Derby online backup, zipped with a manifest of checksums, written to a
 * temporary file beside the target and moved into place in one step, so a failure leaves no file.
 */
final class BackupWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);
    static final String DATABASE_ENTRY = "db";

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
            List<Path> files = filesUnder(copy);
            List<BackupManifest.Entry> entries = new ArrayList<>();
            for (Path f : files) {
                EntryDigest digest = SafeZipReader.digestOf(f);
                entries.add(new BackupManifest.Entry(entryName(copy, f), digest.size(), digest.sha256()));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION,
                    appVersion, schemaVersion, clock.instant(), counts, entries);
            zip(temporary, manifest, copy, files);
            moveIntoPlace(temporary, target);
            LOG.info("Backed up {} projects and {} innovations to {}", counts.projects(), counts.innovations(), target);
        } catch (IOException e) {
            LOG.error("Backup to {} failed", target, e);
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

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Derby's backup did not produce " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String entryName(Path copy, Path file) {
        StringBuilder name = new StringBuilder(DATABASE_ENTRY);
        for (Path part : copy.relativize(file)) {
            name.append('/').append(part);
        }
        return name.toString();
    }

    private static void zip(Path temporary, BackupManifest manifest, Path copy, List<Path> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(temporary);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
            zip.write(manifest.toJson());
            zip.closeEntry();
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(entryName(copy, f)));
                Files.copy(f, zip);
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
