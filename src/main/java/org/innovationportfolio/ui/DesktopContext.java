package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.innovationportfolio.logic.Backups;
import org.innovationportfolio.logic.Store;

/**
 * What the window needs, built by the launcher and handed over once.
 *
 * @param store the open portfolio store
 * @param clock today's date comes from here (fixed in tests)
 * @param dataFolder where the data lives, shown to the user in About and errors
 * @param appVersion the application's version
 * @param onFirstShown run once, on the JavaFX thread, after the main window is first painted; may be null
 * @param backups whole-portfolio backup and restore, for importing packs and undoing an import; null disables both
 */
public record DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown,
        Backups backups) {

    /** A context without backups: pack import and undo are unavailable. */
    public DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown) {
        this(store, clock, dataFolder, appVersion, onFirstShown, null);
    }
}
