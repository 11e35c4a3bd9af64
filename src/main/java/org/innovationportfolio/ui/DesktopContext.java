package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.innovationportfolio.logic.ports.Backups;
import org.innovationportfolio.logic.ports.Protection;
import org.innovationportfolio.logic.backup.BackupShelf;
import org.innovationportfolio.logic.briefing.DocumentRenderer;

/**
 * What the window needs, built by the launcher and handed over once.
 *
 * @param useCases the use cases over the open portfolio, built by the launcher
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
public record DesktopContext(UseCases useCases, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown,
        List<DocumentRenderer> renderers, Backups backups, Protection protection, BackupShelf shelf) {

    public DesktopContext {
        java.util.Objects.requireNonNull(useCases, "useCases");
        renderers = renderers == null ? List.of() : List.copyOf(renderers);
    }
}
