package org.innovationportfolio.ui.tracker;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * File › Undo tracker import…, and the wizard's Undo this import: says which import it would undo, asks, then
 * restores the backup taken just before it, as {@code tracker undo-import} does.
 */
public final class TrackerUndo {

    static final String TITLE = "Undo tracker import";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu 'at' HH:mm", Locale.UK);

    private final TrackerImport trackers;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable onUndone;
    private final ZoneId zone;

    /** @param onUndone run on the JavaFX thread after the portfolio was put back */
    public TrackerUndo(TrackerImport trackers, DialogService dialogs, TaskRunner tasks, Runnable onUndone, ZoneId zone) {
        this.trackers = Objects.requireNonNull(trackers, "trackers");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onUndone = Objects.requireNonNull(onUndone, "onUndone");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public void undoLastImport() {
        tasks.run("Finding the last tracker import", progress -> trackers.lastImport(), last -> {
            if (last.isEmpty()) {
                dialogs.showInformation(TITLE, "There is nothing to undo",
                        "No spreadsheet tracker has been imported into this portfolio since it was last restored.");
                return;
            }
            TrackerImport.LastImport record = last.get();
            boolean go = dialogs.confirm(TITLE, "Undo the import of the tracker " + record.fileName() + "?",
                    "It was imported" + when(record) + ". The portfolio goes back to exactly how it was just before "
                            + "that import. Any changes you made after it are undone too.",
                    "Undo the import", "Keep everything");
            if (go) {
                tasks.run("Undoing the tracker import", progress -> trackers.undoLast(), undone -> {
                    onUndone.run();
                    dialogs.showInformation(TITLE, "Import undone", "The portfolio is as it was before the tracker "
                            + undone.fileName() + " was imported" + when(undone) + ".");
                }, why -> dialogs.showError("The import was not undone", why));
            }
        }, why -> dialogs.showError("The import was not undone", why));
    }

    private String when(TrackerImport.LastImport record) {
        return record.importedAt() == null ? "" : " on " + WHEN.format(record.importedAt().atZone(zone));
    }
}
