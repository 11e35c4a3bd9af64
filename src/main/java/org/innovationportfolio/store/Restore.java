package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One restore of a checked backup: unpack beside the database, prove it opens, put the backup's
 * documents in place, swap the folders, reopen; on any failure put the old database back. Runs while
 * the database is held exclusively.
 */
final class Restore {

    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final String NOTHING = " Nothing was restored.";

    private final Database database;
    private final Path file;
    private final BackupManifest manifest;

    Restore(Database database, Path file, BackupManifest manifest) {
        this.database = database;
        this.file = file;
        this.manifest = manifest;
    }

    void run() {
        Path unpacked = database.newRestoreFolder();
        try {
            new BackupChecker(ZipLimits.BACKUP).extract(file, manifest, unpacked);
            Path restored = unpacked.resolve(BackupWriter.DATABASE_ENTRY);
            proveItOpens(restored);
            putDocumentsBack(unpacked.resolve(BackupWriter.DOCUMENTS_ENTRY));
            swapIn(restored);
            LOG.info("Restored {} projects and {} innovations from {}", manifest.counts() == null ? "?"
                    : manifest.counts().projects(), manifest.counts() == null ? "?"
                    : manifest.counts().innovations(), file);
        } finally {
            DerbyFiles.deleteTreeQuietly(unpacked);
        }
    }

    /** Boots the unpacked copy on its own, checks its schema and counts, and shuts it down again. */
    private void proveItOpens(Path restored) {
        try {
            DerbyFiles.boot(restored, false);
            new Migrations(DerbyFiles.url(restored)).checkNotNewer();
            if (manifest.counts() != null) {
                int projects = Jdbi.create(DerbyFiles.url(restored)).withHandle(h ->
                        h.createQuery("SELECT COUNT(*) FROM project").mapTo(Integer.class).one());
                if (projects != manifest.counts().projects()) {
                    throw new RefusedException("The backup is damaged: it should hold " + manifest.counts().projects()
                            + " projects but holds " + projects + "." + NOTHING);
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof RefusedException refused) {
                throw refused;
            }
            if (SqlErrors.isDiskFull(e)) {
                LOG.warn("The unpacked backup in {} could not be opened: the disk is full", restored, e);
                throw new DiskFullException(0, e);
            }
            LOG.warn("The unpacked backup in {} does not open", restored, e);
            throw new RefusedException("The backup is damaged: its database does not open." + NOTHING, e);
        } finally {
            DerbyFiles.shutdown(restored);
        }
    }

    /**
     * Adds the backup's documents to the data folder, each written beside its place and moved in, and
     * a file already there replaced only when its bytes differ. Nothing is removed: a file the restored
     * records do not name is harmless, and one they do name is never lost, even if the swap then fails.
     */
    private void putDocumentsBack(Path unpackedDocuments) {
        if (!Files.isDirectory(unpackedDocuments)) {
            return; // a backup made before documents were backed up: keep the files there are
        }
        Path documents = database.dataFolder().resolve(BackupWriter.DOCUMENTS_ENTRY);
        int written = 0;
        try (Stream<Path> walk = Files.walk(unpackedDocuments)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path target = documents.resolve(unpackedDocuments.relativize(file).toString()).normalize();
                if (!target.startsWith(documents)) {
                    throw new RefusedException("The backup is unsafe: " + file.getFileName()
                            + " would be written outside the documents folder." + NOTHING);
                }
                if (Files.isRegularFile(target) && Files.mismatch(file, target) == -1) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                // ".part", as attaching names its half-written copies, so a backup never takes it.
                Path temporary = target.resolveSibling(target.getFileName() + ".restoring.part");
                Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                written++;
            }
        } catch (IOException e) {
            LOG.error("Could not put the backup's documents in {}", documents, e);
            DiskFullException.throwIfDiskFull(e, 0);
            throw new StoreException("The backup's attached documents could not be put back (" + e.getMessage()
                    + "). Check there is space on the disk. The portfolio was not restored; documents already "
                    + "copied are kept.", null, e);
        }
        LOG.info("Put {} documents back from the backup", written);
    }

    private void swapIn(Path restored) {
        Path current = database.databaseFolder();
        Path aside = database.newAsideFolder();
        database.suspend();
        try {
            DerbyFiles.move(current, aside);
        } catch (IOException e) {
            LOG.error("Could not set the current database aside", e);
            database.boot();
            throw new StoreException("The current portfolio could not be moved aside (" + e.getMessage() + ")."
                    + NOTHING, null, e);
        }
        try {
            DerbyFiles.move(restored, current);
            database.boot();
        } catch (IOException | RuntimeException e) {
            LOG.error("The restored database did not open in place; putting the old one back", e);
            putBack(current, aside);
            if (SqlErrors.isDiskFull(e)) {
                throw new DiskFullException(0, e);
            }
            throw new RefusedException("The backup could not be opened in place of the current portfolio."
                    + NOTHING, e);
        }
        DerbyFiles.deleteTreeQuietly(aside);
    }

    private void putBack(Path current, Path aside) {
        DerbyFiles.shutdown(current);
        DerbyFiles.deleteTree(current);
        try {
            DerbyFiles.move(aside, current);
        } catch (IOException e) {
            throw new StoreException("The backup did not open and the previous portfolio could not be put back: "
                    + "it is kept in " + aside + ". Close the app and move that folder back to " + current + ".",
                    null, e);
        }
        database.boot();
    }
}
