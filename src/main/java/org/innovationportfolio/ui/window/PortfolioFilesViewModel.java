package org.innovationportfolio.ui.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.innovationportfolio.logic.ports.Backups;
import org.innovationportfolio.logic.export.AtomicFile;
import org.innovationportfolio.logic.export.PortfolioExport;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.Formats;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The File menu's commands on the whole portfolio: Back up…, Restore… and Export portfolio as CSV or JSON. Each asks
 * for its file through the {@link DialogService}, works in the background and says what it did in plain English.
 */
public final class PortfolioFilesViewModel {

    /** The formats the portfolio is exported in. */
    public enum ExportFormat {
        CSV("CSV files", "csv"),
        JSON("JSON files", "json");

        private final String typeName;
        private final String extension;

        ExportFormat(String typeName, String extension) {
            this.typeName = typeName;
            this.extension = extension;
        }
    }

    public static final String BACKUP_EXTENSION = "zip";

    private final PortfolioListing listing;
    private final Backups backups;
    private final Clock clock;
    private final Path dataFolder;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final BooleanSupplier mayReplaceData;
    private final Runnable afterRestore;

    /**
     * @param backups the database's backup and restore; null disables both
     * @param mayReplaceData asked before a restore: false when the page showing has unsaved changes the user keeps
     * @param afterRestore re-reads what the window shows once the portfolio has been replaced
     */
    public PortfolioFilesViewModel(PortfolioListing listing, Backups backups, Clock clock, Path dataFolder, DialogService dialogs,
            TaskRunner tasks, BooleanSupplier mayReplaceData, Runnable afterRestore) {
        this.listing = Objects.requireNonNull(listing, "listing");
        this.backups = backups;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.mayReplaceData = Objects.requireNonNull(mayReplaceData, "mayReplaceData");
        this.afterRestore = Objects.requireNonNull(afterRestore, "afterRestore");
    }

    /** True when Back up… and Restore… can work. */
    public boolean canBackUp() {
        return backups != null;
    }

    /** File › Back up…: the whole portfolio, its catalogue and attached documents to one file the user chooses. */
    public void backUp() {
        if (backups == null) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave("Back up the portfolio",
                "innovation-portfolio-backup-" + LocalDate.now(clock) + "." + BACKUP_EXTENSION, "Backups",
                BACKUP_EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get(), BACKUP_EXTENSION);
        tasks.run("Backing up the portfolio", progress -> {
            backups.backupTo(file);
            return Files.size(file);
        }, size -> dialogs.showInformation("Back up", "The portfolio is backed up",
                "Every project, the catalogue and the attached documents are in " + file + " ("
                        + org.innovationportfolio.ui.project.DocumentsViewModel.size(size) + "). Keep a copy somewhere safe away from this computer. "
                        + "File › Restore… puts it back."),
                message -> dialogs.showError("The portfolio was not backed up", message));
    }

    /**
     * File › Restore…: after the user confirms, replaces the portfolio with the backup chosen, checked whole first;
     * restore keeps the portfolio it replaces in the data folder's backups, and this says where.
     */
    public void restore() {
        if (backups == null) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToOpen("Restore a backup", "Backups", BACKUP_EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            dialogs.showError("The backup was not restored", "There is no backup file at " + file + ". Nothing was "
                    + "restored.");
            return;
        }
        if (!mayReplaceData.getAsBoolean() || !dialogs.confirm("Restore", "Replace the whole portfolio with this backup?",
                "Every project, the catalogue and the attached documents will be replaced by those in " + file
                        + ".\n\nThe backup is checked whole first. The portfolio as it is now is kept as a backup in "
                        + dataFolder.resolve("backups") + ", so you can restore it if you change your mind.",
                "Restore", "Cancel")) {
            return;
        }
        tasks.run("Restoring the backup", progress -> {
            progress.message("Checking and restoring " + file.getFileName() + "…");
            return Optional.ofNullable(backups.restoreFrom(file));
        }, kept -> {
            afterRestore.run();
            dialogs.showInformation("Restore", "The backup is restored",
                    "The portfolio now holds what was backed up in " + file + "."
                            + kept.map(k -> "\n\nThe portfolio as it was before is kept in " + k
                                    + ". Restore that file to go back to it.").orElse(""));
        }, message -> dialogs.showError("The backup was not restored", message));
    }

    /** File › Export portfolio as CSV… or JSON…: every project with its stage, RAG and funding, to a file. */
    public void export(ExportFormat format) {
        Optional<Path> chosen = dialogs.chooseFileToSave("Export the portfolio as " + format.name(),
                "portfolio-" + LocalDate.now(clock) + "." + format.extension, format.typeName, format.extension);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get(), format.extension);
        tasks.run("Exporting the portfolio", progress -> {
            List<PortfolioRow> rows = listing.rows();
            AtomicFile.write(file, format == ExportFormat.JSON ? PortfolioExport.json(rows) : PortfolioExport.csv(rows));
            return rows.size();
        }, count -> dialogs.showInformation("Export portfolio", "The portfolio is exported",
                Formats.projectCount(count) + " written to " + file + "."),
                message -> dialogs.showError("The portfolio was not exported", message));
    }

    // A name typed without its extension gets it, so the file opens with the right program.
    private static Path withExtension(Path file, String extension) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return name.contains(".") ? absolute : absolute.resolveSibling(name + "." + extension);
    }

}
