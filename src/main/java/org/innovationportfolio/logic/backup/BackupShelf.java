package org.innovationportfolio.logic.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The backups the app keeps for the user: automatic ones (on the first start of a day, and on exit after changes),
 * rotated, checked after writing and copied to a second folder when one is chosen; listed, previewed and restored.
 * Every method may take a while: call it off the JavaFX thread.
 */
public interface BackupShelf {

    /** What an automatic backup did. */
    record Outcome(Optional<SavedBackup> written, Optional<String> warning) {
    }

    /** Marks the start of the session: writes from now on count as changes for the exit backup. */
    void sessionStarted();

    /** Takes a backup unless one was already taken today; rotates the backups. */
    Outcome backUpAtStart();

    /** Takes a backup if anything was written since the session started (or since the last automatic backup). */
    Outcome backUpOnExit();

    /** True when something was written since the session started or the last automatic backup. */
    boolean changedSinceLastBackup();

    /** The backups in the data folder's backups folder, newest first; files that are not backups are left out. */
    List<SavedBackup> list();

    /** The newest backup that passed its check, if any. */
    Optional<SavedBackup> lastGood();

    /**
     * What restoring {@code file} would change, computed on a checked, unpacked copy of it (nothing in it is run).
     *
     * @throws org.innovationportfolio.logic.RefusedException when it is not a sound backup
     */
    RestorePreview preview(Path file);

    /**
     * Restores {@code file}, keeping the portfolio it replaces as a safety backup first.
     *
     * @return the safety backup, to undo the restore with; null when there was none
     */
    Path restore(Path file);

    /** The second folder every automatic backup is copied to, if one is chosen. */
    Optional<Path> secondFolder();

    /** Chooses the second folder, or none with null. */
    void setSecondFolder(Path folder);
}
