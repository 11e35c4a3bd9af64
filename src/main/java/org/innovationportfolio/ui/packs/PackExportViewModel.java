package org.innovationportfolio.ui.packs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.export.FileNames;
import org.innovationportfolio.logic.packs.PackFormat;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;

/**
 * The export dialog's state and commands: which projects, what to withhold, who is sending, and
 * before writing, what will leave and what will not.
 */
public final class PackExportViewModel {

    /** A project that may be sent, ticked by default. */
    public record Choice(UUID id, String title, BooleanProperty selected) {
    }

    private final PackExporter exporter;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ObservableList<Choice> projects = FXCollections.observableArrayList();
    private final BooleanProperty withoutFunding = new SimpleBooleanProperty(this, "withoutFunding", false);
    private final BooleanProperty withoutRisks = new SimpleBooleanProperty(this, "withoutRisks", false);
    private final BooleanProperty withoutDocuments = new SimpleBooleanProperty(this, "withoutDocuments", false);
    private final StringProperty senderName = new SimpleStringProperty(this, "senderName", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper chosenCount = new ReadOnlyStringWrapper(this, "chosenCount", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(this, "canExport", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private boolean bulkChange;
    private long previewGeneration;

    public PackExportViewModel(PackExporter exporter, List<PortfolioRow> rows, String senderName,
            DialogService dialogs, TaskRunner tasks) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.senderName.set(senderName == null ? "" : senderName);
        rows.forEach(row -> {
            Choice choice = new Choice(row.id(), row.title(), new SimpleBooleanProperty(true));
            choice.selected().addListener((o, was, is) -> {
                if (!bulkChange) {
                    refreshPreview();
                }
            });
            projects.add(choice);
        });
        withoutFunding.addListener((o, was, is) -> refreshPreview());
        withoutRisks.addListener((o, was, is) -> refreshPreview());
        withoutDocuments.addListener((o, was, is) -> refreshPreview());
        this.senderName.addListener((o, was, is) -> updateState());
        busy.addListener((o, was, is) -> updateState());
        updateState();
    }

    ExportRequest request() {
        List<UUID> chosen = chosen().stream().map(Choice::id).toList();
        return new ExportRequest(chosen, withoutFunding.get(), withoutRisks.get(), senderName.get().strip(), null,
                withoutDocuments.get());
    }

    private List<Choice> chosen() {
        return projects.stream().filter(c -> c.selected().get()).toList();
    }

    /** Ticks every project ({@code true}) or none, then says afresh what will leave. */
    public void chooseAll(boolean all) {
        bulkChange = true;
        try {
            projects.forEach(choice -> choice.selected().set(all));
        } finally {
            bulkChange = false;
        }
        refreshPreview();
    }

    /** Recomputes what will leave and what will not, in the background. */
    public void refreshPreview() {
        updateState();
        if (chosen().isEmpty()) {
            previewGeneration++;
            preview.set("Choose at least one project to send.");
            return;
        }
        ExportRequest request = request();
        long generation = ++previewGeneration;
        tasks.run("Checking what the pack will hold", progress -> exporter.preview(request),
                summary -> {
                    if (generation == previewGeneration) {
                        preview.set(String.join("\n", summary.lines()));
                    }
                },
                message -> {
                    if (generation == previewGeneration) {
                        preview.set(message);
                    }
                });
    }

    /** A file name for the pack: the project's title when there is one, otherwise one naming the sender. */
    public String suggestedFileName() {
        List<Choice> chosen = chosen();
        String base = chosen.size() == 1 ? chosen.get(0).title()
                : senderName.get().isBlank() ? "Projects" : "Projects from " + senderName.get().strip();
        // A name Windows accepts too: no forbidden characters or device names, no trailing dot or space.
        return FileNames.suggested(base, PackFormat.EXTENSION, "Projects");
    }

    /**
     * Writes the pack to {@code target} (replaced in one step), showing progress meanwhile, then says
     * what was sent. On failure the dialog stays open so the officer can choose another place.
     */
    public void export(Path target) {
        if (!canExport.get()) {
            return;
        }
        ExportRequest request = request();
        busy.set(true);
        progressText.set("Writing " + target.getFileName() + "…");
        tasks.run("Writing the pack " + target.getFileName(), progress -> exporter.export(request, target),
                summary -> {
                    busy.set(false);
                    progressText.set("");
                    done.set(true);
                    Path folder = target.toAbsolutePath().getParent();
                    dialogs.showInformation("Export project pack", "Pack written: " + target.getFileName(),
                            "Saved as " + target.getFileName() + (folder == null ? "" : " in " + folder) + ".\n\n"
                                    + String.join("\n", summary.lines())
                                    + "\n\nSend the file to your colleague; they open it with File › Import project pack.");
                },
                message -> {
                    busy.set(false);
                    progressText.set("");
                    dialogs.showError("The pack was not written", message);
                });
    }

    private void updateState() {
        long count = projects.stream().filter(c -> c.selected().get()).count();
        chosenCount.set(count + " of " + projects.size() + (projects.size() == 1 ? " project" : " projects")
                + " chosen");
        if (count == 0) {
            problem.set("Tick at least one project to send.");
        } else if (senderName.get().isBlank()) {
            problem.set("Type your name, so your colleague knows who sent the pack.");
        } else {
            problem.set("");
        }
        canExport.set(problem.get().isEmpty() && !busy.get());
    }

    public ObservableList<Choice> projects() {
        return projects;
    }

    public BooleanProperty withoutFundingProperty() {
        return withoutFunding;
    }

    public BooleanProperty withoutRisksProperty() {
        return withoutRisks;
    }

    /** True to keep attached documents back; they go with their projects by default. */
    public BooleanProperty withoutDocumentsProperty() {
        return withoutDocuments;
    }

    public StringProperty senderNameProperty() {
        return senderName;
    }

    /** What will leave and what will not, one sentence a line. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "3 of 14 projects chosen". */
    public ReadOnlyStringProperty chosenCountProperty() {
        return chosenCount.getReadOnlyProperty();
    }

    /** Why the pack cannot be written yet, or empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What is being written, while it is. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** True while the pack is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when a project is chosen, the sender named and nothing is being written. */
    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    /** True once the pack has been written: the dialog can close. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
