package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import org.innovationportfolio.logic.Store;

/**
 * What the window needs, built by the launcher and handed over once.
 *
 * @param store the open portfolio store
 * @param clock today's date comes from here (fixed in tests)
 * @param dataFolder where the data lives, shown to the user in About and errors
 * @param appVersion the application's version
 * @param onFirstShown run once, on the JavaFX thread, after the main window is first painted; may be null
 */
public record DesktopContext(Store store, Clock clock, Path dataFolder, String appVersion, Runnable onFirstShown) {
}
