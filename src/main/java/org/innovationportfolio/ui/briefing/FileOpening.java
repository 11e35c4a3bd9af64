package org.innovationportfolio.ui.briefing;

import java.nio.file.Path;
import java.util.Objects;
import org.innovationportfolio.logic.project.DocumentType;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a file with the desktop's application. When the file is not a document type the application opens
 * (it could be a program), or the desktop cannot open it (no PDF viewer, say), it says so plainly and offers
 * to show the file in its folder instead.
 */
public final class FileOpening {

    private static final Logger LOG = LoggerFactory.getLogger(FileOpening.class);

    private final DesktopFiles desktop;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public FileOpening(DesktopFiles desktop, TaskRunner tasks, DialogService dialogs) {
        this.desktop = Objects.requireNonNull(desktop, "desktop");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** Opens {@code file}, known to people as {@code name}; call on the JavaFX thread. */
    public void open(Path file, String name) {
        if (!DocumentType.ofStored(file.getFileName().toString()).opensSafely()) {
            offerFolder(file, "\"" + name + "\" is not opened from the application",
                    "It is not a document or picture the application opens, and it could be a program. "
                            + "You can see it in its folder instead.");
            return;
        }
        tasks.run("Opening " + name, progress -> {
            try {
                desktop.open(file);
                return true;
            } catch (Exception e) {
                LOG.info("The desktop could not open {}", file, e);
                return false;
            }
        }, opened -> {
            if (!opened) {
                offerFolder(file, "No application on this computer opened \"" + name + "\"",
                        "There may be no application installed for this kind of file. You can show it in its "
                                + "folder instead: it is at " + file + ".");
            }
        }, message -> dialogs.showError("The file could not be opened", message));
    }

    private void offerFolder(Path file, String heading, String message) {
        if (!dialogs.confirm("Open file", heading, message, "Show in folder", "Cancel")) {
            return;
        }
        tasks.run("Showing the folder", progress -> {
            desktop.showInFolder(file);
            return file;
        }, shown -> { }, failure -> dialogs.showError("The folder could not be shown", failure));
    }
}
