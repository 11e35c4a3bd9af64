package org.innovationportfolio.logic.packs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.innovationportfolio.logic.Backups;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Undo last import": puts back the backup taken just before the most recent pack import. */
public final class ImportUndo {

    private static final Logger LOG = LoggerFactory.getLogger(ImportUndo.class);

    private final Store store;
    private final Backups backups;

    public ImportUndo(Store store, Backups backups) {
        this.store = store;
        this.backups = backups;
    }

    /** The import that {@link #undoLast} would undo, if any. */
    public Optional<ImportRecord> lastImport() {
        return store.read(repositories -> repositories.packHistory().lastImport());
    }

    /**
     * Restores the portfolio as it was before the last import. Anything changed since that import is
     * undone too, as the restored backup predates it; the earlier import, if any, becomes the last.
     *
     * @throws RefusedException when there is no import to undo or its backup is missing
     */
    public ImportRecord undoLast() {
        ImportRecord last = lastImport().orElseThrow(() -> new RefusedException(
                "There is no pack import to undo."));
        Path backup = Path.of(last.backupFile());
        if (!Files.isRegularFile(backup)) {
            throw new RefusedException("The backup taken before the import from " + last.sender() + " ("
                    + backup + ") is missing, so the import cannot be undone. Nothing was changed.");
        }
        backups.restoreFrom(backup);
        LOG.info("Undid the import of pack {} from {} by restoring {}", last.packId(), last.sender(), backup);
        return last;
    }
}
