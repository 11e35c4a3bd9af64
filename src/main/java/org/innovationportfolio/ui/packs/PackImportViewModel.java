package org.innovationportfolio.ui.packs;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.packs.ImportPlan;
import org.innovationportfolio.logic.packs.ImportResult;
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
    private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private ImportPlan plan;

    /**
     * @param onImported run on the JavaFX thread after an import changed the portfolio (to reload what is shown)
     */
    public PackImportViewModel(PackImporter importer, DialogService dialogs, TaskRunner tasks, Runnable onImported) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
    }

    /** Reads and checks the whole pack and plans the import in the background; refusals are shown plainly. */
    public void open(Path file) {
        ready.set(false);
        tasks.run("Checking the pack " + file.getFileName(), progress -> importer.plan(new PackReader().read(file)),
                this::show, message -> dialogs.showError("This pack cannot be imported", message));
    }

    private void show(ImportPlan opened) {
        plan = opened;
        heading.set("Pack from " + opened.pack().from() + ", made " + opened.pack().createdAt());
        summary.set(opened.projects().size() + " projects: " + opened.count(ProjectStatus.NEW) + " new, "
                + opened.count(ProjectStatus.UPDATED) + " updated, " + opened.count(ProjectStatus.CONFLICT)
                + " in conflict, " + opened.count(ProjectStatus.UNCHANGED) + " unchanged."
                + (opened.importedBefore() ? " You have imported this pack before." : ""));
        notes.set(String.join("\n", opened.notes()));
        projects.setAll(opened.projects().stream().map(ProjectChoice::new).toList());
        ready.set(true);
    }

    /** Applies the choices (after an automatic backup), then says what was done and how to undo it. */
    public void importChosen() {
        if (plan == null) {
            return;
        }
        ImportPlan chosen = plan;
        for (ProjectChoice choice : projects) {
            chosen = chosen.choose(choice.id(), choice.choiceProperty().get());
        }
        if (!chosen.changesPortfolio()) {
            dialogs.showInformation("Import project pack", "Nothing to import",
                    "With these choices nothing in your portfolio would change.");
            done.set(true);
            return;
        }
        ImportPlan applying = chosen;
        tasks.run("Importing the pack", progress -> importer.apply(applying), this::imported,
                message -> dialogs.showError("The pack was not imported", message));
    }

    private void imported(ImportResult result) {
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

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** True once a pack has been read and planned. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True once the import was applied (or there was nothing to do): the preview can close. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
