package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.tracker.SpreadsheetFile;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.sheets.WorkbookSheetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker import FILE [--sheet NAME] [--yes]}: prints the preview row by row; with {@code --yes}
 * imports the good rows after an automatic backup ({@code tracker undo-import} puts it back).
 */
@Command(name = "import", description = "Previews an officer's tracker (.xlsx, .xlsm, .xls or .csv) row by row: new, "
        + "update, unchanged or refused with the cell and the reason. With --yes, imports the good rows after a "
        + "backup; 'tracker undo-import' puts the portfolio back.")
final class TrackerImportCommand implements Callable<Integer> {

    private final CliContext context;
    private final RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The tracker file.")
    private Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read (default: the one whose "
            + "headers name the most known columns).")
    private String sheet;

    @Option(names = "--yes", description = "Import the good rows; without it, only the preview is shown.")
    private boolean yes;

    TrackerImportCommand(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    @Override
    public Integer call() {
        // The whole file is read and checked before the portfolio is opened.
        SpreadsheetFile read = new WorkbookSheetReader().read(file.toAbsolutePath().normalize());
        try (Workspace workspace = root.openWorkspace()) {
            TrackerImport trackers = new TrackerImport(workspace.store(), workspace.database(), workspace.folder(),
                    context.clock());
            TrackerPreview preview = trackers.preview(read, sheet);
            preview.lines().forEach(line -> context.out().println(line));
            if (!preview.changesPortfolio()) {
                context.out().println("Nothing to import: the portfolio already says what the tracker says.");
            } else if (!yes) {
                long records = preview.countRecords(TrackerPreview.Kind.NEW) + preview.countRecords(TrackerPreview.Kind.UPDATE);
                context.out().println("Nothing was changed. Add --yes to import the " + preview.count(TrackerPreview.Kind.NEW)
                        + " new and " + preview.count(TrackerPreview.Kind.UPDATE) + " updated rows"
                        + (records > 0 ? " and the " + preview.countRecords(TrackerPreview.Kind.NEW) + " new and "
                                + preview.countRecords(TrackerPreview.Kind.UPDATE) + " updated rows of the other sheets"
                                : "")
                        + (preview.count(TrackerPreview.Kind.REFUSED) + preview.countRecords(TrackerPreview.Kind.REFUSED)
                                > 0 ? " and leave the refused ones." : "."));
            } else {
                TrackerImport.Result result = trackers.apply(read, preview);
                context.out().println("Imported: " + result + ". The portfolio was backed up first to "
                        + result.backup() + "; 'tracker undo-import' puts it back.");
            }
        }
        return 0;
    }
}
