package org.innovationportfolio.ui.packs;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.packs.ImportPlan;
import org.innovationportfolio.logic.packs.ImportResult;
import org.innovationportfolio.logic.packs.Pack;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.PackReader;
import org.innovationportfolio.logic.packs.ProjectStatus;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The import preview's state and commands: reads and checks a pack, shows the plan project by
 * project, takes the officer's choices and applies them. No controls, so it is tested without a stage.
 */
public final class PackImportViewModel {

    private final PackImporter importer;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final Runnable onImported;
    private final ZoneId zone;
    private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private ImportPlan plan;

    /**
     * @param onImported run on the JavaFX thread after an import changed the portfolio (to reload what is shown)
     * @param zone the time zone the pack's dates are shown in
     */
    public PackImportViewModel(PackImporter importer, DialogService dialogs, TaskRunner tasks, Runnable onImported,
            ZoneId zone) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Reads and checks the whole pack and plans the import in the background, changing nothing. A pack
     * that is refused is explained plainly, and the preview closes.
     */
    public void open(Path file) {
        ready.set(false);
        busy.set(true);
        heading.set("Checking " + file.getFileName() + "…");
        progressText.set("Checking every part of the pack before anything is changed…");
        tasks.run("Checking the pack " + file.getFileName(), progress -> importer.plan(new PackReader().read(file)),
                this::show, message -> {
                    busy.set(false);
                    progressText.set("");
                    heading.set(file.getFileName() + " cannot be imported");
                    summary.set(message);
                    done.set(true);
                    dialogs.showError("This pack cannot be imported", message
                            + "\n\nNothing in your portfolio was changed.");
                });
    }

    private void show(ImportPlan opened) {
        plan = opened;
        Pack pack = opened.pack();
        heading.set("Pack from " + pack.from() + ", made " + PackTimes.when(pack.createdAt(), zone));
        summary.set(opened.projects().size() + (opened.projects().size() == 1 ? " project: " : " projects: ")
                + opened.count(ProjectStatus.NEW) + " new, "
                + opened.count(ProjectStatus.UPDATED) + " updated, " + opened.count(ProjectStatus.CONFLICT)
                + " in conflict, " + opened.count(ProjectStatus.UNCHANGED) + " unchanged."
                + (opened.importedBefore() ? " You have imported this pack before." : "")
                + (opened.count(ProjectStatus.CONFLICT) > 0
                        ? " Choose for each project in conflict: keep mine, take theirs or keep both." : ""));
        // The first note repeats who made the pack and when, which the heading says already (as PlanReport does).
        notes.set(String.join("\n", Stream.concat(
                Stream.of("Pack format " + pack.formatVersion() + ", written by Innovation Portfolio "
                        + pack.appVersion() + "."),
                opened.notes().stream().skip(1)).toList()));
        projects.setAll(opened.projects().stream().map(ProjectChoice::new).toList());
        busy.set(false);
        progressText.set("");
        ready.set(true);
    }

    /** Applies the choices (after an automatic backup), then says what was done and how to undo it. */
    public void importChosen() {
        if (plan == null || busy.get()) {
            return;
        }
        ImportPlan chosen = plan;
        for (ProjectChoice choice : projects) {
            chosen = chosen.choose(choice.id(), choice.choiceProperty().get());
        }
        if (!chosen.changesPortfolio()) {
            done.set(true);
            dialogs.showInformation("Import project pack", "Nothing to import",
                    "With these choices nothing in your portfolio would change, so nothing was changed.");
            return;
        }
        ImportPlan applying = chosen;
        busy.set(true);
        progressText.set("Backing up your portfolio, then importing…");
        tasks.run("Importing the pack from " + plan.pack().from(), progress -> importer.apply(applying),
                this::imported, message -> {
                    busy.set(false);
                    progressText.set("");
                    dialogs.showError("The pack was not imported", message);
                    replan(applying.pack());
                });
    }

    /** After a failed import, compares the pack with the portfolio afresh, as the portfolio may have changed. */
    private void replan(Pack pack) {
        ready.set(false);
        busy.set(true);
        progressText.set("Comparing the pack with your portfolio again…");
        tasks.run("Checking the pack again", progress -> importer.plan(pack), this::show, message -> {
            busy.set(false);
            progressText.set("");
            done.set(true);
            dialogs.showError("This pack cannot be imported", message);
        });
    }

    private void imported(ImportResult result) {
        busy.set(false);
        progressText.set("");
        done.set(true);
        onImported.run();
        dialogs.showInformation("Import project pack", "Pack imported", result.summary());
    }

    public ObservableList<ProjectChoice> projects() {
        return projects;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Remarks about the whole pack: what the sender withheld, what importing never does. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** What is being done, while it is. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** True once a pack has been read and planned. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True while the pack is being checked or imported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the preview can close: the import was applied, there was nothing to do, or the pack was refused. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
