package org.innovationportfolio.ui.briefing;

import java.awt.Desktop;
import java.nio.file.Path;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.project.DocumentType;

/**
 * Hands a file to the desktop: opens it in its application, or shows the folder that holds it. An
 * interface so tests record what would have been opened rather than starting programs. Use
 * {@link FileOpening} to open: it offers the folder when a file cannot or must not be opened.
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
                // Never hand a program to the desktop, whoever asks: FileOpening offers its folder instead.
                if (!DocumentType.ofStored(file.getFileName().toString()).opensSafely()) {
                    throw new RefusedException("\"" + file.getFileName() + "\" is not a document the application "
                            + "opens. It is at " + file + ".");
                }
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
                    throw new RefusedException("This computer cannot open files from the application. The file is at "
                            + file + ".");
                }
                return Desktop.getDesktop();
            }
        };
    }
}
