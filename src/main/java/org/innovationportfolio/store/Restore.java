package org.innovationportfolio.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One restore of a checked backup: unpack beside the database, prove it is the app's and reads in full,
 * put the backup's documents in place, keep the current portfolio as a dated backup, swap the folders,
 * reopen; on any failure put the old database back. Works whether or not the current database opens.
 * Runs while the database is held exclusively.
 */
final class Restore {

    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final String NOTHING = " Nothing was restored.";
    /** Where the portfolio a restore replaces is kept, beside the backups taken before pack imports. */
    static final String BACKUPS = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Database database;
    private final Path file;
    private final BackupManifest manifest;
    private final Clock clock;

    Restore(Database database, Path file, BackupManifest manifest, Clock clock) {
        this.database = database;
        this.file = file;
        this.manifest = manifest;
        this.clock = clock;
    }

    /** Restores; returns where the portfolio it replaced was kept, or null when there was none. */
    Path run() {
        Path unpacked = database.newRestoreFolder();
        try {
            new BackupChecker(ZipLimits.BACKUP).extract(file, manifest, unpacked);
            Path restored = unpacked.resolve(BackupWriter.DATABASE_ENTRY);
            char[] password = database.passwordInUse();
            try {
                new UntrustedDatabase(restored, password).check(manifest.schemaVersion(),
                        manifest.counts() == null ? -1 : manifest.counts().projects());
            } finally {
                Passwords.clear(password);
            }
            String stamp = STAMP.format(clock.instant());
            // Before the documents are touched, so the backup holds the portfolio exactly as it was.
            Path keptFile = Files.exists(database.databaseFolder()) ? backUpCurrent(stamp) : null;
            putDocumentsBack(unpacked.resolve(BackupWriter.DOCUMENTS_ENTRY));
            Path kept = swapIn(restored, keptFile, stamp);
            // A plain backup restored into a protected portfolio is protected too.
            database.keepProtectedAfterRestore();
            LOG.info("Restored {} projects and {} innovations from {}", manifest.counts() == null ? "?"
                    : manifest.counts().projects(), manifest.counts() == null ? "?"
                    : manifest.counts().innovations(), file);
            return kept;
        } finally {
            DerbyFiles.deleteTreeQuietly(unpacked);
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
                Path temporary = OwnerOnlyFiles.restoringCopyOf(target);
                Files.deleteIfExists(temporary);
                OwnerOnlyFiles.create(temporary);
                try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                    Files.copy(file, out);
                }
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

    /**
     * Moves the current database aside and the restored one in, and opens it. The current database is
     * deleted only when {@code keptFile}, a backup of it, was written; otherwise (it was too damaged to back
     * up) its folder is moved to the backups folder.
     */
    private Path swapIn(Path restored, Path keptFile, String stamp) {
        Path current = database.databaseFolder();
        if (!Files.exists(current)) {
            moveInAndOpen(restored, current, null);
            return keptFile;
        }
        Path aside = database.newAsideFolder();
        database.suspend();
        try {
            DerbyFiles.move(current, aside);
        } catch (IOException e) {
            LOG.error("Could not set the current database aside", e);
            reopenQuietly();
            throw new StoreException("The current portfolio could not be moved aside (" + e.getMessage() + ")."
                    + NOTHING, null, e);
        }
        moveInAndOpen(restored, current, aside);
        if (keptFile != null) {
            DerbyFiles.deleteTreeQuietly(aside); // a checked backup of it is kept instead
            return keptFile;
        }
        Path keptFolder = database.dataFolder().resolve(BACKUPS).resolve("before-restore-" + stamp + "-damaged");
        try {
            Files.createDirectories(keptFolder.getParent());
            DerbyFiles.move(aside, keptFolder);
            return keptFolder;
        } catch (IOException e) {
            LOG.warn("Could not move the previous database from {} to {}; it stays there", aside, keptFolder, e);
            return aside;
        }
    }

    private void moveInAndOpen(Path restored, Path current, Path aside) {
        try {
            DerbyFiles.move(restored, current);
            database.boot();
        } catch (IOException | RuntimeException e) {
            LOG.error("The restored database did not open in place; putting the old one back", e);
            if (aside != null) {
                putBack(current, aside);
            } else {
                DerbyFiles.shutdown(current);
                DerbyFiles.deleteTreeQuietly(current);
            }
            if (SqlErrors.isDiskFull(e)) {
                throw new DiskFullException(0, e);
            }
            throw new RefusedException("The backup could not be opened in place of the current portfolio."
                    + NOTHING, e);
        }
    }

    /**
     * A normal backup of the current database in the backups folder, or null when it cannot be made (the
     * database does not open, or a page of it is damaged): then its folder is kept instead.
     */
    private Path backUpCurrent(String stamp) {
        Path folder = database.dataFolder().resolve(BACKUPS);
        Path target = folder.resolve("before-restore-" + stamp + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("before-restore-" + stamp + "-" + n + ".zip");
        }
        try {
            Files.createDirectories(folder);
            if (!database.isOpen()) {
                database.boot();
            }
            database.backupTo(target);
            return target;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The current database could not be backed up before the restore; its folder will be kept", e);
            return null;
        }
    }

    private void reopenQuietly() {
        try {
            database.boot();
        } catch (RuntimeException e) {
            LOG.warn("The current database did not open again after a failed restore", e);
        }
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
        reopenQuietly();
    }
}
