package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One restore of a checked backup: unpack beside the database, prove it opens, swap the folders,
 * reopen; on any failure put the old database back. Runs while the database is held exclusively.
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
            LOG.warn("The unpacked backup in {} does not open", restored, e);
            throw new RefusedException("The backup is damaged: its database does not open." + NOTHING, e);
        } finally {
            DerbyFiles.shutdown(restored);
        }
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
