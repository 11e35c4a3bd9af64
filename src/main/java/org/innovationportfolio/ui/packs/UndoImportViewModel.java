package org.innovationportfolio.ui.packs;

import java.time.ZoneId;
import java.util.Objects;
import org.innovationportfolio.logic.ports.ImportRecord;
import org.innovationportfolio.logic.packs.ImportUndo;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/** "Undo last import": says which import it will undo, asks, then restores the backup taken before it. */
public final class UndoImportViewModel {

    private final ImportUndo undo;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable onUndone;
    private final ZoneId zone;

    /**
     * @param onUndone run on the JavaFX thread after the portfolio was put back (to reload what is shown)
     * @param zone the time zone the import's time is shown in
     */
    public UndoImportViewModel(ImportUndo undo, DialogService dialogs, TaskRunner tasks, Runnable onUndone,
            ZoneId zone) {
        this.undo = Objects.requireNonNull(undo, "undo");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onUndone = Objects.requireNonNull(onUndone, "onUndone");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Says which import it would undo and asks; on yes, restores the backup taken just before that import. */
    public void undoLastImport() {
        tasks.run("Finding the last import", progress -> undo.lastImport(), last -> {
            if (last.isEmpty()) {
                dialogs.showInformation("Undo last import", "There is nothing to undo",
                        "No project pack has been imported into this portfolio.");
                return;
            }
            ImportRecord record = last.get();
            String when = PackTimes.when(record.importedAt(), zone);
            boolean go = dialogs.confirm("Undo last import", "Undo the import of the pack from " + from(record) + "?",
                    "It was imported on " + when + ": " + what(record) + ". The portfolio goes back to exactly how it "
                            + "was just before that import. Any changes you made after it are undone too.",
                    "Undo the import", "Keep everything");
            if (go) {
                tasks.run("Undoing the last import", progress -> undo.undoLast(), undone -> {
                    onUndone.run();
                    dialogs.showInformation("Undo last import", "Import undone",
                            "The portfolio is as it was before the pack from " + from(undone) + " was imported on "
                                    + PackTimes.when(undone.importedAt(), zone) + ".");
                }, message -> dialogs.showError("The import was not undone", message));
            }
        }, message -> dialogs.showError("The import was not undone", message));
    }

    private static String from(ImportRecord record) {
        return record.senderCouncil() == null || record.senderCouncil().isBlank() ? record.sender()
                : record.sender() + ", " + record.senderCouncil();
    }

    /** "3 projects added, 1 updated, 1 copy kept beside yours". */
    private static String what(ImportRecord record) {
        return record.projectsAdded() + (record.projectsAdded() == 1 ? " project" : " projects") + " added, "
                + record.projectsUpdated() + " updated, " + record.projectsCopied()
                + (record.projectsCopied() == 1 ? " copy" : " copies") + " kept beside yours";
    }
}
