package org.innovationportfolio.logic.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A backup file in the data folder's backups, as its manifest describes it (read without opening its database).
 *
 * @param file where it is
 * @param taken when it was written
 * @param bytes its size on disk
 * @param projects how many projects it holds, or -1 when its manifest does not say
 * @param kind why it was made
 */
public record SavedBackup(Path file, Instant taken, long bytes, int projects, Kind kind) {

    /** Why a backup was made. */
    public enum Kind {
        /** Taken by the app on the first start of a day or on exit after changes. */
        AUTOMATIC("Automatic"),
        /** The portfolio as it was before a restore replaced it. */
        BEFORE_RESTORE("Before a restore"),
        /** The portfolio as it was before a pack import. */
        BEFORE_IMPORT("Before an import"),
        /** Put in the backups folder by hand. */
        OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** "Automatic", "Before a restore", as the list shows it. */
        public String label() {
            return label;
        }
    }

    public SavedBackup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(kind, "kind");
    }
}
