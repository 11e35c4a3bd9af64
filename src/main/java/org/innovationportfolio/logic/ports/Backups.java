package org.innovationportfolio.logic.ports;

import java.nio.file.Path;

/** Whole-portfolio backup and restore, as use cases that must be undoable (pack import) need them. */
public interface Backups {

    /** Writes the whole portfolio to {@code file} atomically. */
    void backupTo(Path file);

    /**
     * Replaces the whole portfolio with the backup in {@code file}, checked first; call it outside any
     * {@link Store} read or write. The portfolio it replaces is kept first, as a backup file in the data
     * folder's backups folder (or, when it was too damaged to back up, as its folder there).
     *
     * @return where the replaced portfolio was kept, to tell the user; null when there was none
     */
    Path restoreFrom(Path file);
}
