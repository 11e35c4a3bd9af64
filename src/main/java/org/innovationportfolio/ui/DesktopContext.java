package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.innovationportfolio.logic.Backups;
import org.innovationportfolio.logic.Protection;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.logic.backup.BackupShelf;
import org.innovationportfolio.logic.briefing.DocumentRenderer;

/**
 * What the window needs, built by the launcher and handed over once.
 *
 * @param store the open portfolio store
 * @param clock today's date comes from here (fixed in tests)
 * @param dataFolder where the data lives, shown to the user in About and errors
 * @param appVersion the application's version
 * @param onFirstShown run once, on the JavaFX thread, after the main window is first painted with its first page
 *     filled (the portfolio read and its rows laid out); may be null
 * @param renderers the briefing pack formats the launcher wires in (Word, PDF); empty hides briefing packs
 * @param backups whole-portfolio backup and restore, for importing packs and undoing an import; null disables both
 * @param protection password protection (encryption at rest) of the portfolio; null hides its commands
 * @param shelf the automatic backups, File › Restore…'s list and the second backup folder; null disables them
 */
public record DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown,
        List<DocumentRenderer> renderers, Backups backups, Protection protection, BackupShelf shelf) {

    public DesktopContext {
        renderers = renderers == null ? List.of() : List.copyOf(renderers);
    }

    /** A context without password protection commands or automatic backups. */
    public DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown,
            List<DocumentRenderer> renderers, Backups backups) {
        this(store, clock, dataFolder, appVersion, onFirstShown, renderers, backups, null, null);
    }

    /** A context without briefing renderers or backups (tests of pages that need neither). */
    public DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown) {
        this(store, clock, dataFolder, appVersion, onFirstShown, List.of(), null);
    }

    /** A context with briefing renderers and no backups. */
    public DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown,
            List<DocumentRenderer> renderers) {
        this(store, clock, dataFolder, appVersion, onFirstShown, renderers, null);
    }

    /** A context with backups and no briefing renderers. */
    public DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown,
            Backups backups) {
        this(store, clock, dataFolder, appVersion, onFirstShown, List.of(), backups);
    }
}
