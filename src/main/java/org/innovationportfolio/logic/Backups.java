package org.innovationportfolio.logic;

import java.nio.file.Path;

/** Whole-portfolio backup and restore, as use cases that must be undoable (pack import) need them. */
public interface Backups {

    /** Writes the whole portfolio to {@code file} atomically. */
    void backupTo(Path file);

    /**
     * Replaces the whole portfolio with the backup in {@code file}, checked first; call it outside any
     * {@link Store} read or write.
     */
    void restoreFrom(Path file);
}
