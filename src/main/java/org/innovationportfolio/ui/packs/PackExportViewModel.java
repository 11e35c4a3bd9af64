package org.innovationportfolio.ui.packs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.PackExporter;
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

    public PackExportViewModel(PackExporter exporter, List<PortfolioRow> rows, String senderName,
            DialogService dialogs, TaskRunner tasks) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.senderName.set(senderName == null ? "" : senderName);
        rows.forEach(row -> {
            Choice choice = new Choice(row.id(), row.title(), new SimpleBooleanProperty(true));
            choice.selected().addListener((o, was, is) -> refreshPreview());
            projects.add(choice);
        });
        withoutFunding.addListener((o, was, is) -> refreshPreview());
        withoutRisks.addListener((o, was, is) -> refreshPreview());
        withoutDocuments.addListener((o, was, is) -> refreshPreview());
    }

    ExportRequest request() {
        List<UUID> chosen = projects.stream().filter(c -> c.selected().get()).map(Choice::id).toList();
        return new ExportRequest(chosen, withoutFunding.get(), withoutRisks.get(), senderName.get(), null,
                withoutDocuments.get());
    }

    /** Recomputes what will leave and what will not, in the background. */
    public void refreshPreview() {
        if (projects.stream().noneMatch(c -> c.selected().get())) {
            preview.set("Choose at least one project to send.");
            return;
        }
        ExportRequest request = request();
        tasks.run("Checking what the pack will hold", progress -> exporter.preview(request),
                summary -> preview.set(String.join("\n", summary.lines())),
                message -> preview.set(message));
    }

    /** Writes the pack to {@code target} (replaced in one step) and says what was sent. */
    public void export(Path target) {
        ExportRequest request = request();
        tasks.run("Writing the pack", progress -> exporter.export(request, target),
                summary -> dialogs.showInformation("Export project pack", "Pack written to " + target,
                        String.join("\n", summary.lines())),
                message -> dialogs.showError("The pack was not written", message));
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

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

}
