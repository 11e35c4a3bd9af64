package org.innovationportfolio.ui.tracker;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/** The File menu's spreadsheet items: import an officer's tracker, undo that import, export the workbook. */
public final class TrackerMenu {

    /** What the file chooser offers. */
    static final String FILE_TYPES = "Spreadsheets (.xlsx, .xlsm, .xls, .csv)";
    static final String EXTENSIONS = "xlsx,xlsm,xls,csv";

    private final Window owner;
    private final DesktopContext context;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable refresh;
    private final TrackerExportViewModel export;

    /**
     * @param owner the main window, which the wizard opens over
     * @param refresh reloads what the window shows after an import or an undo
     */
    public TrackerMenu(Window owner, DesktopContext context, DialogService dialogs, TaskRunner tasks, Runnable refresh) {
        this.owner = owner;
        this.context = context;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.refresh = refresh;
        this.export = new TrackerExportViewModel(context.useCases().trackerExport(), dialogs, tasks);
    }

    /** "Import spreadsheet tracker…", "Undo tracker import…", "Export spreadsheet…". */
    public List<MenuItem> items() {
        MenuItem importItem = new MenuItem("Import spreadsheet _tracker…");
        importItem.setOnAction(event -> importTracker());
        MenuItem undo = new MenuItem("Undo tracker imp_ort…");
        undo.setOnAction(event -> undo());
        // An import always backs up first, and an undo restores that backup: neither without backups.
        importItem.setDisable(context.useCases().trackerImport() == null);
        undo.setDisable(context.useCases().trackerImport() == null);
        MenuItem exportItem = new MenuItem("Export spreads_heet…");
        exportItem.setOnAction(event -> export.export());
        return List.of(importItem, undo, exportItem);
    }

    /** Asks for the tracker file, then opens the wizard on it. */
    public void importTracker() {
        dialogs.chooseFileToOpen(TrackerImportViewModel.TITLE, FILE_TYPES, EXTENSIONS).ifPresent(this::openWizard);
    }

    /** Opens the wizard on {@code file}, which reads it in the background and changes nothing until Import. */
    public TrackerImportWizard openWizard(Path file) {
        return TrackerImportWizard.open(owner, file, wizardDialogs -> new TrackerImportViewModel(trackers(), context.useCases().spreadsheets(),
                new TrackerMappings(context.dataFolder()), context.clock(), wizardDialogs, tasks, refresh));
    }

    private void undo() {
        new TrackerUndo(trackers(), dialogs, tasks, refresh, context.clock().getZone()).undoLastImport();
    }

    private TrackerImport trackers() {
        return context.useCases().trackerImport();
    }
}
