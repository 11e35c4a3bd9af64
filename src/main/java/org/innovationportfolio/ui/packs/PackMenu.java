package org.innovationportfolio.ui.packs;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackFormat;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/** The File menu's project-pack items (import, export, undo last import) and the dialogs they open. */
public final class PackMenu {

    private final Stage owner;
    private final DesktopContext context;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable refresh;

    /**
     * @param refresh reloads what the window shows after an import or an undo
     */
    public PackMenu(Stage owner, DesktopContext context, DialogService dialogs, TaskRunner tasks, Runnable refresh) {
        this.owner = owner;
        this.context = context;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.refresh = refresh;
    }

    /** "Import project pack…", "Export project pack…", "Undo last import". */
    public List<MenuItem> items() {
        MenuItem importPack = new MenuItem("_Import project pack…");
        importPack.setOnAction(event -> importPack());
        MenuItem exportPack = new MenuItem("_Export project pack…");
        exportPack.setOnAction(event -> exportPack());
        MenuItem undo = new MenuItem("_Undo last import…");
        undo.setOnAction(event -> undoLastImport());
        boolean canImport = context.backups() != null;
        importPack.setDisable(!canImport);
        undo.setDisable(!canImport);
        return List.of(importPack, exportPack, undo);
    }

    /** Asks for a pack file, then opens its import preview: File › Import project pack…, and the first-run welcome. */
    public void importPack() {
        dialogs.chooseFileToOpen("Import project pack", "Project packs", PackFormat.EXTENSION.substring(1))
                .ifPresent(this::openPreview);
    }

    /** Opens the import preview of {@code file}, which reads and checks the pack in the background and changes nothing. */
    public void openPreview(Path file) {
        if (context.backups() == null) {
            dialogs.showError("Project packs cannot be imported here", file.getFileName() + " was not opened: this "
                    + "window cannot back up the portfolio, and an import always makes a backup first. Nothing in "
                    + "your portfolio was changed.");
            return;
        }
        PackImporter importer = context.useCases().packImporter();
        PackImportViewModel viewModel = new PackImportViewModel(importer, dialogs, tasks, refresh,
                context.clock().getZone());
        new PackImportDialog(owner, viewModel).show();
        viewModel.open(file);
    }

    private void exportPack() {
        PackExporter exporter = context.useCases().packExporter();
        tasks.run("Reading the portfolio", progress -> new ExportStart(
                        context.useCases().listing().rows(),
                        exporter.suggestedSender(System.getProperty("user.name"))),
                start -> {
                    if (start.rows().isEmpty()) {
                        dialogs.showInformation("Export project pack", "There is nothing to send",
                                "Add a project first, then export it as a pack.");
                        return;
                    }
                    PackExportViewModel viewModel = new PackExportViewModel(exporter, start.rows(), start.sender(),
                            dialogs, tasks);
                    new PackExportDialog(owner, viewModel).show();
                }, message -> dialogs.showError("The portfolio could not be read", message));
    }

    /** What the export dialog starts from: the portfolio's projects and the name offered as the sender. */
    private record ExportStart(List<PortfolioRow> rows, String sender) {
    }

    private void undoLastImport() {
        new UndoImportViewModel(context.useCases().importUndo(), dialogs,
                tasks, refresh, context.clock().getZone()).undoLastImport();
    }
}
