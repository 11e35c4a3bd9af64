package org.innovationportfolio.ui.tracker;

import java.nio.file.Path;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * File › Export spreadsheet…: asks where, writes the workbook off the JavaFX thread through the task runner,
 * and says where it went (or, in plain words, why it could not). The window's export is marked OFFICIAL;
 * {@code tracker export --marking} chooses another.
 */
public final class TrackerExportViewModel {

    static final String TITLE = "Export spreadsheet";

    private final TrackerExport exporter;
    private final DialogService dialogs;
    private final TaskRunner tasks;

    public TrackerExportViewModel(TrackerExport exporter, DialogService dialogs, TaskRunner tasks) {
        this.exporter = exporter;
        this.dialogs = dialogs;
        this.tasks = tasks;
    }

    public void export() {
        dialogs.chooseFileToSave(TITLE, "Innovation portfolio tracker.xlsx", "Excel workbooks", "xlsx")
                .ifPresent(this::exportTo);
    }

    void exportTo(Path chosen) {
        Path file = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        tasks.run("Writing the spreadsheet", progress -> exporter.export(file, Marking.OFFICIAL),
                summary -> dialogs.showInformation(TITLE, "Spreadsheet exported", "Wrote " + summary.projects()
                        + (summary.projects() == 1 ? " project" : " projects") + " (OFFICIAL) to " + summary.file()
                        + ". Notes are never included."),
                failure -> dialogs.showError(TITLE, failure));
    }
}
