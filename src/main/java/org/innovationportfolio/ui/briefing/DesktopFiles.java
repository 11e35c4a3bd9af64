package org.innovationportfolio.ui.briefing;

import java.awt.Desktop;
import java.nio.file.Path;
import org.innovationportfolio.logic.RefusedException;

/**
 * Hands a finished pack to the desktop: opens a file in its application, or shows the folder that holds it.
 * An interface so tests record what would have been opened rather than starting programs.
 */
public interface DesktopFiles {

    /** Opens {@code file} with the desktop's application for it. Call off the JavaFX thread. */
    void open(Path file) throws Exception;

    /** Shows the folder holding {@code file}, with the file selected where the desktop can. Off the JavaFX thread. */
    void showInFolder(Path file) throws Exception;

    /** The computer's own desktop, through AWT's {@link Desktop}. */
    static DesktopFiles system() {
        return new DesktopFiles() {
            @Override
            public void open(Path file) throws Exception {
                desktop(Desktop.Action.OPEN, file).open(file.toFile());
            }

            @Override
            public void showInFolder(Path file) throws Exception {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                    Desktop.getDesktop().browseFileDirectory(file.toFile());
                } else {
                    // Most Linux desktops cannot select a file: opening its folder is the next best thing.
                    desktop(Desktop.Action.OPEN, file).open(file.toAbsolutePath().getParent().toFile());
                }
            }

            private Desktop desktop(Desktop.Action action, Path file) {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(action)) {
                    throw new RefusedException("This computer cannot open files from the application. The pack is at "
                            + file + ".");
                }
                return Desktop.getDesktop();
            }
        };
    }
}
