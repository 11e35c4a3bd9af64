package org.innovationportfolio.ui.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.innovationportfolio.logic.backup.BackupShelf;
import org.innovationportfolio.logic.backup.SavedBackup;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.PlainMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backups as the window shows them: the status bar's "Last backup: today 09:12", the start-of-day
 * backup taken in the background, Undo restore after a restore, the second folder, and the exit backup the
 * launcher waits for. All backup work runs, in order, on one background thread of its own, so the window's reads
 * never wait behind a backup.
 */
public final class BackupStatusViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BackupStatusViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final Duration EXIT_PATIENCE = Duration.ofMinutes(10);

    private final BackupShelf shelf;
    private final Clock clock;
    private final DialogService dialogs;
    private final BooleanSupplier mayReplaceData;
    private final Runnable afterRestore;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "Automatic backups");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper working = new ReadOnlyStringWrapper(this, "working", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<Path> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");
    private int unfinished;

    /**
     * @param mayReplaceData asked before a restore or its undo: false when the page showing keeps unsaved changes
     * @param afterRestore re-reads what the window shows once the portfolio has been replaced
     */
    public BackupStatusViewModel(BackupShelf shelf, Clock clock, DialogService dialogs, BooleanSupplier mayReplaceData,
            Runnable afterRestore) {
        this.shelf = Objects.requireNonNull(shelf, "shelf");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.mayReplaceData = Objects.requireNonNull(mayReplaceData, "mayReplaceData");
        this.afterRestore = Objects.requireNonNull(afterRestore, "afterRestore");
    }

    /** "Last backup: today 09:12", "Last backup: 3 Mar 2025 09:12" or "No backup yet"; a warning when there is one. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** What the backup thread is doing ("Taking today's backup…"), empty when idle. */
    public ReadOnlyStringProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True while backup work (a backup, a list, a preview, a restore) is queued or running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The safety copy the last restore kept, which Undo restore puts back; null when there is nothing to undo. */
    public ReadOnlyObjectProperty<Path> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    BackupShelf shelf() {
        return shelf;
    }

    Clock clock() {
        return clock;
    }

    DialogService dialogs() {
        return dialogs;
    }

    /** On the JavaFX thread once the portfolio is open: the day's first backup, in the background. */
    public void start() {
        run("Taking today's backup…", () -> {
            BackupShelf.Outcome outcome = shelf.backUpAtStart();
            return new Shown(shelf.lastGood(), outcome.warning());
        }, this::show, failure -> note.set("The automatic backup failed: " + failure));
    }

    /** Re-reads the last backup's time for the note. */
    public void refresh() {
        run("", () -> new Shown(shelf.lastGood(), Optional.empty()), this::show, failure -> { });
    }

    /** The result of backup work the note shows. */
    private record Shown(Optional<SavedBackup> last, Optional<String> warning) {
    }

    private void show(Shown shown) {
        String text = shown.last().map(b -> "Last backup: " + when(b.taken(), clock)).orElse("No backup yet");
        note.set(shown.warning().map(w -> text + " · " + w).orElse(text));
    }

    /** "today 09:12" or "3 Mar 2025 09:12", in the clock's time zone. */
    static String when(Instant instant, Clock clock) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        return at.toLocalDate().equals(LocalDate.now(clock)) ? "today " + TIME.format(at) : DATE_TIME.format(at);
    }

    /** "3 Mar 2025 09:12", in the clock's time zone. */
    static String dateTime(Instant instant, Clock clock) {
        return DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    /** After a restore kept {@code safetyCopy}: offers Undo restore. */
    void restored(Path safetyCopy) {
        undoable.set(safetyCopy);
        refresh();
    }

    /** Undo restore: puts back the portfolio as it was before the last restore, from the safety copy kept then. */
    public void undoRestore() {
        Path safetyCopy = undoable.get();
        if (safetyCopy == null || !mayReplaceData.getAsBoolean() || !dialogs.confirm("Undo restore",
                "Put the portfolio back as it was before the restore?", "The portfolio as it was before the restore "
                        + "is in " + safetyCopy + ". The portfolio as it is now is kept as a backup first.",
                "Undo restore", "Cancel")) {
            return;
        }
        run("Undoing the restore…", () -> Optional.ofNullable(shelf.restore(safetyCopy)), kept -> {
            undoable.set(null);
            afterRestore.run();
            refresh();
            dialogs.showInformation("Undo restore", "The restore is undone",
                    "The portfolio is back as it was before the restore."
                            + kept.map(k -> " The restored version is kept in " + k + ".").orElse(""));
        }, failure -> dialogs.showError("The restore was not undone", failure));
    }

    /** File › Backup settings…: chooses, changes or stops the second folder every automatic backup is copied to. */
    public void openSettings() {
        run("", shelf::secondFolder, current -> {
            String where = current.map(f -> "Each automatic backup is kept in the data folder and copied to " + f + ".")
                    .orElse("Each automatic backup is kept in the data folder only.");
            java.util.List<String> choices = current.isPresent()
                    ? java.util.List.of("Choose another folder…", "Stop copying", "Close")
                    : java.util.List.of("Choose a folder…", "Close");
            int answer = dialogs.choose("Backup settings", "A second place for backups", where + " A second "
                    + "folder, for example a synced OneDrive or a network folder, keeps a copy if this computer is "
                    + "lost or its disk fails.", choices);
            if (answer == 0) {
                dialogs.chooseFolder("Choose a folder for copies of the backups").ifPresent(folder ->
                        setSecondFolder(folder, "Each automatic backup will also be copied to " + folder + "."));
            } else if (current.isPresent() && answer == 1) {
                setSecondFolder(null, "Automatic backups are no longer copied to " + current.get() + ".");
            }
        }, failure -> dialogs.showError("Backup settings", failure));
    }

    private void setSecondFolder(Path folder, String done) {
        run("", () -> {
            shelf.setSecondFolder(folder);
            return done;
        }, said -> dialogs.showInformation("Backup settings", "Backup settings saved", said),
                failure -> dialogs.showError("The backup setting was not saved", failure));
    }

    /**
     * From the launcher's thread after the window has closed and JavaFX has stopped, so nothing is on screen: waits
     * for backup work in flight, then takes the exit backup if anything changed, and returns once it is checked and
     * named (the caller holds the data folder until then, so a second launch cannot start on a half-written state).
     */
    public void backUpOnExit() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("The exit backup blocks: call it off the JavaFX thread.");
        }
        try {
            Future<BackupShelf.Outcome> exit = worker.submit(shelf::backUpOnExit);
            exit.get(EXIT_PATIENCE.toMinutes(), TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            LOG.error("The exit backup failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.error("The exit backup was still running after {}", EXIT_PATIENCE);
        } finally {
            worker.shutdown();
        }
    }

    /** Runs backup work on the backup thread; the callbacks run on the JavaFX thread. Call on the JavaFX thread. */
    <T> void run(String description, Callable<T> work, Consumer<? super T> onSuccess, Consumer<String> onFailure) {
        unfinished++;
        busy.set(true);
        if (!description.isEmpty()) {
            working.set(description);
        }
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                LOG.warn("{} failed", description.isEmpty() ? "Backup work" : description, e);
                String message = PlainMessages.of(e, description.isEmpty() ? "The backups could not be read"
                        : description.replace("…", ""));
                Platform.runLater(() -> {
                    finished();
                    onFailure.accept(message);
                });
                return;
            }
            Platform.runLater(() -> {
                finished();
                onSuccess.accept(result);
            });
        });
    }

    private void finished() {
        unfinished--;
        if (unfinished == 0) {
            busy.set(false);
            working.set("");
        }
    }
}
