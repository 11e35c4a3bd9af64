package org.innovationportfolio.ui.packs;

import java.util.Objects;
import org.innovationportfolio.logic.packs.ImportUndo;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/** "Undo last import": says which import it will undo, asks, then restores the backup taken before it. */
public final class UndoImportViewModel {

    private final ImportUndo undo;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable onUndone;

    public UndoImportViewModel(ImportUndo undo, DialogService dialogs, TaskRunner tasks, Runnable onUndone) {
        this.undo = Objects.requireNonNull(undo, "undo");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onUndone = Objects.requireNonNull(onUndone, "onUndone");
    }

    public void undoLastImport() {
        tasks.run("Finding the last import", progress -> undo.lastImport(), last -> {
            if (last.isEmpty()) {
                dialogs.showInformation("Undo last import", "There is nothing to undo",
                        "No project pack has been imported into this portfolio.");
                return;
            }
            boolean go = dialogs.confirm("Undo last import", "Undo the import of the pack from " + last.get().sender()
                    + "?", "The portfolio goes back to how it was just before that import (" + last.get().importedAt()
                    + "). Changes you made after the import are undone too.", "Undo the import", "Keep everything");
            if (go) {
                tasks.run("Undoing the last import", progress -> undo.undoLast(), undone -> {
                    onUndone.run();
                    dialogs.showInformation("Undo last import", "Import undone",
                            "The portfolio is as it was before the pack from " + undone.sender() + " was imported.");
                }, message -> dialogs.showError("The import was not undone", message));
            }
        }, message -> dialogs.showError("The import was not undone", message));
    }
}
