package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a backup that is never seen under its name until it is whole and checked: it is written under a
 * {@code .checking-} name beside its final one, checked against its manifest, and only then renamed. A crash on the
 * way leaves only the {@code .checking-} file (owner-only, as every backup file), never a backup that looks good.
 * Used by the automatic backups and by {@code backup --to}.
 */
final class CheckedBackups {

    private static final Logger LOG = LoggerFactory.getLogger(CheckedBackups.class);

    /** A backup written and not yet checked: never listed, never counted, deleted at the next start. */
    static final String CHECKING_PREFIX = ".checking-";

    /** The backup failed its check after writing (it was deleted). */
    static final class CheckFailed extends Exception {
        private static final long serialVersionUID = 1L;

        CheckFailed(RefusedException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private CheckedBackups() {
    }

    /**
     * Backs {@code database} up to {@code target} by way of its {@code .checking-} name; {@code checkpoints} is told
     * when the file is written and when it is checked.
     *
     * @throws CheckFailed when the written file fails its check (nothing is left)
     * @throws IOException when it could not be renamed (nothing is left)
     */
    static Path write(Database database, Path target, AutoBackups.Checkpoints checkpoints)
            throws CheckFailed, IOException {
        Path checking = checkingNameOf(target);
        try {
            Files.deleteIfExists(checking);
            database.backupTo(checking);
            checkpoints.reached(AutoBackups.Checkpoint.WRITTEN_UNCHECKED);
            try {
                new BackupChecker(ZipLimits.BACKUP).check(checking, database.schemaVersion());
            } catch (RefusedException e) {
                LOG.error("The backup {} failed its check and was deleted", checking, e);
                throw new CheckFailed(e);
            }
            checkpoints.reached(AutoBackups.Checkpoint.CHECKED_UNNAMED);
            move(checking, target);
            LOG.info("Backup written and checked: {}", target);
            return target;
        } finally {
            try {
                Files.deleteIfExists(checking);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", checking, e);
            }
        }
    }

    /** Where {@code target} is written and checked before it is given its name. */
    static Path checkingNameOf(Path target) {
        return target.resolveSibling(CHECKING_PREFIX + target.getFileName());
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
