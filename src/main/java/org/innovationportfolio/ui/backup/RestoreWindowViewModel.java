package org.innovationportfolio.ui.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.backup.RestorePreview;
import org.innovationportfolio.logic.backup.SavedBackup;
import org.innovationportfolio.ui.Formats;
import org.innovationportfolio.ui.project.DocumentsViewModel;

/**
 * File › Restore…: the backups newest first with their date, size and project count; choosing one previews what a
 * restore would change (worked out on a checked copy, in the background); restoring keeps the portfolio as it is
 * first, and offers Undo restore in the status bar.
 */
public final class RestoreWindowViewModel {

    private static final int NAMES_SHOWN = 8;

    private final BackupStatusViewModel status;
    private final BooleanSupplier mayReplaceData;
    private final Runnable afterRestore;
    private final ObservableList<SavedBackup> backups = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SavedBackup> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview",
            "Choose a backup to see what restoring it would change.");
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper(this, "canRestore", false);
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");

    /**
     * @param mayReplaceData asked before a restore: false when the page showing keeps unsaved changes
     * @param afterRestore re-reads what the window shows once the portfolio has been replaced
     */
    public RestoreWindowViewModel(BackupStatusViewModel status, BooleanSupplier mayReplaceData, Runnable afterRestore) {
        this.status = Objects.requireNonNull(status, "status");
        this.mayReplaceData = Objects.requireNonNull(mayReplaceData, "mayReplaceData");
        this.afterRestore = Objects.requireNonNull(afterRestore, "afterRestore");
    }

    public ObservableList<SavedBackup> backups() {
        return backups;
    }

    public ReadOnlyObjectProperty<SavedBackup> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** What restoring the chosen backup would change, or why it cannot be restored. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True once the chosen backup has been checked and previewed. */
    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    /** What the last restore did, to show in the window. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return status.busyProperty();
    }

    public ReadOnlyStringProperty workingProperty() {
        return status.workingProperty();
    }

    /** Reads the list of backups (in the background). */
    public void load() {
        status.run("Reading the list of backups…", () -> status.shelf().list(), backups::setAll,
                failure -> preview.set(failure));
    }

    /** "3 Mar 2025 14:05 · Automatic · 12 projects · 1.2 MB", as the list shows a backup. */
    public String describe(SavedBackup backup) {
        return dateTime(backup.taken()) + " · " + backup.kind().label() + " · "
                + (backup.projects() < 0 ? "projects not known" : Formats.projectCount(backup.projects()))
                + " · " + DocumentsViewModel.size(backup.bytes());
    }

    /** "3 Mar 2025 14:05" in the window's time zone. */
    public String dateTime(Instant instant) {
        return BackupStatusViewModel.dateTime(instant, status.clock());
    }

    /** Chooses a backup, and checks and previews it in the background. */
    public void choose(SavedBackup backup) {
        chosen.set(backup);
        canRestore.set(false);
        if (backup == null) {
            preview.set("Choose a backup to see what restoring it would change.");
            return;
        }
        preview.set("Checking the backup of " + dateTime(backup.taken()) + " and comparing it with the portfolio…");
        status.run("Checking the backup…", () -> status.shelf().preview(backup.file()), result -> {
            if (chosen.get() != backup) {
                return; // another backup was chosen meanwhile
            }
            preview.set(text(result));
            canRestore.set(true);
        }, failure -> {
            if (chosen.get() == backup) {
                preview.set(failure);
            }
        });
    }

    /** Adds a backup file from elsewhere (Other file…) to the list and chooses it. */
    public void chooseFile() {
        status.dialogs().chooseFileToOpen("Restore a backup", "Backups", "zip").ifPresent(file ->
                status.run("Reading the backup…", () -> describeFile(file), backup -> {
                    backups.add(0, backup);
                    choose(backup);
                }, failure -> preview.set(failure)));
    }

    private SavedBackup describeFile(Path file) throws java.io.IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return new SavedBackup(absolute, java.nio.file.Files.getLastModifiedTime(absolute).toInstant(),
                java.nio.file.Files.size(absolute), -1, SavedBackup.Kind.OTHER);
    }

    /** Restores the chosen backup after the user confirms; the portfolio as it was is kept for Undo restore. */
    public void restore() {
        SavedBackup backup = chosen.get();
        if (backup == null || !canRestore.get()) {
            return;
        }
        if (!mayReplaceData.getAsBoolean() || !status.dialogs().confirm("Restore",
                "Replace the whole portfolio with the backup of " + dateTime(backup.taken()) + "?",
                preview.get() + "\n\nThe portfolio as it is now is kept as a backup first: Undo restore puts it back.",
                "Restore", "Cancel")) {
            return;
        }
        canRestore.set(false);
        status.run("Restoring the backup…", () -> java.util.Optional.ofNullable(status.shelf().restore(backup.file())),
                kept -> {
                    afterRestore.run();
                    kept.ifPresent(status::restored);
                    done.set("Restored the backup of " + dateTime(backup.taken()) + "."
                            + kept.map(k -> " The portfolio as it was is kept in " + k
                                    + "; Undo restore in the status bar puts it back.").orElse(""));
                    load();
                }, failure -> {
                    canRestore.set(true);
                    status.dialogs().showError("The backup was not restored", failure);
                });
    }

    static String text(RestorePreview preview) {
        StringBuilder text = new StringBuilder("This backup holds " + Formats.projectCount(preview.projectsInBackup())
                .replace("No projects", "no projects") + "; the portfolio now holds "
                + Formats.projectCount(preview.projectsNow()).replace("No projects", "none") + ".");
        if (preview.changesNothing()) {
            return text.append("\nRestoring it would change no project.").toString();
        }
        text.append("\nRestoring it would:");
        line(text, "bring back", preview.added());
        line(text, "remove", preview.removed());
        line(text, "put back an earlier version of", preview.changed());
        return text.toString();
    }

    private static void line(StringBuilder text, String what, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        text.append("\n• ").append(what).append(' ').append(Formats.projectCount(names.size()).toLowerCase(
                java.util.Locale.ROOT)).append(": ");
        text.append(String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size()))));
        if (names.size() > NAMES_SHOWN) {
            text.append(" and ").append(names.size() - NAMES_SHOWN).append(" more");
        }
    }
}
